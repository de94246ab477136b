/**
 * The evaluations of `kgraph eval`: entity recognition on CoNLL-2003, relations on CoNLL04, resolution on
 * Re-DocRED, with their scores.
 */
export {
  conllScoresJson,
  evaluateConllFile,
  formatConllEvaluation,
  formatConllScores,
  type ConllEvaluation,
  type ConllScores,
} from "./conll-ner.js";
export { rawTextOf, scoreRawMentions, type RawConllDocument, type RawMention } from "./conll-raw.js";
export { conll04EvaluationJson, evaluateConll04File, formatConll04Evaluation } from "./conll04.js";
export { evaluateCoref, formatCorefReport } from "./coref.js";
export { prfOf } from "./scores.js";
export { evaluateJudgedFile, formatJudgedReport, judgedReportJson } from "./judged.js";
export { evaluateJudgedRelations, formatJudgedEvaluation, readJudgedRelations } from "./judged-relations.js";
export { evaluateJudgedQuotes, formatQuoteEvaluation, readJudgedQuotes } from "./judged-quotes.js";

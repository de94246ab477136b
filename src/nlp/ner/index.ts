/**
 * The trained named-entity recogniser: kgraph's own two-stage averaged-perceptron tagger (BILOU, Viterbi,
 * gazetteer and document-level features), trained on CoNLL-2003 eng.train and CoNLL04's train split by
 * `npm run train:ner`. This is the only file other stages import from `src/nlp/ner/`.
 */
import type { RecognisedMention, Recogniser, Recognition } from "../../types.js";
import { splitSentences, tokenize } from "../tokenize.js";
import { getGazetteer } from "./gazetteer.js";
import { loadModel, type NerModel } from "./model.js";
import { tagDocument } from "./tagger.js";

export type { TokenSpan } from "./labels.js";
export { tagDocument, tagDocumentTags, type TaggerWeights } from "./tagger.js";
export { loadModel, defaultModelPath, NerModelError, type NerModel } from "./model.js";
export { readConll, parseConll, type ConllDocument } from "./conll.js";

/** Recognises entities in `text` with `model`: tokens, sentences and mentions with exact character offsets. */
export function recogniseText(text: string, model: NerModel = loadModel()): Recognition {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const words = sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const spans = tagDocument(words, model);
  const mentions: RecognisedMention[] = [];
  spans.forEach((sentenceSpans, s) => {
    const sentence = sentences[s]!;
    for (const span of sentenceSpans) {
      const start = tokens[sentence.tokenStart + span.start]!.start;
      const end = tokens[sentence.tokenStart + span.end - 1]!.end;
      mentions.push({ start, end, text: text.slice(start, end), label: span.label, sentence: s });
    }
  });
  return { tokens, sentences, mentions };
}

/** Creates the trained recogniser (the model file is loaded once per process and shared). */
export function createTrainedRecogniser(modelPath?: string): Recogniser {
  const model = loadModel(modelPath);
  getGazetteer(); // built now, with the model, rather than inside the first document's timing
  return {
    name: "kgraph-ner",
    version: model.version,
    recognise: (text) => recogniseText(text, model),
  };
}

/**
 * `kgraph eval conll <file> [--json]`: entity-recognition scores on a CoNLL-2003 file (exact-span P/R/F1 per
 * type, overall over PER/LOC/ORG), twice: the trained model on the gold tokens (and its tagging speed), and
 * `kgraph extract` on the documents written out as raw text, scored the same way.
 */
import { basename } from "node:path";
import type { Command } from "commander";
import {
  conllScoresJson,
  evaluateConllFile,
  formatConllEvaluation,
  formatConllScores,
  rawTextOf,
  scoreRawMentions,
  type ConllEvaluation,
  type ConllScores,
} from "../../eval/index.js";
import { readConll } from "../../nlp/index.js";
import type { CorpusDocument } from "../../types.js";
import { extractLines } from "./extract.js";

/** The one-line JSON shape of `--json`: P/R/F1 per type, overall, tokens per second, and the raw-text figures. */
export function conllEvaluationJson(e: ConllEvaluation, raw?: ConllScores): string {
  return JSON.stringify({
    ...conllScoresJson(e),
    tokensPerSecond: Math.round(e.tokensPerSecond),
    ...(raw ? { rawText: conllScoresJson(raw) } : {}),
  });
}

/** Scores `kgraph extract` on a CoNLL-2003 file's documents written out as text. */
export async function evaluateConllRawText(file: string): Promise<ConllScores> {
  const documents = readConll(file);
  const raws = documents.map(rawTextOf);
  const name = basename(file);
  const corpus: CorpusDocument[] = raws.map((raw, i) => ({
    id: `${name}#${i + 1}`,
    path: `${name}#${i + 1}`,
    title: `${name} document ${i + 1}`,
    text: raw.text,
  }));
  const { lines } = await extractLines(corpus);
  const mentionsById = new Map(lines.map((line) => [line.doc, line.mentions]));
  return scoreRawMentions(
    documents,
    raws,
    corpus.map((d) => mentionsById.get(d.id) ?? []),
  );
}

/** The raw-text figures as rows under the model's table. */
function formatRawScores(raw: ConllScores): string {
  return [
    "",
    "through kgraph extract on the raw text (a sentence a line, punctuation as news prints it):",
    ...formatConllScores(raw),
  ].join("\n");
}

/** Adds the `conll` subcommand to the `eval` parent command. */
export function registerEvalConll(evalCommand: Command): Command {
  return evalCommand
    .command("conll")
    .description(
      "named-entity recognition on CoNLL-2003 (IOB1): exact-span P/R/F1, overall over PER/LOC/ORG, for the model on the gold tokens and for kgraph extract on the raw text",
    )
    .argument("<file>", "CoNLL-2003 file, e.g. ../shared/data/conll2003/eng.testa")
    .option("--json", "print one JSON object line")
    .action(async (file: string, options: { json?: boolean }) => {
      const result = evaluateConllFile(file);
      const raw = await evaluateConllRawText(file);
      console.log(
        options.json ? conllEvaluationJson(result, raw) : `${formatConllEvaluation(result)}\n${formatRawScores(raw)}`,
      );
    });
}

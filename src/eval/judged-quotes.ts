/**
 * Quotation attribution on a hand-judged set (tests/quotes/judged/): each judged quotation names its document, the
 * words it starts with and its speaker (or null when the text names none). A quotation is found when one that
 * kgraph reads in the document holds those words; its attribution is right when kgraph's speaker is the judged one
 * (by name or alias) or, for a null speaker, when kgraph names nobody.
 */
import { readFileSync } from "node:fs";
import { DatasetError, EntityNotFoundError } from "../errors.js";
import { documentNodeKey, type KnowledgeGraph } from "../graph/index.js";
import { findEntity, documentQuotes } from "../query/index.js";

/** One judged quotation. */
export interface JudgedQuote {
  /** Document id (the corpus path, as in the graph's document keys). */
  document: string;
  /** The first words of the quotation. */
  quote: string;
  /** The speaker's name, or null when the text names nobody ("a spokesman said"). */
  speaker: string | null;
}

/** The figures of a judged set against a graph. */
export interface QuoteEvaluation {
  judged: number;
  /** Judged quotations kgraph reads as quotations (with or without a speaker). */
  found: number;
  /** Found quotations whose speaker is right (a judged null speaker is right when kgraph names nobody). */
  right: number;
  /** Found quotations kgraph attributes to someone, and how many of those to the judged speaker. */
  attributed: number;
  attributedRight: number;
  /** found / judged. */
  recall: number;
  /** right / found: an unattributed quotation with a named speaker counts as wrong. */
  attribution: number;
  /** attributedRight / attributed: how often a speaker kgraph names is the right one. */
  attributedPrecision: number;
  /** attributed / judged: the share of judged quotations kgraph attributes to someone. */
  attributedRecall: number;
  /** Found quotations with the wrong speaker, for reading. */
  wrong: Array<JudgedQuote & { got?: string }>;
  /** Judged quotations not found. */
  missed: JudgedQuote[];
}

/** Reads a judged-quotes JSONL file; a malformed line is an error naming the file and line. */
export function readJudgedQuotes(path: string): JudgedQuote[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DatasetError(`cannot read judged quotes "${path}" (${(error as NodeJS.ErrnoException).code})`);
  }
  return text
    .split("\n")
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim())
    .map(([line, i]) => {
      let row: Partial<JudgedQuote>;
      try {
        row = JSON.parse(line) as Partial<JudgedQuote>;
      } catch (error) {
        throw new DatasetError(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
      }
      if (typeof row.document !== "string" || typeof row.quote !== "string" || row.speaker === undefined)
        throw new DatasetError(`${path}:${i + 1}: a judged quote needs document, quote and speaker (a name or null)`);
      return row as JudgedQuote;
    });
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Scores kgraph's quotations in a graph against a judged set. */
export function evaluateJudgedQuotes(graph: KnowledgeGraph, judged: readonly JudgedQuote[]): QuoteEvaluation {
  const wrong: QuoteEvaluation["wrong"] = [];
  const missed: JudgedQuote[] = [];
  let found = 0;
  let right = 0;
  let attributed = 0;
  let attributedRight = 0;
  for (const j of judged) {
    const document = documentNodeKey(j.document);
    if (!graph.hasNode(document)) {
      missed.push(j);
      continue;
    }
    const text = graph.getNodeAttributes(document);
    const body = text.kind === "document" ? text.text : "";
    const q = documentQuotes(graph, document).find((x) =>
      squash(body.slice(x.quote.start, x.quote.end)).includes(squash(j.quote)),
    );
    if (!q) {
      missed.push(j);
      continue;
    }
    found++;
    let expected: string | undefined;
    if (j.speaker !== null) {
      try {
        expected = findEntity(graph, j.speaker);
      } catch (error) {
        if (!(error instanceof EntityNotFoundError)) throw error;
        expected = `missing:${j.speaker}`;
      }
    }
    if (q.speaker) attributed++;
    if (q.speaker && q.speaker === expected) attributedRight++;
    if (q.speaker === expected) right++;
    else wrong.push({ ...j, ...(q.speaker ? { got: graph.getNodeAttribute(q.speaker, "label") } : {}) });
  }
  return {
    judged: judged.length,
    found,
    right,
    attributed,
    attributedRight,
    recall: judged.length ? found / judged.length : 0,
    attribution: found ? right / found : 0,
    attributedPrecision: attributed ? attributedRight / attributed : 0,
    attributedRecall: judged.length ? attributed / judged.length : 0,
    wrong,
    missed,
  };
}

/** A plain-text report; `verbose` lists the wrong and missed quotations. */
export function formatQuoteEvaluation(e: QuoteEvaluation, verbose = false): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `Quotations: ${e.judged} judged; ${e.found} found (${pct(e.recall)}), the speaker right for ${e.right} of them (${pct(e.attribution)}, a quotation left without a speaker counting as wrong)`,
    `Attributed to someone: ${e.attributed} (${pct(e.attributedRecall)} of the judged), to the right speaker ${e.attributedRight} (${pct(e.attributedPrecision)})`,
  ];
  if (verbose) {
    lines.push("", `wrong speaker (${e.wrong.length})`);
    for (const w of e.wrong)
      lines.push(`  ${w.document}: “${w.quote}…” — judged ${w.speaker ?? "nobody"}, got ${w.got ?? "nobody"}`);
    lines.push("", `not found (${e.missed.length})`);
    for (const m of e.missed) lines.push(`  ${m.document}: “${m.quote}…” — ${m.speaker ?? "nobody"}`);
  }
  return lines.join("\n");
}

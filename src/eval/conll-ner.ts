/**
 * CoNLL-2003 evaluation of the entity recogniser: exact-span precision, recall and F1 per type as conlleval
 * computes them (IOB1 gold, a span starts at B-X or at I-X after another type or O), with the overall figure
 * over PER, LOC and ORG only (MISC is reported apart: kgraph's graph has no use for it). Documents are tagged
 * whole so the model's document-level consistency is part of what is measured, and so is its speed.
 */
import type { EntityLabel } from "../types.js";
import {
  type ConllDocument,
  iob1ToSpans,
  readConll,
  tagDocument,
  type TaggerWeights,
  type TokenSpan,
  loadModel,
} from "../nlp/index.js";
import { Tracer } from "../util/tracer.js";
import { countedScore, prfOf, type CountedScore } from "./scores.js";

/** Precision, recall and F1 (0..1) with the counts behind them. */
export type Score = CountedScore;

/** Result of a CoNLL evaluation. */
export interface ConllEvaluation {
  /** Micro-average over PER, LOC and ORG. */
  overall: Score;
  PER: Score;
  LOC: Score;
  ORG: Score;
  MISC: Score;
  documents: number;
  tokens: number;
  /** Wall-clock seconds spent tagging (feature extraction and decoding, model already loaded). */
  seconds: number;
  /** Tokens per wall-clock second. */
  tokensPerSecond: number;
  /** CPU seconds of this process while tagging (less sensitive than wall time to a busy machine). */
  cpuSeconds: number;
}

const TYPES: readonly EntityLabel[] = ["PER", "LOC", "ORG", "MISC"];
const OVERALL_TYPES: readonly EntityLabel[] = ["PER", "LOC", "ORG"];

type Counts = Record<EntityLabel, { gold: number; predicted: number; correct: number }>;

function emptyCounts(): Counts {
  return Object.fromEntries(TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }])) as Counts;
}

const score = countedScore;

/** Adds one sentence's gold and predicted spans to `counts` (a span is correct if bounds and type match). */
function countSentence(gold: readonly TokenSpan[], predicted: readonly TokenSpan[], counts: Counts): void {
  const key = (s: TokenSpan) => `${s.start}:${s.end}:${s.label}`;
  const goldKeys = new Set(gold.map(key));
  for (const s of gold) counts[s.label].gold++;
  for (const s of predicted) {
    counts[s.label].predicted++;
    if (goldKeys.has(key(s))) counts[s.label].correct++;
  }
}

/** Span scores of predicted spans against IOB1 gold labels, sentence by sentence. */
export function scoreSpans(
  goldLabels: readonly (readonly string[])[],
  predicted: readonly (readonly TokenSpan[])[],
): Omit<ConllEvaluation, "documents" | "tokens" | "seconds" | "tokensPerSecond" | "cpuSeconds"> {
  const counts = emptyCounts();
  goldLabels.forEach((labels, s) => countSentence(iob1ToSpans(labels), predicted[s] ?? [], counts));
  return summarise(counts);
}

function summarise(
  counts: Counts,
): Omit<ConllEvaluation, "documents" | "tokens" | "seconds" | "tokensPerSecond" | "cpuSeconds"> {
  const sum = (f: "gold" | "predicted" | "correct") => OVERALL_TYPES.reduce((a, t) => a + counts[t][f], 0);
  const per = (t: EntityLabel) => score(counts[t].gold, counts[t].predicted, counts[t].correct);
  return {
    overall: score(sum("gold"), sum("predicted"), sum("correct")),
    PER: per("PER"),
    LOC: per("LOC"),
    ORG: per("ORG"),
    MISC: per("MISC"),
  };
}

/** Tags each document whole with `weights` (the shipped model by default) and scores it against its gold labels. */
export function evaluateDocuments(
  documents: readonly ConllDocument[],
  weights: TaggerWeights = loadModel(),
): ConllEvaluation {
  const counts = emptyCounts();
  let tokens = 0;
  let seconds = 0;
  let cpuSeconds = 0;
  for (const doc of documents) {
    const stop = new Tracer().start("tag");
    const c0 = process.cpuUsage();
    const predicted = tagDocument(doc.sentences, weights);
    const cpu = process.cpuUsage(c0);
    seconds += stop();
    cpuSeconds += (cpu.user + cpu.system) / 1e6;
    doc.labels.forEach((labels, s) => {
      tokens += labels.length;
      countSentence(iob1ToSpans(labels), predicted[s] ?? [], counts);
    });
  }
  return {
    ...summarise(counts),
    documents: documents.length,
    tokens,
    seconds,
    tokensPerSecond: tokens / Math.max(seconds, 1e-9),
    cpuSeconds,
  };
}

/** Reads a CoNLL-2003 file and evaluates the model on it. */
export function evaluateConllFile(path: string, weights?: TaggerWeights): ConllEvaluation {
  return evaluateDocuments(readConll(path), weights);
}

/** The scores of an evaluation: overall, then each type. */
export type ConllScores = Pick<ConllEvaluation, "overall" | EntityLabel>;

/** conlleval-like rows: overall, then each type (MISC marked as reported apart). */
export function formatConllScores(e: ConllScores): string[] {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const row = (name: string, s: Score) =>
    `${name.padEnd(18)} precision: ${pct(s.precision)}%; recall: ${pct(s.recall)}%; FB1: ${pct(s.f1)}  (gold ${s.gold}, found ${s.predicted}, correct ${s.correct})`;
  return [row("overall", e.overall), ...TYPES.map((t) => row(`  ${t}${t === "MISC" ? " (apart)" : ""}`, e[t]))];
}

/** Precision, recall and F1 of each score, overall and by type, for JSON. */
export function conllScoresJson(e: ConllScores): Record<"overall" | EntityLabel, ReturnType<typeof prfOf>> {
  return {
    overall: prfOf(e.overall),
    PER: prfOf(e.PER),
    LOC: prfOf(e.LOC),
    ORG: prfOf(e.ORG),
    MISC: prfOf(e.MISC),
  };
}

/** A conlleval-like text table of an evaluation, with time and speed. */
export function formatConllEvaluation(e: ConllEvaluation): string {
  return [
    `processed ${e.tokens} tokens in ${e.documents} documents in ${e.seconds.toFixed(2)} s: ${Math.round(e.tokensPerSecond)} tokens/s ` +
      `(${Math.round(e.tokens / Math.max(e.cpuSeconds, 1e-9))} tokens per CPU second; includes JIT warm-up)`,
    "overall is the micro-average over PER, LOC and ORG; MISC is reported apart",
    ...formatConllScores(e),
  ].join("\n");
}

/**
 * CoNLL04 evaluation of the relation classifier: strict precision, recall and F1 per relation type and overall
 * (micro-average). A predicted relation is correct when both entities' token spans, both entity types and the
 * relation type match a gold relation (SpERT's "strict" setting; in CoNLL04 the relation type fixes both entity
 * types, so this is also the span-and-type criterion of earlier work). Measured twice: with the gold entities
 * given (the classifier alone), and end to end with the entities kgraph's own recogniser finds in the sentence
 * (recogniser errors count against the relations). No CoNLL04-specific repair of recognised spans is applied.
 */
import type { EntityLabel, Recogniser } from "../types.js";
import {
  type PairEntity,
  type PairSentence,
  type PairType,
  CONLL04_PREDICATES,
  readConll04,
  type Conll04Sentence,
  shippedModel,
  predictSentence,
  type RelationModel,
  type TypedPredicate,
  calibrate,
  reliability,
  shippedCalibration,
  type Calibration,
  type Reliability,
  type ScoredPrediction,
} from "../relations/index.js";
import { sentenceText, type TextStyle } from "./detokenise.js";
import { countedScore, prfOf, type CountedScore } from "./scores.js";

export { sentenceText, type TextStyle } from "./detokenise.js";

/** Precision, recall and F1 (0..1) with the counts behind them. */
export type RelationScore = CountedScore;

/** Overall (micro-averaged) score with one score per CoNLL04 relation type. */
export interface RelationEvaluation extends RelationScore {
  perType: Record<string, RelationScore>;
}

/** Both settings of one evaluation run. */
export interface Conll04Evaluation {
  goldEntities: RelationEvaluation;
  endToEnd?: RelationEvaluation;
  /** Reliability of the calibrated confidence over every scored pair (gold entities), with its ECE. */
  calibration?: Reliability;
  sentences: number;
}

/** A relation by token spans and entity types, what strict scoring compares. */
export interface SpanRelation {
  source: readonly [number, number];
  target: readonly [number, number];
  predicate: TypedPredicate;
  /** Entity types of source and target; strict scoring (as SpERT's) requires them to match too. */
  sourceType: PairType;
  targetType: PairType;
}

/** CoNLL04 relation type names, in the order reports list them. */
export const CONLL04_TYPES: readonly string[] = Object.keys(CONLL04_PREDICATES);
const TYPE_OF_PREDICATE = new Map(Object.entries(CONLL04_PREDICATES).map(([name, p]) => [p, name]));

const score = countedScore;

/**
 * Strict scores of predicted against gold relations, sentence by sentence (`gold[i]` and `predicted[i]` are the
 * relations of sentence i). Duplicates within a sentence count once.
 */
export function scoreRelations(
  gold: readonly (readonly SpanRelation[])[],
  predicted: readonly (readonly SpanRelation[])[],
): RelationEvaluation {
  const key = (r: SpanRelation) =>
    `${r.source[0]}:${r.source[1]}:${r.sourceType}>${r.target[0]}:${r.target[1]}:${r.targetType}:${r.predicate}`;
  const counts = new Map(CONLL04_TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]));
  const countOf = (p: TypedPredicate) => counts.get(TYPE_OF_PREDICATE.get(p) ?? "") ?? undefined;
  const n = Math.max(gold.length, predicted.length);
  for (let i = 0; i < n; i++) {
    const goldKeys = new Map((gold[i] ?? []).map((r) => [key(r), r]));
    const predictedKeys = new Map((predicted[i] ?? []).map((r) => [key(r), r]));
    for (const r of goldKeys.values()) {
      const c = countOf(r.predicate);
      if (c) c.gold++;
    }
    for (const [k, r] of predictedKeys) {
      const c = countOf(r.predicate);
      if (!c) continue; // "role" and "family" are not CoNLL04 types
      c.predicted++;
      if (goldKeys.has(k)) c.correct++;
    }
  }
  const all = [...counts.values()];
  const sum = (f: "gold" | "predicted" | "correct") => all.reduce((a, c) => a + c[f], 0);
  return {
    ...score(sum("gold"), sum("predicted"), sum("correct")),
    perType: Object.fromEntries([...counts.entries()].map(([t, c]) => [t, score(c.gold, c.predicted, c.correct)])),
  };
}

/** The relations the model predicts in one sentence, by token spans. */
export function predictSpans(model: RelationModel, sentence: PairSentence): SpanRelation[] {
  return predictSentence(model, sentence).map((p) => {
    const s = sentence.entities[p.source]!;
    const t = sentence.entities[p.target]!;
    return {
      source: [s.start, s.end],
      target: [t.start, t.end],
      predicate: p.predicate,
      sourceType: s.type,
      targetType: t.type,
    };
  });
}

/**
 * Every candidate pair the model scores in each sentence (with gold entities), with its raw probability and
 * whether a gold relation of that type joins exactly that pair: what calibration is fitted on and measured by.
 */
export function conll04Predictions(model: RelationModel, sentences: readonly Conll04Sentence[]): ScoredPrediction[] {
  const out: ScoredPrediction[] = [];
  for (const s of sentences) {
    const key = (r: SpanRelation) => `${r.source[0]}:${r.source[1]}>${r.target[0]}:${r.target[1]}:${r.predicate}`;
    const gold = new Set(goldSpans(s).map(key));
    for (const p of predictSentence(model, s, 0)) {
      const a = s.entities[p.source]!;
      const b = s.entities[p.target]!;
      const r: SpanRelation = {
        source: [a.start, a.end],
        target: [b.start, b.end],
        predicate: p.predicate,
        sourceType: a.type,
        targetType: b.type,
      };
      out.push({ p: p.probability, right: gold.has(key(r)) });
    }
  }
  return out;
}

/** The gold relations of a sentence, by token spans. */
export function goldSpans(sentence: Conll04Sentence): SpanRelation[] {
  return sentence.relations.map((r) => {
    const s = sentence.entities[r.source]!;
    const t = sentence.entities[r.target]!;
    return {
      source: [s.start, s.end],
      target: [t.start, t.end],
      predicate: r.predicate,
      sourceType: s.type,
      targetType: t.type,
    };
  });
}

const PAIR_TYPE: Record<EntityLabel, PairType> = { PER: "Peop", LOC: "Loc", ORG: "Org", MISC: "Other" };

/**
 * The entities a recogniser finds in a CoNLL04 sentence: the tokens are written out as text (`sentenceText`),
 * the recogniser runs on that text, and each mention's character range is mapped back to the CoNLL04 tokens it
 * touches (a mention of "Armenia" inside the token "Armenia." takes the whole token). Overlapping mentions keep
 * the first.
 */
export function recogniseEntities(
  recogniser: Recogniser,
  words: readonly string[],
  style: TextStyle = "news",
): PairEntity[] {
  const { text, starts } = sentenceText(words, style);
  const entities: PairEntity[] = [];
  for (const m of recogniser.recognise(text).mentions) {
    let first = -1;
    let last = -1;
    words.forEach((w, i) => {
      const a = starts[i]!;
      if (a < m.end && a + w.length > m.start) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first < 0) continue;
    const previous = entities[entities.length - 1];
    if (previous && first < previous.end) continue;
    entities.push({ start: first, end: last + 1, type: PAIR_TYPE[m.label] });
  }
  return entities.sort((a, b) => a.start - b.start);
}

/** Evaluation options. */
export interface Conll04Options {
  /** How the end-to-end setting writes a sentence for the recogniser (default "news"). */
  textStyle: TextStyle;
  /** Calibration whose reliability is reported; none when absent. */
  calibration?: Calibration;
}

/** Evaluates `model` on CoNLL04 sentences with gold entities and, given a recogniser, end to end. */
export function evaluateConll04(
  sentences: readonly Conll04Sentence[],
  model: RelationModel,
  recogniser?: Recogniser,
  options: Partial<Conll04Options> = {},
): Conll04Evaluation {
  const style = options.textStyle ?? "news";
  const gold = sentences.map(goldSpans);
  const calibration = options.calibration
    ? {
        calibration: reliability(
          conll04Predictions(model, sentences).map((x) => ({
            p: calibrate(options.calibration!, x.p),
            right: x.right,
          })),
        ),
      }
    : {};
  const goldEntities = scoreRelations(
    gold,
    sentences.map((s) => predictSpans(model, s)),
  );
  if (!recogniser) return { goldEntities, ...calibration, sentences: sentences.length };
  const endToEnd = scoreRelations(
    gold,
    sentences.map((s) => {
      return predictSpans(model, { words: s.words, entities: recogniseEntities(recogniser, s.words, style) });
    }),
  );
  return { goldEntities, endToEnd, ...calibration, sentences: sentences.length };
}

/**
 * Reads a CoNLL04 file and evaluates the shipped (or given) model on it, with gold entities and end to end; the
 * shipped model's calibration is reported too unless another model or calibration is given.
 */
export function evaluateConll04File(
  path: string,
  recogniser?: Recogniser,
  model?: RelationModel,
  options: Partial<Conll04Options> = {},
): Conll04Evaluation {
  const calibration = options.calibration ?? (model ? undefined : shippedCalibration());
  return evaluateConll04(readConll04(path), model ?? shippedModel(), recogniser, {
    ...options,
    ...(calibration ? { calibration } : {}),
  });
}

const prf = prfOf;

/** The `--json` shape: `{goldEntities: {precision, recall, f1, perType}, endToEnd: {…}}`. */
export function conll04EvaluationJson(e: Conll04Evaluation): string {
  const part = (r: RelationEvaluation) => ({
    ...prf(r),
    perType: Object.fromEntries(Object.entries(r.perType).map(([t, s]) => [t, prf(s)])),
  });
  return JSON.stringify({
    goldEntities: part(e.goldEntities),
    ...(e.endToEnd ? { endToEnd: part(e.endToEnd) } : {}),
    ...(e.calibration ? { calibration: e.calibration } : {}),
  });
}

/** A plain-text table of both settings, per type and overall. */
export function formatConll04Evaluation(e: Conll04Evaluation, recogniserName = "recogniser"): string {
  const f = (x: number) => x.toFixed(3);
  const lines: string[] = [
    `CoNLL04 relations, ${e.sentences} sentences, strict (both entity spans and types, and the relation type)`,
  ];
  const table = (title: string, r: RelationEvaluation) => {
    lines.push(
      "",
      title,
      `  ${"type".padEnd(12)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)} ${"gold".padStart(5)} ${"pred".padStart(5)}`,
    );
    for (const [t, s] of [...Object.entries(r.perType), ["overall", r] as const]) {
      lines.push(
        `  ${t.padEnd(12)} ${f(s.precision).padStart(6)} ${f(s.recall).padStart(6)} ${f(s.f1).padStart(6)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)}`,
      );
    }
  };
  table("gold entities", e.goldEntities);
  if (e.endToEnd) table(`end to end (entities from ${recogniserName})`, e.endToEnd);
  if (e.calibration) {
    const c = e.calibration;
    lines.push(
      "",
      `calibrated confidence, every scored pair with gold entities (${c.count}): expected calibration error ${c.ece.toFixed(3)}`,
      `  ${"confidence".padEnd(12)} ${"pairs".padStart(6)} ${"mean".padStart(6)} ${"right".padStart(6)}`,
    );
    for (const b of c.bins)
      lines.push(
        `  ${`${b.from.toFixed(1)}–${b.to.toFixed(1)}`.padEnd(12)} ${String(b.count).padStart(6)} ${f(b.confidence).padStart(6)} ${f(b.accuracy).padStart(6)}`,
      );
  }
  return lines.join("\n");
}

/**
 * The relation classifier: binary logistic regression over the sparse pair features of `features.ts`
 * ("does the relation of this pair's type signature hold?"), trained by AdaGrad SGD with L2 in a seeded order,
 * so the same data and options always give the same weights. Also its file format and sentence decoding.
 */
import { ModelError } from "../../errors.js";
import { seededRandom } from "../../util/random.js";
import { candidatePairs, pairWeightSum, SIGNATURES, type PairSentence } from "./features.js";
import type { TypedPredicate } from "./types.js";

/** A trained model: feature weights and the probability above which a pair is called related. */
export interface RelationModel {
  weights: ReadonlyMap<string, number>;
  threshold: number;
}

/** One training example: the features of an ordered candidate pair and whether the relation holds. */
export interface PairExample {
  features: readonly string[];
  label: 0 | 1;
}

/** Training options (see `DEFAULT_TRAINING`). */
export interface TrainingOptions {
  epochs: number;
  /** AdaGrad base learning rate. */
  learningRate: number;
  /** L2 strength per update, applied to the features of the example (lazy, sparse). */
  l2: number;
  /** Seed of the example order. */
  seed: number;
  /** Decision threshold stored in the model. */
  threshold: number;
  /** Features seen fewer times than this in training are dropped (noise and model size). */
  minCount: number;
}

/**
 * Defaults first chosen on the CoNLL04 dev set; rechecked by 5-fold cross-validation on train (issue 18): 10 or 40
 * epochs, L2 3e-4 or 3e-3, learning rate 0.01 (40 epochs) or 0.1, min count 2 and averaged weights were all within
 * ±0.004 F1 of these (or worse: learning rate 0.1, −0.04), so they stay.
 */
export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 20,
  learningRate: 0.03,
  l2: 1e-3,
  seed: 1,
  threshold: 0.5,
  minCount: 1,
};

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Trains a model on `examples` (deterministic for the same examples, in the same order, and options). */
export function trainRelationModel(
  examples: readonly PairExample[],
  options: Partial<TrainingOptions> = {},
): RelationModel {
  const o = { ...DEFAULT_TRAINING, ...options };
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (n >= o.minCount) index.set(f, index.size);
  const data = examples.map((e) => ({
    x: [...new Set(e.features)].flatMap((f) => (index.has(f) ? [index.get(f)!] : [])),
    y: e.label,
  }));

  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  const random = seededRandom(o.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { x, y } = data[k]!;
      let z = 0;
      for (const f of x) z += w[f]!;
      const gradient = sigmoid(z) - y;
      for (const f of x) {
        const g = gradient + o.l2 * w[f]!;
        g2[f]! += g * g;
        w[f]! -= (o.learningRate * g) / Math.sqrt(g2[f]!);
      }
    }
  }
  const weights = new Map<string, number>();
  for (const [f, i] of index) {
    // Four decimals are plenty for a sum of a few dozen weights, and keep the file small.
    const value = Math.round(w[i]! * 1e4) / 1e4;
    if (value !== 0) weights.set(f, value);
  }
  return { weights, threshold: o.threshold };
}

/** A related pair of one sentence, as the classifier decided. */
export interface PairPrediction {
  /** Entity indices into the sentence's entities. */
  source: number;
  target: number;
  predicate: TypedPredicate;
  probability: number;
}

/**
 * The related pairs of one sentence: every candidate pair at or above the threshold, except that two entities
 * of the same type are related in one direction only (the likelier), as CoNLL04 never has both. `pairs` are the
 * candidates to score (all of `candidatePairs` unless the caller bounds them).
 */
export function predictSentence(
  model: RelationModel,
  sentence: PairSentence,
  threshold = model.threshold,
  pairs: ReadonlyArray<readonly [number, number]> = candidatePairs(sentence),
): PairPrediction[] {
  const scored = pairs.map(([s, t]) => ({
    s,
    t,
    p: sigmoid(pairWeightSum(sentence, s, t, model.weights)),
  }));
  // Keyed by source·n + target: a number, not a string built and hashed per pair.
  const n = sentence.entities.length;
  const probability = new Map(scored.map((x) => [x.s * n + x.t, x.p]));
  const out: PairPrediction[] = [];
  for (const { s, t, p } of scored) {
    if (p < threshold) continue;
    const reverse = probability.get(t * n + s);
    if (reverse !== undefined && (reverse > p || (reverse === p && t < s))) continue;
    const e = sentence.entities;
    out.push({ source: s, target: t, predicate: SIGNATURES[`${e[s]!.type}>${e[t]!.type}`]!, probability: p });
  }
  return out;
}

/**
 * Identifies the file format; bumped when features or the layout change so an old model is refused, not misread.
 * 2: features and weights as two parallel arrays (an object with 60k keys took three times as long to load).
 * 3: the entities just outside the pair, the sentence's entity types, trigger classes outside the gap, verbs and the case
 * shape between, names in capitals.
 */
export const MODEL_FORMAT = "kgraph-rel/3";

/** The model as JSON text (weights sorted by feature, so the file is stable under retraining). */
export function serialiseModel(model: RelationModel, meta: Record<string, unknown> = {}): string {
  const sorted = [...model.weights.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return JSON.stringify({
    format: MODEL_FORMAT,
    threshold: model.threshold,
    meta,
    features: sorted.map(([f]) => f),
    weights: sorted.map(([, w]) => w),
  });
}

/** Reads a model from JSON text; `source` names the file in error messages. */
export function parseModel(text: string, source: string): RelationModel {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ModelError(`relation model ${source} is not JSON; retrain it with \`npm run train:rel\``);
  }
  const r = raw as { format?: unknown; threshold?: unknown; features?: unknown; weights?: unknown };
  const { features, weights } = r;
  if (
    r.format !== MODEL_FORMAT ||
    typeof r.threshold !== "number" ||
    !Array.isArray(features) ||
    !Array.isArray(weights) ||
    features.length !== weights.length
  ) {
    throw new ModelError(
      `relation model ${source} is not a ${MODEL_FORMAT} model; retrain it with \`npm run train:rel\``,
    );
  }
  const model = new Map<string, number>();
  for (let i = 0; i < features.length; i++) {
    const feature: unknown = features[i];
    const weight: unknown = weights[i];
    if (typeof feature !== "string" || typeof weight !== "number")
      throw new ModelError(
        `relation model ${source} has a malformed weight (#${i}); retrain it with \`npm run train:rel\``,
      );
    model.set(feature, weight);
  }
  return { threshold: r.threshold, weights: model };
}

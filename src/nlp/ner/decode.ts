/**
 * Scoring and Viterbi decoding for the entity model. Emission scores are sums of per-feature weight rows;
 * transitions are a (tags+1)² matrix whose extra row is "sentence start" and extra column "sentence end".
 * Decoding is exact first-order Viterbi restricted to valid BILOU sequences, so every output is well formed.
 */
import type { SentenceFeatures } from "./features.js";
import { allowedTransition, TAG_COUNT as IMPORTED_TAG_COUNT } from "./labels.js";

// A module-local copy: some loaders (tsx) turn imported bindings into getters, which would run in the hot loops.
const TAG_COUNT = IMPORTED_TAG_COUNT;
if (TAG_COUNT !== 17) throw new Error("kgraph-ner: the unrolled emission loop assumes 17 tags");

/** The tag O (outside any name). */
const O = 0;

/** Transition matrix stride: one more than the tag count (start row / end column). */
export const TRANSITION_STRIDE = TAG_COUNT + 1;

/**
 * One stage's weights: emission rows of TAG_COUNT per feature bucket, and transitions. While training the
 * emission table is dense float (bucket × tag); a quantised model keeps only the non-zero rows, packed as int8
 * (`rowOf[bucket]` is the row's offset in `emission`, or −1), which is small enough to stay in cache.
 */
export interface StageWeights {
  emission: Float32Array | Int8Array;
  /** Present with packed int8 rows; absent for the dense float table. */
  rowOf?: Int32Array;
  scale: number;
  transition: Float32Array;
}

/** For each tag, the tags allowed before it (index TAG_COUNT stands for "sentence start"). */
const PREDECESSORS: readonly Int32Array[] = Array.from({ length: TAG_COUNT }, (_, t) =>
  Int32Array.from(Array.from({ length: TAG_COUNT }, (_, p) => p).filter((p) => allowedTransition(p, t))),
);
const CAN_START: readonly boolean[] = Array.from({ length: TAG_COUNT }, (_, t) => allowedTransition(-1, t));
const CAN_END: readonly boolean[] = Array.from({ length: TAG_COUNT }, (_, t) => allowedTransition(t, -1));

let emissionBuffer = new Float32Array(256 * TAG_COUNT);
let deltaBuffer = new Float32Array(256 * TAG_COUNT);
let backBuffer = new Uint8Array(256 * TAG_COUNT);

function ensure(n: number): void {
  if (emissionBuffer.length >= n * TAG_COUNT) return;
  const size = Math.max(n, (emissionBuffer.length / TAG_COUNT) * 2) * TAG_COUNT;
  emissionBuffer = new Float32Array(size);
  deltaBuffer = new Float32Array(size);
  backBuffer = new Uint8Array(size);
}

function emissionsFloat(w: Float32Array, sf: SentenceFeatures, n: number, out: Float32Array): void {
  const { own, feats, offsets } = sf;
  const mask = w.length / TAG_COUNT - 1;
  for (let i = 0; i < n; i++) {
    const base = i * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) out[base + t] = 0;
    const words = own[i]!;
    for (let k = 0; k < words.length; k++) {
      const row = (words[k]! & mask) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[base + t]! += w[row + t]!;
    }
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const row = feats[k]! * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[base + t]! += w[row + t]!;
    }
  }
}

let accumulator = new Int32Array(256 * TAG_COUNT);

/** Summed int8 rows of a word's own features, per packed table (words repeat; their sums need computing once). */
const wordSums = new WeakMap<Int8Array, WeakMap<Int32Array, Int32Array>>();

function ownSum(
  w: Int8Array,
  rowOf: Int32Array,
  words: Int32Array,
  cache: WeakMap<Int32Array, Int32Array>,
): Int32Array {
  let sum = cache.get(words);
  if (sum) return sum;
  sum = new Int32Array(TAG_COUNT);
  const mask = rowOf.length - 1;
  for (let k = 0; k < words.length; k++) {
    const r = rowOf[words[k]! & mask]!;
    if (r < 0) continue;
    for (let t = 0; t < TAG_COUNT; t++) sum[t]! += w[r + t]!;
  }
  cache.set(words, sum);
  return sum;
}

/**
 * Packed int8 emissions. The 17 tag sums are kept in locals (registers) rather than read-modify-write on a typed
 * array: this loop is most of the tagging time, and the unrolled form is about twice as fast.
 */
function emissionsPacked(
  w: Int8Array,
  rowOf: Int32Array,
  scale: number,
  sf: SentenceFeatures,
  n: number,
  out: Float32Array,
): void {
  const { own, feats, offsets } = sf;
  if (accumulator.length < n * TAG_COUNT) accumulator = new Int32Array(n * TAG_COUNT * 2);
  const acc = accumulator;
  let cache = wordSums.get(w);
  if (!cache) wordSums.set(w, (cache = new WeakMap()));
  const closed = sf.closed;
  for (let i = 0; i < n; i++) {
    if (closed?.[i]) {
      // Tagged O by the decoder whatever its emissions; zeros keep the buffer free of a previous sentence's.
      acc.fill(0, i * TAG_COUNT, (i + 1) * TAG_COUNT);
      continue;
    }
    const o = ownSum(w, rowOf, own[i]!, cache);
    let a0 = o[0]!,
      a1 = o[1]!,
      a2 = o[2]!,
      a3 = o[3]!,
      a4 = o[4]!,
      a5 = o[5]!,
      a6 = o[6]!,
      a7 = o[7]!,
      a8 = o[8]!;
    let a9 = o[9]!,
      a10 = o[10]!,
      a11 = o[11]!,
      a12 = o[12]!,
      a13 = o[13]!,
      a14 = o[14]!,
      a15 = o[15]!,
      a16 = o[16]!;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const r = rowOf[feats[k]!]!;
      if (r < 0) continue;
      a0 += w[r]!;
      a1 += w[r + 1]!;
      a2 += w[r + 2]!;
      a3 += w[r + 3]!;
      a4 += w[r + 4]!;
      a5 += w[r + 5]!;
      a6 += w[r + 6]!;
      a7 += w[r + 7]!;
      a8 += w[r + 8]!;
      a9 += w[r + 9]!;
      a10 += w[r + 10]!;
      a11 += w[r + 11]!;
      a12 += w[r + 12]!;
      a13 += w[r + 13]!;
      a14 += w[r + 14]!;
      a15 += w[r + 15]!;
      a16 += w[r + 16]!;
    }
    const b = i * TAG_COUNT;
    acc[b] = a0;
    acc[b + 1] = a1;
    acc[b + 2] = a2;
    acc[b + 3] = a3;
    acc[b + 4] = a4;
    acc[b + 5] = a5;
    acc[b + 6] = a6;
    acc[b + 7] = a7;
    acc[b + 8] = a8;
    acc[b + 9] = a9;
    acc[b + 10] = a10;
    acc[b + 11] = a11;
    acc[b + 12] = a12;
    acc[b + 13] = a13;
    acc[b + 14] = a14;
    acc[b + 15] = a15;
    acc[b + 16] = a16;
  }
  for (let j = 0, m = n * TAG_COUNT; j < m; j++) out[j] = acc[j]! * scale;
}

/** Viterbi step for tag `t` at one token: its best allowed predecessor, and its score plus `emission`. */
function relax(
  delta: Float32Array,
  back: Uint8Array,
  tr: Float32Array,
  prevBase: number,
  base: number,
  t: number,
  emission: number,
): void {
  const preds = PREDECESSORS[t]!;
  let best = -Infinity;
  let arg = 0;
  for (let k = 0; k < preds.length; k++) {
    const p = preds[k]!;
    const v = delta[prevBase + p]! + tr[p * TRANSITION_STRIDE + t]!;
    if (v > best) {
      best = v;
      arg = p;
    }
  }
  delta[base + t] = best + emission;
  back[base + t] = arg;
}

/** Best valid BILOU tag sequence for one sentence, written into `out` (length = number of tokens). */
export function viterbi(sf: SentenceFeatures, weights: StageWeights, out: Uint8Array): void {
  const n = sf.offsets.length - 1;
  if (n <= 0) return;
  ensure(n);
  const em = emissionBuffer;
  if (weights.rowOf && weights.emission instanceof Int8Array)
    emissionsPacked(weights.emission, weights.rowOf, weights.scale, sf, n, em);
  else emissionsFloat(weights.emission as Float32Array, sf, n, em);
  const tr = weights.transition;
  const S = TRANSITION_STRIDE;
  const delta = deltaBuffer;
  const back = backBuffer;
  const closed = sf.closed;
  for (let t = 0; t < TAG_COUNT; t++) {
    delta[t] = CAN_START[t] && !(closed?.[0] && t !== O) ? tr[TAG_COUNT * S + t]! + em[t]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const base = i * TAG_COUNT;
    const prevBase = base - TAG_COUNT;
    if (closed?.[i]) {
      // A token closed to names (see closedTokens) can only be O: one column instead of seventeen.
      for (let t = 0; t < TAG_COUNT; t++) delta[base + t] = -Infinity;
      relax(delta, back, tr, prevBase, base, O, 0);
      continue;
    }
    for (let t = 0; t < TAG_COUNT; t++) relax(delta, back, tr, prevBase, base, t, em[base + t]!);
  }
  const lastBase = (n - 1) * TAG_COUNT;
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < TAG_COUNT; t++) {
    if (!CAN_END[t]) continue;
    const v = delta[lastBase + t]! + tr[t * S + TAG_COUNT]!;
    if (v > best) {
      best = v;
      arg = t;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * TAG_COUNT + out[i]!]!;
}

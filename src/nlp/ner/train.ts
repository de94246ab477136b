/**
 * Training of one stage of the entity model: a structured averaged perceptron (Collins 2002) with Viterbi
 * decoding. Deterministic by construction: sentence order per epoch comes from a seeded PRNG and updates are
 * applied in a fixed order, so the same data and options give bit-identical weights.
 */
import { seededRandom } from "../../util/random.js";
import type { SentenceFeatures } from "./features.js";
import { type StageWeights, TRANSITION_STRIDE, viterbi } from "./decode.js";
import { TAG_COUNT as IMPORTED_TAG_COUNT } from "./labels.js";

const TAG_COUNT = IMPORTED_TAG_COUNT; // module-local: tsx turns imported bindings into getters

/** One training sentence: its features and gold BILOU tags. */
export interface TrainingSentence {
  features: SentenceFeatures;
  gold: Uint8Array;
}

/** Options of a training run. */
export interface TrainOptions {
  /** log2 of the number of feature buckets. */
  bits: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the training-set token accuracy of that epoch's predictions. */
  onEpoch?: (epoch: number, accuracy: number, weights: () => StageWeights) => void;
}

/** Lazily averaged weight vector: `acc` sums weights over time, brought up to date only when touched. */
class AveragedVector {
  readonly w: Float32Array;
  private readonly acc: Float64Array;
  private readonly stamp: Int32Array;
  constructor(size: number) {
    this.w = new Float32Array(size);
    this.acc = new Float64Array(size);
    this.stamp = new Int32Array(size);
  }
  add(j: number, d: number, now: number): void {
    this.acc[j]! += (now - this.stamp[j]!) * this.w[j]!;
    this.stamp[j] = now;
    this.w[j]! += d;
  }
  average(now: number): Float32Array {
    const out = new Float32Array(this.w.length);
    for (let j = 0; j < out.length; j++) {
      const w = this.w[j]!;
      const total = this.acc[j]! + (now - this.stamp[j]!) * w;
      out[j] = total / now;
    }
    return out;
  }
}

/** Trains one stage on `data` and returns averaged float weights. */
export function trainStage(data: readonly TrainingSentence[], options: TrainOptions): StageWeights {
  const emission = new AveragedVector((1 << options.bits) * TAG_COUNT);
  const transition = new AveragedVector(TRANSITION_STRIDE * TRANSITION_STRIDE);
  const live: StageWeights = { emission: emission.w, scale: 1, transition: transition.w };
  const random = seededRandom(options.seed);
  const order = Array.from(data.keys());
  const S = TRANSITION_STRIDE;
  const mask = (1 << options.bits) - 1;
  let now = 1;
  let pred = new Uint8Array(256);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    // Fisher–Yates with the seeded PRNG: a different but reproducible order each epoch.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let correct = 0;
    let total = 0;
    for (const index of order) {
      const { features, gold } = data[index]!;
      const n = gold.length;
      if (pred.length < n) pred = new Uint8Array(n * 2);
      viterbi(features, live, pred);
      let same = true;
      for (let i = 0; i < n; i++) {
        if (pred[i] === gold[i]) correct++;
        else same = false;
      }
      total += n;
      if (!same) {
        const { own, feats, offsets } = features;
        for (let i = 0; i < n; i++) {
          const g = gold[i]!;
          const p = pred[i]!;
          if (g === p) continue;
          const words = own[i]!;
          for (let k = 0; k < words.length; k++) {
            const row = (words[k]! & mask) * TAG_COUNT;
            emission.add(row + g, 1, now);
            emission.add(row + p, -1, now);
          }
          for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
            const row = feats[k]! * TAG_COUNT;
            emission.add(row + g, 1, now);
            emission.add(row + p, -1, now);
          }
        }
        for (let i = 0; i <= n; i++) {
          const gp = i === 0 ? TAG_COUNT : gold[i - 1]!;
          const pp = i === 0 ? TAG_COUNT : pred[i - 1]!;
          const gc = i === n ? TAG_COUNT : gold[i]!;
          const pc = i === n ? TAG_COUNT : pred[i]!;
          if (gp === pp && gc === pc) continue;
          transition.add(gp * S + gc, 1, now);
          transition.add(pp * S + pc, -1, now);
        }
      }
      now++;
    }
    options.onEpoch?.(epoch, correct / Math.max(1, total), () => ({
      emission: emission.average(now),
      scale: 1,
      transition: transition.average(now),
    }));
  }
  return { emission: emission.average(now), scale: 1, transition: transition.average(now) };
}

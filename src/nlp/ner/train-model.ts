/**
 * Training of the full two-stage entity model from CoNLL documents. Stage 2 learns from stage-1 labels that
 * stage 1 did not see in training (k-fold "jackknife" predictions), so at tagging time it meets stage-1 output
 * of realistic quality rather than memorised gold.
 */
import type { ConllDocument } from "./conll.js";
import type { StageWeights } from "./decode.js";
import { addStage2Features, extractDocument, type SentenceFeatures } from "./features.js";
import { iob1ToSpans, spansToTags } from "./labels.js";
import { tagStage1 } from "./tagger.js";
import { type TrainingSentence, trainStage } from "./train.js";

/** Options of a full training run. */
export interface ModelTrainOptions {
  bits: number;
  epochs1: number;
  epochs2: number;
  /** Number of jackknife folds for stage-2 training data. */
  folds: number;
  seed: number;
  log?: (message: string) => void;
  /**
   * Jackknife group of each document (default: its index). Copies of one document (data given more weight by
   * repetition) must share a group, so no fold's stage-1 model has seen the document it labels.
   */
  groups?: readonly number[];
}

/** Sensible defaults (epochs chosen on eng.testa, never trained on it). */
export const DEFAULT_TRAIN_OPTIONS: ModelTrainOptions = { bits: 20, epochs1: 8, epochs2: 10, folds: 5, seed: 20250701 };

/** Float weights of both stages. */
export interface TrainedModel {
  bits: number;
  mask: number;
  stage1: StageWeights;
  stage2: StageWeights;
}

function goldTags(doc: ConllDocument): Uint8Array[] {
  return doc.labels.map((labels) => spansToTags(iob1ToSpans(labels), labels.length));
}

function sentencesOf(
  docs: readonly ConllDocument[],
  features: readonly SentenceFeatures[][],
  gold: readonly Uint8Array[][],
  keep: (d: number) => boolean,
): TrainingSentence[] {
  const out: TrainingSentence[] = [];
  docs.forEach((_, d) => {
    if (!keep(d)) return;
    features[d]!.forEach((f, s) => out.push({ features: f, gold: gold[d]![s]! }));
  });
  return out;
}

/** Trains both stages on `docs`; deterministic for fixed documents and options. */
export function trainModel(
  docs: readonly ConllDocument[],
  options: ModelTrainOptions = DEFAULT_TRAIN_OPTIONS,
): TrainedModel {
  const log = options.log ?? (() => {});
  const mask = (1 << options.bits) - 1;
  const gold = docs.map(goldTags);
  const foldOf = (d: number) => (options.groups?.[d] ?? d) % options.folds;
  // Every token open: the model learns from all of them (tagging closes some, see closedTokens).
  const features1 = docs.map((doc) => extractDocument(doc.sentences, mask, undefined, { closeTokens: false }));

  // Jackknife: stage-1 labels for each document from a model that never saw it.
  const heldOut: Uint8Array[][] = new Array(docs.length);
  for (let fold = 0; fold < options.folds; fold++) {
    const t0 = Date.now();
    const stage1 = trainStage(
      sentencesOf(docs, features1, gold, (d) => foldOf(d) !== fold),
      {
        bits: options.bits,
        epochs: options.epochs1,
        seed: options.seed + fold,
      },
    );
    docs.forEach((doc, d) => {
      if (foldOf(d) === fold) heldOut[d] = tagStage1(doc.sentences, { mask, stage1 }, features1[d]);
    });
    log(`stage 1, fold ${fold + 1}/${options.folds}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  let t0 = Date.now();
  const stage1 = trainStage(
    sentencesOf(docs, features1, gold, () => true),
    {
      bits: options.bits,
      epochs: options.epochs1,
      seed: options.seed,
    },
  );
  log(`stage 1, all data: ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  t0 = Date.now();
  const features2 = docs.map((doc, d) => addStage2Features(doc.sentences, features1[d]!, heldOut[d]!, mask));
  const stage2 = trainStage(
    sentencesOf(docs, features2, gold, () => true),
    {
      bits: options.bits,
      epochs: options.epochs2,
      seed: options.seed + 1000,
    },
  );
  log(`stage 2: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { bits: options.bits, mask, stage1, stage2 };
}

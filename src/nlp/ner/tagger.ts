/**
 * Document tagging with the two-stage entity model: stage 1 tags each sentence on its own; stage 2 re-tags
 * with features built from stage 1's labels for the same words across the whole document (consistency, and
 * headline words borrowing the body's labels).
 */
import { viterbi, type StageWeights } from "./decode.js";
import { addStage2Features, analyseDocument, extractDocument } from "./features.js";
import { tagsToSpans, type TokenSpan } from "./labels.js";
import { loadModel } from "./model.js";
import { wellFormedSpans } from "./spans.js";

/** The weights `tagDocument` needs (a loaded model satisfies it; training passes float weights). */
export interface TaggerWeights {
  mask: number;
  stage1: StageWeights;
  stage2?: StageWeights;
}

/** Stage-1 tags of every sentence of a document. */
export function tagStage1(
  sentences: readonly (readonly string[])[],
  weights: TaggerWeights,
  features = extractDocument(sentences, weights.mask),
): Uint8Array[] {
  return features.map((sf, s) => {
    const tags = new Uint8Array(sentences[s]!.length);
    viterbi(sf, weights.stage1, tags);
    return tags;
  });
}

/** Final BILOU tags of every sentence (stage 2 when the weights have it, else stage 1). */
export function tagDocumentTags(sentences: readonly (readonly string[])[], weights: TaggerWeights): Uint8Array[] {
  const analysis = analyseDocument(sentences);
  const base = extractDocument(sentences, weights.mask, analysis);
  const first = tagStage1(sentences, weights, base);
  if (!weights.stage2) return first;
  const stage2 = weights.stage2;
  return addStage2Features(sentences, base, first, weights.mask, analysis).map((sf, s) => {
    const tags = new Uint8Array(sentences[s]!.length);
    viterbi(sf, stage2, tags);
    return tags;
  });
}

/**
 * Entity spans (token ranges per sentence) of a pre-tokenized document, with the shipped model by default.
 * Pass the whole document at once: labels are made consistent across it. Spans no written name has (an
 * unmatched bracket, a trailing possessive) are repaired (`wellFormedSpans`).
 */
export function tagDocument(
  sentences: readonly (readonly string[])[],
  weights: TaggerWeights = loadModel(),
): TokenSpan[][] {
  return tagDocumentTags(sentences, weights).map((tags, s) => wellFormedSpans(sentences[s]!, tagsToSpans(tags)));
}

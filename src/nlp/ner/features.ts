/**
 * Feature extraction for the entity model: turns a document (sentences of token strings) into hashed feature
 * ids per token. Stage 1 sees the token, its ±2 context, gazetteers and cheap document facts (is this word ever
 * written in lower case here? ever capitalised mid-sentence?); stage 2 adds what stage 1 predicted for the same
 * word elsewhere in the document, which is how a name keeps one label across an article and how all-caps
 * headlines borrow the label the body gives the same word.
 */
import { getGazetteer } from "./gazetteer.js";
import { hashString, mix as importedMix } from "./hash.js";
import { tagType } from "./labels.js";
import { T as IMPORTED_T } from "./templates.js";
import { caselessOwn, type WordInfo, wordInfo } from "./word-info.js";

/**
 * Hashed features of one sentence. Token `i` has the word-level features `own[i]` (unmasked hashes shared by
 * every occurrence of the word, so the tagger can cache their summed weights per word) and the contextual
 * features `feats[offsets[i] .. offsets[i+1])` (already masked).
 */
export interface SentenceFeatures {
  own: readonly Int32Array[];
  feats: Int32Array;
  offsets: Int32Array;
  /** Tokens that cannot be part of a name (see `closedTokens`): no features, and the decoder tags them O. */
  closed?: Uint8Array;
}

const NO_FEATURES = new Int32Array(0);

/**
 * Which tokens of a sentence are closed to names: those without a capital or digit whose neighbours have none
 * either. In edited news a name has a capital, and the lower-case words inside one ("Bank of England", "Society
 * for the Protection of…") sit next to one; two thirds of the tokens of news prose are closed, and skipping them
 * halves the cost of tagging without changing its output on the CoNLL-2003 dev set beyond noise (see README,
 * Quality). A sentence with no capital or digit at all (lower-cased text) is left open: the rule assumes case.
 */
export function closedTokens(row: readonly WordInfo[]): Uint8Array | undefined {
  const n = row.length;
  if (!row.some((info) => info.mayName)) return undefined;
  const closed = new Uint8Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    if (row[i]!.mayName || (i > 0 && row[i - 1]!.mayName) || (i + 1 < n && row[i + 1]!.mayName)) continue;
    closed[i] = 1;
    any = true;
  }
  return any ? closed : undefined;
}

// Module-local copies: some loaders (tsx) turn imported bindings into getters, which would run per feature.
const T = IMPORTED_T;
const mix = importedMix;

const BOS = hashString("<s>");
const EOS = hashString("</s>");
const MAX_NEIGHBOUR_GAZ = 3;

/** Whether a sentence is written in capitals (headlines, datelines): case then carries no information. */
function isCapsSentence(infos: readonly WordInfo[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const info of infos) {
    if (!info.hasLetter) continue;
    letters++;
    if (info.allUpper) upper++;
  }
  return letters >= 2 && upper >= 0.8 * letters;
}

/** Whether token `i` starts its sentence (allowing for an opening quote or dash). */
function isInitial(words: readonly string[], infos: readonly WordInfo[], i: number): boolean {
  if (i === 0) return true;
  return i === 1 && !infos[0]!.hasLetter && !/^\p{N}/u.test(words[0]!);
}

/** Per-document evidence that stage 2 reads: stage-1 type counts per lower-case word in capitalised use. */
type TypeCounts = Map<string, Int32Array>;

function countStage1(
  sentences: readonly (readonly string[])[],
  infos: WordInfo[][],
  caps: boolean[],
  stage1: readonly Uint8Array[],
): TypeCounts {
  const counts: TypeCounts = new Map();
  for (let s = 0; s < sentences.length; s++) {
    const row = infos[s]!;
    for (let i = 0; i < row.length; i++) {
      const info = row[i]!;
      if (!info.hasLetter || !(info.initUpper || caps[s])) continue;
      let c = counts.get(info.lower);
      if (!c) counts.set(info.lower, (c = new Int32Array(5)));
      c[tagType(stage1[s]![i]!) + 1]!++;
    }
  }
  return counts;
}

/** Atom for "what the rest of the document says about this word": type × agreement, or "never an entity". */
function majorityAtom(c: Int32Array, ownType: number): number {
  let total = 0;
  for (let k = 0; k < 5; k++) total += c[k]!;
  total -= 1; // the occurrence being tagged does not vote for itself
  if (total <= 0) return -1;
  let best = -1;
  let bestCount = 0;
  for (let k = 1; k < 5; k++) {
    const n = c[k]! - (ownType + 1 === k ? 1 : 0);
    if (n > bestCount) {
      bestCount = n;
      best = k - 1;
    }
  }
  if (best < 0) return 12;
  const frac = bestCount / total;
  return best * 3 + (frac >= 0.999 ? 0 : frac >= 0.5 ? 1 : 2);
}

let scratch = new Int32Array(1 << 14);

/** Word facts and all-caps flags of a document's sentences, shared by both stages' feature extraction. */
export interface DocumentAnalysis {
  infos: WordInfo[][];
  caps: boolean[];
}

/** Looks up every token's word facts and flags all-caps sentences. */
export function analyseDocument(sentences: readonly (readonly string[])[]): DocumentAnalysis {
  const infos = sentences.map((words) => words.map(wordInfo));
  return { infos, caps: infos.map(isCapsSentence) };
}

/**
 * Stage-1 features of every token of a document; `mask` is the model's bucket mask. Tagging closes tokens to
 * names (see `closedTokens`); training passes `closeTokens: false`, so that the model learns from every token,
 * as it did before tagging took the shortcut, and retraining gives the same model.
 */
export function extractDocument(
  sentences: readonly (readonly string[])[],
  mask: number,
  analysis: DocumentAnalysis = analyseDocument(sentences),
  options: { closeTokens?: boolean } = {},
): SentenceFeatures[] {
  const closeTokens = options.closeTokens ?? true;
  const gazetteer = getGazetteer();
  const { infos, caps } = analysis;

  // Cheap document facts: lower-case uses mark common words; mid-sentence capitals in normal text mark names.
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (let s = 0; s < sentences.length; s++) {
    const row = infos[s]!;
    for (let i = 0; i < row.length; i++) {
      const info = row[i]!;
      if (!info.hasLetter) continue;
      if (info.lower === sentences[s]![i]) {
        if (i > 0) lowerSeen.add(info.lower);
      } else if (!caps[s] && info.initUpper && !isInitial(sentences[s]!, row, i)) capSeen.add(info.lower);
    }
  }

  const out: SentenceFeatures[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const words = sentences[s]!;
    const row = infos[s]!;
    const n = row.length;
    const capsSentence = caps[s]!;
    const phrases = gazetteer.phraseAtoms(row.map((r) => r.lower));
    const closed = closeTokens ? closedTokens(row) : undefined;
    const offsets = new Int32Array(n + 1);
    const own: Int32Array[] = new Array(n);
    let p = 0;
    const push = (h: number) => {
      if (p === scratch.length) {
        const bigger = new Int32Array(scratch.length * 2);
        bigger.set(scratch);
        scratch = bigger;
      }
      scratch[p++] = h & mask;
    };
    const shortOf = (info: WordInfo) => (capsSentence ? info.caselessShortAtom : info.shortAtom);
    for (let i = 0; i < n; i++) {
      offsets[i] = p;
      if (closed?.[i]) {
        own[i] = NO_FEATURES;
        continue;
      }
      const info = row[i]!;
      const prev = i > 0 ? row[i - 1] : undefined;
      const next = i + 1 < n ? row[i + 1] : undefined;
      const lowerM1 = prev ? prev.lowerAtom : BOS;
      const lowerP1 = next ? next.lowerAtom : EOS;
      const short = shortOf(info);
      const shortM1 = prev ? shortOf(prev) : BOS;
      const shortP1 = next ? shortOf(next) : EOS;

      push(T.BIAS);
      own[i] = capsSentence ? caselessOwn(words[i]!, info) : info.own;
      push(mix(T.LOWER_M1, lowerM1));
      push(mix(T.LOWER_M2, i > 1 ? row[i - 2]!.lowerAtom : BOS));
      push(mix(T.LOWER_P1, lowerP1));
      push(mix(T.LOWER_P2, i + 2 < n ? row[i + 2]!.lowerAtom : EOS));
      push(mix(T.SHORT_M1, shortM1));
      push(mix(T.SHORT_P1, shortP1));
      push(mix(mix(T.BIGRAM_M1, lowerM1), info.lowerAtom));
      push(mix(mix(T.BIGRAM_P1, info.lowerAtom), lowerP1));
      push(mix(mix(mix(T.SHORT_TRIGRAM, shortM1), short), shortP1));
      push(mix(mix(T.PREV_WORD_SHAPE, lowerM1), short));
      push(mix(mix(T.NEXT_WORD_SHAPE, lowerP1), short));
      if (prev)
        for (let k = 0; k < prev.gazAtoms.length && k < MAX_NEIGHBOUR_GAZ; k++) push(mix(T.GAZ_M1, prev.gazAtoms[k]!));
      if (next)
        for (let k = 0; k < next.gazAtoms.length && k < MAX_NEIGHBOUR_GAZ; k++) push(mix(T.GAZ_P1, next.gazAtoms[k]!));
      const phrase = phrases[i];
      if (phrase) for (const a of phrase) push(mix(T.PHRASE, a));
      if (isInitial(words, row, i)) push(mix(T.INITIAL_SHAPE, short));
      if (capsSentence) push(mix(T.CAPS_SENTENCE, short));
      if (info.hasLetter && (info.initUpper || capsSentence)) {
        if (lowerSeen.has(info.lower)) push(mix(T.DOC_LOWER_SEEN, short));
        if (capSeen.has(info.lower)) push(mix(T.DOC_CAP_SEEN, capsSentence ? 1 : 0));
      }
    }
    offsets[n] = p;
    out.push(
      closed ? { own, feats: scratch.slice(0, p), offsets, closed } : { own, feats: scratch.slice(0, p), offsets },
    );
  }
  return out;
}

/**
 * Stage-2 features: the stage-1 features of `base` plus what stage 1 predicted here and, for the same word,
 * elsewhere in the document.
 */
export function addStage2Features(
  sentences: readonly (readonly string[])[],
  base: readonly SentenceFeatures[],
  stage1: readonly Uint8Array[],
  mask: number,
  analysis: DocumentAnalysis = analyseDocument(sentences),
): SentenceFeatures[] {
  const { infos, caps } = analysis;
  const counts = countStage1(sentences, infos, caps, stage1);
  const EXTRA = 5;
  return base.map((sf, s) => {
    const row = infos[s]!;
    const tags = stage1[s]!;
    const n = row.length;
    const feats = new Int32Array(sf.feats.length + EXTRA * n);
    const offsets = new Int32Array(n + 1);
    let p = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = p;
      if (sf.closed?.[i]) continue;
      feats.set(sf.feats.subarray(sf.offsets[i]!, sf.offsets[i + 1]!), p);
      p += sf.offsets[i + 1]! - sf.offsets[i]!;
      const info = row[i]!;
      const own = tags[i]!;
      feats[p++] = mix(T.STAGE1_TAG, own) & mask;
      feats[p++] = mix(T.STAGE1_TAG_M1, i > 0 ? tags[i - 1]! : 255) & mask;
      feats[p++] = mix(T.STAGE1_TAG_P1, i + 1 < n ? tags[i + 1]! : 255) & mask;
      const c = info.hasLetter && (info.initUpper || caps[s]) ? counts.get(info.lower) : undefined;
      if (!c) continue;
      const atom = majorityAtom(c, tagType(own));
      if (atom < 0) continue;
      const short = caps[s] ? info.caselessShortAtom : info.shortAtom;
      feats[p++] = mix(T.DOC_MAJORITY, atom) & mask;
      feats[p++] = mix(mix(T.DOC_MAJORITY_SHAPE, atom), short) & mask;
    }
    offsets[n] = p;
    const stage2: SentenceFeatures = { own: sf.own, feats: feats.subarray(0, p), offsets };
    if (sf.closed) stage2.closed = sf.closed;
    return stage2;
  });
}

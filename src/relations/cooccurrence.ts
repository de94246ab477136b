/**
 * Co-occurrence: two entities named in one sentence are related, weakly and undirected. Pairs are bounded
 * (see src/bounds.ts): mentions more than MAX_PAIR_TOKENS apart are not paired, and a sentence yields at most
 * MAX_PAIRS_PER_SENTENCE pairs, the nearest first, so a list of a thousand names costs as much as its length.
 */
import { MAX_PAIRS_PER_SENTENCE, MAX_PAIR_TOKENS, type BoundCut } from "../bounds.js";
import type { Sentence, Token } from "../types.js";
import { tokenRangeOf } from "./token-range.js";
import { CO_OCCURS, type SentenceRelation } from "./types.js";

/** A mention reduced to what co-occurrence needs. */
interface EntityMention {
  entity?: string | undefined;
  sentence: number;
  start: number;
  end: number;
}

/** The document's tokens and sentences, for the token distance between mentions. */
export interface CooccurrenceContext {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Where the pair bounds cut pairs, one entry per sentence and bound (appended to). */
  bounds?: BoundCut[];
  maxPairTokens?: number;
  maxPairsPerSentence?: number;
}

/**
 * One co-occurs relation per pair of distinct entities per sentence whose mentions come within the distance
 * bound, keys ordered so each pair appears once; sorted by sentence, source and target.
 */
export function cooccurrences(mentions: readonly EntityMention[], context: CooccurrenceContext): SentenceRelation[] {
  const maxDistance = context.maxPairTokens ?? MAX_PAIR_TOKENS;
  const cap = context.maxPairsPerSentence ?? MAX_PAIRS_PER_SENTENCE;
  const bySentence = new Map<number, Array<{ entity: string; first: number; last: number }>>();
  for (const m of mentions) {
    if (!m.entity) continue;
    const range = tokenRangeOf(context.tokens, context.sentences[m.sentence], m);
    if (!range) continue;
    let list = bySentence.get(m.sentence);
    if (!list) bySentence.set(m.sentence, (list = []));
    list.push({ entity: m.entity, first: range[0], last: range[1] });
  }
  const relations: SentenceRelation[] = [];
  for (const [sentence, list] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.first - b.first);
    // Nearest distance of each pair (source < target); a mention looks ahead only as far as the bound.
    const distance = new Map<string, { source: string; target: string; tokens: number }>();
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        const tokens = Math.max(0, b.first - a.last);
        if (tokens > maxDistance) break;
        if (a.entity === b.entity) continue;
        const [source, target] = a.entity < b.entity ? [a.entity, b.entity] : [b.entity, a.entity];
        const key = `${source}\u0000${target}`;
        const known = distance.get(key);
        if (!known) distance.set(key, { source, target, tokens });
        else if (tokens < known.tokens) known.tokens = tokens;
      }
    }
    let pairs = [...distance.values()];
    const start = context.sentences[sentence]?.start ?? 0;
    const entities = new Set(list.map((m) => m.entity)).size;
    if (pairs.length < (entities * (entities - 1)) / 2) context.bounds?.push({ bound: "pair-distance", start });
    if (pairs.length > cap) {
      context.bounds?.push({ bound: "pair-cap", start });
      pairs = pairs.sort((a, b) => a.tokens - b.tokens || compare(a.source, b.source) || compare(a.target, b.target));
      pairs = pairs.slice(0, cap);
    }
    pairs.sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target));
    for (const { source, target } of pairs) {
      relations.push({ source, target, predicate: CO_OCCURS, confidence: 1, sentence, rule: "same sentence" });
    }
  }
  return relations;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Co-occurrence: two entities named in one sentence are related, weakly and undirected.
 */
import { CO_OCCURS, type SentenceRelation } from "./types.js";

/** A mention reduced to what co-occurrence needs. */
interface EntityMention {
  entity?: string | undefined;
  sentence: number;
}

/** One co-occurs relation per pair of distinct entities per sentence, keys ordered so each pair appears once. */
export function cooccurrences(mentions: readonly EntityMention[]): SentenceRelation[] {
  const bySentence = new Map<number, Set<string>>();
  for (const m of mentions) {
    if (!m.entity) continue;
    let set = bySentence.get(m.sentence);
    if (!set) bySentence.set(m.sentence, (set = new Set()));
    set.add(m.entity);
  }
  const relations: SentenceRelation[] = [];
  for (const [sentence, set] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const keys = [...set].sort();
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        relations.push({
          source: keys[i]!,
          target: keys[j]!,
          predicate: CO_OCCURS,
          confidence: 1,
          sentence,
          rule: "same sentence",
        });
      }
    }
  }
  return relations;
}

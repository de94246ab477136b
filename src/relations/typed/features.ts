/**
 * Features of an entity pair in one sentence, for the relation classifier. Both the CoNLL04 trainer and the
 * news pipeline reduce a sentence to the same shape (lower-cased words plus typed token spans), so the model
 * sees exactly the same features at training and at extraction time.
 *
 * CoNLL04's relations are fully determined by the entity types of source and target (Peop→Org is always
 * Work_For, Loc→Loc always Located_In…), so the classifier is binary: "does the relation of this type
 * signature hold?". Every feature exists twice, once shared by all signatures (small data: "in" between
 * means something for both Live_In and OrgBased_In) and once conjoined with the signature.
 */
import type { TypedPredicate } from "./types.js";
import { isRegionName, triggerClass } from "./lexicon.js";

/** Entity classes of the classifier (CoNLL04's names; kgraph's media and organisations are both `Org`). */
export type PairType = "Peop" | "Loc" | "Org" | "Other";

/** An entity as a half-open token range `[start, end)` of its sentence. */
export interface PairEntity {
  start: number;
  end: number;
  type: PairType;
}

/** A sentence reduced to what the classifier needs. */
export interface PairSentence {
  words: readonly string[];
  /** Entities in text order, not overlapping. */
  entities: readonly PairEntity[];
}

/** Source type > target type → the predicate the classifier decides on. */
export const SIGNATURES: Readonly<Record<string, TypedPredicate>> = {
  "Peop>Org": "works_for",
  "Peop>Peop": "killed",
  "Org>Loc": "based_in",
  "Peop>Loc": "lives_in",
  "Loc>Loc": "located_in",
};

/** The signature key of an ordered pair, or undefined when no relation of kgraph's model can hold. */
export function signatureOf(source: PairEntity, target: PairEntity): string | undefined {
  const key = `${source.type}>${target.type}`;
  return key in SIGNATURES ? key : undefined;
}

/** Ordered pairs `[source, target]` (entity indices) whose types admit a relation, in a stable order. */
export function candidatePairs(sentence: PairSentence): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const n = sentence.entities.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i !== j && signatureOf(sentence.entities[i]!, sentence.entities[j]!)) pairs.push([i, j]);
    }
  }
  return pairs;
}

/** Lower case with digits folded, so "1994" and "1876" are one word. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/\d/g, "0");
}

// A sentence's pairs share one normalised copy of its words (scoring is per pair, normalising per sentence).
const normalisedCache = new WeakMap<readonly string[], string[]>();
function normalisedWords(words: readonly string[]): string[] {
  let out = normalisedCache.get(words);
  if (!out) normalisedCache.set(words, (out = words.map(normaliseWord)));
  return out;
}

const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 5 ? "4-5" : n <= 8 ? "6-8" : n <= 14 ? "9-14" : "15+");
const stem = (w: string): string => (w.length > 6 ? w.slice(0, 5) : w);

/** The feature strings of the ordered pair `source → target` (entity indices into `sentence.entities`). */
export function pairFeatures(sentence: PairSentence, source: number, target: number): string[] {
  const words = normalisedWords(sentence.words);
  const s = sentence.entities[source]!;
  const t = sentence.entities[target]!;
  const sig = `${s.type}>${t.type}`;
  const order = s.start < t.start ? "st" : "ts";
  const [left, right] = s.start < t.start ? [s, t] : [t, s];
  const out: string[] = [];
  // Each feature both shared and conjoined with the signature.
  const add = (f: string) => {
    out.push(f, `${sig}|${f}`);
  };

  out.push("bias", `${sig}|bias`);
  add(`ord=${order}`);
  const between = words.slice(left.end, right.start);
  add(`dist=${bucket(between.length)}|${order}`);

  // Entities in between, by type: "Peop , Loc" patterns and lists.
  const inside = sentence.entities.filter((e) => e.start >= left.end && e.end <= right.start);
  add(`nent=${Math.min(inside.length, 3)}`);
  if (inside.length <= 2) add(`ents=${inside.map((e) => e.type).join(",")}`);

  // Words between: the bag, stems, first and last, bigrams, and the exact string when short.
  for (const w of new Set(between)) {
    add(`bw=${w}`);
    const st = stem(w);
    if (st !== w) add(`bs=${st}`);
    const cls = triggerClass(w);
    if (cls) add(`bt=${cls}|${order}`);
  }
  if (between.length > 0) {
    add(`bf=${between[0]}|${order}`);
    add(`bl=${between[between.length - 1]}|${order}`);
    for (let i = 0; i + 1 < between.length; i++) add(`bb=${between[i]}_${between[i + 1]}`);
  } else add(`adjacent|${order}`);
  if (between.length <= 5) add(`bx=${between.join(" ")}|${order}`);
  if (between.length > 14) add("far");

  // Context outside the pair: two words before the left one, two after the right one, with trigger classes.
  add(`l1=${words[left.start - 1] ?? "<s>"}`);
  add(`l2=${words[left.start - 2] ?? "<s>"}_${words[left.start - 1] ?? "<s>"}`);
  add(`r1=${words[right.end] ?? "</s>"}`);
  add(`r2=${words[right.end] ?? "</s>"}_${words[right.end + 1] ?? "</s>"}`);
  for (let i = Math.max(0, left.start - 4); i < left.start; i++) {
    const cls = triggerClass(words[i]!);
    if (cls) add(`lt=${cls}`);
  }
  for (let i = right.end; i < Math.min(words.length, right.end + 4); i++) {
    const cls = triggerClass(words[i]!);
    if (cls) add(`rt=${cls}`);
  }

  // The entities themselves: head (last) word, first word (titles such as "President"), region names.
  const sWords = words.slice(s.start, s.end);
  const tWords = words.slice(t.start, t.end);
  add(`sh=${sWords[sWords.length - 1]}`);
  add(`th=${tWords[tWords.length - 1]}`);
  if (sWords.length > 1) add(`sf=${sWords[0]}`);
  if (tWords.length > 1) add(`tf=${tWords[0]}`);
  const sRegion = isRegion(sentence, s);
  const tRegion = isRegion(sentence, t);
  add(`region=${sRegion ? 1 : 0}${tRegion ? 1 : 0}`);
  for (const w of sWords) {
    const cls = triggerClass(w);
    if (cls) add(`st=${cls}`);
  }

  // Nearest partner: is the target the closest entity of its type to the source, and vice versa?
  add(`near=${nearest(sentence, source, t.type) === target ? 1 : 0}${nearest(sentence, target, s.type) === source ? 1 : 0}`);
  return out;
}

// Whether an entity names a country or state, worked out once per entity rather than once per pair.
const regionCache = new WeakMap<PairEntity, boolean>();
function isRegion(sentence: PairSentence, e: PairEntity): boolean {
  let region = regionCache.get(e);
  if (region === undefined) regionCache.set(e, (region = isRegionName(sentence.words.slice(e.start, e.end).join(" "))));
  return region;
}

/** Index of the entity of `type` closest (in tokens) to entity `from`, ties to the earlier one. */
function nearest(sentence: PairSentence, from: number, type: PairType): number {
  const a = sentence.entities[from]!;
  let best = -1;
  let bestDistance = Infinity;
  sentence.entities.forEach((e, i) => {
    if (i === from || e.type !== type) return;
    const d = e.start >= a.end ? e.start - a.end : a.start - e.end;
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

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
import { isVerbWord } from "./connection.js";
import { isRegionName, triggerClass, TRIGGERS } from "./lexicon.js";

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
  return SIGNATURE_KEYS.get(source.type)?.get(target.type);
}

// Source type → target type → signature key: candidatePairs asks for every ordered pair of a sentence, so the
// key is looked up rather than built (and the same string object is reused downstream).
const SIGNATURE_KEYS: ReadonlyMap<string, ReadonlyMap<string, string>> = (() => {
  const map = new Map<string, Map<string, string>>();
  for (const key of Object.keys(SIGNATURES)) {
    const [source, target] = key.split(">") as [string, string];
    if (!map.has(source)) map.set(source, new Map());
    map.get(source)!.set(target, key);
  }
  return map;
})();

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

/**
 * The candidate pairs of `candidatePairs` whose entities are at most `maxDistance` tokens apart, and of those at
 * most `cap` unordered pairs, the nearest first; in `candidatePairs` order. `cut` says which bound dropped pairs.
 * Entities must be in text order (as `PairSentence` requires): each looks ahead only as far as the bound.
 */
export function boundedCandidatePairs(
  sentence: PairSentence,
  maxDistance: number,
  cap: number,
): { pairs: Array<[number, number]>; cut: { distance: boolean; cap: boolean } } {
  const entities = sentence.entities;
  const n = entities.length;
  const near: Array<{ i: number; j: number; distance: number }> = [];
  let typed = 0;
  for (let i = 0; i < n; i++) {
    const a = entities[i]!;
    for (let j = i + 1; j < n; j++) {
      const b = entities[j]!;
      if (!signatureOf(a, b) && !signatureOf(b, a)) continue;
      typed++;
      const distance = Math.max(0, b.start - a.end);
      if (distance <= maxDistance) near.push({ i, j, distance });
    }
  }
  const cut = { distance: near.length < typed, cap: near.length > cap };
  let kept = near;
  if (cut.cap) kept = [...near].sort((x, y) => x.distance - y.distance || x.i - y.i || x.j - y.j).slice(0, cap);
  const keep = new Set(kept.map((p) => p.i * n + p.j));
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j || !keep.has(Math.min(i, j) * n + Math.max(i, j))) continue;
      if (signatureOf(entities[i]!, entities[j]!)) pairs.push([i, j]);
    }
  }
  return { pairs, cut };
}

/** Lower case with digits folded, so "1994" and "1876" are one word. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/\d/g, "0");
}

const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 5 ? "4-5" : n <= 8 ? "6-8" : n <= 14 ? "9-14" : "15+");
const stem = (w: string): string => (w.length > 6 ? w.slice(0, 5) : w);

// The strings of the features with few values, built once: a pair looks them up instead of building them
// (a fresh string would be hashed again for every pair). Indexed by order (0 = "st", 1 = "ts"), trigger class
// index (position in TRIGGERS), or a small code.
const ORDERS = ["st", "ts"] as const;
const CLASSES = Object.keys(TRIGGERS);
const CLASS_INDEX = new Map(CLASSES.map((name, i) => [name, i]));
const BUCKETS = [0, 1, 2, 3, 4, 6, 9, 15].map(bucket);
const F_ORD = ORDERS.map((o) => `ord=${o}`);
const F_DIST = ORDERS.map((o) => new Map(BUCKETS.map((b) => [b, `dist=${b}|${o}`])));
const F_NENT = [0, 1, 2, 3].map((n) => `nent=${n}`);
const F_BT = ORDERS.map((o) => CLASSES.map((cls) => `bt=${cls}|${o}`));
const F_ADJACENT = ORDERS.map((o) => `adjacent|${o}`);
const F_LT = CLASSES.map((cls) => `lt=${cls}`);
const F_RT = CLASSES.map((cls) => `rt=${cls}`);
const F_ST = CLASSES.map((cls) => `st=${cls}`);
/** By code 2·first + second, as in "region=10". */
const F_REGION = ["region=00", "region=01", "region=10", "region=11"];
const F_NEAR = ["near=00", "near=01", "near=10", "near=11"];
const F_ENTS = new Map<string, string>();
const F_SO = CLASSES.map((cls) => `so=${cls}`);
const F_VERBS = ORDERS.map((o) => [0, 1, 2].map((n) => `nv=${n}|${o}`));
/** By code 2·source + target, as in "caps=10". */
const F_CAPS = ["caps=00", "caps=01", "caps=10", "caps=11"];

/** The case shape of a word: "X" capitalised, "x" lower case, "0" starting with a digit, else the word itself. */
function caseShape(word: string): string {
  if (/^\p{Lu}/u.test(word)) return "X";
  if (/^\p{Ll}/u.test(word)) return "x";
  return /^\d/.test(word) ? "0" : word;
}
/** By the types of the entities just outside the pair ("<s>" / "</s>" when none), as in "oe=Loc_</s>". */
const OUTSIDE_TYPES: readonly PairType[] = ["Peop", "Loc", "Org", "Other"];
const OUTSIDE_INDEX = new Map(OUTSIDE_TYPES.map((type, i) => [type, i + 1]));
/** Indexed [before][after], 0 for none: "oe=<s>_Loc". */
const F_OE = ["<s>", ...OUTSIDE_TYPES].map((b) => ["</s>", ...OUTSIDE_TYPES].map((a) => `oe=${b}_${a}`));

/**
 * What every pair of a sentence shares, computed once per sentence: the classifier scores every ordered pair,
 * and a sentence with n entities has up to n² of them (sports team sheets have dozens of names, so hundreds of
 * pairs with long spans between). Each distinct feature string of the sentence is built once and numbered; a
 * pair is a list of these numbers, so scoring a pair adds cached weights instead of building and hashing
 * strings, and "was this feature emitted for this pair already?" becomes an index comparison.
 */
interface SentenceCache {
  /** Lower-cased, digit-folded words. */
  words: string[];
  /** Per word: the index of its trigger class in CLASSES, or -1. */
  cls: Int8Array;
  /** Per word: the index of the previous occurrence of the same word, or -1 (first occurrence in a span). */
  prevWord: Int32Array;
  /** Per word longer than a stem: the previous word (also longer) with the same stem, or -1. */
  prevStem: Int32Array;
  /** Per word i: the previous j with the same bigram feature as (i, i+1), or -1. */
  prevBigram: Int32Array;
  /** Feature number → (shared) feature string, and back. */
  names: string[];
  ids: Map<string, number>;
  /** Feature numbers by word index (`bb` built up front, the others when first needed). */
  bw: number[];
  bs: number[];
  bb: number[];
  bf: [number[], number[]];
  bl: [number[], number[]];
  l1: number[];
  l2: number[];
  r1: number[];
  r2: number[];
  /** Feature numbers by entity index. */
  sh: number[];
  th: number[];
  sf: number[];
  tf: number[];
  /** The exact words between a pair (`bx`), by span and order. */
  bx: Map<number, number>;
  /** Per trigger class (index in CLASSES): the position of its first word, or n when none. */
  classFirst: Int32Array;
  /** Per trigger class: the position of its last word, or -1. */
  classLast: Int32Array;
  /** The sentence's entities counted by type (`tset=…`), the same for every pair. */
  typeSet: number;
  /** Per entity: whether it names a country or state. */
  region: Array<boolean | undefined>;
  /** Per word: 1 when it is a verb of something other than a relation (`isVerbWord`), 0 when not, -1 not yet known. */
  verb: Int8Array;
  /** Per word: its case shape ("X" capitalised, "x" lower case, "0" a number, else the word itself), when needed. */
  shape: string[];
  /** The shape of the words between a pair (`bsh`), by span and order. */
  bsh: Map<number, number>;
  /** Per entity: whether it is written in capitals (a wire headline or dateline). */
  caps: Array<boolean | undefined>;
  /** Per entity and type: the nearest entity of that type (see `nearest`). */
  nearest: Map<string, number>;
  /** Weight rows (see `WeightTable`) of the feature numbers under the model last scored with (`pairWeightSum`). */
  weightsOf?: ReadonlyMap<string, number>;
  rows: Array<Float64Array | null | undefined>;
}

// Keyed by the sentence object: its words and entities are read-only, and the cache goes when the sentence does.
const sentenceCache = new WeakMap<PairSentence, SentenceCache>();

/** The number of feature string `f` in the sentence, numbering it if new. */
function idOf(c: SentenceCache, f: string): number {
  let id = c.ids.get(f);
  if (id === undefined) {
    id = c.names.length;
    c.names.push(f);
    c.ids.set(f, id);
  }
  return id;
}

function cacheOf(sentence: PairSentence): SentenceCache {
  let cache = sentenceCache.get(sentence);
  if (cache) return cache;
  const words = sentence.words.map(normaliseWord);
  const n = words.length;
  const prevWord = new Int32Array(n).fill(-1);
  const prevStem = new Int32Array(n).fill(-1);
  const prevBigram = new Int32Array(n).fill(-1);
  const lastWord = new Map<string, number>();
  const lastStem = new Map<string, number>();
  const lastBigram = new Map<string, number>();
  const bigrams: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    prevWord[i] = lastWord.get(w) ?? -1;
    lastWord.set(w, i);
    if (w.length > 6) {
      const st = stem(w);
      prevStem[i] = lastStem.get(st) ?? -1;
      lastStem.set(st, i);
    }
    if (i + 1 < n) {
      // Keyed by the feature string itself, so "the same bigram" means exactly "the same feature".
      const key = (bigrams[i] = `bb=${w}_${words[i + 1]}`);
      prevBigram[i] = lastBigram.get(key) ?? -1;
      lastBigram.set(key, i);
    }
  }
  const cls = Int8Array.from(words, (w) => {
    const found = triggerClass(w);
    return found === undefined ? -1 : CLASS_INDEX.get(found)!;
  });
  // A class has a word outside a gap [from, to) exactly when its first word is before it or its last after it.
  const classFirst = new Int32Array(CLASSES.length).fill(n);
  const classLast = new Int32Array(CLASSES.length).fill(-1);
  for (let i = 0; i < n; i++) {
    const k = cls[i]!;
    if (k < 0) continue;
    if (classFirst[k] === n) classFirst[k] = i;
    classLast[k] = i;
  }
  cache = {
    words,
    cls,
    prevWord,
    prevStem,
    prevBigram,
    names: [],
    ids: new Map(),
    bw: [],
    bs: [],
    bb: [],
    bf: [[], []],
    bl: [[], []],
    l1: [],
    l2: [],
    r1: [],
    r2: [],
    sh: [],
    th: [],
    sf: [],
    tf: [],
    bx: new Map(),
    classFirst,
    classLast,
    typeSet: 0,
    region: [],
    shape: [],
    verb: new Int8Array(n).fill(-1),
    bsh: new Map(),
    caps: [],
    nearest: new Map(),
    rows: [],
  };
  const c = cache;
  c.bb = bigrams.map((f) => idOf(c, f));
  const byType = new Map<PairType, number>();
  for (const e of sentence.entities) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const capped = (type: PairType) => Math.min(3, byType.get(type) ?? 0);
  c.typeSet = idOf(c, `tset=${capped("Peop")}${capped("Loc")}${capped("Org")}`);
  sentenceCache.set(sentence, cache);
  return cache;
}

/**
 * The distinct feature strings of the ordered pair `source → target` (entity indices into `sentence.entities`),
 * in a fixed order: each shared feature followed by the same feature conjoined with the pair's signature
 * ("bw=in", "Org>Loc|bw=in"). Training and scoring both count each distinct feature once, in this order, so a
 * feature that two parts of a pair would both produce (a bigram occurring twice between the entities, two words
 * of one trigger class) is listed at its first occurrence only.
 */
export function pairFeatures(sentence: PairSentence, source: number, target: number): string[] {
  const c = cacheOf(sentence);
  const ids = pairFeatureIds(sentence, c, source, target);
  const sig = signatureKey(sentence, source, target);
  const out: string[] = new Array<string>(2 * ids.length);
  for (let i = 0; i < ids.length; i++) {
    const name = c.names[ids[i]!]!;
    out[2 * i] = name;
    out[2 * i + 1] = `${sig}|${name}`;
  }
  return out;
}

/** The signature key of a pair, or "Type>Type" for a pair no relation of kgraph's model fits. */
function signatureKey(sentence: PairSentence, source: number, target: number): string {
  const s = sentence.entities[source]!;
  const t = sentence.entities[target]!;
  return signatureOf(s, t) ?? `${s.type}>${t.type}`;
}

/** Signature keys in weight-row order: row[1 + i] is the weight of a feature conjoined with SIGNATURE_ORDER[i]. */
const SIGNATURE_ORDER = Object.keys(SIGNATURES);
const SIGNATURE_INDEX = new Map(SIGNATURE_ORDER.map((key, i) => [key, i]));

/**
 * A model's weights regrouped by shared feature: "bw=in" → [w("bw=in"), w("Peop>Org|bw=in"), w("Peop>Peop|bw=in"),
 * …], zeros where the model has no weight. Scoring then looks up one row per shared feature of a sentence instead
 * of building and hashing a conjoined string per signature (the lookups were a third of the classifier's time).
 */
type WeightTable = Map<string, Float64Array>;
const weightTables = new WeakMap<ReadonlyMap<string, number>, WeightTable>();

/** Builds the weight table of a model now rather than at its first sentence (an extraction worker, while it waits). */
export function prepareWeights(weights: ReadonlyMap<string, number>): void {
  weightTableOf(weights);
}

function weightTableOf(weights: ReadonlyMap<string, number>): WeightTable {
  let table = weightTables.get(weights);
  if (table) return table;
  table = new Map();
  const rowOf = (name: string) => {
    let row = table!.get(name);
    if (!row) table!.set(name, (row = new Float64Array(1 + SIGNATURE_ORDER.length)));
    return row;
  };
  for (const [feature, weight] of weights) {
    const bar = feature.indexOf("|");
    const sig = bar > 0 ? SIGNATURE_INDEX.get(feature.slice(0, bar)) : undefined;
    // "bw=in|st" has a bar too, but "bw=in" is no signature: only a known signature prefix makes a conjoined feature.
    if (sig === undefined) rowOf(feature)[0] = weight;
    else rowOf(feature.slice(bar + 1))[1 + sig] = weight;
  }
  weightTables.set(weights, table);
  return table;
}

/**
 * The sum of the weights of `pairFeatures(sentence, source, target)`, added in that order (so the same number
 * to the last bit), without building the strings: the classifier's hot loop.
 */
export function pairWeightSum(
  sentence: PairSentence,
  source: number,
  target: number,
  weights: ReadonlyMap<string, number>,
): number {
  const c = cacheOf(sentence);
  const ids = pairFeatureIds(sentence, c, source, target);
  const sig = SIGNATURE_INDEX.get(signatureKey(sentence, source, target));
  if (sig === undefined) {
    // A pair of types no relation fits: never scored by the classifier, summed the slow way for completeness.
    let z = 0;
    for (const f of pairFeatures(sentence, source, target)) z += weights.get(f) ?? 0;
    return z;
  }
  if (c.weightsOf !== weights) {
    c.weightsOf = weights;
    c.rows = [];
  }
  const table = weightTableOf(weights);
  let z = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let row = c.rows[id];
    if (row === undefined) c.rows[id] = row = table.get(c.names[id]!) ?? null;
    // Shared weight, then conjoined weight: pairFeatures' order. A feature the model lacks adds nothing.
    if (row === null) continue;
    z += row[0]!;
    z += row[1 + sig]!;
  }
  return z;
}

// Reused by every call of pairFeatureIds: its result is read before the next call.
const scratch: number[] = [];

/** The numbers of a pair's shared features (see `pairFeatures`, which documents the features). */
function pairFeatureIds(sentence: PairSentence, c: SentenceCache, source: number, target: number): readonly number[] {
  const words = c.words;
  const entities = sentence.entities;
  const s = entities[source]!;
  const t = entities[target]!;
  const st = s.start < t.start;
  const o = st ? 0 : 1;
  const order = ORDERS[o];
  const left = st ? s : t;
  const right = st ? t : s;
  const out = scratch;
  out.length = 0;
  // Shared features only: each also counts conjoined with the pair's signature (see pairFeatures).
  const addNew = (f: string) => out.push(idOf(c, f));

  addNew("bias");
  addNew(F_ORD[o]!);
  const from = left.end;
  const to = Math.max(from, right.start);
  const length = to - from;
  addNew(F_DIST[o]!.get(bucket(length))!);

  // Entities in between, by type: "Peop , Loc" patterns and lists.
  let nInside = 0;
  let insideTypes = "";
  for (const e of entities) {
    if (e.start >= left.end && e.end <= right.start) insideTypes += (nInside++ === 0 ? "" : ",") + e.type;
  }
  addNew(F_NENT[Math.min(nInside, 3)]!);
  if (nInside <= 2) {
    let ents = F_ENTS.get(insideTypes);
    if (ents === undefined) F_ENTS.set(insideTypes, (ents = `ents=${insideTypes}`));
    addNew(ents);
  }

  // Words between: the bag, stems, first and last, bigrams, and the exact string when short. Only a word's
  // first occurrence between the pair counts, as does only the first word of a stem or a trigger class.
  let classes = 0;
  for (let i = from; i < to; i++) {
    if (c.prevWord[i]! >= from) continue;
    const w = words[i]!;
    out.push((c.bw[i] ??= idOf(c, `bw=${w}`)));
    if (w.length > 6 && c.prevStem[i]! < from) out.push((c.bs[i] ??= idOf(c, `bs=${stem(w)}`)));
    const cls = c.cls[i]!;
    if (cls >= 0 && !(classes & (1 << cls))) {
      classes |= 1 << cls;
      addNew(F_BT[o]![cls]!);
    }
  }
  if (length > 0) {
    out.push((c.bf[o][from] ??= idOf(c, `bf=${words[from]}|${order}`)));
    out.push((c.bl[o][to - 1] ??= idOf(c, `bl=${words[to - 1]}|${order}`)));
    for (let i = from; i + 1 < to; i++) if (c.prevBigram[i]! < from) out.push(c.bb[i]!);
  } else addNew(F_ADJACENT[o]!);
  if (length <= 5) {
    const key = (from * (words.length + 1) + to) * 2 + o;
    let bx = c.bx.get(key);
    if (bx === undefined) c.bx.set(key, (bx = idOf(c, `bx=${words.slice(from, to).join(" ")}|${order}`)));
    out.push(bx);
  }
  if (length > 14) addNew("far");

  // The entities just outside the pair: "Loc , Loc , Loc" lists and "Peop of Org in Loc" chains, where the
  // neighbour decides which of two candidates a name goes with.
  const leftIndex = st ? source : target;
  const rightIndex = st ? target : source;
  const before = entities[leftIndex - 1];
  const after = entities[rightIndex + 1];
  addNew(F_OE[before ? OUTSIDE_INDEX.get(before.type)! : 0]![after ? OUTSIDE_INDEX.get(after.type)! : 0]!);
  // The sentence's entity types (capped counts): a sentence naming one person and one place is a simpler
  // decision than a list of five places.
  out.push(c.typeSet);

  // Context outside the pair: two words before the left one, two after the right one, with trigger classes.
  const a = left.start;
  const b = right.end;
  out.push((c.l1[a] ??= idOf(c, `l1=${words[a - 1] ?? "<s>"}`)));
  out.push((c.l2[a] ??= idOf(c, `l2=${words[a - 2] ?? "<s>"}_${words[a - 1] ?? "<s>"}`)));
  out.push((c.r1[b] ??= idOf(c, `r1=${words[b] ?? "</s>"}`)));
  out.push((c.r2[b] ??= idOf(c, `r2=${words[b] ?? "</s>"}_${words[b + 1] ?? "</s>"}`)));
  classes = 0;
  for (let i = Math.max(0, a - 4); i < a; i++) {
    const cls = c.cls[i]!;
    if (cls >= 0 && !(classes & (1 << cls))) {
      classes |= 1 << cls;
      addNew(F_LT[cls]!);
    }
  }
  classes = 0;
  for (let i = b; i < Math.min(words.length, b + 4); i++) {
    const cls = c.cls[i]!;
    if (cls >= 0 && !(classes & (1 << cls))) {
      classes |= 1 << cls;
      addNew(F_RT[cls]!);
    }
  }

  // Verbs between the pair that state no relation ("X said Y", "X met Y"): a clause of its own separates the
  // names. Counted (0, 1, 2+), as the SDP-like features of the field count predicates on the path.
  let verbs = 0;
  for (let i = from; i < to && verbs < 2; i++) {
    if (c.verb[i]! < 0) c.verb[i] = isVerbWord(sentence.words[i]!) ? 1 : 0;
    verbs += c.verb[i]!;
  }
  addNew(F_VERBS[o]![verbs]!);
  // The case shape of a short gap ("X , x x X": another name between, or only function words), runs of words of
  // one case collapsed: it generalises over the words, which the bag and exact string do not.
  if (length <= 10) {
    const key = (from * (words.length + 1) + to) * 2 + o;
    let bsh = c.bsh.get(key);
    if (bsh === undefined) {
      const parts: string[] = [];
      for (let i = from; i < to; i++) {
        const x = (c.shape[i] ??= caseShape(sentence.words[i]!));
        if (parts[parts.length - 1] !== x || (x !== "x" && x !== "X")) parts.push(x);
      }
      c.bsh.set(key, (bsh = idOf(c, `bsh=${parts.join(" ")}|${order}`)));
    }
    out.push(bsh);
  }
  // Names written in capitals: CoNLL04's datelines and headlines ("WARSAW , Poland ( AP )").
  addNew(F_CAPS[(isCaps(sentence, c, source) ? 2 : 0) + (isCaps(sentence, c, target) ? 1 : 0)]!);

  // Trigger classes anywhere outside the gap ("X , who was born in Y" states the verb before X; a sentence about
  // a killing elsewhere): counted once per class, from the per-sentence prefix counts.
  for (let k = 0; k < CLASSES.length; k++) {
    if (c.classFirst[k]! < from || c.classLast[k]! >= to) addNew(F_SO[k]!);
  }

  // The entities themselves: head (last) word, first word (titles such as "President"), region names.
  const sLength = Math.min(s.end, words.length) - s.start;
  const tLength = Math.min(t.end, words.length) - t.start;
  out.push((c.sh[source] ??= idOf(c, `sh=${sLength > 0 ? words[s.start + sLength - 1] : undefined}`)));
  out.push((c.th[target] ??= idOf(c, `th=${tLength > 0 ? words[t.start + tLength - 1] : undefined}`)));
  if (sLength > 1) out.push((c.sf[source] ??= idOf(c, `sf=${words[s.start]}`)));
  if (tLength > 1) out.push((c.tf[target] ??= idOf(c, `tf=${words[t.start]}`)));
  addNew(F_REGION[(isRegion(sentence, c, source) ? 2 : 0) + (isRegion(sentence, c, target) ? 1 : 0)]!);
  classes = 0;
  for (let i = s.start; i < s.start + sLength; i++) {
    const cls = c.cls[i]!;
    if (cls >= 0 && !(classes & (1 << cls))) {
      classes |= 1 << cls;
      addNew(F_ST[cls]!);
    }
  }

  // Nearest partner: is the target the closest entity of its type to the source, and vice versa?
  addNew(
    F_NEAR[
      (nearest(sentence, c, source, t.type) === target ? 2 : 0) +
        (nearest(sentence, c, target, s.type) === source ? 1 : 0)
    ]!,
  );
  return out;
}

/** Whether entity `i` is written in capitals only, once per entity. */
function isCaps(sentence: PairSentence, c: SentenceCache, i: number): boolean {
  let caps = c.caps[i];
  if (caps === undefined) {
    const e = sentence.entities[i]!;
    c.caps[i] = caps = sentence.words.slice(e.start, e.end).every((w) => w === w.toUpperCase());
  }
  return caps;
}

/** Whether entity `i` names a country or state, worked out once per entity rather than once per pair. */
function isRegion(sentence: PairSentence, c: SentenceCache, i: number): boolean {
  let region = c.region[i];
  if (region === undefined) {
    const e = sentence.entities[i]!;
    c.region[i] = region = isRegionName(sentence.words.slice(e.start, e.end).join(" "));
  }
  return region;
}

/** Index of the entity of `type` closest (in tokens) to entity `from`, ties to the earlier one; once per sentence. */
function nearest(sentence: PairSentence, c: SentenceCache, from: number, type: PairType): number {
  const key = `${from}>${type}`;
  const known = c.nearest.get(key);
  if (known !== undefined) return known;
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
  c.nearest.set(key, best);
  return best;
}

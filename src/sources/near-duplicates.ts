/**
 * Near-duplicate documents: the same story republished with small edits (a wire story run by several outlets, a
 * corrected version). Each document's text becomes the set of its word 4-grams (shingles) and a MinHash signature
 * of that set (`signatureOf`: computed at extraction, on the worker threads, and cached with the document). In
 * assembly the signatures, cut into bands (locality-sensitive hashing), pair up the documents likely to share
 * most shingles; only those candidate pairs are shingled again and checked by the exact Jaccard similarity of
 * their sets. Pairs at or above the threshold are joined into groups, and every document of a group but the first
 * (earliest date, then key) is a copy of it.
 *
 * Deterministic: the hash functions are fixed (FNV-1a over the words, then murmur3's finaliser), so the same
 * corpus always gives the same groups. Cost: one hash per shingle (one-permutation MinHash) at extraction, and
 * in assembly the bands plus the few candidate pairs.
 */
import { murmurFinalise } from "../util/hash.js";

/** A document as near-duplicate detection sees it. */
export interface DocumentText {
  key: string;
  text: string;
  date?: string;
  /** Its `signatureOf(text)`, when extraction computed it (else computed here). */
  signature?: readonly number[];
}

/** Settings of the detection. */
export interface NearDuplicateSettings {
  /** Jaccard similarity of the shingle sets at or above which two documents are copies. */
  threshold: number;
  /** MinHash bands and rows per band (bands × rows = `SIGNATURE_SIZE`). */
  bands: number;
  rows: number;
}

/** Words per shingle. */
export const SHINGLE = 4;

/** Values in a signature. */
export const SIGNATURE_SIZE = 64;

/**
 * 4-word shingles and a 0.6 threshold: an edited word breaks at most four shingles, so a 300-word story with a
 * dozen small edits keeps a similarity above 0.7, while two different stories on one subject share far fewer than
 * half their 4-grams. 16 bands of 4 rows make a candidate of a pair at 0.8 with probability 1 − (1 − 0.8⁴)^16 ≈
 * 0.9998 (at 0.6: 0.89), and of two different stories (0.05) almost never, so that few pairs are checked.
 */
export const DEFAULT_NEAR_DUPLICATE_SETTINGS: NearDuplicateSettings = { threshold: 0.6, bands: 16, rows: 4 };

/** Shorter texts are never called copies: a few shared words say nothing. */
const MIN_SHINGLES = 8;

/** The MinHash signature of a text (empty for texts too short to compare): what extraction stores. */
export function signatureOf(text: string): number[] {
  const set = shingles(text, SHINGLE);
  return set.length < MIN_SHINGLES ? [] : Array.from(minHash(set, SIGNATURE_SIZE));
}

/** Map from each copy's key to the key of the document it copies (the first of its group). */
export function findNearDuplicates(
  documents: readonly DocumentText[],
  settings: NearDuplicateSettings = DEFAULT_NEAR_DUPLICATE_SETTINGS,
): Map<string, string> {
  const parent = documents.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const buckets = new Map<string, number[]>();
  documents.forEach((d, i) => {
    const signature = d.signature ?? signatureOf(d.text);
    if (signature.length !== settings.bands * settings.rows) return;
    for (let b = 0; b < settings.bands; b++) {
      let bucket = `${b}`;
      for (let r = 0; r < settings.rows; r++) bucket += `:${signature[b * settings.rows + r]}`;
      const members = buckets.get(bucket);
      if (members) members.push(i);
      else buckets.set(bucket, [i]);
    }
  });
  // Shingle sets of the candidates only, made on first use.
  const sets = new Map<number, Uint32Array>();
  const setOf = (i: number) => {
    let set = sets.get(i);
    if (!set) sets.set(i, (set = shingles(documents[i]!.text, SHINGLE)));
    return set;
  };
  const checked = new Set<number>();
  for (const members of buckets.values()) {
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const a = members[x]!;
        const b = members[y]!;
        const pair = a * documents.length + b;
        if (checked.has(pair)) continue;
        checked.add(pair);
        if (find(a) !== find(b) && jaccard(setOf(a), setOf(b)) >= settings.threshold) parent[find(b)] = find(a);
      }
  }
  // Groups, each led by its earliest document (undated ones last, then by key).
  const groups = new Map<number, number[]>();
  documents.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  const copies = new Map<string, string>();
  const order = (i: number) => documents[i]!;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((i, j) => {
      const a = order(i);
      const b = order(j);
      const da = a.date ?? "\uffff";
      const db = b.date ?? "\uffff";
      return da < db ? -1 : da > db ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
    const first = order(group[0]!).key;
    for (const i of group.slice(1)) copies.set(order(i).key, first);
  }
  return copies;
}

/**
 * The distinct word shingles of a text, hashed to 32 bits, sorted. Words are runs of letters and digits, compared
 * without case. One pass over the characters, no intermediate strings: this is most of the detection's cost.
 */
export function shingles(text: string, size: number): Uint32Array {
  const words: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    const wordChar =
      (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || (c > 127 && /[\p{L}\p{N}]/u.test(text[i]!));
    if (wordChar) {
      h = Math.imul(h ^ (c > 127 ? text[i]!.toLowerCase().charCodeAt(0) : lower), 0x01000193);
      inWord = true;
    } else if (inWord) {
      words.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  const count = Math.max(0, words.length - size + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let g = 0x811c9dc5;
    for (let k = 0; k < size; k++) g = Math.imul(g ^ words[i + k]!, 0x01000193);
    hashes[i] = g >>> 0;
  }
  hashes.sort();
  // Distinct values, in place.
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[n++] = hashes[i]!;
  return hashes.slice(0, n);
}

/** Exact Jaccard similarity of two sorted sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The MinHash signature of a set, one-permutation style: each member is mixed once and falls into one of `size`
 * bins by its low bits; a bin keeps the least value it receives. This costs one hash per shingle instead of one
 * per shingle and function (a third of a second on the BBC corpus), and estimates Jaccard similarity as well for
 * texts of more shingles than bins. An empty bin (short texts) keeps the sentinel; a shared sentinel can only add
 * candidate pairs, which the exact check then rejects.
 */
function minHash(set: Uint32Array, size: number): Uint32Array {
  const signature = new Uint32Array(size).fill(0xffffffff);
  for (let i = 0; i < set.length; i++) {
    const h = murmurFinalise(set[i]!);
    const bin = h % size;
    const value = h >>> 8;
    if (value < signature[bin]!) signature[bin] = value;
  }
  return signature;
}

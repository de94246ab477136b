/**
 * Per-word facts the feature extractor needs (casing, shape, affixes, gazetteer lists), computed once per
 * distinct token string and cached: news is Zipfian, so almost every token after the first few thousand is a
 * cache hit and feature extraction costs a Map lookup plus integer mixing.
 */
import { getGazetteer } from "./gazetteer.js";
import { hashString, mix as importedMix } from "./hash.js";
import { T as IMPORTED_T } from "./templates.js";

// Module-local copies: some loaders (tsx) turn imported bindings into getters.
const T = IMPORTED_T;
const mix = importedMix;

/** Cached facts about one token string. */
export interface WordInfo {
  lower: string;
  hasLetter: boolean;
  /** Starts with an upper-case letter. */
  initUpper: boolean;
  /** Has letters and none of them is lower case (e.g. "NATO", "U.S."). */
  allUpper: boolean;
  /** Has a capital letter or a digit: the only tokens around which a name can be (see `closedTokens`). */
  mayName: boolean;
  /** Hash of the lower-case form (context features use it). */
  lowerAtom: number;
  /** Hash of the short shape ("Xx", "d-d", "X.X."), case-sensitive. */
  shortAtom: number;
  /** Hash of the short shape with case removed, used inside all-caps sentences. */
  caselessShortAtom: number;
  gazAtoms: readonly number[];
  /** Unmasked hashes of the token's own features in mixed-case text. */
  own: Int32Array;
  /** The same in all-caps sentences, where the surface case says nothing (computed on first need). */
  ownCaseless: Int32Array | undefined;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;

function charClass(ch: string): string {
  if (LOWER.test(ch)) return "x";
  if (UPPER.test(ch)) return "X";
  if (DIGIT.test(ch)) return "d";
  if (LETTER.test(ch)) return "x"; // letters without case (CJK…)
  return ch;
}

/** Word shape with runs longer than 3 cut to 3 ("Washington" → "Xxxx"), and the short shape (runs of 1). */
function shapes(word: string): [string, string] {
  let long = "";
  let short = "";
  let prev = "";
  let run = 0;
  for (const ch of word) {
    const c = charClass(ch);
    run = c === prev ? run + 1 : 1;
    if (run <= 3) long += c;
    if (run === 1) short += c;
    prev = c;
  }
  return [long, short];
}

function lengthBucket(n: number): number {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : 6;
}

function ownFeatures(
  word: string,
  lower: string,
  longShape: string,
  shortShape: string,
  gaz: readonly number[],
  caseless: boolean,
): Int32Array {
  const out: number[] = [
    mix(T.WORD, hashString(caseless ? lower : word)),
    mix(T.LOWER, hashString(lower)),
    mix(caseless ? T.SHAPE_CASELESS : T.SHAPE, hashString(longShape)),
    mix(caseless ? T.SHORT_CASELESS : T.SHORT, hashString(shortShape)),
    mix(T.LENGTH, lengthBucket(word.length)),
  ];
  const chars = Array.from(lower);
  for (let k = 1; k <= 4 && k <= chars.length; k++) {
    out.push(mix(T.PREFIX + k, hashString(chars.slice(0, k).join(""))));
    out.push(mix(T.SUFFIX + k, hashString(chars.slice(-k).join(""))));
  }
  for (const g of gaz) out.push(mix(T.GAZ, g));
  return Int32Array.from(out);
}

const cache = new Map<string, WordInfo>();
const CACHE_LIMIT = 400_000;

/** Facts about `word` (cached). */
export function wordInfo(word: string): WordInfo {
  let info = cache.get(word);
  if (info) return info;
  if (cache.size >= CACHE_LIMIT) cache.clear(); // bound memory on huge corpora; refilling is cheap
  const lower = word.toLowerCase();
  const hasLetter = LETTER.test(word);
  const [longShape, shortShape] = shapes(word);
  const gazAtoms = getGazetteer().wordAtoms(lower);
  info = {
    lower,
    hasLetter,
    initUpper: UPPER.test(word.charAt(0)),
    allUpper: hasLetter && !LOWER.test(word) && UPPER.test(word),
    mayName: UPPER_OR_DIGIT.test(word),
    lowerAtom: hashString(lower),
    shortAtom: hashString(shortShape),
    caselessShortAtom: hashString(shapes(lower)[1]),
    gazAtoms,
    own: ownFeatures(word, lower, longShape, shortShape, gazAtoms, false),
    ownCaseless: undefined,
  };
  cache.set(word, info);
  return info;
}

/** The token's own features for an all-caps sentence: case-free word and shape. */
export function caselessOwn(word: string, info: WordInfo): Int32Array {
  if (!info.ownCaseless) {
    const [longShape, shortShape] = shapes(info.lower);
    info.ownCaseless = ownFeatures(word, info.lower, longShape, shortShape, info.gazAtoms, true);
  }
  return info.ownCaseless;
}

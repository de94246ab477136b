/**
 * The gazetteer behind the entity model's list features: compromise's lexicon (lower-case word → tags such as
 * FirstName, City, Organization) plus kgraph's own lists in `src/nlp/lexicon/`. It only answers "which lists
 * hold this word or phrase"; the model learns how much each list is worth. Built once per process (0.1–0.2 s, at
 * an extraction worker's start, while the corpus is read).
 */
import { readModelText } from "../../util/model-file.js";
import { packagePath } from "../../util/package-root.js";
import { COUNTRIES, DEMONYMS } from "../lexicon/countries.js";
import { ORG_WORDS, PERSON_TITLES } from "../lexicon/organisations.js";
import { NEWS_OUTLETS } from "../lexicon/outlets.js";
import { tokenize } from "../tokenize.js";
import { hashString } from "./hash.js";

/** Phrase-match results for one sentence: per token, the hashed "list:position" atoms it lies in (sparse). */
export type PhraseAtoms = Array<number[] | undefined>;

export interface Phrase {
  words: string[];
  atoms: readonly number[]; // one per position: hash of `list:B|I|L`
}

/** Single words → hashed list names; first words → the phrases that start with them. */
export interface GazetteerTables {
  words: Map<string, number[]>;
  phrases: Map<string, Phrase[]>;
}

/** Word and phrase lists, queried by lower-case token. */
export interface Gazetteer {
  /** Hashed list names holding the single lower-case word, or an empty array. */
  wordAtoms(lower: string): readonly number[];
  /** For each token of a sentence (given lower case), atoms of multi-word list entries covering it. */
  phraseAtoms(lowerTokens: readonly string[]): PhraseAtoms;
  /** Number of distinct single words and phrases, for the model header. */
  readonly size: number;
}

const NONE: readonly number[] = [];

/** The snapshot of compromise's lexicon that the shipped model was trained with (see src/scripts/export-lexicon.ts). */
export function lexiconPath(): string {
  return packagePath("src", "models", "compromise-lexicon.json.gz");
}

/** compromise's lexicon as shipped beside the model: word or phrase → tag or tags. */
export function readLexicon(path = lexiconPath()): Record<string, string | string[]> {
  return JSON.parse(readModelText(path, LEXICON_FILE)) as Record<string, string | string[]>;
}

/** What the lexicon file is, for error messages. */
const LEXICON_FILE = { what: "gazetteer lexicon", remedy: "npm run lexicon" };

/** kgraph's own lists, each with its list name. */
function kgraphLists(): Array<[readonly string[], string]> {
  return [
    [COUNTRIES, "kg:Country"],
    [DEMONYMS, "kg:Demonym"],
    [NEWS_OUTLETS, "kg:Outlet"],
    [ORG_WORDS, "kg:OrgWord"],
    [PERSON_TITLES, "kg:Title"],
  ];
}

/** Entries that are letters alone: the tokenizer would give them back whole, so it need not run (most entries). */
const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

/** The gazetteer's tables, built from the lexicon and the lists. */
export function buildTables(): GazetteerTables {
  const words = new Map<string, number[]>();
  const phrases = new Map<string, Phrase[]>();
  // A few hundred distinct list atoms ("cmp:City", "kg:Outlet:B"…) are hashed over 25k entries: once each.
  const hashes = new Map<string, number>();
  const hashOf = (atom: string) => hashes.get(atom) ?? hashes.set(atom, hashString(atom)).get(atom)!;
  const add = (entry: string, tags: readonly string[]) => {
    const parts = LETTERS_ONLY.test(entry) ? [entry.toLowerCase()] : tokenize(entry).map((t) => t.text.toLowerCase());
    if (parts.length === 0) return;
    if (parts.length === 1) {
      const list = words.get(parts[0]!) ?? [];
      for (const tag of tags) {
        const h = hashOf(tag);
        if (!list.includes(h)) list.push(h);
      }
      words.set(parts[0]!, list);
      return;
    }
    for (const tag of tags) {
      const atoms = parts.map((_, i) => hashOf(`${tag}:${i === 0 ? "B" : i === parts.length - 1 ? "L" : "I"}`));
      const list = phrases.get(parts[0]!) ?? [];
      list.push({ words: parts, atoms });
      phrases.set(parts[0]!, list);
    }
  };
  // Only compromise's lexicon is used (its parser is far too slow for the tagging hot path), from the snapshot.
  const lexicon = readLexicon();
  for (const word in lexicon) {
    const tags = lexicon[word]!;
    add(word, Array.isArray(tags) ? tags.map((t) => `cmp:${t}`) : [`cmp:${tags}`]);
  }
  for (const [list, tag] of kgraphLists()) for (const word of list) add(word, [tag]);
  return { words, phrases };
}

/** A gazetteer over built tables. */
function gazetteerOf({ words, phrases }: GazetteerTables): Gazetteer {
  return {
    size: words.size + phrases.size,
    wordAtoms: (lower) => words.get(lower) ?? NONE,
    phraseAtoms(lowerTokens) {
      const out: PhraseAtoms = new Array(lowerTokens.length);
      for (let i = 0; i < lowerTokens.length; i++) {
        const candidates = phrases.get(lowerTokens[i]!);
        if (!candidates) continue;
        for (const p of candidates) {
          if (i + p.words.length > lowerTokens.length) continue;
          let ok = true;
          for (let k = 1; k < p.words.length && ok; k++) ok = lowerTokens[i + k] === p.words[k];
          if (!ok) continue;
          for (let k = 0; k < p.words.length; k++) (out[i + k] ??= []).push(p.atoms[k]!);
        }
      }
      return out;
    },
  };
}

let cached: Gazetteer | undefined;

/** The process-wide gazetteer (built on first use, then shared). */
export function getGazetteer(): Gazetteer {
  cached ??= gazetteerOf(buildTables());
  return cached;
}

/** The gazetteer's lists of places: compromise's cities, countries, regions and places, and kgraph's countries. */
const PLACE_LISTS: readonly number[] = ["cmp:City", "cmp:Country", "cmp:Region", "cmp:Place", "kg:Country"].map(
  hashString,
);

/** True when the gazetteer has the lower-case word in one of `lists` (hashed list names). */
function isListedIn(lower: string, lists: readonly number[]): boolean {
  return getGazetteer()
    .wordAtoms(lower)
    .some((atom) => lists.includes(atom));
}

/** True when the gazetteer lists the lower-case word as a place ("washington", "london"; not "padden"). */
export function isListedPlace(lower: string): boolean {
  return isListedIn(lower, PLACE_LISTS);
}

const GERUND = hashString("cmp:Gerund");
const COMMON_NOUN_LISTS: readonly number[] = ["cmp:Singular", "cmp:Plural", "cmp:Uncountable", "cmp:Noun"].map(
  hashString,
);

/** True when the lexicon lists the lower-case word as a verb's -ing form and as nothing else ("finding", "saving"). */
export function isListedGerund(lower: string): boolean {
  const atoms = getGazetteer().wordAtoms(lower);
  return atoms.length === 1 && atoms[0] === GERUND;
}

/** True when the lexicon lists the lower-case word, or its singular in -s, as a common noun ("council", "daggers"). */
export function isListedCommonNoun(lower: string): boolean {
  return (
    isListedIn(lower, COMMON_NOUN_LISTS) || (lower.endsWith("s") && isListedIn(lower.slice(0, -1), COMMON_NOUN_LISTS))
  );
}

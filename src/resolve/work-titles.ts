/**
 * Titles of works that the recogniser reads as names of people, places or organisations: "Finding Neverland",
 * "Saving | Private Ryan" (a gerund and its object), "Warrior Within", "Doctor Who" (a function word inside). Such a
 * name is relabelled MISC by the clean-up (`clean.ts`), which makes no node of it.
 */
import { isListedCommonNoun, isListedGerund } from "../nlp/index.js";
import type { EntityLabel } from "../types.js";
import { DESIGNATORS } from "./document.js";
import { EVENT_HEADS, ORGANISATION_HEADS, PLACE_HEADS } from "./lexicon/cues.js";
import { opensSentence } from "./sentence.js";

/**
 * English function words of three letters or more, capitalised inside a title ("Warrior Within", "Thank You",
 * "Gone Are the Days") and never part of a person's name. Not "of" ("Duchess of York"), nor the particles of
 * names ("De", "Le", "Van"), nor short words that are Asian surnames ("He", "An", "No", "So").
 */
const FUNCTION_WORDS = new Set(
  `the and nor but for with without within into onto upon from about after you your yours our ours their theirs
  this that these those who whom whose what when where why how are was were been not every can cannot shall
  should would could must they them she him his her its`.split(/\s+/),
);

/** True when a multi-word name has a capitalised function word in it. */
export function hasFunctionWord(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.some((w) => /^\p{Lu}/u.test(w) && FUNCTION_WORDS.has(w.toLowerCase()));
}

/** A capitalised word in -ing ("Finding"), and one right before a name. */
const CAPITALISED_ING = /^\p{Lu}\p{Ll}+ing$/u;
const GERUND_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}+ing) $/u;
/** Words of football clubs' names: "Reading FC", "Barking Town". */
const CLUB_WORDS = /^(?:a?fc|rfc|cf|sc|ac|united|city|town|rovers|athletic|wanderers|albion)$/;

/** True when a word of a name says what kind of thing it names (a head such as "Council", "Group", "Cup"). */
function isKindWord(word: string): boolean {
  const lower = word.replace(/\W+$/u, "").toLowerCase();
  return (
    ORGANISATION_HEADS.has(lower) ||
    PLACE_HEADS.has(lower) ||
    DESIGNATORS.has(lower) ||
    EVENT_HEADS.has(lower) ||
    CLUB_WORDS.test(lower) ||
    isListedCommonNoun(lower)
  );
}

/**
 * True when a name is the title of a work that opens with a verb's -ing form ("Finding Neverland", "Being Julia",
 * "Leaving Las Vegas"), or a person's name right after such a word, capitalised mid-sentence, that the recogniser
 * left out ("Saving | Private Ryan"): no person's name opens with a gerund, and a gerund before proper names is a
 * verb and its object. Where a word of the name says what kind of thing it is, the gerund qualifies that noun
 * ("Building Societies Association", "Reading Borough Council", "Talking Heads"), and the name stays as read. Not
 * at the start of a sentence, where any word is capitalised ("Speaking to Tony Blair").
 */
export function isGerundTitle(text: string, start: number, end: number, label: EntityLabel): boolean {
  const words = text.slice(start, end).split(/\s+/);
  const midSentence = (at: number) => !opensSentence(text, at);
  const gerund = (word: string) => CAPITALISED_ING.test(word) && isListedGerund(word.toLowerCase());
  if (words.length >= 2 && gerund(words[0]!)) return midSentence(start) && !words.slice(1).some(isKindWord);
  if (label !== "PER" || words.some(isKindWord)) return false;
  const before = GERUND_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  return before !== null && gerund(before[1]!) && midSentence(start - before[0].trimStart().length);
}

/**
 * The type a mention's context gives its name ("Chelsea manager" → organisation, "the film Sideways" → misc),
 * read from the words around it. Resolution adds these as heavy type votes: across a corpus, context outweighs
 * what the recogniser said of each occurrence (it read "Chelsea" as a person in most sentences).
 */
import type { EntityType } from "../types.js";
import {
  AFTER_INDEFINITE_THING,
  EVENT_HEADS,
  OWNED_SUFFIXES,
  MISC_NOUNS_AFTER,
  MISC_NOUNS_BEFORE,
  ORG_NOUNS_AFTER,
  ORG_APPOSITIVES,
  ORG_JOBS_BEFORE,
  ORG_NOUNS_AFTER_POSSESSIVE,
  ORG_WORDS_BEFORE,
  PERSON_APPOSITIVES,
  PERSON_WORDS_BEFORE,
  PLURAL_VERBS_AFTER,
  POSSESSIVE_PRONOUNS,
  WORK_BEFORE,
} from "./lexicon/cues.js";
import { COUNTRIES as COUNTRY_LIST } from "../nlp/index.js";
import { MEDIA_WORDS } from "./lexicon/aliases.js";
import { placeOfDemonym } from "./lexicon/demonyms.js";
import { typeByExample, typeDefinedAfter, typeDefinedBefore } from "./apposition.js";

/** Country names, which news uses for national teams ("England were", "Wales coach"): they stay places. */
const COUNTRIES = new Set(COUNTRY_LIST);

/** A context vote counts as this many recogniser votes. */
export const CUE_WEIGHT = 6;

/**
 * A definition ("Fingerpori is a Finnish comic strip", "Solidere, the property company") counts three times as
 * much: it says what the name is wherever the document uses it, where a cue speaks for one occurrence, and it
 * outweighs a recogniser that reads a song's title as an organisation eight times over.
 */
export const DEFINITION_WEIGHT = 3 * CUE_WEIGHT;

const WORD_AFTER = /^(?:['’]s?)?\s+([\p{L}][\p{L}-]*|\d+\b)/u;
const WORD_BEFORE = /([\p{L}][\p{L}.-]*)\s+$/u;

/** True when the word before `start` ("The") follows other words of its sentence, not a full stop or a line break. */
function midSentence(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 40), start).replace(/\S+\s*$/, "");
  return /[\p{L}\p{N},;:][ \t]+$/u.test(head);
}

/** True for a country's name or a demonym. */
export function isCountry(name: string): boolean {
  return COUNTRIES.has(name.toLowerCase()) || placeOfDemonym(name) !== undefined;
}

/** Nouns counted after a number ("Rabobank 8 seconds", "Surrey 4 points"): a result, not a sequel or model. */
const COUNT_NOUNS = new Set(
  "seconds minutes hours days weeks months years points goals runs wickets games matches sets km metres miles per percent million billion times people shares votes seats".split(
    " ",
  ),
);

/** "'s Underground 2 held": a possessive, capitalised words, a sequel's one-digit number (then, maybe, a word). */
const POSSESSED_SEQUEL = /^['’]s(?:\s+\p{Lu}[\p{L}-]*){1,4}\s+[2-9](?![\d.,:-]|\s+\d)(?:\s+(\p{Ll}+))?/u;

const MEDIA_NAME = /\b(?:Radio|TV|Channel|BBC|ITV)\b/;

function afterPreposition(text: string, start: number): boolean {
  return /\b(?:of|in|from|at|for|to|with|by|on|the)\s+$/i.test(text.slice(Math.max(0, start - 6), start));
}

/** True when the name is one of several joined by "and"/"or"/a comma ("Blair and Brown are"). */
function coordinated(text: string, start: number, end: number): boolean {
  return coordinatedBefore(text, start) || /^\s*(?:and|or|&|,)/.test(text.slice(end, end + 5));
}

/**
 * True when a name or "and"/"or" comes right before the name ("Blair, Brown", "Blair and Brown"); a comma after a
 * lower-case word closes an opening phrase instead ("With their debut, Franz Ferdinand have").
 */
function coordinatedBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return /(?:\band|\bor|&)\s+$/.test(before) || /(?:^|\s)[\p{Lu}\d][\p{L}\d.'’-]*,\s+$/u.test(before);
}

/** ", who were": a relative clause in the plural after a one-entity name (a band, a club, a firm). */
const PLURAL_RELATIVE = /^,\s+who\s+(?:are|were|have)\b/;

/**
 * "Kirin, the fourth big name, is launching its own": a subject that "its own" takes back, a few words on, is a
 * thing (a firm, a party, a body), not a person. Not across a verb of saying, whose "its" may be another's
 * ("Brown said its own figures"), nor across "and"/"or".
 */
const ITS_OWN_AFTER = /^(?:,[^,.;:"“”]{1,60},)?((?:\s+\p{Ll}+){1,3})\s+its\s+own\b/u;
const NOT_ITS_SUBJECT =
  /\b(?:and|or|said|says|saying|told|tells|added|adds|claimed|claims|believes|thinks|argued|argues)\b/;

function ownedByItsSubject(text: string, end: number): boolean {
  const words = ITS_OWN_AFTER.exec(text.slice(end, end + 100))?.[1];
  return words !== undefined && !NOT_ITS_SUBJECT.test(words);
}

/** The type the words around `text[start, end)` give it, if they say anything. */
export function contextType(text: string, start: number, end: number): EntityType | undefined {
  const after = WORD_AFTER.exec(text.slice(end, end + 24))?.[1];
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  const possessive = /^['’]/.test(text.slice(end, end + 1));
  const name = text.slice(start, end);
  // Countries are places whatever their context ("England coach", "game Cameroon"), as in CoNLL-2003.
  if (isCountry(name)) return undefined;
  // The name's own last word: "Consumer Electronics Show", "Carling Cup" are events (a one-word "Show" or
  // "Cup" says nothing).
  const last = /\s(\p{Lu}\p{L}*)$/u.exec(name)?.[1];
  if (last && EVENT_HEADS.has(last.toLowerCase())) return "misc";
  // "Franz Ferdinand, who were shortlisted": plural agreement, as PLURAL_VERBS_AFTER (not after a list).
  if (PLURAL_RELATIVE.test(text.slice(end, end + 16)) && !coordinatedBefore(text, start)) return "organization";
  if (!possessive && ownedByItsSubject(text, end)) return "organization";
  // "starred in Closer", "best director for Million Dollar Baby" (but "starred in Spielberg's Munich").
  if (!possessive && WORK_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return "misc";
  if (after !== undefined) {
    // "Halo 2 sells", "Mini Cooper 1.6": one digit (then a lower-case word) or a version right after a name is a
    // sequel or a model ("Dundee Utd 4-1" is a score, "Riise 1, Nunez 113" scorers, "BBC Radio 4" a channel,
    // "McGrath 9.5-0-44-1" a bowler's figures).
    const unit = /^\s+\d\s+(\p{Ll}+)/u.exec(text.slice(end, end + 20))?.[1];
    if (
      /^\d$/.test(after) &&
      !possessive &&
      /^\s+(?:\d\s+\p{Ll}|\d\.\d+(?![\d-]))/u.test(text.slice(end, end + 12)) &&
      !(unit && COUNT_NOUNS.has(unit))
    )
      return MEDIA_NAME.test(text.slice(start, end)) ? undefined : "misc";
    const word = after.toLowerCase();
    // A capitalised next word is another name ("Tory Dominic Grieve" is repaired elsewhere), not a cue.
    if (/^\p{Lu}/u.test(after) && !/^(?:MP|MPs|MEP|MEPs|MSP|MSPs)$/u.test(after)) {
      /* no cue from a following name */
    } else if (possessive ? ORG_NOUNS_AFTER_POSSESSIVE.has(word) : ORG_NOUNS_AFTER.has(word)) return "organization";
    else if (MISC_NOUNS_AFTER.has(word) && !possessive) return "misc";
    // "refugees of Darfur are": after a preposition the verb agrees with an earlier noun.
    else if (
      PLURAL_VERBS_AFTER.has(word) &&
      !possessive &&
      !coordinated(text, start, end) &&
      !afterPreposition(text, start)
    )
      return "organization";
  }
  // "Tony Hawk's Underground 2": a name that owns a capitalised title with a sequel's number heads that title.
  const owned = POSSESSED_SEQUEL.exec(text.slice(end, end + 60));
  if (owned && !(owned[1] && COUNT_NOUNS.has(owned[1]))) return "misc";
  // "partners at Tods Murray", "chairman of Yukos": a job held at the name makes it an organisation.
  if (ORG_JOBS_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return "organization";
  if (before !== undefined) {
    // "Dr." keeps its full stop; any other word ending in one closes the sentence before ("film. Schrader").
    if (PERSON_WORDS_BEFORE.has(before.toLowerCase().replace(/\.$/, "")) && /^\p{Lu}/u.test(before)) return "person";
    if (before.endsWith(".")) return definedType(text, start, end);
    const word = before.toLowerCase();
    if (ORG_WORDS_BEFORE.has(word) || OWNED_SUFFIXES.test(before)) return "organization";
    // Apposition: "oil firm Rosneft", "reggae star Sizzla" (the noun in lower case, right before the name).
    if (before === word && ORG_APPOSITIVES.has(word)) return "organization";
    if ((before === word || word === "mp" || word === "mep") && PERSON_APPOSITIVES.has(word)) return "person";
    if (MISC_NOUNS_BEFORE.has(word) && /^\p{Ll}/u.test(before)) return "misc";
    const thingFollows = after === undefined || AFTER_INDEFINITE_THING.has(after.toLowerCase());
    // "your PC", "their DVD" (but "its Buenos Aires contract": a name before a noun only qualifies it).
    if (POSSESSIVE_PRONOUNS.has(before) && !possessive && thingFollows) return "misc";
    // "seen in The Aviator": a capitalised "The" inside a sentence opens a title (works keep their article).
    if (
      before === "The" &&
      !possessive &&
      // (Not "at The Oval", a place, nor "told The Sun", "according to The Economist", an outlet.)
      !/\b(?:at|told|to|wrote\s+in|writing\s+in)\s+The\s+$/i.test(text.slice(Math.max(0, start - 20), start)) &&
      midSentence(text, start) &&
      !MEDIA_NAME.test(text.slice(start, end)) &&
      !MEDIA_WORDS.test(text.slice(start, end))
    )
      return "misc";
    // "an Oscar", "a Bafta": an indefinite article before a bare name that no organisation noun follows.
    if ((word === "a" || word === "an") && before === word && thingFollows && !possessive) return "misc";
  }
  return definedType(text, start, end);
}

/** The type a phrase defining the name gives it, before or after it ("Changyu, the largest wine maker"). */
export function definingType(text: string, start: number, end: number): EntityType | undefined {
  return typeDefinedAfter(text, start, end) ?? typeDefinedBefore(text, start, end);
}

/**
 * Where the next words say nothing: a phrase that defines the name ("Changyu, the largest wine maker") or a class
 * it is an example of ("retailers such as Wal-Mart").
 */
function definedType(text: string, start: number, end: number): EntityType | undefined {
  return definingType(text, start, end) ?? typeByExample(text, start);
}

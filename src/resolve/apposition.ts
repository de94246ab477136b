/**
 * The type a noun phrase that defines a name gives it: "Changyu, the largest wine maker in China" (an
 * organisation), "Angels is a great song" (a work), "its first handheld console, the PSP," (a product). Writers
 * define a name they expect readers not to know by such a phrase, and its head noun (the last word before a
 * preposition or a clause boundary) says what the name is, whatever the recogniser read. Read by `contextType`
 * (cues.ts) where the words right next to the name say nothing.
 */
import type { EntityType } from "../types.js";
import { MISC_APPOSITIVES, MISC_NOUNS_BEFORE, ORG_APPOSITIVES, PERSON_APPOSITIVES } from "./lexicon/cues.js";

/** Most words between the article and the head noun ("the | world's second biggest | carmaker"). */
const MAX_MODIFIERS = 4;

/** What ends a noun phrase after its head: a preposition, a relative word, or punctuation. */
const PHRASE_END =
  /^(?:in|of|for|from|at|on|with|by|to|behind|about|over|under|into|through|between|among|against|within|without|near|across|as|like|which|that|who|whose|where|when|and|but|since|after|before|than)$/;

/**
 * Heads that name a person as often as what the lexicon says: "a senior broadcaster" (a journalist), "a key
 * producer of equipment" (a manufacturer), "DVD player".
 */
const AMBIGUOUS_HEADS = new Set(["broadcaster", "producer", "player", "host"]);

/** Heads that name a group of people: after a list they define all of it ("A, B and C, a trio"). */
const COLLECTIVE_HEADS = new Set(["duo", "trio", "quartet", "band", "group", "outfit", "pair", "couple"]);

/** An article or a possessive pronoun: after "and", it opens a second phrase ("a film and a book"). */
const ARTICLE = /^(?:the|a|an|its|their|his|her)$/;

/** Past participles: regular ones, and the irregular ones that open reduced clauses in definitions. */
const PARTICIPLE = /^(?:\p{Ll}+ed|written|drawn|made|known|built|sung|run|held|taken|given|shown|seen|born|sold|set)$/u;

/** Auxiliaries and reporting verbs: a phrase with one is a clause, not a noun phrase. */
const VERB = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|do|does|did|said|says)$/;

/** The type a head noun gives the name it defines, if it is one the lexicon knows. */
export function typeOfHead(noun: string): EntityType | undefined {
  const word = noun.toLowerCase();
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(noun) || AMBIGUOUS_HEADS.has(word)) return undefined;
  if (ORG_APPOSITIVES.has(word)) return "organization";
  if (PERSON_APPOSITIVES.has(word)) return "person";
  if (MISC_NOUNS_BEFORE.has(word) || MISC_APPOSITIVES.has(word)) return "misc";
  return undefined;
}

/**
 * The head of a noun phrase opened by an article at the start of `rest` ("the largest wine maker in China" →
 * "maker"), or undefined when no article opens it or it runs on past MAX_MODIFIERS words.
 */
function headAfterArticle(rest: string): string | undefined {
  const words = /^(?:the|a|an)\s+([^.,;:!?()"“”]{1,80})/i.exec(rest)?.[1]?.split(/\s+/).filter(Boolean);
  if (!words) return undefined;
  let head: string | undefined;
  for (const [i, w] of words.entries()) {
    // "the US mobile handset and infrastructure maker": nouns joined by "and" before the head are modifiers, where
    // a noun phrase of two words or more goes on after it ("a great song and deserved to win" goes on as a clause).
    const modifiersJoined =
      /^(?:and|or)$/.test(w) &&
      [words[i + 1], words[i + 2]].every((x) => x !== undefined && /^\p{Ll}/u.test(x) && !PHRASE_END.test(x)) &&
      !ARTICLE.test(words[i + 1]!);
    if (PHRASE_END.test(w) && !modifiersJoined) break;
    // "a comic strip written and drawn by", "a film produced in": a participle after the head opens a clause.
    if (head && PARTICIPLE.test(w) && (i + 1 === words.length || PHRASE_END.test(words[i + 1]!))) break;
    // "Dynamo Moscow, the Volgograd side have a game": a verb makes it a clause, whose last noun is no head.
    if (VERB.test(w)) return undefined;
    if (i > MAX_MODIFIERS) return undefined;
    head = w;
  }
  return head;
}

/**
 * The type given by a defining phrase after the name: an apposition after a comma ("Changyu, the largest wine
 * maker") or a predicate after "is"/"was"/"are" ("Angels is a great song"). Only a phrase opened by an article:
 * "Blair, Brown and Prescott" and "Chelsea are top" define nothing.
 */
export function typeDefinedAfter(text: string, start: number, end: number): EntityType | undefined {
  // "bassist Chris Edwards, a trio which": after a list, the phrase defines all of it, not its last name.
  if (/(?:\band|\bor|,|&)\s+$/.test(text.slice(Math.max(0, start - 6), start))) return undefined;
  const after = text.slice(end, end + 100);
  // A closing quotation mark and a bracketed aside may stand between: '"Surreal" (stylised as "SURREAL") is a song'.
  const opened =
    /^(?:\s?["”])?(?:\s*\([^()]{0,60}\))?(?:['’]\s)?(?:,\s+|\s+(?:is|was|are|were)\s+)(?=(?:the|a|an)\s)/i.exec(after);
  if (!opened) return undefined;
  const head = headAfterArticle(after.slice(opened[0].length));
  // "Sergio Pizzorno and bassist Chris Edwards, a trio": a group noun after a list defines the list, not the name.
  const sentence =
    text
      .slice(Math.max(0, start - 120), start)
      .split(/[.!?]\s+/)
      .at(-1) ?? "";
  if (head && COLLECTIVE_HEADS.has(head) && /\band\b/.test(sentence)) return undefined;
  return head ? typeOfHead(head) : undefined;
}

/** The phrase: a determiner, at most MAX_MODIFIERS words, the head noun, a comma ("its first handheld console,"). */
const DEFINING_PHRASE_BEFORE = new RegExp(
  `(\\S+)\\s+(?:the|a|an|its|their|his|her|our|[\\p{L}.-]+['’]s?)((?:\\s+[\\p{L}\\d/-]+){0,${MAX_MODIFIERS}})\\s+(\\p{Ll}[\\p{Ll}-]*),\\s+(?:the\\s+)?$`,
  "u",
);

/**
 * The type given by a defining phrase before the name, set off by commas: "its first handheld console, the PSP,"
 * and "their new release, Some Cities." The name must close the apposition (a comma or the end of the sentence
 * follows), and the phrase must not open the sentence as a preposition's object ("In the film, Smith plays").
 */
export function typeDefinedBefore(text: string, start: number, end: number): EntityType | undefined {
  if (!/^(?:,|\.(?:\s|$)|;|\s+-\s)/.test(text.slice(end, end + 3)) && end !== text.length) return undefined;
  // A list goes on after the name ("the executive, Scottish Borders Council, Midlothian Council"): no apposition.
  if (/^,\s*\p{Lu}/u.test(text.slice(end, end + 3))) return undefined;
  const before = text.slice(Math.max(0, start - 100), start);
  // Most names follow no comma: the phrase's pattern is only tried where one does.
  if (!/,\s+(?:the\s+)?$/.test(before)) return undefined;
  const phrase = DEFINING_PHRASE_BEFORE.exec(before);
  const type = phrase ? typeOfHead(phrase[3]!) : undefined;
  if (!type) return undefined;
  // "The head of the Naftohaz company, Yury Boyko": a phrase inside a preposition's object is not the apposition.
  if (/^of$/i.test(phrase![1]!)) return undefined;
  // "In the film, Smith plays": the phrase is an adverbial opening the sentence, not an apposition.
  const sentence = before.split(/[.!?]\s+/).at(-1) ?? "";
  if (/^\s*(?:in|on|at|after|before|during|for|from|with|since|throughout|like)\s/i.test(sentence)) return undefined;
  return type;
}

/** What may come between "such as" and a later name of its list: names, commas, "and"/"or". */
const EXAMPLE_LIST = /^(?:[\p{Lu}\d][\p{L}\d'’&.-]*(?:\s+|,\s*|\s+(?:and|or)\s+))*$/u;

/** "retailers" → "retailer", "companies" → "company", "classes" → "class"; undefined for a word not in the plural. */
function singular(word: string): string | undefined {
  if (/ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return undefined;
}

/**
 * The type of a class a name is given as an example of: "other retailers such as Wal-Mart", "bands including Franz
 * Ferdinand and Keane", "GM, whose brands include Buick and Chevrolet" (every name of the list after the class
 * noun). The class noun is a plural that the lexicon
 * knows in the singular.
 */
export function typeByExample(text: string, start: number): EntityType | undefined {
  const before = text.slice(Math.max(0, start - 160), start);
  // Most names are nobody's example: the class pattern is only tried where its words are.
  if (!/such\s+as|includ/.test(before)) return undefined;
  const m = /(\p{Ll}[\p{Ll}-]*)\s+(?:such\s+as|including|include|included)\s+/gu;
  let last: RegExpExecArray | undefined;
  for (let found = m.exec(before); found; found = m.exec(before)) last = found;
  const list = last ? before.slice(last.index + last[0].length) : undefined;
  // (Within the sentence: "hits including Light My Fire and Riders On The Storm. Morrison was" lists no Morrison.)
  if (list === undefined || !EXAMPLE_LIST.test(list) || /[.!?]\s/.test(list)) return undefined;
  // "winners at the awards included Caroline Quentin": the class is the subject, not a preposition's object.
  const opener = before.slice(0, last!.index);
  if (
    /^incl/.test(last![0].split(/\s+/)[1]!) &&
    /\b(?:at|in|of|on|for|from|with|by|to)\s+(?:the\s+|a\s+|an\s+)?$/i.test(opener)
  )
    return undefined;
  const noun = singular(last![1]!);
  return noun ? typeOfHead(noun) : undefined;
}

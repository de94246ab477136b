/**
 * Words that recognisers mistake for names and that never make a useful node on their own.
 */
export const JUNK_NAMES = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "today",
  "yesterday",
  "tomorrow",
  "mr",
  "mrs",
  "ms",
  "dr",
  "he",
  "she",
  "they",
  "it",
  "we",
  "i",
  "you",
  "his",
  "her",
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "there",
  "here",
  "who",
  "what",
  "but",
  "and",
  "or",
  "if",
  "auditorium",
  "president",
  "minister",
  "government",
  "state",
  "city",
  "capital",
  "country",
  "army",
  "police",
  // Formats and devices named by their initials: common nouns, not names ("a DVD", "on CD", "an FM station").
  "dvd",
  "dvds",
  "cd",
  "cds",
  "lp",
  "lps",
  "ep",
  "eps",
  "fm",
  "mp3",
  "mp3s",
  "pc",
  "pcs",
  "vhs",
  "sms",
  "gps",
  "lcd",
  "hdtv",
  "dna",
  // Holidays and seasons of the year: dates, not people, places or organisations.
  "christmas",
  "easter",
  "new year",
  "christmas and new year",
  "ramadan",
  "eid",
  "hanukkah",
  "diwali",
  "thanksgiving",
]);

/** The endings of adverbs ("Similarly", "Originally", "Reportedly"), as a regular-expression group. */
export const ADVERB_ENDING = "(?:ally|ively|ously|ently|antly|arly|ately|ibly|ably|edly|ingly)";
const SENTENCE_ADVERB = new RegExp(`^\\p{Lu}\\p{Ll}{3,}(?:${ADVERB_ENDING}|less)$`, "u");

/** Lower-case particles that begin names: Arabic articles and the "de", "van", "von" of surnames. */
const NAME_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|da|de|del|della|di|dos|du|la|le|van|von)[-\s]\p{Lu}/u;

/** True when a cleaned mention text is junk: a month, weekday, bare compass word, pronoun or not a name at all. */
export function isJunkName(text: string): boolean {
  const lower = text.toLowerCase();
  if (JUNK_NAMES.has(lower)) return true;
  if (!/\p{L}/u.test(text)) return true; // numbers, punctuation
  // Names start with a capital (or a digit: "3M"), or with a particle before one ("al-Aqsa", "de Silva").
  if (!/^[\p{Lu}\p{N}]/u.test(text) && !NAME_PARTICLE.test(text)) return true;
  if (text.length === 1) return true;
  // A sentence adverb alone ("Originally", "Regardless"): capitalised only because it opens a sentence.
  if (SENTENCE_ADVERB.test(text)) return true;
  // Doctrines and movements ("Catholicism", "Thatcherism") are ideas, not people, places or organisations.
  if (/^\p{Lu}\p{Ll}+ism$/u.test(text)) return true;
  return false;
}

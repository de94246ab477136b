/**
 * Words that recognisers mistake for names and that never make a useful node on their own.
 */
export const JUNK_NAMES = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
  "today", "yesterday", "tomorrow", "mr", "mrs", "ms", "dr", "he", "she", "they", "it", "we", "i", "you", "his", "her",
  "the", "a", "an", "this", "that", "these", "those", "there", "here", "who", "what", "but", "and", "or", "if",
  "auditorium", "president", "minister", "government", "state", "city", "capital", "country", "army", "police",
]);

/** True when a cleaned mention text is junk: a month, weekday, bare compass word, pronoun or not a name at all. */
export function isJunkName(text: string): boolean {
  const lower = text.toLowerCase();
  if (JUNK_NAMES.has(lower)) return true;
  if (!/\p{L}/u.test(text)) return true; // numbers, punctuation
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return true; // names start with a capital (or a digit: "3M")
  if (text.length === 1) return true;
  return false;
}

/**
 * Where a sentence starts, read from the characters before a word: the clean-up's rules about capitalised words
 * need it, since a sentence's first word is capitalised whatever it is.
 */

/**
 * What comes before a sentence's first word: nothing, a line break, or a full stop and spaces (a quote or bracket
 * between).
 */
const SENTENCE_START = /(?:^|\n|[.!?:]["'“”‘’)]?\s+)["'“‘(]?$/u;

/** True when the word at `at` opens a sentence (or the text). */
export function opensSentence(text: string, at: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, at - 4), at));
}

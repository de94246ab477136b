/**
 * Tokenizer and sentence splitter with character offsets.
 *
 * Why our own and not compromise's: every mention and every evidence sentence must point back to exact
 * characters of the document, and this sits on the hot path of a corpus build (one regex pass, millions of
 * characters per second). Tokens follow the CoNLL-2003 convention the entity model is trained on:
 * hyphenated words and abbreviations stay whole, punctuation and the possessive `'s` are tokens of their own.
 */
import type { Sentence, Token } from "../types.js";

// Order matters: the first alternative that matches at a position wins.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`https?://\S+[^\s.,;:!?)"'\]]`, // URLs
    String.raw`(?:[\p{L}\p{N}_-]+\.)+(?:com|org|net|gov|edu|co|uk|io|kr|ru|ua)(?:/[^\s]*[^\s.,;:!?)"'\]])?`, // bare domains like pic.twitter.com/x
    String.raw`@[\p{L}\p{N}_]+`, // handles
    String.raw`(?:\p{L}\.){2,}`, // abbreviations: U.S., U.N.
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`, // initials: John F. Kennedy, George W. Bush
    String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|St|Jr|Sr|Inc|Corp|Ltd|Co|No|Mt|Ft|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.(?=\s+\p{L})`,
    String.raw`\p{N}+(?:[.,:/-]\p{N}+)*(?:[-–]\p{L}+)*%?`, // numbers: 1,000  3.5  2025-07-01  10:30  15-year
    String.raw`['’](?:s|S|re|ve|ll|d|m|t)\b`, // clitics: 's 're …
    String.raw`[\p{L}\p{M}\p{N}]+(?:['’](?!(?:s|S|re|ve|ll|d|m|t)\b)[\p{L}\p{M}]+)*(?:[-–][\p{L}\p{M}\p{N}]+)*`, // words, O'Brien, Jong-un
    String.raw`\.{2,}|[-–—]{2,}`,
    String.raw`[^\s]`, // any other single character
  ].join("|"),
  "gu",
);

/** Splits `text` into tokens with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

const SENTENCE_FINAL = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);
// Titles and middle initials ("F." in "John F. Kennedy") are followed by a capital without ending a sentence.
const NON_FINAL_ABBREVIATIONS =
  /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|St|Jr|Sr|No|Mt|Ft|vs|\p{Lu})\.$/u;

/**
 * Groups tokens into sentences. A sentence ends after `.`, `!`, `?` (and any closing quotes or brackets)
 * when the next token starts a new sentence, and at a line break unless the next line starts in lower case
 * (hard-wrapped text). Titles and datelines on their own line therefore become sentences of their own.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    const a = tokens[first];
    const b = tokens[last];
    if (a && b) sentences.push({ start: a.start, end: b.end, tokenStart: first, tokenEnd: last + 1 });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    const gap = text.slice(token.end, next.start);
    if (gap.includes("\n")) {
      const startsLower = /^\p{Ll}/u.test(next.text);
      if (!startsLower || /\n\s*\n/.test(gap)) {
        close(i);
        continue;
      }
    }
    if (
      SENTENCE_FINAL.has(token.text) ||
      (token.text.endsWith(".") && token.text.length > 1 && /^(?:\p{L}\.)+$/u.test(token.text))
    ) {
      if (NON_FINAL_ABBREVIATIONS.test(token.text)) continue;
      // Swallow closing quotes/brackets that belong to this sentence.
      let last = i;
      while (tokens[last + 1] && CLOSERS.has(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end)
        last++;
      const after = tokens[last + 1];
      if (!after) break;
      if (after.start === tokens[last]!.end) continue; // "3.5", "Yahoo!Mail": no space, no boundary
      // An abbreviation such as "U.S." ends a sentence only if what follows looks like a sentence start.
      const startsSentence = /^[\p{Lu}\p{N}"“'‘([—–-]/u.test(after.text);
      if (!startsSentence) continue;
      close(last);
      i = last;
    }
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}

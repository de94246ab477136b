/**
 * Tokenizer and sentence splitter with character offsets.
 *
 * Why our own and not compromise's: every mention and every evidence sentence must point back to exact
 * characters of the document, and this sits on the hot path of a corpus build (one regex pass, millions of
 * characters per second). Tokens follow the CoNLL-2003 convention the entity model is trained on:
 * hyphenated words and abbreviations stay whole, punctuation and the possessive `'s` are tokens of their own.
 */
import { MAX_SENTENCE_TOKENS } from "../bounds.js";
import type { Sentence, Token } from "../types.js";

// Order matters: the first alternative that matches at a position wins.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`https?://\S+[^\s.,;:!?)"'\]]`, // URLs
    // Bounded repeats (a DNS label has at most 63 characters): unbounded ones made a long dotted string such as
    // "a.b.c.d…" cost its length at every position, the square of its length in all.
    String.raw`(?:[\p{L}\p{N}_-]{1,63}\.){1,8}(?:com|org|net|gov|edu|co|uk|io|kr|ru|ua)(?:/[^\s]*[^\s.,;:!?)"'\]])?`, // bare domains like pic.twitter.com/x
    String.raw`@[\p{L}\p{N}_]+`, // handles
    String.raw`(?:\p{L}\.){2,}`, // abbreviations: U.S., U.N.
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`, // initials: John F. Kennedy, George W. Bush
    // An abbreviation keeps its full stop before a word or a comma ("Mercantile Bancorp Inc., a bank holding
    // company"), as CoNLL-2003's tokens do; before anything else the stop may end the sentence.
    String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|St|Jr|Sr|Inc|Corp|Ltd|Co|Cos|Bros|No|Mt|Ft|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.(?=\s+\p{L}|[,;:)])`,
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

// A company's abbreviation may end the sentence too: "… distribution at Warner Bros. However, …" ("Jr." and "Sr."
// never do: NON_FINAL_ABBREVIATIONS).
const FINAL_ABBREVIATIONS = /^(?:Inc|Corp|Ltd|Co|Cos|Bros)\.$/;

/**
 * Groups tokens into sentences. A sentence ends after `.`, `!`, `?` (and any closing quotes or brackets)
 * when the next token starts a new sentence, and at a line break unless the next line starts in lower case
 * (hard-wrapped text). Titles and datelines on their own line therefore become sentences of their own.
 * A sentence longer than `maxTokens` is then split at its best boundaries (see `boundSentence`), marked `cut`.
 */
export function splitSentences(
  text: string,
  tokens: readonly Token[],
  maxTokens: number = MAX_SENTENCE_TOKENS,
): Sentence[] {
  const natural = naturalSentences(text, tokens);
  if (natural.every((s) => s.tokenEnd - s.tokenStart <= maxTokens)) return natural;
  return natural.flatMap((s) =>
    s.tokenEnd - s.tokenStart <= maxTokens ? [s] : boundSentence(text, tokens, s, maxTokens),
  );
}

/** The sentences as the text's punctuation and line breaks make them, however long. */
function naturalSentences(text: string, tokens: readonly Token[]): Sentence[] {
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
      (token.text.endsWith(".") && token.text.length > 1 && /^(?:\p{L}\.)+$/u.test(token.text)) ||
      FINAL_ABBREVIATIONS.test(token.text)
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

/** Words that usually open a sentence: in unpunctuated text, a capitalised one after a lower-case word is a likely start. */
const SENTENCE_STARTERS =
  /^(?:The|He|She|It|They|We|I|But|This|That|These|Those|There|In|On|At|A|An|Mr|Mrs|Ms|And|So|However|Meanwhile)$/;

/**
 * How good a boundary lies after token `i` (higher is better): a line break, then sentence punctuation the
 * splitter did not take, `;` or `:`, a comma or dash, a likely sentence start, a wide gap; 0 for none.
 */
function boundaryRank(text: string, tokens: readonly Token[], i: number): number {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return 7;
  const gap = text.slice(token.end, next.start);
  if (gap.includes("\n")) return 7;
  if (SENTENCE_FINAL.has(token.text)) return 6;
  if (token.text === ";" || token.text === ":") return 5;
  if (token.text === "," || /^[-–—]+$/.test(token.text)) return 4;
  if (/^\p{Ll}/u.test(token.text) && SENTENCE_STARTERS.test(next.text)) return 3;
  if (gap.length > 1) return 2;
  return 0;
}

/**
 * Splits an over-long sentence into pieces of at most `maxTokens` tokens, each ending at the best boundary of
 * its second half (the latest among equals), or at `maxTokens` when it has none. Every piece but the last is
 * marked `cut`. Each step looks at most `maxTokens / 2` tokens and moves on by as many: linear in the sentence.
 */
function boundSentence(text: string, tokens: readonly Token[], sentence: Sentence, maxTokens: number): Sentence[] {
  const pieces: Sentence[] = [];
  let first = sentence.tokenStart;
  while (sentence.tokenEnd - first > maxTokens) {
    let best = first + maxTokens - 1;
    let bestRank = -1;
    for (let i = first + maxTokens - 1; i >= first + Math.floor(maxTokens / 2); i--) {
      const rank = boundaryRank(text, tokens, i);
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    pieces.push({
      start: tokens[first]!.start,
      end: tokens[best]!.end,
      tokenStart: first,
      tokenEnd: best + 1,
      cut: true,
    });
    first = best + 1;
  }
  pieces.push({ start: tokens[first]!.start, end: sentence.end, tokenStart: first, tokenEnd: sentence.tokenEnd });
  return pieces;
}

/**
 * Tokenized evaluation data (CoNLL-2003, CoNLL04) written back as the text a corpus holds, so that kgraph can be
 * scored on the path a user's articles take, with each token's character offset to map its findings back.
 */
/** How tokens are turned back into text for the recogniser. */
export type TextStyle = "spaces" | "news" | "wiki";

// Tokens written without a space before them in news text, and tokens written without a space after them.
const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%]|\.\.\.|'s|'S|n't|'t|'re|'ve|'ll|'d|'m|''|”|’)$/;
const NO_SPACE_AFTER = /^(?:[([{$]|``|“|‘)$/;
/** The second half of an Irish or French name split at its apostrophe ("O" "'Brien", "D" "'Amato"): one word in print. */
const NAME_APOSTROPHE = /^['’]\p{Lu}/u;
const NAME_PREFIX = /^[OD]$/;
/** A word token: what a hyphen token joins in "wiki" text ("Bernheimer" "-" "Haus" is "Bernheimer-Haus"). */
const WORD = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * The text the recogniser reads for a tokenized sentence, with each token's character offset. "spaces" joins the
 * tokens with single spaces (CoNLL04's own rendering); "news" writes punctuation the way articles do
 * ("Lubbock, Texas.", "Booth's", "don't", "(AP)", "O'Brien"), which is the text kgraph meets in a corpus.
 */
export function sentenceText(words: readonly string[], style: TextStyle = "news"): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = "";
  words.forEach((w, i) => {
    const previous = words[i - 1];
    const glued =
      previous !== undefined &&
      style !== "spaces" &&
      (NO_SPACE_BEFORE.test(w) ||
        NO_SPACE_AFTER.test(previous) ||
        (NAME_APOSTROPHE.test(w) && NAME_PREFIX.test(previous)) ||
        (style === "wiki" && isInnerHyphen(words, i)));
    if (i > 0 && !glued) text += " ";
    starts.push(text.length);
    text += w;
  });
  return { text, starts };
}

/**
 * In "wiki" text (Re-DocRED's tokens split every hyphenated word, and Wikipedia writes a dash between clauses as
 * "–" or "—", not "-"), a "-" between two words is a hyphen inside one: it is written without spaces, before or
 * after it.
 */
function isInnerHyphen(words: readonly string[], i: number): boolean {
  const hyphenAt = (k: number) =>
    words[k] === "-" && WORD.test(words[k - 1] ?? "") && WORD_START.test(words[k + 1] ?? "");
  return hyphenAt(i) || hyphenAt(i - 1);
}

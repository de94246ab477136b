/**
 * Where a mention lies in the document's tokens, found by binary search: scanning the sentence's tokens for
 * every mention cost the square of the sentence's length when a long sentence held many mentions.
 */
import type { Sentence, Span, Token } from "../types.js";

/** Index of the first token in `[from, to)` whose end is past `offset` (`to` when none). */
function firstEndingAfter(tokens: readonly Token[], offset: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Token range `[first, last + 1)` of the tokens overlapping `span`, searched within `sentence` (or the whole
 * document), or undefined when the span covers no token.
 */
export function tokenRangeOf(
  tokens: readonly Token[],
  sentence: Sentence | undefined,
  span: Span,
): [number, number] | undefined {
  const from = sentence ? sentence.tokenStart : 0;
  const to = sentence ? sentence.tokenEnd : tokens.length;
  const first = firstEndingAfter(tokens, span.start, from, to);
  if (first >= to || tokens[first]!.start >= span.end) return undefined;
  // Tokens do not overlap and are in order, so their ends are ordered too: the last one starting before the
  // span's end is found the same way.
  let lo = first;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}

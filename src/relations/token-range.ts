/**
 * Where a mention lies in the document's tokens, found by binary search: scanning the sentence's tokens for
 * every mention cost the square of the sentence's length when a long sentence held many mentions.
 */
import type { Sentence, Span, Token } from "../types.js";
import { partitionPoint } from "../util/search.js";

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
  const first = partitionPoint(tokens, (t) => t.end <= span.start, from, to);
  if (first >= to || tokens[first]!.start >= span.end) return undefined;
  // Tokens do not overlap and are in order, so their ends are ordered too: the last one starting before the
  // span's end is found the same way.
  return [first, partitionPoint(tokens, (t) => t.start < span.end, first, to)];
}

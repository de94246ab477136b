/**
 * Repairs of decoded entity spans that no name has: a span that opens a bracket it never closes ("SHP (Social
 * Democrat Populist Party", from "SHP (Social Democrat Populist Party)") is two names, the one before the bracket
 * and the one inside it; a span that ends on a possessive clitic before the thing possessed ("International
 * Paper 's chairman") ends one token earlier. A clitic with no common noun after it stays: it is part of names
 * such as "Lord 's" (the cricket ground) and "McDonald 's". The tagger decides token by token, so nothing in its state remembers an open bracket; these are rules
 * of written names, not of one corpus, so they are applied after decoding rather than learnt.
 */
import type { TokenSpan } from "./labels.js";

const OPENING = new Set(["(", "[", "{"]);
const CLOSING = new Set([")", "]", "}"]);
const POSSESSIVE = /^['’][sS]?$/;
const LOWER_CASE = /^\p{Ll}/u;

/** The index of the first bracket in `words[start, end)` that is not matched inside that range, or -1. */
function unmatchedBracket(words: readonly string[], start: number, end: number): number {
  const open: number[] = [];
  for (let i = start; i < end; i++) {
    const w = words[i]!;
    if (OPENING.has(w)) open.push(i);
    else if (CLOSING.has(w) && open.pop() === undefined) return i;
  }
  return open.length ? open[0]! : -1;
}

/** `span` cut into well-formed names (none, one or more), in order. */
function repair(words: readonly string[], span: TokenSpan): TokenSpan[] {
  let end = span.end;
  if (end - span.start > 1 && POSSESSIVE.test(words[end - 1]!) && LOWER_CASE.test(words[end] ?? "")) end--;
  const cut = unmatchedBracket(words, span.start, end);
  if (cut < 0) return [{ ...span, end }];
  const parts: TokenSpan[] = [];
  if (cut > span.start) parts.push({ start: span.start, end: cut, label: span.label });
  if (cut + 1 < end) parts.push(...repair(words, { start: cut + 1, end, label: span.label }));
  return parts;
}

/** The spans of one tokenized sentence with unmatched brackets split out and trailing possessives dropped. */
export function wellFormedSpans(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  return spans.flatMap((span) => repair(words, span));
}

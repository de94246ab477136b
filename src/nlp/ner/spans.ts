/**
 * Repairs of decoded entity spans that no name has: a span that opens a bracket it never closes ("SHP (Social
 * Democrat Populist Party", from "SHP (Social Democrat Populist Party)") is two names, the one before the bracket
 * and the one inside it; a span that ends on a possessive clitic before the thing possessed ("International
 * Paper 's chairman") ends one token earlier. A clitic with no common noun after it stays: it is part of names
 * such as "Lord 's" (the cricket ground) and "McDonald 's". A dateline's month and day ("Moscow March 5") are
 * not part of the name before them. A lower-case "or" or "nor" joins two names ("Raul or Ronaldo", "John Henry
 * Dearle or J. H. Dearle"): no PER, LOC or ORG name of CoNLL-2003's 23,499 contains one. So does a lower-case
 * word other than a connective or a name's particle before a capitalised one ("Xbox game Halo", "Bravery was The
 * Times"): 8 names of eng.train have one ("The Land is Ours"), against 2 with "dello" and "wa", now particles.
 * The tagger decides token by token, so nothing in its state remembers an open bracket; these are rules of written names, not of one corpus, so they are applied after decoding rather
 * than learnt.
 *
 * Not a repair: a comma inside a place ("Aiken , S.C."). CoNLL04 writes such places one way a third of the time
 * and the other way otherwise; splitting them (at decoding, or in the training data) cost CoNLL04 end-to-end F1
 * 0.03 on dev, because its Live_In relations name the city alone and the classifier then relates both places.
 */
import type { TokenSpan } from "./labels.js";

const OPENING = new Set(["(", "[", "{"]);
const CLOSING = new Set([")", "]", "}"]);
const POSSESSIVE = /^['’][sS]?$/;
const LOWER_CASE = /^\p{Ll}/u;
const MONTH =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$/;
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;
const DISJUNCTION = new Set(["or", "nor"]);
/** A lower-case word a name may hold inside it: connectives, and the particles of names in many languages. */
const LOWER_IN_NAMES = new Set(
  `of and for the in on upon at to a an de van der den da du des del della dello delle degli dei dal dos das di
  la le les los las von zu am op ter te y e et i al el bin ibn ben wa af og und sur sous pour sans en au aux`.split(
    /\s+/,
  ),
);
/** A word wholly in lower-case letters (not "iPod", "eBay", "'s", "al-Qaeda"). */
const LOWER_WORD = /^\p{Ll}+$/u;

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

/**
 * Tokens `[from, to)` inside `words[start, end)` that no name can contain, so that the span is the names on
 * either side of them, or undefined: an unmatched bracket, a month and day as in a dateline ("Moscow March 5
 * (ITAR-TASS)"), or "or" between two names.
 */
function separator(words: readonly string[], start: number, end: number): [number, number] | undefined {
  const bracket = unmatchedBracket(words, start, end);
  if (bracket >= 0) return [bracket, bracket + 1];
  for (let i = start + 1; i < end; i++) if (MONTH.test(words[i]!) && DAY.test(words[i + 1] ?? "")) return [i, i + 2];
  for (let i = start + 1; i < end - 1; i++) if (DISJUNCTION.has(words[i]!)) return [i, i + 1];
  // "Xbox game Halo", "Happy Mondays star Bez", "Liberal Democrats challenge Labour": a common word inside a span
  // joins two names (or a name and what the words before it say of it). Not inside brackets: "Bulgarian Socialist
  // (formerly Communist) Party".
  let depth = 0;
  for (let i = start + 1; i < end - 1; i++) {
    const w = words[i]!;
    if (OPENING.has(w)) depth++;
    else if (CLOSING.has(w)) depth--;
    else if (depth === 0 && LOWER_WORD.test(w) && !LOWER_IN_NAMES.has(w) && /^\p{Lu}/u.test(words[i + 1]!))
      return [i, i + 1];
  }
  return undefined;
}

/** `span` cut into well-formed names (none, one or more), in order. */
function repair(words: readonly string[], span: TokenSpan): TokenSpan[] {
  let end = span.end;
  if (end - span.start > 1 && POSSESSIVE.test(words[end - 1]!) && LOWER_CASE.test(words[end] ?? "")) end--;
  const cut = separator(words, span.start, end);
  if (!cut) return [{ ...span, end }];
  const parts: TokenSpan[] = [];
  if (cut[0] > span.start) parts.push({ start: span.start, end: cut[0], label: span.label });
  if (cut[1] < end) parts.push(...repair(words, { start: cut[1], end, label: span.label }));
  return parts;
}

/** The spans of one tokenized sentence cut at unmatched brackets and datelines, trailing possessives dropped. */
export function wellFormedSpans(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  return spans.flatMap((span) => repair(words, span));
}

/**
 * Dates in the text: the temporal expressions of a sentence ("on Sunday", "in April 2025", "Back in April",
 * "yesterday") resolved against the document's date, so that an event reported on 1 July 2025 as happening "on
 * Sunday" is dated 29 June 2025. Read by chrono-node's casual parser (the same well-kept library the corpus reader
 * uses, in its strict mode, for publication dates), which resolves a weekday to the nearest one, and a month
 * without a year to the nearest such month, around the reference date.
 *
 * chrono costs about a tenth of a millisecond per sentence, so it only reads sentences that a cheap pattern shows
 * to hold a date word (a month, a weekday, a year, "yesterday", "last week"…): most sentences hold none.
 * An expression's date is as precise as the text: "April 2025" is "2025-04", "on Sunday" a day, "in 1996" a year.
 * Without a document date only expressions that state their year are kept: anything relative would be relative to
 * the day of the build, which is never deterministic.
 */
import { createRequire } from "node:module";
import type { Span, TextDate } from "../types.js";

/** chrono's English parsers, loaded at the first sentence with a date word (~20 ms). */
let chrono: typeof import("chrono-node/en") | undefined;
const english = () => (chrono ??= createRequire(import.meta.url)("chrono-node/en") as typeof import("chrono-node/en"));

/**
 * Words without which chrono finds nothing worth keeping, checked first since most sentences have none: a month
 * or weekday as news writes them (capitalised: "may" and "march" are mostly verbs), a relative day, "last week",
 * a year.
 */
const DATE_WORD =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|ago|(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast) (?:week|month|year|weekend)|(?:1[89]|20)\d\d)\b/;

const YEAR = /\b(?:1[89]|20)\d\d\b/;
/** What a date that states its year needs besides the year, for chrono to read it: a month's name, or digits. */
const MONTH_OR_DIGITS =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\d[-/.]\d/;

/**
 * True when chrono may find a date to keep: a date word; without a reference date, a stated year with a month's
 * name or a numeric date (a year alone is no date chrono reads, and anything relative is dropped).
 */
function worthReading(text: string, reference: Date | undefined): boolean {
  return reference ? DATE_WORD.test(text) : YEAR.test(text) && MONTH_OR_DIGITS.test(text);
}

/** Words that put a sentence in the future, where a bare weekday may be one ahead. */
const FUTURE =
  /\b(?:will|shall|next|coming|upcoming|due|expected|scheduled|planned|plans?|going to|is to|are to)\b|'ll\b/i;

/** Noon UTC of the document's date: chrono's reference instant (noon, so no time zone moves it to another day). */
function referenceOf(date: string | undefined): Date | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return new Date(`${date}T12:00:00Z`);
}

/** A fixed instant for undated documents: only results that state their year are kept, which do not depend on it. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * The dates given by the sentences `which` of `text` (indices into `sentences`), resolved against `documentDate`
 * (YYYY-MM-DD), in text order.
 */
export function readTextDates(
  text: string,
  sentences: readonly Span[],
  which: Iterable<number>,
  documentDate: string | undefined,
): TextDate[] {
  const reference = referenceOf(documentDate);
  const out: TextDate[] = [];
  for (const index of [...new Set(which)].sort((a, b) => a - b)) {
    const sentence = sentences[index];
    if (!sentence) continue;
    const slice = text.slice(sentence.start, sentence.end);
    if (!worthReading(slice, reference)) continue;
    for (const found of readDates(slice, reference))
      out.push({ ...found, start: found.start + sentence.start, end: found.end + sentence.start, sentence: index });
  }
  return out;
}

/**
 * The dates given by one piece of text (a sentence, a quotation with its attribution), resolved against
 * `documentDate` (YYYY-MM-DD), offsets relative to the text.
 */
export function datesIn(
  text: string,
  documentDate: string | undefined,
): Array<{ date: string; start: number; end: number }> {
  const reference = referenceOf(documentDate);
  return worthReading(text, reference) ? readDates(text, reference) : [];
}

/** The dates chrono reads in one piece of text against a reference instant, offsets relative to it. */
function readDates(text: string, reference: Date | undefined): Array<{ date: string; start: number; end: number }> {
  const out: Array<{ date: string; start: number; end: number }> = [];
  const results = english().casual.parse(text, { instant: reference ?? NO_REFERENCE, timezone: 0 });
  for (const result of results) {
    const c = result.start;
    const trimmed = result.text.replace(/[\s,.;:]+$/, "");
    const dayKnown = c.isCertain("day") || c.isCertain("weekday");
    const monthKnown = c.isCertain("month") || dayKnown;
    const yearKnown = c.isCertain("year");
    // A time alone ("at 10am", "now") dates nothing; without a reference only a stated year does.
    if (!dayKnown && !monthKnown && !yearKnown) continue;
    // Without a reference, "last year" would be relative to a made-up day: the year must be written out.
    if (!reference && !(yearKnown && /\d{4}/.test(result.text))) continue;
    let when = c.date();
    // A bare weekday ("cleared on Friday") is the last one in news, which reports what happened; chrono takes the
    // nearest, which may be ahead. Only a sentence about the future ("will meet on Friday") keeps a day ahead.
    if (reference && c.isCertain("weekday") && !c.isCertain("day") && when > reference && !FUTURE.test(text))
      when = new Date(when.getTime() - 7 * 86_400_000);
    const iso = when.toISOString();
    const date = dayKnown ? iso.slice(0, 10) : monthKnown ? iso.slice(0, 7) : iso.slice(0, 4);
    out.push({ date, start: result.index, end: result.index + trimmed.length });
  }
  return out;
}

/** Where a sentence turns to another clause: ", while", "; ", ", but"… A date speaks of its own clause. */
const CLAUSE_BREAK = /[,;:]\s+(?:while|whereas|but|although|though|and|after|before|when)\b|;\s|\s[-–—]\s/g;

/** The positions (in `text`, between `start` and `end`) where a new clause begins. */
export function clauseBreaks(text: string, start: number, end: number): number[] {
  const breaks: number[] = [];
  for (const m of text.slice(start, end).matchAll(CLAUSE_BREAK)) breaks.push(start + m.index);
  return breaks;
}

/** A distance that outweighs any within a sentence: a date in another clause loses to one in the entity's own. */
const OTHER_CLAUSE = 10_000;

/**
 * The date nearest to some entities' mentions: each entity's distance is that of its closest mention (a mention
 * in another clause than the date counts as far), and the date with the least sum over the entities wins (the
 * first, in text order, on a tie). Undefined when no dates.
 */
export function nearestDate<T extends Span>(
  dates: readonly T[],
  entities: ReadonlyArray<readonly Span[]>,
  breaks: readonly number[] = [],
): T | undefined {
  const clause = (position: number) => breaks.filter((b) => b <= position).length;
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    let distance = 0;
    for (const mentions of entities) {
      let closest = mentions.length ? Infinity : 0;
      for (const p of mentions) {
        const gap = p.end <= d.start ? d.start - p.end : p.start >= d.end ? p.start - d.end : 0;
        closest = Math.min(closest, gap + (clause(p.start) === clause(d.start) ? 0 : OTHER_CLAUSE));
      }
      distance += closest;
    }
    if (distance < bestDistance) [best, bestDistance] = [d, distance];
  }
  return best;
}

/**
 * Publication dates as YYYY-MM-DD, from what pages and wire copy write: ISO stamps ("2024-03-06T10:00:00Z") and the
 * many written forms ("24 July 2015", "May 20, 2019", "Feb. 23, 2015", "Thursday, March 14, 2024 at 9:05 a.m. ET").
 *
 * Written forms are read by chrono-node (a well-kept natural-language date parser, ~2M downloads a month) in its
 * strict mode, which knows only formal dates: "Monday" or "yesterday" never become a date, since a corpus date must
 * be stated, not guessed from the reading day. We chose it over date-fns with explicit formats because news writes
 * dates in dozens of shapes (weekday or not, "Sept." or "Sep", ordinals, times and zones after the date) and chrono
 * finds a date inside a longer line ("Published 24 July 2015, 10:31 BST") where a format list needs the exact string.
 * A date counts only with day, month and year all stated, and a month written as a word or an ISO date: purely
 * numeric forms such as 05/11/2023 are day-first in Britain and month-first in the US, so they are left alone.
 */
import { createRequire } from "node:module";

/** chrono's English parsers, loaded at the first date to read (its English half loads in ~20 ms, all of it ~90). */
let chrono: typeof import("chrono-node/en") | undefined;
const english = () => (chrono ??= createRequire(import.meta.url)("chrono-node/en") as typeof import("chrono-node/en"));

const YEAR = /\d{4}/;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
/** A month name, so that a chrono match is a written date and not an ambiguous 05/11/2023. */
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
/** Chrono's reference day: strict mode never reads a relative date, so it only fills unstated parts we reject. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** The first fully stated date in `text` (ISO or written with a month name) as YYYY-MM-DD, with where it lies. */
export function findDate(text: string): { date: string; index: number; length: number } | undefined {
  if (!YEAR.test(text)) return undefined; // Every date kgraph accepts states its year: no need to ask chrono.
  const iso = ISO_DATE.exec(text);
  const isoDate = iso ? isoFrom(+iso[1]!, +iso[2]!, +iso[3]!) : undefined;
  let written: { date: string; index: number; length: number } | undefined;
  for (const result of english().strict.parse(text, REFERENCE)) {
    const start = result.start;
    if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) continue;
    if (!MONTH_WORD.test(result.text)) continue;
    const date = isoFrom(start.get("year")!, start.get("month")!, start.get("day")!);
    if (date) written = { date, index: result.index, length: result.text.length };
    break;
  }
  if (isoDate && iso && (!written || iso.index <= written.index))
    return { date: isoDate, index: iso.index, length: iso[0].length };
  return written;
}

/** Normalises a string that is a date (ISO, or written as "July 1, 2025", "1 July 2025"…) to YYYY-MM-DD. */
export function normaliseDate(raw: string): string | undefined {
  const s = raw.trim();
  if (!s || s.length > 80) return undefined;
  return findDate(s)?.date;
}

function isoFrom(y: number, m: number, d: number): string | undefined {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

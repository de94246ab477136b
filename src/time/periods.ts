/**
 * Periods and date ranges: the month a date falls in, whether a date lies in a `--since`/`--until` range, and the
 * tally of first seen, last seen and counts per month that every node and edge carries. Dates are ISO strings
 * (YYYY-MM-DD, or shorter when only the month or year is known), so comparing them as strings orders them.
 */

/** A period key: the month of a date, "YYYY-MM". */
export function periodOf(date: string): string {
  return date.slice(0, 7);
}

/** A closed range of dates; either end may be open. Ends may be a day, a month or a year ("1996-11"). */
export interface DateRange {
  since?: string;
  until?: string;
}

/** True when a range is given at all. */
export function isBounded(range: DateRange | undefined): boolean {
  return range?.since !== undefined || range?.until !== undefined;
}

/**
 * True when `date` lies in the range. An undated item lies in no bounded range; a range end given as a month or
 * year covers all of it ("--until 1996-11" keeps 30 November).
 */
export function inRange(date: string | undefined, range: DateRange): boolean {
  if (range.since === undefined && range.until === undefined) return true;
  if (date === undefined) return false;
  if (range.since !== undefined && date < range.since) return false;
  // "1996-11-30" ≤ "1996-11" is false as strings, so compare the until end at its own precision.
  if (range.until !== undefined && date.slice(0, range.until.length) > range.until) return false;
  return true;
}

const RANGE_END = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** True for a valid range end: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isRangeEnd(value: string): boolean {
  return RANGE_END.test(value);
}

/** When something was seen, over the dates of the documents that mention or support it. */
export interface TimeSummary {
  /** The earliest and latest dated document (YYYY-MM-DD); absent when none is dated. */
  firstSeen?: string;
  lastSeen?: string;
  /** Count per month ("YYYY-MM"), in dated documents only, months in order. */
  periods: Record<string, number>;
  /** Count in documents without a date (kept apart from `periods`); absent when zero. */
  undated?: number;
}

/** Adds up counts by date into a `TimeSummary`. */
export class TimeTally {
  private first: string | undefined;
  private last: string | undefined;
  private readonly counts = new Map<string, number>();
  private undated = 0;

  /** Counts `n` at `date` (undefined: an undated document). */
  add(date: string | undefined, n = 1): this {
    if (date === undefined) {
      this.undated += n;
      return this;
    }
    if (this.first === undefined || date < this.first) this.first = date;
    if (this.last === undefined || date > this.last) this.last = date;
    const period = periodOf(date);
    this.counts.set(period, (this.counts.get(period) ?? 0) + n);
    return this;
  }

  /** The summary, months in order so that the output is the same whatever order the counts came in. */
  summary(): TimeSummary {
    const periods: Record<string, number> = {};
    for (const period of [...this.counts.keys()].sort()) periods[period] = this.counts.get(period)!;
    return {
      ...(this.first !== undefined ? { firstSeen: this.first, lastSeen: this.last! } : {}),
      periods,
      ...(this.undated ? { undated: this.undated } : {}),
    };
  }
}

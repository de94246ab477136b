/**
 * The timeline's model, pure: documents per day, week or month as a histogram with no gaps, the period a run of bins
 * covers, the steps of "play", and what is new in a period (entities and relations first seen inside it). The
 * timeline's DOM is timeline-view.ts; the entity and edge sections about time are time-panel.ts.
 */
import { isEntity, isRelation, type ViewerGraph } from "./model.js";

/** The width of a histogram bin. */
export type Granularity = "day" | "week" | "month";

/** One bin: its first and last days (inclusive, YYYY-MM-DD) and how many documents are dated in it. */
export interface Bin {
  start: string;
  end: string;
  count: number;
}

/** Documents per bin, from the first dated document's bin to the last's, and the undated documents apart. */
export interface Histogram {
  granularity: Granularity;
  bins: Bin[];
  undated: number;
}

const DAY = 86_400_000;

function toTime(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
}

function toDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Days up to two months, weeks up to seven, months beyond: a histogram of a few dozen bars, a play of as many steps. */
export function pickGranularity(first: string, last: string): Granularity {
  const days = (toTime(last) - toTime(first)) / DAY;
  return days <= 62 ? "day" : days <= 210 ? "week" : "month";
}

/** The first day of the bin holding `date` (weeks start on Monday). */
export function binStart(date: string, granularity: Granularity): string {
  if (granularity === "day") return date;
  if (granularity === "month") return `${date.slice(0, 7)}-01`;
  const time = toTime(date);
  const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday 0
  return toDate(time - weekday * DAY);
}

/** The first day of the next bin. */
function nextStart(start: string, granularity: Granularity): string {
  if (granularity === "day") return toDate(toTime(start) + DAY);
  if (granularity === "week") return toDate(toTime(start) + 7 * DAY);
  const y = +start.slice(0, 4);
  const m = +start.slice(5, 7);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/** The documents of the graph per bin (gaps filled with empty bins), with the undated ones counted apart. */
export function documentHistogram(graph: ViewerGraph, granularity?: Granularity): Histogram | null {
  const dates: string[] = [];
  let undated = 0;
  graph.forEachNode((_node, attr) => {
    if (attr.kind !== "document") return;
    if (attr.date && /^\d{4}-\d{2}-\d{2}$/.test(attr.date)) dates.push(attr.date);
    else undated++;
  });
  if (!dates.length) return null;
  dates.sort();
  const g = granularity ?? pickGranularity(dates[0]!, dates.at(-1)!);
  const counts = new Map<string, number>();
  for (const date of dates) {
    const start = binStart(date, g);
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  const bins: Bin[] = [];
  const last = binStart(dates.at(-1)!, g);
  for (let start = binStart(dates[0]!, g); start <= last; start = nextStart(start, g)) {
    bins.push({ start, end: toDate(toTime(nextStart(start, g)) - DAY), count: counts.get(start) ?? 0 });
  }
  return { granularity: g, bins, undated };
}

/** The period bins i..j cover (in either order), as inclusive dates. */
export function periodOfBins(bins: readonly Bin[], i: number, j: number): { from: string; to: string } {
  const [a, b] = i <= j ? [i, j] : [j, i];
  return { from: bins[Math.max(0, a)]!.start, to: bins[Math.min(bins.length - 1, b)]!.end };
}

/** The bins a period covers, as an index range, or null when it covers none. */
export function binsOfPeriod(bins: readonly Bin[], from: string | null, to: string | null): [number, number] | null {
  let first = -1;
  let last = -1;
  bins.forEach((bin, i) => {
    if ((from === null || bin.end >= from) && (to === null || bin.start <= to)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}

/**
 * The periods "play" steps through: a window as wide as the brushed one (one bin when none), moved one bin at a
 * time from the first bin to the last.
 */
export function playSteps(bins: readonly Bin[], width: number): Array<{ from: string; to: string }> {
  const w = Math.max(1, Math.min(width, bins.length));
  const steps: Array<{ from: string; to: string }> = [];
  for (let i = 0; i + w <= bins.length; i++) steps.push(periodOfBins(bins, i, i + w - 1));
  return steps;
}

/** Documents dated in a period. */
export function documentsIn(histogram: Histogram, from: string | null, to: string | null): number {
  let n = 0;
  for (const bin of histogram.bins)
    if ((from === null || bin.start >= from) && (to === null || bin.end <= to)) n += bin.count;
  return n;
}

/** Entities and relations first seen inside a period: what "new in this period" highlights. */
export interface NewItems {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The entities and relation edges whose first sighting lies in [from, to]; null when no period is set. */
export function newInPeriod(graph: ViewerGraph, from: string | null, to: string | null): NewItems | null {
  if (from === null && to === null) return null;
  const inside = (date: string | undefined) =>
    date !== undefined && (from === null || date >= from) && (to === null || date <= to);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((node, attr) => {
    if (isEntity(attr) && inside(attr.firstSeen)) nodes.add(node);
  });
  graph.forEachEdge((edge, attr) => {
    if (isRelation(attr) && inside(attr.firstSeen)) edges.add(edge);
  });
  return { nodes, edges };
}

/**
 * Time: the dates a text gives (resolved against its document's date with chrono-node) and the periods, ranges
 * and tallies by which nodes and edges say when they were seen.
 */
export { clauseBreaks, datesIn, nearestDate, readTextDates } from "./event-dates.js";
export { TimeTally, inRange, isBounded, isRangeEnd, periodOf, type DateRange, type TimeSummary } from "./periods.js";

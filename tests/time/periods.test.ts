/**
 * Periods and ranges: a range end may be a day, a month or a year; undated items are in no bounded range; the
 * tally keeps undated counts apart and months in order.
 */
import { describe, expect, it } from "vitest";
import { TimeTally, inRange, isRangeEnd } from "../../src/time/index.js";

describe("inRange", () => {
  const table: Array<[string | undefined, { since?: string; until?: string }, boolean]> = [
    ["1996-11-15", { since: "1996-11-01", until: "1996-11-30" }, true],
    ["1996-11-30", { since: "1996-11-01", until: "1996-11-30" }, true],
    ["1996-12-01", { since: "1996-11-01", until: "1996-11-30" }, false],
    ["1996-10-31", { since: "1996-11-01", until: "1996-11-30" }, false],
    ["1996-11-30", { until: "1996-11" }, true],
    ["1996-12-01", { until: "1996-11" }, false],
    ["1996-01-01", { since: "1996" }, true],
    ["1995-12-31", { since: "1996" }, false],
    [undefined, { since: "1996" }, false],
    [undefined, {}, true],
  ];
  it.each(table)("%s in %j: %s", (date, range, expected) => {
    expect(inRange(date, range)).toBe(expected);
  });

  it("knows a range end from a non-date", () => {
    expect(["1996", "1996-11", "1996-11-30"].every(isRangeEnd)).toBe(true);
    expect(["96", "1996-13", "1996-11-32", "November"].some(isRangeEnd)).toBe(false);
  });
});

describe("TimeTally", () => {
  it("gives first and last seen, counts per month in order, and undated counts apart", () => {
    const summary = new TimeTally()
      .add("1996-11-03", 2)
      .add("1996-08-22")
      .add(undefined, 4)
      .add("1996-11-01")
      .summary();
    expect(summary).toEqual({
      firstSeen: "1996-08-22",
      lastSeen: "1996-11-03",
      periods: { "1996-08": 1, "1996-11": 3 },
      undated: 4,
    });
    expect(Object.keys(summary.periods)).toEqual(["1996-08", "1996-11"]);
  });

  it("says nothing of first and last seen when nothing is dated", () => {
    expect(new TimeTally().add(undefined).summary()).toEqual({ periods: {}, undated: 1 });
  });
});

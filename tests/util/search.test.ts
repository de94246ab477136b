import { describe, expect, it } from "vitest";
import { partitionPoint } from "../../src/util/search.js";

describe("partitionPoint", () => {
  const starts = [0, 5, 5, 9, 14];
  it("finds where a sorted list stops satisfying its prefix test", () => {
    expect(partitionPoint(starts, (s) => s <= 5)).toBe(3);
    expect(partitionPoint(starts, (s) => s < 5)).toBe(1);
    expect(partitionPoint(starts, () => true)).toBe(5);
    expect(partitionPoint(starts, () => false)).toBe(0);
    expect(partitionPoint([], () => true)).toBe(0);
  });
  it("searches only inside [from, to)", () => {
    expect(partitionPoint(starts, (s) => s < 100, 1, 3)).toBe(3);
    expect(partitionPoint(starts, (s) => s < 0, 2, 4)).toBe(2);
  });
  it("agrees with a scan on a sorted list with repeats, at every limit", () => {
    const values = Array.from({ length: 200 }, (_, i) => Math.floor(i / 3));
    for (let limit = -1; limit <= 70; limit++) {
      expect(partitionPoint(values, (v) => v <= limit)).toBe(values.filter((v) => v <= limit).length);
    }
  });
});

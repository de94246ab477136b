/**
 * Calibration of the relation classifier: Platt scaling recovers a known miscalibration, `uncalibrate` inverts
 * `calibrate`, and the reliability table's ECE is the weighted gap between confidence and accuracy.
 */
import { describe, expect, it } from "vitest";
import {
  calibrate,
  fitPlatt,
  reliability,
  shippedCalibration,
  uncalibrate,
  type ScoredPrediction,
} from "../../src/relations/typed/calibration.js";

/** A seeded generator (mulberry32), so the synthetic predictions are the same on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("calibration", () => {
  it("fits Platt scaling to over-confident predictions and brings the ECE down", () => {
    // Truth: P(right | raw p) = σ(0.5 · logit(p) − 0.3): the raw probabilities are too sure of themselves.
    const random = rng(18);
    const logit = (p: number) => Math.log(p / (1 - p));
    const points: ScoredPrediction[] = [];
    for (let i = 0; i < 20000; i++) {
      const p = 0.01 + 0.98 * random();
      const truth = 1 / (1 + Math.exp(-(0.5 * logit(p) - 0.3)));
      points.push({ p, right: random() < truth });
    }
    const fitted = fitPlatt(points);
    expect(fitted.a).toBeCloseTo(0.5, 1);
    expect(fitted.b).toBeCloseTo(-0.3, 1);
    const before = reliability(points).ece;
    const after = reliability(points.map((x) => ({ p: calibrate(fitted, x.p), right: x.right }))).ece;
    expect(before).toBeGreaterThan(0.1);
    expect(after).toBeLessThan(0.02);
  });

  it("inverts: uncalibrate(calibrate(p)) = p", () => {
    const c = { a: 0.9, b: -0.4 };
    for (const p of [0.05, 0.3, 0.5, 0.75, 0.99]) expect(uncalibrate(c, calibrate(c, p))).toBeCloseTo(p, 9);
  });

  it("computes the ECE as the count-weighted gap per bin", () => {
    const points: ScoredPrediction[] = [
      { p: 0.05, right: false },
      { p: 0.05, right: false },
      { p: 0.95, right: true },
      { p: 0.95, right: false },
    ];
    const r = reliability(points);
    expect(r.bins.map((b) => [b.count, b.accuracy])).toEqual([
      [2, 0],
      [2, 0.5],
    ]);
    expect(r.ece).toBeCloseTo(0.5 * 0.05 + 0.5 * 0.45, 10);
  });

  it("ships a calibration that maps the old news cut (raw 0.75) to about the candidate threshold", () => {
    const c = shippedCalibration();
    expect(c.a).toBeGreaterThan(0);
    expect(calibrate(c, 0.75)).toBeGreaterThan(0.64);
    expect(calibrate(c, 0.75)).toBeLessThan(0.67);
  });
});

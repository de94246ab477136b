/**
 * Calibrated confidence for the relation classifier. The logistic model's probabilities are over-confident on
 * pairs like its training pairs; Platt scaling, fitted on out-of-fold predictions over CoNLL04 train (never on
 * dev), turns a raw probability into the share of such predictions that were right. `reliability` measures the
 * result: a reliability table and the expected calibration error (ECE).
 */
import { existsSync, readFileSync } from "node:fs";
import { ModelError } from "../../errors.js";
import { packagePath } from "../../util/package-root.js";

/**
 * Platt scaling: calibrated = σ(a · logit(p) + b). Two numbers, fitted by logistic regression of "was it right"
 * on the raw log-odds. Chosen over an isotonic map, which with CoNLL04's few thousand pairs overfits (dev ECE
 * 0.054 isotonic, 0.036 Platt, 0.041 raw; see `npm run calibrate:rel`).
 */
export interface Calibration {
  a: number;
  b: number;
}

/** A scored prediction and whether it was right. */
export interface ScoredPrediction {
  p: number;
  right: boolean;
}

const EPS = 1e-9;
const logit = (p: number) => Math.log(Math.max(EPS, p) / Math.max(EPS, 1 - p));
const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Fits Platt scaling by Newton's method on the log-loss (deterministic, a few dozen steps). */
export function fitPlatt(points: readonly ScoredPrediction[]): Calibration {
  let a = 1;
  let b = 0;
  for (let step = 0; step < 100; step++) {
    // Gradient and Hessian of the mean log-loss in (a, b).
    let ga = 0;
    let gb = 0;
    let haa = 0;
    let hab = 0;
    let hbb = 0;
    for (const { p, right } of points) {
      const x = logit(p);
      const q = sigmoid(a * x + b);
      const r = q - (right ? 1 : 0);
      const w = q * (1 - q) + 1e-12;
      ga += r * x;
      gb += r;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { a: round(a), b: round(b) };
}

/** The calibrated confidence of a raw probability. */
export function calibrate(calibration: Calibration, p: number): number {
  return sigmoid(calibration.a * logit(p) + calibration.b);
}

/** The raw probability whose calibrated confidence is `confidence` (the inverse of `calibrate`). */
export function uncalibrate(calibration: Calibration, confidence: number): number {
  return sigmoid((logit(confidence) - calibration.b) / calibration.a);
}

/** One bin of a reliability table. */
export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  /** Mean confidence of the predictions in the bin. */
  confidence: number;
  /** Share of them that were right. */
  accuracy: number;
}

/** A reliability table with its expected calibration error. */
export interface Reliability {
  bins: ReliabilityBin[];
  /** Σ (count/total) · |accuracy − confidence| over the bins. */
  ece: number;
  count: number;
}

/** Reliability of confidences in `bins` equal-width bins (empty bins left out). */
export function reliability(points: readonly ScoredPrediction[], bins = 10): Reliability {
  const acc = Array.from({ length: bins }, () => ({ n: 0, sumP: 0, right: 0 }));
  for (const { p, right } of points) {
    const b = acc[Math.min(bins - 1, Math.floor(p * bins))]!;
    b.n++;
    b.sumP += p;
    if (right) b.right++;
  }
  const total = points.length;
  let ece = 0;
  const rows: ReliabilityBin[] = [];
  acc.forEach((b, i) => {
    if (!b.n) return;
    const confidence = b.sumP / b.n;
    const accuracy = b.right / b.n;
    ece += (b.n / total) * Math.abs(accuracy - confidence);
    rows.push({ from: i / bins, to: (i + 1) / bins, count: b.n, confidence, accuracy });
  });
  return { bins: rows, ece, count: total };
}

/** File name of the shipped calibration inside src/models/. */
export const CALIBRATION_FILE = "rel-calibration.json";

let shipped: Calibration | undefined;

/**
 * The shipped calibration (written by `npm run calibrate:rel`), loaded once. A missing or malformed file is an
 * error naming it: falling back to raw probabilities would silently change every confidence.
 */
export function shippedCalibration(): Calibration {
  if (shipped) return shipped;
  const path = packagePath("src", "models", CALIBRATION_FILE);
  if (!existsSync(path)) throw new ModelError(`relation calibration "${path}" is missing; run "npm run calibrate:rel"`);
  let data: Partial<Calibration>;
  try {
    data = JSON.parse(readFileSync(path, "utf8")) as Partial<Calibration>;
  } catch (error) {
    throw new ModelError(`relation calibration "${path}" is not JSON (${(error as Error).message})`);
  }
  if (!Number.isFinite(data.a) || !Number.isFinite(data.b) || !(data.a! > 0))
    throw new ModelError(`relation calibration "${path}" needs numbers a > 0 and b; run "npm run calibrate:rel"`);
  shipped = { a: data.a!, b: data.b! };
  return shipped;
}

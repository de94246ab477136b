/**
 * Precision, recall and F1 from counts — shared by the evaluators.
 */

/** Precision, recall and F1, each 0–1. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 from correct, predicted and gold counts (0 where undefined). */
export function prf(correct: number, predicted: number, gold: number): PRF {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

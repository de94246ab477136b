/**
 * Precision, recall and F1 from counts — shared by the evaluators.
 */

/** Precision, recall and F1, each 0–1. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 with the counts behind them. */
export interface CountedScore extends PRF {
  gold: number;
  predicted: number;
  correct: number;
}

/** P/R/F1 from correct, predicted and gold counts (0 where undefined). */
export function prf(correct: number, predicted: number, gold: number): PRF {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** P/R/F1 with the counts, from gold, predicted and correct counts. */
export function countedScore(gold: number, predicted: number, correct: number): CountedScore {
  return { ...prf(correct, predicted, gold), gold, predicted, correct };
}

/** Only the P/R/F1 of a score (for JSON reports). */
export function prfOf(s: PRF): PRF {
  return { precision: s.precision, recall: s.recall, f1: s.f1 };
}

/**
 * The conlleval-style span scorer and the tag conversions it rests on, on small hand-made tables with known
 * answers (IOB1 quirks included: I- after another type starts a new span).
 */
import { describe, expect, it } from "vitest";
import { scoreSpans } from "../../src/eval/conll-ner.js";
import { iob1ToSpans, spansToTags, tagsToSpans } from "../../src/nlp/ner/labels.js";

describe("IOB1 spans", () => {
  it.each([
    [
      ["I-PER", "I-PER", "O", "I-LOC"],
      [
        [0, 2, "PER"],
        [3, 4, "LOC"],
      ],
    ],
    [
      ["I-PER", "B-PER", "I-PER"],
      [
        [0, 1, "PER"],
        [1, 3, "PER"],
      ],
    ], // B- splits two adjacent names
    [
      ["I-ORG", "I-LOC", "I-LOC"],
      [
        [0, 1, "ORG"],
        [1, 3, "LOC"],
      ],
    ], // type change starts a span
    [["O", "I-MISC", "O", "O"], [[1, 2, "MISC"]]],
    [["O", "O"], []],
  ])("%j → %j", (labels, expected) => {
    expect(iob1ToSpans(labels).map((s) => [s.start, s.end, s.label])).toEqual(expected);
  });

  it("round-trips spans through BILOU tags", () => {
    const spans = [
      { start: 0, end: 1, label: "PER" as const },
      { start: 1, end: 4, label: "ORG" as const },
      { start: 6, end: 8, label: "LOC" as const },
    ];
    expect(tagsToSpans(spansToTags(spans, 9))).toEqual(spans);
  });
});

describe("span scorer", () => {
  // Gold: PER(0,2) LOC(3,4) | ORG(0,3) MISC(4,5). Predicted: PER(0,2) ✓, LOC(3,4) as ORG ✗ | ORG(0,2) ✗ (bounds), MISC ✓, extra PER.
  const gold = [
    ["I-PER", "I-PER", "O", "I-LOC"],
    ["I-ORG", "I-ORG", "I-ORG", "O", "I-MISC", "O", "O"],
  ];
  const predicted = [
    [
      { start: 0, end: 2, label: "PER" as const },
      { start: 3, end: 4, label: "ORG" as const },
    ],
    [
      { start: 0, end: 2, label: "ORG" as const },
      { start: 4, end: 5, label: "MISC" as const },
      { start: 6, end: 7, label: "PER" as const },
    ],
  ];
  const result = scoreSpans(gold, predicted);

  it("scores each type by exact span match", () => {
    expect(result.PER).toMatchObject({ gold: 1, predicted: 2, correct: 1, precision: 0.5, recall: 1 });
    expect(result.PER.f1).toBeCloseTo(2 / 3, 10);
    expect(result.LOC).toMatchObject({ gold: 1, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 });
    expect(result.ORG).toMatchObject({ gold: 1, predicted: 2, correct: 0, f1: 0 });
    expect(result.MISC).toMatchObject({ gold: 1, predicted: 1, correct: 1, f1: 1 });
  });

  it("keeps MISC out of the overall figure", () => {
    // PER/LOC/ORG: gold 3, predicted 4, correct 1.
    expect(result.overall).toMatchObject({ gold: 3, predicted: 4, correct: 1 });
    expect(result.overall.precision).toBeCloseTo(0.25, 10);
    expect(result.overall.recall).toBeCloseTo(1 / 3, 10);
    expect(result.overall.f1).toBeCloseTo((2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3), 10);
  });
});

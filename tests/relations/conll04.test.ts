/**
 * The CoNLL04 side of relation extraction: the strict scorer on a hand-made table, the BILOU reader,
 * determinism of training on a small slice, and the dev-set figures (gold entities and end to end) not
 * falling below what the shipped model reached (minus 0.01).
 */
import { describe, expect, it } from "vitest";
import {
  bilouToEntities,
  pairExamples,
  predictedPairExamples,
  readConll04,
  type Conll04Sentence,
} from "../../src/relations/typed/conll04-data.js";
import { serialiseModel, trainRelationModel } from "../../src/relations/typed/model.js";
import { evaluateConll04File, scoreRelations, sentenceText, type SpanRelation } from "../../src/eval/conll04.js";
import { createTrainedRecogniser } from "../../src/nlp/ner/index.js";
import { describeWithShared, sharedPath } from "../shared-data.js";

const TYPES: Record<SpanRelation["predicate"], [SpanRelation["sourceType"], SpanRelation["targetType"]]> = {
  works_for: ["Peop", "Org"],
  killed: ["Peop", "Peop"],
  based_in: ["Org", "Loc"],
  lives_in: ["Peop", "Loc"],
  located_in: ["Loc", "Loc"],
  role: ["Peop", "Loc"],
  family: ["Peop", "Peop"],
};
const rel = (
  s: [number, number],
  t: [number, number],
  predicate: SpanRelation["predicate"],
  types = TYPES[predicate],
): SpanRelation => ({
  source: s,
  target: t,
  predicate,
  sourceType: types[0],
  targetType: types[1],
});

describe("scoreRelations", () => {
  it("is strict on both spans and the type, per type and micro-averaged", () => {
    const gold = [
      [rel([0, 2], [5, 6], "works_for"), rel([8, 9], [10, 11], "located_in")],
      [rel([0, 1], [3, 4], "killed")],
    ];
    const predicted = [
      [rel([0, 2], [5, 6], "works_for"), rel([8, 9], [10, 11], "lives_in"), rel([0, 1], [5, 6], "works_for")],
      [rel([0, 1], [3, 4], "killed"), rel([0, 1], [3, 4], "killed"), rel([0, 1], [3, 4], "role")],
    ];
    const e = scoreRelations(gold, predicted);
    // Counted: works_for 2 predicted / 1 correct; lives_in 1 / 0; killed 1 / 1 (the duplicate once); role ignored.
    expect(e.perType.Work_For).toMatchObject({ gold: 1, predicted: 2, correct: 1, precision: 0.5, recall: 1 });
    expect(e.perType.Located_In).toMatchObject({ gold: 1, predicted: 0, correct: 0, recall: 0, f1: 0 });
    expect(e.perType.Live_In).toMatchObject({ gold: 0, predicted: 1, correct: 0 });
    expect(e.perType.Kill).toMatchObject({ gold: 1, predicted: 1, correct: 1, f1: 1 });
    expect(e).toMatchObject({ gold: 3, predicted: 4, correct: 2, precision: 0.5 });
    expect(e.recall).toBeCloseTo(2 / 3);
    expect(e.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });

  it("requires the entity types to match, as SpERT's strict setting does", () => {
    const gold = [[rel([0, 2], [5, 6], "lives_in")]];
    const retyped = [[{ ...rel([0, 2], [5, 6], "lives_in"), targetType: "Org" as const }]];
    expect(scoreRelations(gold, retyped)).toMatchObject({ gold: 1, predicted: 1, correct: 0 });
    expect(scoreRelations(gold, gold)).toMatchObject({ gold: 1, predicted: 1, correct: 1 });
  });

  it("writes tokens as news text for the recogniser, with each token's offset", () => {
    const words = ["Booth", "'s", "home", "in", "Lubbock", ",", "Texas", "(", "AP", ")", "."];
    const news = sentenceText(words, "news");
    expect(news.text).toBe("Booth's home in Lubbock, Texas (AP).");
    words.forEach((w, i) => expect(news.text.slice(news.starts[i], news.starts[i]! + w.length)).toBe(w));
    expect(sentenceText(words, "spaces").text).toBe(words.join(" "));
    // Names split at their apostrophe and contractions are one word in print.
    expect(
      sentenceText(["Michael", "O", "'Connor", "didn", "'t", "go", "to", "'", "Rural", "'", "."], "news").text,
    ).toBe("Michael O'Connor didn't go to ' Rural '.");
  });

  it("labels pairs of predicted entities against the gold relations", () => {
    const sentence: Conll04Sentence = {
      words: ["President", "Lincoln", "was", "born", "in", "Hodgenville", ",", "Kentucky", "."],
      entities: [
        { start: 0, end: 2, type: "Peop" },
        { start: 5, end: 6, type: "Loc" },
        { start: 7, end: 8, type: "Loc" },
      ],
      relations: [{ source: 0, target: 1, predicate: "lives_in" }],
    };
    const predicted = [
      { start: 1, end: 2, type: "Peop" as const }, // title left out: overlaps the gold person
      { start: 5, end: 6, type: "Loc" as const },
      { start: 7, end: 8, type: "Org" as const }, // wrong type
    ];
    const labels = (match: "exact" | "overlap") =>
      predictedPairExamples([sentence], [predicted], match).map((e) => e.label);
    // Candidate pairs in order: Peop>Loc (0→1), Peop>Org (0→2), Org>Loc (2→1).
    expect(labels("overlap")).toEqual([1, 0, 0]);
    expect(labels("exact")).toEqual([0, 0, 0]);
  });

  it("reads BILOU tags into entities in order", () => {
    expect(bilouToEntities(["U-Loc", "O", "B-Org", "I-Org", "L-Org", "B-Peop", "L-Peop", "U-Other"])).toEqual([
      { start: 0, end: 1, type: "Loc" },
      { start: 2, end: 5, type: "Org" },
      { start: 5, end: 7, type: "Peop" },
      { start: 7, end: 8, type: "Other" },
    ]);
  });
});

describeWithShared("CoNLL04 training and evaluation", () => {
  it("training is deterministic on a small slice", () => {
    const slice = readConll04(sharedPath("data/conll04/conll04_train.json")).slice(0, 120);
    const examples = pairExamples(slice);
    const a = serialiseModel(trainRelationModel(examples, { epochs: 3 }));
    const b = serialiseModel(trainRelationModel(examples, { epochs: 3 }));
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(1000);
  });

  it("the shipped model keeps its dev figures", () => {
    // End to end runs the shipped entity model (src/models/ner.bin.gz, always shipped), so both figures are checked.
    const e = evaluateConll04File(sharedPath("data/conll04/conll04_dev.json"), createTrainedRecogniser());
    expect(e.goldEntities.f1).toBeGreaterThanOrEqual(0.779 - 0.01);
    expect(e.endToEnd?.f1).toBeGreaterThanOrEqual(0.561 - 0.01);
    // Calibrated confidence (Platt scaling fitted on train, src/models/rel-calibration.json): ECE 0.034 on dev.
    expect(e.calibration!.count).toBeGreaterThan(1000);
    expect(e.calibration!.ece).toBeLessThanOrEqual(0.034 + 0.01);
  });
});

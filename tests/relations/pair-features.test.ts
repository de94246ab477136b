/**
 * The classifier's fast scoring path gives exactly the number the training path implies: for every candidate
 * pair, `pairWeightSum` equals the in-order sum of the shipped model's weights of `pairFeatures` (to the last
 * bit), on a hand-made news sentence with a repeated word, a long gap and a pair no relation fits, and on
 * every CoNLL04 dev sentence when ../shared is present.
 */
import { describe, expect, it } from "vitest";
import { shippedModel } from "../../src/relations/typed/classifier.js";
import { readConll04 } from "../../src/relations/typed/conll04-data.js";
import { candidatePairs, pairFeatures, pairWeightSum, type PairSentence } from "../../src/relations/typed/features.js";
import { describeWithShared, sharedPath } from "../shared-data.js";

const model = shippedModel();

/** Weights of the features in order; a model without the feature adds nothing. */
function slowSum(sentence: PairSentence, s: number, t: number): number {
  let z = 0;
  for (const f of pairFeatures(sentence, s, t)) z += model.weights.get(f) ?? 0;
  return z;
}

function expectSameSums(sentence: PairSentence): number {
  let pairs = 0;
  for (const [s, t] of candidatePairs(sentence)) {
    expect(pairWeightSum(sentence, s, t, model.weights)).toBe(slowSum(sentence, s, t));
    pairs++;
  }
  return pairs;
}

describe("pair scoring", () => {
  const words =
    "Olga Lyubimova , the culture minister of Russia , said in Moscow on Monday that the minister of culture of Russia met Yonhap reporters".split(
      " ",
    );
  const sentence: PairSentence = {
    words,
    entities: [
      { start: 0, end: 2, type: "Peop" },
      { start: 7, end: 8, type: "Loc" },
      { start: 12, end: 13, type: "Loc" },
      { start: 21, end: 22, type: "Loc" },
      { start: 23, end: 24, type: "Org" },
      { start: 14, end: 15, type: "Other" },
    ],
  };

  it("sums shared and signature-conjoined weights exactly as the feature list implies", () => {
    expect(expectSameSums(sentence)).toBeGreaterThan(5);
  });

  it("lists every shared feature followed by its conjoined twin", () => {
    const features = pairFeatures(sentence, 0, 1);
    expect(features.length % 2).toBe(0);
    for (let i = 0; i < features.length; i += 2) expect(features[i + 1]).toBe(`Peop>Loc|${features[i]}`);
    expect(new Set(features).size).toBe(features.length);
    expect(features).toContain("bw=minister");
    // The structure around and between the pair: no entity before it and a place after it, the sentence's people,
    // places and organisations (1, 3, 1), no verb between, the case shape of the gap (a comma, then lower-case
    // words), neither name in capitals, a WORK trigger ("minister") outside the gap too.
    expect(features).toEqual(
      expect.arrayContaining(["oe=<s>_Loc", "tset=131", "nv=0|st", "bsh=, x|st", "caps=00", "so=WORK"]),
    );
    // "said" between Lyubimova and the second Russia: a verb of its own clause.
    expect(pairFeatures(sentence, 0, 3)).toContain("nv=1|st");
  });

  it("scores a pair no relation fits the slow way, with the same result", () => {
    // Other → Peop: not a candidate pair, still scored consistently.
    expect(pairWeightSum(sentence, 5, 0, model.weights)).toBe(slowSum(sentence, 5, 0));
  });
});

describeWithShared("pair scoring on CoNLL04 dev", () => {
  it("matches the feature list on every candidate pair", () => {
    let pairs = 0;
    for (const s of readConll04(sharedPath("data/conll04/conll04_dev.json"))) pairs += expectSameSums(s);
    expect(pairs).toBeGreaterThan(1000);
  });
});

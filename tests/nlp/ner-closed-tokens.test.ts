/**
 * Tokens closed to names: lower-case words with lower-case neighbours are skipped by feature extraction and
 * tagged O by the decoder; the words inside names ("Bank of England") stay open, and lower-cased text is left
 * alone because the rule relies on case.
 */
import { describe, expect, it } from "vitest";
import { closedTokens, extractDocument } from "../../src/nlp/ner/features.js";
import { TRANSITION_STRIDE, viterbi } from "../../src/nlp/ner/decode.js";
import { TAG_COUNT } from "../../src/nlp/ner/labels.js";
import { wordInfo } from "../../src/nlp/ner/word-info.js";

const closedWords = (sentence: string): string[] => {
  const words = sentence.split(" ");
  const closed = closedTokens(words.map(wordInfo));
  return closed ? words.filter((_, i) => closed[i]) : [];
};

describe("closed tokens", () => {
  it("closes lower-case words away from capitals and digits, and nothing else", () => {
    expect(
      closedWords("The governor of the Bank of England said on Tuesday that rates would rise by 2 points"),
    ).toEqual(["of", "rates", "would", "rise"]);
  });

  it("keeps the lower-case words inside a name open", () => {
    expect(closedWords("he gave money to the Society for the Protection of Birds last year")).toEqual([
      "he",
      "gave",
      "money",
      "to",
      "year",
    ]);
  });

  it("leaves a sentence without any capital or digit open", () => {
    expect(closedTokens("kim jong un visited the troops in kursk".split(" ").map(wordInfo))).toBeUndefined();
  });

  it("closes tokens when tagging but not when training, so the model learns from every token", () => {
    const sentence = "The governor of the Bank of England said that rates would rise".split(" ");
    const [tagging] = extractDocument([sentence], 0xffff);
    const [training] = extractDocument([sentence], 0xffff, undefined, { closeTokens: false });
    expect(tagging!.closed).toBeDefined();
    expect(training!.closed).toBeUndefined();
    const featureCount = (sf: typeof tagging, i: number) => sf!.offsets[i + 1]! - sf!.offsets[i]!;
    const rates = sentence.indexOf("rates");
    expect(featureCount(tagging, rates)).toBe(0);
    expect(featureCount(training, rates)).toBeGreaterThan(5);
  });

  it("makes the decoder tag a closed token O whatever its emissions say", () => {
    // One feature bucket that scores U-PER (tag 4) very high, on both tokens of a two-token sentence.
    const emission = new Float32Array(2 * TAG_COUNT);
    emission[TAG_COUNT + 4] = 100;
    const weights = { emission, scale: 1, transition: new Float32Array(TRANSITION_STRIDE * TRANSITION_STRIDE) };
    const features = {
      own: [new Int32Array(0), new Int32Array(0)],
      feats: Int32Array.of(1, 1),
      offsets: Int32Array.of(0, 1, 2),
    };
    const open = new Uint8Array(2);
    viterbi(features, weights, open);
    expect([...open]).toEqual([4, 4]);
    const closed = new Uint8Array(2);
    viterbi({ ...features, closed: Uint8Array.of(0, 1) }, weights, closed);
    expect([...closed]).toEqual([4, 0]);
  });
});

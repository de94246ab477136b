/**
 * CoNLL-2003 through raw text: documents written as a sentence a line, and mentions found in that text scored
 * against the gold tokens with exact spans.
 */
import { describe, expect, it } from "vitest";
import { rawTextOf, scoreRawMentions } from "../../src/eval/index.js";

const document = {
  sentences: [
    ["U.N.", "envoy", "Kofi", "Annan", "arrived", "in", "Baghdad", "."],
    ["Iraq", "'s", "army", "said", "so", "."],
  ],
  labels: [
    ["I-ORG", "O", "I-PER", "I-PER", "O", "O", "I-LOC", "O"],
    ["I-LOC", "O", "O", "O", "O", "O"],
  ],
};

describe("CoNLL-2003 as raw text", () => {
  it("writes each sentence on a line, punctuation as news prints it, with every token's offset", () => {
    const raw = rawTextOf(document);
    expect(raw.text).toBe("U.N. envoy Kofi Annan arrived in Baghdad.\nIraq's army said so.");
    raw.tokenStarts.forEach((starts, s) =>
      starts.forEach((start, t) => {
        const word = document.sentences[s]![t]!;
        expect(raw.text.slice(start, start + word.length)).toBe(word);
      }),
    );
  });

  it("scores exact token spans, and a mention that cuts a token as found and wrong", () => {
    const raw = rawTextOf(document);
    const at = (text: string) => raw.text.indexOf(text);
    const scores = scoreRawMentions(
      [document],
      [raw],
      [
        [
          { start: at("U.N"), end: at("U.N") + 3, type: "organization" }, // cuts "U.N.": wrong
          { start: at("Kofi"), end: at("Annan") + 5, type: "person" },
          { start: at("Baghdad"), end: at("Baghdad") + 7, type: "place" },
          { start: at("Iraq"), end: at("Iraq") + 4, type: "place", adjectival: true }, // a demonym: MISC
        ],
      ],
    );
    expect(scores.PER).toMatchObject({ gold: 1, predicted: 1, correct: 1 });
    expect(scores.LOC).toMatchObject({ gold: 2, predicted: 1, correct: 1 });
    expect(scores.ORG).toMatchObject({ gold: 1, predicted: 1, correct: 0 });
    expect(scores.MISC).toMatchObject({ gold: 0, predicted: 1, correct: 0 });
    expect(scores.overall).toMatchObject({ gold: 4, predicted: 3, correct: 2 });
  });
});

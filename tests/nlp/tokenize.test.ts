import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences, tokenize } from "../../src/nlp/tokenize.js";
import { repoRoot } from "../shared-data.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);
const sentences = (s: string) => splitSentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end));

describe("tokenize", () => {
  it.each([
    ["North Korea's state-run media", ["North", "Korea", "'s", "state-run", "media"]],
    ["leader Kim Jong-un, 15,000 troops", ["leader", "Kim", "Jong-un", ",", "15,000", "troops"]],
    ["date 2025-07-01 at 10:30, up 3.5%", ["date", "2025-07-01", "at", "10:30", ",", "up", "3.5%"]],
    ["the U.S. and John F. Kennedy", ["the", "U.S.", "and", "John", "F.", "Kennedy"]],
    ['Mr. O\'Brien said: "No."', ["Mr.", "O'Brien", "said", ":", '"', "No", ".", '"']],
    [
      "— Yaroslav Trofimov (@yarotrof) pic.twitter.com/piNC1r2tTj",
      ["—", "Yaroslav", "Trofimov", "(", "@yarotrof", ")", "pic.twitter.com/piNC1r2tTj"],
    ],
  ])("splits %j CoNLL-style", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("keeps exact offsets on the seed articles", async () => {
    for (const file of [
      "2025-07-01-kim-jong-un-honors-troops-killed-in-russia.txt",
      "2025-07-01-kim-jong-un-mourns-soldiers-killed-in-kursk.txt",
    ]) {
      const text = await readFile(join(repoRoot, "corpus", file), "utf8");
      const tokens = tokenize(text);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      // Nothing but white space between tokens.
      let last = 0;
      for (const t of tokens) {
        expect(text.slice(last, t.start).trim()).toBe("");
        last = t.end;
      }
    }
  });
});

describe("splitSentences", () => {
  it("ends sentences at final punctuation, keeping closing quotes, and not after titles or initials", () => {
    expect(sentences('He said "we won." Then Mr. Smith and John F. Kennedy left! Did they? Yes.')).toEqual([
      'He said "we won."',
      "Then Mr. Smith and John F. Kennedy left!",
      "Did they?",
      "Yes.",
    ]);
  });

  it("treats line breaks as boundaries, except inside hard-wrapped sentences", () => {
    expect(
      sentences("North Korea: Kim Jong Un honors troops\nJuly 1, 2025\nThe images were shown\nin Pyongyang on Sunday."),
    ).toEqual([
      "North Korea: Kim Jong Un honors troops",
      "July 1, 2025",
      "The images were shown\nin Pyongyang on Sunday.",
    ]);
  });

  it("does not split numbers or abbreviations inside a sentence", () => {
    expect(sentences("Growth was 3.5 per cent in the U.S. economy this year. It slowed.")).toEqual([
      "Growth was 3.5 per cent in the U.S. economy this year.",
      "It slowed.",
    ]);
  });

  it("keeps a company's abbreviation whole before a comma, and lets it end a sentence", () => {
    expect(texts("Mercantile Bancorp Inc., a bank")).toEqual(["Mercantile", "Bancorp", "Inc.", ",", "a", "bank"]);
    expect(texts("Warner Bros. said")).toEqual(["Warner", "Bros.", "said"]);
    expect(sentences("said the head of distribution at Warner Bros. However, critics were cool.")).toEqual([
      "said the head of distribution at Warner Bros.",
      "However, critics were cool.",
    ]);
    // A title's abbreviation never ends one.
    expect(sentences("He met Gen. Smith.")).toEqual(["He met Gen. Smith."]);
  });
});

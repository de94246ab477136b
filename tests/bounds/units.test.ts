/**
 * The bounds of src/bounds.ts one by one, on small made-up input: where a long sentence is cut, how many pairs a
 * long list yields, where a long document is sectioned, and that the text shapes which once took quadratic or
 * worse time (a mention over a wide gap, a dotted string) come out as before.
 */
import { describe, expect, it } from "vitest";
import { MAX_PAIRS_PER_SENTENCE, MAX_PAIR_TOKENS, type BoundCut } from "../../src/bounds.js";
import { sectionsOf } from "../../src/extract/sections.js";
import { splitSentences, tokenize } from "../../src/nlp/tokenize.js";
import { cooccurrences } from "../../src/relations/cooccurrence.js";
import { cleanMentions } from "../../src/resolve/clean.js";

describe("the sentence length bound", () => {
  it("leaves ordinary sentences alone", () => {
    const text = "Angela Merkel met Emmanuel Macron. They spoke in Paris.";
    const sentences = splitSentences(text, tokenize(text));
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Angela Merkel met Emmanuel Macron.",
      "They spoke in Paris.",
    ]);
    expect(sentences.some((s) => s.cut)).toBe(false);
  });

  it("cuts a long run at its best boundary, marks the cut pieces, and keeps every token", () => {
    // 30 clauses of 9 words and a comma: 300 tokens without a full stop.
    const text = Array.from({ length: 30 }, (_, i) => `the minister spoke about the budget in town ${i},`).join(" ");
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens, 100);
    expect(sentences.length).toBeGreaterThan(2);
    for (const s of sentences) expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(100);
    expect(sentences.slice(0, -1).every((s) => s.cut && tokens[s.tokenEnd - 1]!.text === ",")).toBe(true);
    expect(sentences.at(-1)!.cut).toBeUndefined();
    expect(sentences.map((s) => [s.tokenStart, s.tokenEnd]).flat()).toEqual([
      0,
      ...sentences.slice(0, -1).flatMap((s) => [s.tokenEnd, s.tokenEnd]),
      tokens.length,
    ]);
  });

  it("prefers a likely sentence start to a hard cut in text with no punctuation at all", () => {
    const words = Array.from({ length: 60 }, () => "prices rose again today").join(" ");
    const text = `${words} The bank said rates would stay ${words}`;
    const sentences = splitSentences(text, tokenize(text), 250);
    expect(text.slice(sentences[1]!.start).startsWith("The bank said")).toBe(true);
  });
});

describe("the pair bounds", () => {
  /** "Name0, Name1, …" with one mention per name, all in one sentence. */
  function list(n: number) {
    const names = Array.from({ length: n }, (_, i) => `Person${i}`);
    const text = names.join(" , ");
    const tokens = tokenize(text);
    const sentences = [{ start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length }];
    const mentions = names.map((name, i) => {
      const start = text.indexOf(name + (i + 1 < n ? " " : ""), i === 0 ? 0 : text.indexOf(names[i - 1]!) + 1);
      return { entity: name.toLowerCase(), sentence: 0, start, end: start + name.length };
    });
    return { tokens, sentences, mentions };
  }

  it("pairs every name of a short list", () => {
    const { tokens, sentences, mentions } = list(10);
    const bounds: BoundCut[] = [];
    expect(cooccurrences(mentions, { tokens, sentences, bounds })).toHaveLength(45);
    expect(bounds).toEqual([]);
  });

  it("pairs a long list only within the distance, at most the cap, the nearest first, and says so", () => {
    const { tokens, sentences, mentions } = list(300);
    const bounds: BoundCut[] = [];
    const pairs = cooccurrences(mentions, { tokens, sentences, bounds });
    expect(pairs).toHaveLength(MAX_PAIRS_PER_SENTENCE);
    expect(bounds).toEqual([
      { bound: "pair-distance", start: 0 },
      { bound: "pair-cap", start: 0 },
    ]);
    // Each name is two tokens from the next: the nearest pairs are neighbours in the list.
    const index = (key: string) => Number(key.slice("person".length));
    for (const p of pairs)
      expect(Math.abs(index(p.source) - index(p.target)) * 2 - 1).toBeLessThanOrEqual(MAX_PAIR_TOKENS);
    expect(pairs.every((p) => Math.abs(index(p.source) - index(p.target)) === 1)).toBe(true);
  });
});

describe("document sections", () => {
  it("is one section up to the limit, and cuts at blank lines, then line breaks, beyond it", () => {
    expect(sectionsOf("short text", 100)).toEqual([{ start: 0, end: 10 }]);
    const paragraph = "word ".repeat(15) + "\n\n"; // 77 characters
    const text = paragraph.repeat(10);
    const sections = sectionsOf(text, 200);
    expect(sections[0]).toEqual({ start: 0, end: 154 });
    for (const [i, s] of sections.entries()) {
      expect(s.end - s.start).toBeLessThanOrEqual(200);
      if (i > 0) expect(s.start).toBe(sections[i - 1]!.end);
    }
    expect(sections.at(-1)!.end).toBe(text.length);
  });

  it("cuts a text with no space at the limit, never inside a surrogate pair", () => {
    const text = "😀".repeat(150); // 300 UTF-16 units
    const sections = sectionsOf(text, 101);
    expect(sections[0]).toEqual({ start: 0, end: 100 });
    expect(sections.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
  });
});

describe("mention clean-up on long mentions", () => {
  it("trims tails as before, and a mention over a wide gap costs its length", () => {
    const gap = "John" + " ".repeat(100_000) + "Smith's ,";
    const started = performance.now();
    const [clean] = cleanMentions(gap, tokenize(gap), [
      { start: 0, end: gap.length, text: gap, label: "PER", sentence: 0 },
    ]);
    expect(performance.now() - started).toBeLessThan(5_000); // cubic before: hours
    expect(clean!.end).toBe(gap.indexOf("'s"));
    const text = "Russian state media said";
    const [russian] = cleanMentions(text, tokenize(text), [
      { start: 0, end: 19, text: text.slice(0, 19), label: "ORG", sentence: 0 },
    ]);
    expect(russian).toMatchObject({ text: "Russian state media", adjectivalOf: "Russia" });
    const kursk = "Kursk region";
    expect(
      cleanMentions(kursk, tokenize(kursk), [{ start: 0, end: 12, text: kursk, label: "LOC", sentence: 0 }])[0],
    ).toMatchObject({ text: "Kursk", longForm: "Kursk region" });
    const yonhap = "Yonhap news agency";
    expect(
      cleanMentions(yonhap, tokenize(yonhap), [{ start: 0, end: 18, text: yonhap, label: "ORG", sentence: 0 }])[0],
    ).toMatchObject({ text: "Yonhap", entityType: "media" });
  });

  it("tokenizes a long dotted string in linear time", () => {
    const text = "ab.".repeat(200_000) + "b";
    const started = performance.now();
    expect(tokenize(text)).toHaveLength(400_001);
    expect(performance.now() - started).toBeLessThan(5_000); // quadratic before: minutes
  });
});

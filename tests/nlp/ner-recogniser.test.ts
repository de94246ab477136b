/**
 * The trained recogniser on real news from the seed corpus: the names an editor would expect, with the right
 * labels and exact character offsets, and the things that must not come out as names.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createTrainedRecogniser } from "../../src/nlp/ner/index.js";
import { repoRoot } from "../shared-data.js";

const recogniser = createTrainedRecogniser();
const read = (name: string) => readFileSync(resolve(repoRoot, "corpus", name), "utf8");
const HONORS = read("2025-07-01-kim-jong-un-honors-troops-killed-in-russia.txt");
const MOURNS = read("2025-07-01-kim-jong-un-mourns-soldiers-killed-in-kursk.txt");

function labelsOf(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of recogniser.recognise(text).mentions) {
    if (!out.has(m.text)) out.set(m.text, new Set());
    out.get(m.text)!.add(m.label);
  }
  return out;
}

describe("trained recogniser on the seed corpus", () => {
  it("names itself and versions itself by the model file", () => {
    expect(recogniser.name).toBe("kgraph-ner");
    expect(recogniser.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it("gives every mention exact offsets inside its sentence", () => {
    for (const text of [HONORS, MOURNS]) {
      const { mentions, sentences } = recogniser.recognise(text);
      expect(mentions.length).toBeGreaterThan(20);
      for (const m of mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        const s = sentences[m.sentence]!;
        expect(s.start <= m.start && m.end <= s.end).toBe(true);
      }
    }
  });

  it.each([
    ["Kim Jong Un", "PER", HONORS],
    ["Vladimir Putin", "PER", HONORS],
    ["Olga Lyubimova", "PER", HONORS],
    ["Yonhap", "ORG", HONORS],
    ["Pyongyang", "LOC", HONORS],
    ["Kursk", "LOC", HONORS],
    ["Korean Central Television", "ORG", MOURNS],
    ["Moscow", "LOC", MOURNS],
    ["Olga Lyubimova", "PER", MOURNS],
  ])("finds %s as %s", (name, label, text) => {
    expect(labelsOf(text).get(name)).toContain(label);
  });

  it("finds a real sentence's names at the right characters", () => {
    const sentence =
      "The Ukrainian armed forces reported the first clashes with North Korean troops in November 2024 and took at least two prisoner, while Kim Jong Un and Russian President Vladimir Putin confirmed their presence in Kursk in April 2025.";
    expect(HONORS).toContain(sentence);
    const got = recogniser.recognise(sentence).mentions.map((m) => [m.label, m.text, m.start]);
    expect(got).toEqual(
      expect.arrayContaining([
        ["PER", "Kim Jong Un", sentence.indexOf("Kim Jong Un")],
        ["PER", "Vladimir Putin", sentence.indexOf("Vladimir Putin")],
        ["LOC", "Kursk", sentence.indexOf("Kursk")],
      ]),
    );
    // Not names: months, numbers, sentence-initial function words, titles.
    for (const [, text] of got) expect(["The", "November", "April", "2024", "President"]).not.toContain(text);
  });

  it("tags nothing in an empty or name-free text", () => {
    expect(recogniser.recognise("").mentions).toEqual([]);
    expect(recogniser.recognise("the troops were sent home after the war ended.").mentions).toEqual([]);
  });
});

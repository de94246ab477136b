/**
 * Documents of the shapes that once stalled a build (issue 21), extracted whole: a 2 MB document with no sentence
 * punctuation and a 200 KB list of "First Last," names. Not timed (the benchmark is src/scripts/bench-scaling.ts):
 * it checks that the bounds were applied and recorded where they cut, and that the output is still valid.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_PAIRS_PER_SENTENCE, MAX_SECTION_CHARS, MAX_SENTENCE_TOKENS } from "../../src/bounds.js";
import { extractDocument, type DocumentExtraction, type ExtractionContext } from "../../src/extract/index.js";
import { getRecogniser } from "../../src/nlp/index.js";
import { tokenize } from "../../src/nlp/tokenize.js";
import { CO_OCCURS } from "../../src/relations/types.js";
import { createAliasIndex } from "../../src/resolve/alias-index.js";
import { makeDocument } from "../../src/scripts/document-shapes.js";
import { repoRoot } from "../shared-data.js";

/** The seed articles of the repository, the material the documents are made of. */
const articles = readdirSync(join(repoRoot, "corpus"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(repoRoot, "corpus", f), "utf8"));

/** What any extraction must satisfy, whatever bounds cut it. */
function expectValid(text: string, x: DocumentExtraction): void {
  // Sentences in order, inside the text, none longer than the bound.
  let previousEnd = 0;
  for (const s of x.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(tokenize(text.slice(s.start, s.end)).length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    previousEnd = s.end;
  }
  // Mentions inside the text, with their own words, of known entities.
  const keys = new Set(x.entities.map((e) => e.key));
  for (const m of x.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(keys.has(m.entity)).toBe(true);
  }
  // Relations between real, distinct entities, in real sentences.
  for (const r of x.relations) {
    expect(keys.has(r.source) && keys.has(r.target), `${r.source} → ${r.target}`).toBe(true);
    expect(r.source).not.toBe(r.target);
    expect(r.sentence).toBeLessThan(x.sentences.length);
  }
  // Bound cuts in document order, inside the text.
  const starts = (x.bounds ?? []).map((b) => b.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
  expect(starts.every((s) => s >= 0 && s <= text.length)).toBe(true);
}

const count = (x: DocumentExtraction, bound: string) => (x.bounds ?? []).filter((b) => b.bound === bound).length;

describe("documents of unusual shape", () => {
  let context: ExtractionContext;
  beforeAll(async () => {
    context = { recogniser: await getRecogniser(), aliases: createAliasIndex() };
  });

  it("a 2 MB document without sentence punctuation: sectioned, its run cut into sentences, all recorded", () => {
    const text = makeDocument("unpunctuated", 2 << 20, articles);
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(/[.!?]/.test(text)).toBe(false);
    const x = extractDocument({ id: "run-on", path: "run-on.txt", title: "run-on", text }, context);
    expectValid(text, x);
    // Two sections (1 MB each), thousands of sentences, each cut recorded where it fell.
    expect(count(x, "document-section")).toBe(Math.ceil(text.length / MAX_SECTION_CHARS) - 1);
    expect(count(x, "sentence-length")).toBeGreaterThan(1000);
    expect(x.sentences.length).toBeGreaterThan(count(x, "sentence-length"));
    for (const b of x.bounds!.filter((c) => c.bound === "sentence-length")) {
      expect(x.sentences.some((s) => s.end === b.start)).toBe(true);
    }
    // The seed articles' people are still found and related.
    expect(x.entities.some((e) => e.key === "kim jong un")).toBe(true);
    expect(x.relations.length).toBeGreaterThan(100);
  }, 600_000);

  it("a 200 KB list of names: pairs bounded per sentence and recorded, names still found", () => {
    const text = makeDocument("names", 200 << 10, articles);
    const x = extractDocument({ id: "names", path: "names.txt", title: "names", text }, context);
    expectValid(text, x);
    expect(count(x, "pair-cap")).toBeGreaterThan(0);
    expect(count(x, "pair-distance")).toBeGreaterThan(0);
    // Every sentence is cut (a list has no full stop) and none holds more pairs than the cap.
    expect(count(x, "sentence-length")).toBe(x.sentences.length - 1);
    const perSentence = new Map<string, number>();
    for (const r of x.relations) {
      const key = `${r.sentence}:${r.predicate === CO_OCCURS ? "co" : "typed"}`;
      perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
    }
    for (const [key, n] of perSentence) {
      if (key.endsWith(":co")) expect(n, key).toBeLessThanOrEqual(MAX_PAIRS_PER_SENTENCE);
    }
    expect(x.entities.some((e) => e.key === "james smith" || e.key.split(" ").length === 2)).toBe(true);
    expect(x.mentions.length).toBeGreaterThan(5000);
  }, 600_000);
});

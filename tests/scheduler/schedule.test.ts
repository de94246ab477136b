/**
 * Running extraction over a corpus: results in corpus order whatever order extractions finish in, the store
 * consulted before extracting and filled after, a document whose extraction fails twice skipped with a problem
 * naming it (the others kept), and a kgraph error failing the run.
 */
import { describe, expect, it } from "vitest";
import { ModelError } from "../../src/errors.js";
import { extractCorpus, type Extractor, type ExtractionStore } from "../../src/scheduler/index.js";
import type { CorpusDocument, DocumentExtraction } from "../../src/types.js";

const doc = (id: string, path = `${id}.txt`): CorpusDocument => ({ id, path, title: id, text: `Text of ${id}.` });
const extraction = (document: CorpusDocument): DocumentExtraction => ({
  document,
  sentences: [{ start: 0, end: document.text.length }],
  entities: [],
  mentions: [],
  relations: [],
  words: 3,
  ambiguous: 0,
});
const options = { recogniser: "trained", aliases: [], workers: 0 };

/** An extractor that answers after `delay(document)` ms, or fails as `fail(document, attempt)` says. */
function fakeExtractor(
  delay: (d: CorpusDocument) => number,
  fail: (d: CorpusDocument, attempt: number) => Error | undefined = () => undefined,
) {
  const attempts = new Map<string, number>();
  const extractor: Extractor = {
    workers: 2,
    extract: async (document) => {
      const attempt = (attempts.get(document.id) ?? 0) + 1;
      attempts.set(document.id, attempt);
      await new Promise((done) => setTimeout(done, delay(document)));
      const error = fail(document, attempt);
      if (error) throw error;
      return extraction(document);
    },
    close: async () => {},
  };
  return { make: async () => extractor, attempts };
}

describe("extractCorpus", () => {
  it("keeps corpus order when later documents finish first, and takes stored ones from the store", async () => {
    const stored = new Map([["b", extraction(doc("b"))]]);
    const put: string[] = [];
    const store: ExtractionStore = { get: (d) => stored.get(d.id), put: (x) => put.push(x.document.id) };
    const { make, attempts } = fakeExtractor((d) => (d.id === "a" ? 30 : 1));
    const items = ["a", "b", "c", "d"].map((id) => ({ document: doc(id) }));
    const result = await extractCorpus(items, options, store, undefined, make);
    expect(result.extractions.map((x) => x.document.id)).toEqual(["a", "b", "c", "d"]);
    expect(result).toMatchObject({ cached: 1, workers: 2, problems: [] });
    expect([...attempts.keys()].sort()).toEqual(["a", "c", "d"]);
    expect(put.sort()).toEqual(["a", "c", "d"]);
  });

  it("tries a failed document again alone, and skips it with a problem naming it when it fails again", async () => {
    const crash = new Error("Worker terminated due to reaching memory limit: JS heap out of memory");
    const { make, attempts } = fakeExtractor(
      () => 1,
      // "b" always fails; "c" fails only the first time (its worker died with b's).
      (d, attempt) => (d.id === "b" || (d.id === "c" && attempt === 1) ? crash : undefined),
    );
    const items = [doc("a"), doc("b", "feed.jsonl#7"), doc("c")].map((document) => ({ document }));
    const result = await extractCorpus(items, options, undefined, undefined, make);
    expect(result.extractions.map((x) => x.document.id)).toEqual(["a", "c"]);
    expect(result.problems).toEqual([
      {
        file: "feed.jsonl",
        line: 7,
        problem:
          "extraction failed twice (Worker terminated due to reaching memory limit: JS heap out of memory); the rest of the corpus was built without it",
        action: "skipped",
      },
    ]);
    expect(Object.fromEntries(attempts)).toEqual({ a: 1, b: 2, c: 2 });
  });

  it("fails the run on a kgraph error, which no document would escape", async () => {
    const { make } = fakeExtractor(
      () => 1,
      () => new ModelError("entity model model.bin.gz is not a gzipped model file"),
    );
    await expect(extractCorpus([{ document: doc("a") }], options, undefined, undefined, make)).rejects.toThrow(
      ModelError,
    );
  });
});

/**
 * In-memory documents (`buildGraph(documents)`) are checked as the folder reader checks files: a bad one is
 * skipped with a problem naming it, never a raw TypeError or graphology error, never silently kept.
 */
import { describe, expect, it } from "vitest";
import { checkDocuments } from "../../src/corpus/index.js";
import { buildGraph } from "../../src/pipeline.js";
import type { CorpusDocument } from "../../src/types.js";

const doc = (id: string, text: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  path: id,
  title: id,
  text,
  ...extra,
});

describe("checkDocuments", () => {
  it("keeps good documents in order and names each bad one with the reason", () => {
    const input: unknown[] = [
      doc("a.txt", "Paris is the capital of France."),
      doc("b.txt", 42),
      doc("c.txt", "   \n\t"),
      doc("d.txt", "Paris is the capital of France.  "), // same text once trimmed
      doc("a.txt", "Rome is the capital of Italy."), // same id
      { text: "No id at all." },
      "just a string",
      null,
      doc("e.txt", "Berlin is in Germany.", { date: 20240101 }),
      { id: "f", text: "Madrid is in Spain." }, // path and title default to the id
    ];
    const { documents, problems } = checkDocuments(input);
    expect(documents.map((d) => d.id)).toEqual(["a.txt", "f"]);
    expect(documents[1]).toEqual({ id: "f", path: "f", title: "f", text: "Madrid is in Spain." });
    expect(problems.map((p) => `${p.file}: ${p.problem}`)).toEqual([
      'b.txt: "text" must be a string, got a number',
      "c.txt: empty document (no text)",
      "d.txt: duplicate of a.txt (same text)",
      'a.txt: document id "a.txt" is used twice; give each document its own id',
      'document #6 of the in-memory corpus: "id" must be a non-empty string, got nothing',
      'document #7 of the in-memory corpus: expected a document object with "id" and "text", got a string',
      'document #8 of the in-memory corpus: expected a document object with "id" and "text", got null',
      'e.txt: "date" must be a string when given, got a number',
    ]);
    expect(problems.every((p) => p.action === "skipped")).toBe(true);
  });

  it("skips a document over the size limit, naming its size, the limit and the option", () => {
    const big = "Lisbon is in Portugal. ".repeat(50_000); // 1.1 MB
    const { documents, problems } = checkDocuments([doc("big.txt", big), doc("ok.txt", "Oslo is in Norway.")], {
      maxDocumentMB: 1,
    });
    expect(documents.map((d) => d.id)).toEqual(["ok.txt"]);
    expect(problems[0]!.problem).toBe(
      "document of 1.1 MB is larger than the limit of 1 MB; raise the limit with --max-document-mb (maxDocumentMB)",
    );
  });

  it("never throws, whatever it is given", () => {
    expect(checkDocuments("not an array" as unknown as unknown[]).problems[0]!.problem).toBe(
      "expected an array of documents",
    );
    expect(checkDocuments([]).documents).toEqual([]);
  });
});

describe("buildGraph with bad in-memory documents", () => {
  it("builds from the good ones and reports the others as problems", async () => {
    const documents = [
      doc("one.txt", "Angela Merkel met Emmanuel Macron in Paris on Monday."),
      doc("one.txt", "Boris Johnson visited Berlin."),
      doc("two.txt", { text: "nested" }),
      doc("three.txt", ""),
      doc("four.txt", "Angela Merkel met Emmanuel Macron in Paris on Monday."),
    ] as unknown as CorpusDocument[];
    const result = await buildGraph(documents, { workers: 0 });
    expect(result.documents).toBe(1);
    expect(result.problems.map((p) => p.file)).toEqual(["one.txt", "two.txt", "three.txt", "four.txt"]);
    expect(result.graph.order).toBeGreaterThan(0);
  });
});

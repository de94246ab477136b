/**
 * Candidate relations (typed, below the default confidence threshold) are kept in the graph but left out of
 * `neighbours` and `path` unless asked for; query filters that name no entity type or predicate are errors that
 * list the valid ones; the judged-sample evaluation counts candidates as removed.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import graphology from "graphology";
import { describe, expect, it } from "vitest";
import { DatasetError, UnknownFilterError } from "../../src/errors.js";
import { evaluateJudgedRelations, readJudgedRelations } from "../../src/eval/judged-relations.js";
import type { KnowledgeGraph, NodeAttributes } from "../../src/graph/schema.js";
import { explain, neighbours, PREDICATES } from "../../src/query/index.js";

function entity(label: string, entityType: "person" | "organization" | "place"): NodeAttributes {
  return {
    kind: "entity",
    label,
    entityType,
    aliases: [label],
    roles: [],
    mentions: 1,
    documents: 1,
    x: 0,
    y: 0,
    size: 1,
    color: "#000",
  };
}

/** Ann works for Acme (sure), for Globex (a candidate), and co-occurs with Paris; Globex is based in Paris. */
function smallGraph(): KnowledgeGraph {
  const g = new graphology.MultiGraph() as unknown as KnowledgeGraph;
  const text = "Ann, chief executive of Acme, said Globex in Paris was next.";
  g.addNode("doc:a", { kind: "document", label: "A", path: "a.txt", text, x: 0, y: 0, size: 1, color: "#000" });
  g.addNode("entity:ann", entity("Ann", "person"));
  g.addNode("entity:acme", entity("Acme", "organization"));
  g.addNode("entity:globex", entity("Globex", "organization"));
  g.addNode("entity:paris", entity("Paris", "place"));
  const evidence = [{ document: "doc:a", start: 0, end: text.length }];
  const relation = (predicate: string, confidence: number, candidate = false) => ({
    kind: "relation" as const,
    predicate,
    confidence,
    weight: 1,
    evidence,
    ...(candidate ? { candidate: true } : {}),
  });
  g.addDirectedEdgeWithKey("w1", "entity:ann", "entity:acme", relation("works_for", 0.9));
  g.addDirectedEdgeWithKey("w2", "entity:ann", "entity:globex", relation("works_for", 0.5, true));
  g.addDirectedEdgeWithKey("b1", "entity:globex", "entity:paris", relation("based_in", 0.8));
  g.addUndirectedEdgeWithKey("c1", "entity:ann", "entity:paris", relation("co-occurs", 1));
  return g;
}

describe("candidate relations", () => {
  it("are left out of neighbours unless asked for", () => {
    const g = smallGraph();
    expect(
      neighbours(g, "Ann")
        .neighbours.map((n) => n.label)
        .sort(),
    ).toEqual(["Acme", "Paris"]);
    const all = neighbours(g, "Ann", { candidates: true }).neighbours;
    expect(all.map((n) => n.label).sort()).toEqual(["Acme", "Globex", "Paris"]);
    expect(all.find((n) => n.label === "Globex")!.relations[0]!.candidate).toBe(true);
  });

  it("are left out of path unless asked for", () => {
    const g = smallGraph();
    const plain = explain(g, "Ann", "Globex");
    expect(plain.direct).toEqual([]);
    expect(plain.path.map((h) => h.to)).toEqual(["Paris", "Globex"]);
    const withCandidates = explain(g, "Ann", "Globex", { candidates: true });
    expect(withCandidates.direct.map((r) => r.predicate)).toEqual(["works_for"]);
  });
});

describe("query filters", () => {
  it("reject an unknown entity type, naming the valid ones", () => {
    const error = (() => {
      try {
        neighbours(smallGraph(), "Ann", { types: ["country"] });
      } catch (e) {
        return e;
      }
    })() as UnknownFilterError;
    expect(error).toBeInstanceOf(UnknownFilterError);
    expect(error.valid).toEqual(["person", "place", "organization", "media", "misc"]);
    expect(error.message).toContain("country");
  });

  it("reject an unknown predicate, naming the valid ones", () => {
    expect(() => neighbours(smallGraph(), "Ann", { predicates: ["cooccurs"] })).toThrow(UnknownFilterError);
    expect(PREDICATES).toContain("co-occurs");
    expect(PREDICATES).toContain("works_for");
    expect(neighbours(smallGraph(), "Ann", { predicates: ["co-occurs"] }).neighbours.map((n) => n.label)).toEqual([
      "Paris",
    ]);
  });
});

describe("judged-sample evaluation", () => {
  it("counts a candidate as removed and scores the rest", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kgraph-judged-"));
    const file = join(dir, "judged.jsonl");
    const rows = [
      { source: "Ann", predicate: "works_for", target: "Acme", right: true },
      { source: "Ann", predicate: "works_for", target: "Globex", right: false, reason: "a candidate" },
      { source: "Globex", predicate: "based_in", target: "Paris", right: false, reason: "judged wrong" },
      { source: "Ann", predicate: "lives_in", target: "Paris", right: true },
    ];
    await writeFile(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const e = evaluateJudgedRelations(smallGraph(), readJudgedRelations(file));
    expect(e.overall).toMatchObject({ judged: 4, right: 2, kept: 2, keptRight: 1, precision: 0.5, retained: 0.5 });
    expect(e.perPredicate.works_for).toMatchObject({ kept: 1, keptRight: 1, precision: 1 });
    expect(e.lostRight.map((r) => r.target)).toEqual(["Paris"]);
    const withCandidates = evaluateJudgedRelations(smallGraph(), readJudgedRelations(file), { candidates: true });
    expect(withCandidates.overall.kept).toBe(3);
  });

  it("names the file and line of a malformed judged edge", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kgraph-judged-"));
    const file = join(dir, "bad.jsonl");
    await writeFile(
      file,
      `${JSON.stringify({ source: "Ann", predicate: "works_for", target: "Acme", right: true })}\n{"source": 1}\n`,
    );
    expect(() => readJudgedRelations(file)).toThrow(DatasetError);
    expect(() => readJudgedRelations(file)).toThrow(`${file}:2`);
  });
});

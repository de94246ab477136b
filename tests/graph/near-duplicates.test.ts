/**
 * Near-duplicates and independent sources. The fixture corpus (tests/graph/fixtures/wire, written for these tests)
 * is one story (1) republished three times with small edits (2: two words changed; 3: a clause added, a number in
 * figures, a country dropped; 4: an attribution reworded) and a different story on the same subject (5), which is
 * not a copy, and an undated note (6). The wire story's edges count one source however many outlets ran it.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isRelation, type KnowledgeGraph } from "../../src/graph/index.js";
import { findNearDuplicates, jaccard, shingles, signatureOf } from "../../src/sources/index.js";
import { buildGraph } from "../../src/pipeline.js";
import { graphStats, sliceGraph } from "../../src/query/index.js";
import { cliPath } from "../helpers.js";
import { repoRoot } from "../shared-data.js";

const WIRE = join(repoRoot, "tests", "graph", "fixtures", "wire");

describe("findNearDuplicates", () => {
  const story =
    "Dock workers in Rotterdam returned to work on Tuesday after a three-day strike over pay and night shifts, " +
    "the union said, adding that forty ships had waited at anchor in the North Sea during the strike.";
  it("groups light edits under the earliest document, and leaves other texts alone", () => {
    const copies = findNearDuplicates([
      { key: "b", text: story.replace("returned", "went back"), date: "2025-03-05" },
      { key: "a", text: story, date: "2025-03-04" },
      { key: "c", text: story.replace("forty", "40"), date: "2025-03-06" },
      { key: "d", text: "Farmers in Belgium said they had lost fresh produce while ships waited in the North Sea." },
      { key: "e", text: "Short." },
      { key: "f", text: "Short." },
    ]);
    expect([...copies].sort()).toEqual([
      ["b", "a"],
      ["c", "a"],
    ]);
  });

  it("is the same whatever order the documents come in", () => {
    const docs = [
      { key: "x", text: story },
      { key: "y", text: story.replace("Tuesday", "Monday") },
    ];
    expect([...findNearDuplicates(docs)]).toEqual([...findNearDuplicates([...docs].reverse())]);
    expect([...findNearDuplicates(docs)]).toEqual([["y", "x"]]);
  });

  it("finds the same copies from signatures made at extraction", () => {
    const docs = [
      { key: "a", text: story },
      { key: "b", text: story.replace("forty", "40") },
      { key: "c", text: "Farmers in Belgium said they had lost fresh produce while ships waited in the North Sea." },
    ];
    const signed = docs.map((d) => ({ ...d, signature: signatureOf(d.text) }));
    expect(signed.map((d) => d.signature.length)).toEqual([64, 64, 64]);
    expect(signatureOf("Too short to compare.")).toEqual([]);
    expect([...findNearDuplicates(signed)]).toEqual([...findNearDuplicates(docs)]);
    expect([...findNearDuplicates(signed)]).toEqual([["b", "a"]]);
  });

  it("measures similarity on word 4-grams", () => {
    const a = shingles("one two three four five", 4);
    expect(a.length).toBe(2);
    expect(jaccard(a, shingles("One two three four six", 4))).toBeCloseTo(1 / 3);
  });
});

describe("independent sources on a republished story", () => {
  let graph: KnowledgeGraph;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kgraph-wire-"));
    graph = (await buildGraph(WIRE, { out: dir })).graph;
  });

  it("marks the three republications as copies of the first, and the other story as none", () => {
    const copyOf = (id: string) => graph.getNodeAttribute(`doc:${id}`, "copyOf" as never);
    expect(copyOf("2-coastal-wire.md")).toBe("doc:1-harbour-times.md");
    expect(copyOf("3-northern-ledger.md")).toBe("doc:1-harbour-times.md");
    expect(copyOf("4-daily-meridian.md")).toBe("doc:1-harbour-times.md");
    expect(copyOf("1-harbour-times.md")).toBeUndefined();
    expect(copyOf("5-valley-herald.md")).toBeUndefined();
    expect(copyOf("6-undated.md")).toBeUndefined();
    expect(graph.getAttribute("copies")).toBe(3);
  });

  it("counts one source, four documents and four outlets for an edge only the wire story supports", () => {
    const edge = graph.findEdge(
      (_e, a, s, t) => isRelation(a) && [s, t].sort().join() === "entity:antwerp,entity:north-sea",
    );
    const a = graph.getEdgeAttributes(edge!);
    expect(isRelation(a) && [a.weight, a.documents, a.sources, a.outlets]).toEqual([4, 4, 1, 4]);
  });

  it("counts the undated note as a second source, and no outlet for it", () => {
    const edge = graph.findEdge(
      (_e, a, s, t) => isRelation(a) && [s, t].sort().join() === "entity:antwerp,entity:hamburg",
    );
    const a = graph.getEdgeAttributes(edge!);
    expect(isRelation(a) && [a.weight, a.documents, a.sources, a.outlets, a.undated]).toEqual([5, 5, 2, 4, 1]);
    expect(isRelation(a) && [a.firstSeen, a.lastSeen, a.periods]).toEqual([
      "2025-03-04",
      "2025-03-05",
      { "2025-03": 4 },
    ]);
  });

  it("counts two sources when the other story supports the edge too", () => {
    const edge = graph.findEdge((_e, a, s) => isRelation(a) && a.predicate === "works_for" && s === "entity:niek-stam");
    const a = graph.getEdgeAttributes(edge!);
    expect(isRelation(a) && [a.documents, a.sources, a.outlets]).toEqual([5, 2, 5]);
    const stam = graph.getNodeAttributes("entity:niek-stam");
    expect(stam.kind === "entity" && [stam.documents, stam.sources, stam.outlets]).toEqual([5, 2, 5]);
  });

  it("has stats and `kgraph stats` say which documents are copies of which", () => {
    expect(graphStats(graph).copies.map((c) => [c.document, c.copyOf])).toEqual([
      ["doc:2-coastal-wire.md", "doc:1-harbour-times.md"],
      ["doc:3-northern-ledger.md", "doc:1-harbour-times.md"],
      ["doc:4-daily-meridian.md", "doc:1-harbour-times.md"],
    ]);
    const r = spawnSync("node", [cliPath, "stats", "--graph", join(dir, "graph.json")], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("copies:    3 near-duplicate documents");
    expect(r.stdout).toContain(
      "Rotterdam strike over (doc:3-northern-ledger.md) is a copy of Port of Rotterdam strike ends after three days (doc:1-harbour-times.md)",
    );
  });

  it("keeps only well-sourced relations with --min-sources 2", () => {
    const r = spawnSync(
      "node",
      [cliPath, "neighbours", "Allard Castelein", "--min-sources", "2", "--json", "--graph", join(dir, "graph.json")],
      { encoding: "utf8" },
    );
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as {
      neighbours: Array<{ label: string; relations: Array<{ sources: number }> }>;
    };
    expect(result.neighbours.map((n) => n.label)).toEqual(["Port of Rotterdam Authority"]);
    expect(result.neighbours.flatMap((n) => n.relations.map((x) => x.sources)).every((s) => s >= 2)).toBe(true);
    const all = spawnSync(
      "node",
      [cliPath, "neighbours", "Allard Castelein", "--json", "--graph", join(dir, "graph.json")],
      {
        encoding: "utf8",
      },
    );
    const labels = (JSON.parse(all.stdout) as { neighbours: Array<{ label: string }> }).neighbours.map((n) => n.label);
    expect(labels).toEqual(["Port of Rotterdam Authority", "Amsterdam"]);
  });

  it("recounts an edge cut to a period: weight, sources and first seen from the evidence left", () => {
    const cut = sliceGraph(graph, { since: "2025-03-12" });
    const edge = cut.findEdge(
      (_e, a, s) => isRelation(a) && a.predicate === "works_for" && s === "entity:allard-castelein",
    );
    const a = cut.getEdgeAttributes(edge!);
    expect(isRelation(a) && [a.weight, a.sources, a.firstSeen, a.lastSeen, a.periods]).toEqual([
      1,
      1,
      "2025-03-12",
      "2025-03-12",
      { "2025-03": 1 },
    ]);
    expect(cut.filterNodes((_n, x) => x.kind === "document")).toEqual(["doc:5-valley-herald.md"]);
    // The loaded graph is left as it was.
    const full = graph.getEdgeAttributes(edge!);
    expect(isRelation(full) && full.weight).toBe(5);
  });
});

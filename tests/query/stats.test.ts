/**
 * Graph statistics against figures checked by hand: a small hand-made graph whose every count can be read off
 * the table below, and two short articles built by the real pipeline, whose entities, sentences and mentions are
 * listed beside the expectations; documents per outlet.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import graphology from "graphology";
import { describe, expect, it } from "vitest";
import { formatStats } from "../../src/cli/format.js";
import { seedGraph } from "../helpers.js";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/graph/index.js";
import { buildGraph } from "../../src/index.js";
import { graphStats } from "../../src/query/stats.js";

/** A node's display attributes do not matter to the statistics. */
const display = { x: 0, y: 0, size: 1, color: "#000000" };

/**
 * Three documents (doc:c names nobody), six entities, six mention edges, five relation edges:
 *
 *   entity    type          mentions  relation edges (degree)
 *   Ann       person        5         co-occurs Bob, co-occurs Paris, family → Bob, works_for → BBC  (4)
 *   Bob       person        5         co-occurs Ann, family ← Ann, lives_in → Paris                  (3)
 *   Paris     place         3         co-occurs Ann, lives_in ← Bob                                  (2)
 *   BBC       media         1         works_for ← Ann                                                (1)
 *   ACME      organization  1         none                                                           (0)
 *   Zed Corp  organization  1         none                                                           (0)
 *
 * Mention edge weights: a→Ann 3, b→Ann 2, a→Bob 5, a→Paris 3, b→BBC 1, b→ACME 1 (15 in all; Zed Corp has no
 * mention edge: the statistics count `mentions` from the node, weights from the edges).
 */
function handMadeGraph(): KnowledgeGraph {
  const graph = new graphology.MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed" });
  for (const id of ["a", "b", "c"]) {
    graph.addNode(`doc:${id}`, { ...display, kind: "document", label: id, path: `${id}.txt`, text: "" });
  }
  const entity = (key: string, label: string, entityType: "person" | "place" | "media" | "organization", n: number) =>
    graph.addNode(key, {
      ...display,
      kind: "entity",
      label,
      entityType,
      aliases: [label],
      roles: [],
      mentions: n,
      documents: 1,
    });
  entity("ann", "Ann", "person", 5);
  entity("bob", "Bob", "person", 5);
  entity("paris", "Paris", "place", 3);
  entity("bbc", "BBC", "media", 1);
  entity("acme", "ACME", "organization", 1);
  entity("zed", "Zed Corp", "organization", 1);
  for (const [doc, key, weight] of [
    ["a", "ann", 3],
    ["b", "ann", 2],
    ["a", "bob", 5],
    ["a", "paris", 3],
    ["b", "bbc", 1],
    ["b", "acme", 1],
  ] as const) {
    graph.addDirectedEdge(`doc:${doc}`, key, { kind: "mention", weight, spans: [] });
  }
  const relation = (predicate: string) => ({
    kind: "relation" as const,
    predicate,
    confidence: 1,
    weight: 1,
    evidence: [],
  });
  graph.addUndirectedEdge("ann", "bob", relation("co-occurs"));
  graph.addUndirectedEdge("ann", "paris", relation("co-occurs"));
  graph.addDirectedEdge("ann", "bob", relation("family"));
  graph.addDirectedEdge("bob", "paris", relation("lives_in"));
  graph.addDirectedEdge("ann", "bbc", relation("works_for"));
  return graph;
}

describe("graphStats", () => {
  it("counts a hand-made graph as its table says, parallel edges and both directions included", () => {
    const stats = graphStats(handMadeGraph());
    expect(stats).toEqual({
      documents: 3,
      documentsByOutlet: {},
      entities: 6,
      entitiesByType: { person: 2, place: 1, media: 1, organization: 2 },
      relations: 5,
      relationsByPredicate: { "co-occurs": 2, family: 1, lives_in: 1, works_for: 1 },
      mentions: 15,
      undatedDocuments: 3,
      documentsByPeriod: {},
      copies: [],
      // Most mentioned first; equal mentions: higher degree first (Ann before Bob, BBC before ACME), then by label.
      top: [
        { label: "Ann", entityType: "person", mentions: 5, documents: 1, degree: 4 },
        { label: "Bob", entityType: "person", mentions: 5, documents: 1, degree: 3 },
        { label: "Paris", entityType: "place", mentions: 3, documents: 1, degree: 2 },
        { label: "BBC", entityType: "media", mentions: 1, documents: 1, degree: 1 },
        { label: "ACME", entityType: "organization", mentions: 1, documents: 1, degree: 0 },
        { label: "Zed Corp", entityType: "organization", mentions: 1, documents: 1, degree: 0 },
      ],
    });
    expect(graphStats(handMadeGraph(), 2).top.map((t) => t.label)).toEqual(["Ann", "Bob"]);
  });

  it("counts two short articles as a reader does", async () => {
    const { graph } = await buildGraph([
      {
        id: "a",
        path: "a.txt",
        title: "Talks",
        text: "Angela Merkel met Emmanuel Macron in Berlin on Tuesday. Merkel said the talks went well.",
      },
      {
        id: "b",
        path: "b.txt",
        title: "Visit",
        text: "Emmanuel Macron flew to Paris on Wednesday. The BBC reported that Macron was tired.",
      },
    ]);
    // a, sentence 1: Merkel, Macron, Berlin (3 pairs); a, 2: Merkel alone; b, 1: Macron, Paris; b, 2: BBC, Macron.
    // Mentions: Merkel 2 ("Angela Merkel", "Merkel"), Macron 3, Berlin, Paris and BBC 1 each.
    expect(graphStats(graph)).toEqual({
      documents: 2,
      documentsByOutlet: {},
      entities: 5,
      entitiesByType: { person: 2, place: 2, media: 1 },
      relations: 5,
      relationsByPredicate: { "co-occurs": 5 },
      mentions: 8,
      undatedDocuments: 2,
      documentsByPeriod: {},
      copies: [],
      top: [
        { label: "Emmanuel Macron", entityType: "person", mentions: 3, documents: 2, degree: 4 },
        { label: "Angela Merkel", entityType: "person", mentions: 2, documents: 1, degree: 2 },
        { label: "Berlin", entityType: "place", mentions: 1, documents: 1, degree: 2 },
        { label: "BBC", entityType: "media", mentions: 1, documents: 1, degree: 1 },
        { label: "Paris", entityType: "place", mentions: 1, documents: 1, degree: 1 },
      ],
    });
  });
});

describe("documents per outlet", () => {
  it("counts the documents of each outlet the sources name, and says how many name none", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kgraph-outlets-"));
    const article = (outlet: string | undefined, text: string) =>
      (outlet ? `---\noutlet: ${outlet}\n---\n` : "") + `Port strike\n\n${text}`;
    await writeFile(join(dir, "a.md"), article("Harbour Times", "Dockers in Rotterdam walked out on Tuesday."));
    await writeFile(join(dir, "b.md"), article("Harbour Times", "Ships were diverted to Antwerp and Hamburg."));
    await writeFile(
      join(dir, "c.md"),
      article("Coastal Wire", "The Port of Rotterdam Authority said 23 ships waited."),
    );
    await writeFile(join(dir, "d.txt"), article(undefined, "Niek Stam of FNV Havens spoke to reporters in Rotterdam."));
    const stats = graphStats((await buildGraph(dir)).graph);
    expect(stats.documents).toBe(4);
    expect(stats.documentsByOutlet).toEqual({ "Harbour Times": 2, "Coastal Wire": 1 });
    expect(formatStats(stats)).toContain("outlets:   2 (Harbour Times 2, Coastal Wire 1; 1 without an outlet)");
  });

  it("reports no outlet line for a graph whose sources name none", async () => {
    const stats = graphStats(await seedGraph());
    expect(stats.documentsByOutlet).toEqual({});
    expect(formatStats(stats)).not.toContain("outlets:");
  });
});

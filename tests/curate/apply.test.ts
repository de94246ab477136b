/**
 * Curation replayed on the seed corpus: each decision kind, what it marks curated, what it must not touch, and
 * decisions that no longer apply (reported, never fatal). The corpus is extracted once; each case assembles the
 * graph again with its own decisions.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Decision } from "../../src/curate/index.js";
import {
  entityNodeKey,
  isEntity,
  type EntityNodeAttributes,
  type KnowledgeGraph,
  type RelationEdgeAttributes,
} from "../../src/graph/index.js";
import { extractAll, graphFromExtractions } from "../../src/pipeline.js";
import { findEntity } from "../../src/query/index.js";
import { resolveSettings } from "../../src/settings.js";
import type { DocumentExtraction } from "../../src/types.js";
import { repoRoot } from "../shared-data.js";

let extractions: DocumentExtraction[];
beforeAll(async () => {
  extractions = (await extractAll(join(repoRoot, "corpus"), resolveSettings({ workers: 0 }))).extractions;
});

async function curated(...decisions: Decision[]) {
  return graphFromExtractions(
    extractions,
    resolveSettings({ curation: { file: "/x/kgraph-curation.yaml", decisions } }),
  );
}

function entity(graph: KnowledgeGraph, label: string): { key: string; attributes: EntityNodeAttributes } | undefined {
  const found = graph.findNode((_k, a) => isEntity(a) && a.label === label);
  return found ? { key: found, attributes: graph.getNodeAttributes(found) as EntityNodeAttributes } : undefined;
}

function relations(graph: KnowledgeGraph, a: string, b: string): RelationEdgeAttributes[] {
  return graph
    .edges(a, b)
    .concat(graph.edges(b, a))
    .map((e) => graph.getEdgeAttributes(e))
    .filter((x): x is RelationEdgeAttributes => x.kind === "relation");
}

describe("curation decisions on the seed corpus", () => {
  it("leaves the graph as it is without decisions, and marks nothing curated", async () => {
    const plain = await graphFromExtractions(extractions, resolveSettings({}));
    const none = await curated();
    expect(JSON.stringify(none.graph.export().nodes)).toBe(JSON.stringify(plain.graph.export().nodes));
    expect(none.curation).toEqual({ file: "kgraph-curation.yaml", decisions: 0, applied: 0, stale: [] });
    plain.graph.forEachNode((_k, a) => expect(a).not.toHaveProperty("curated"));
  });

  it("renames: the new label on the same node, the old name an alias joined by curation", async () => {
    const { graph, curation } = await curated({ action: "rename", entity: "Yonhap", to: "Yonhap News Agency" });
    expect(curation?.stale).toEqual([]);
    expect(entity(graph, "Yonhap")).toBeUndefined();
    const yonhap = entity(graph, "Yonhap News Agency")!;
    expect(yonhap.key).toBe(entityNodeKey("yonhap"));
    expect(yonhap.attributes).toMatchObject({ curated: true, entityType: "media" });
    expect(yonhap.attributes.aliasJoins).toContainEqual(expect.objectContaining({ alias: "Yonhap", rule: "curation" }));
    expect(yonhap.attributes.aliasJoins?.map((j) => j.alias)).not.toContain("Yonhap News Agency");
  });

  it("removes an entity with its mention and relation edges; no other node is curated", async () => {
    const { graph } = await curated({ action: "remove", entity: "Europe" });
    expect(entity(graph, "Europe")).toBeUndefined();
    expect(graph.hasNode(entityNodeKey("europe"))).toBe(false);
    graph.forEachNode((_k, a) => expect(a).not.toHaveProperty("curated"));
  });

  it("splits an alias's mentions off into an entity of their own, with the relations of their sentences", async () => {
    const before = (await curated()).graph;
    const { graph } = await curated({ action: "split", entity: "Kim Jong Un", alias: "Kim" });
    const kim = entity(graph, "Kim")!;
    const full = entity(graph, "Kim Jong Un")!;
    expect(kim.attributes).toMatchObject({ entityType: "person", curated: true, aliases: ["Kim"] });
    expect(full.attributes.aliases).not.toContain("Kim");
    expect(full.attributes.curated).toBe(true);
    // Every "Kim" span moved; the full name's spans stayed.
    const spans = (node: string) =>
      graph.inEdges(node).flatMap((e) => {
        const a = graph.getEdgeAttributes(e);
        return a.kind === "mention" ? a.spans.map((s) => s.text) : [];
      });
    expect(new Set(spans(kim.key))).toEqual(new Set(["Kim"]));
    expect(spans(full.key)).not.toContain("Kim");
    const mentionsBefore = (before.getNodeAttributes(full.key) as EntityNodeAttributes).mentions;
    expect(kim.attributes.mentions + full.attributes.mentions).toBe(mentionsBefore);
    for (const e of graph.inEdges(kim.key)) expect(graph.getEdgeAttributes(e).curated).toBe(true);
    expect(graph.edges(kim.key).length).toBeGreaterThan(graph.inEdges(kim.key).length); // relations came along
  });

  it("splits one document's mentions, or a single mention, and the alias stays where others remain", async () => {
    const first = extractions[0]!;
    const kims = first.mentions.filter((m) => m.text === "Kim");
    expect(kims.length).toBeGreaterThan(1);
    const byDocument = await curated({
      action: "split",
      entity: "Kim Jong Un",
      alias: "Kim",
      document: first.document.id,
    });
    expect(entity(byDocument.graph, "Kim")!.attributes.mentions).toBe(kims.length);
    expect(entity(byDocument.graph, "Kim Jong Un")!.attributes.aliases).toContain("Kim");
    const one = await curated({
      action: "split",
      entity: "Kim Jong Un",
      alias: "Kim",
      document: `doc:${first.document.id}`,
      at: kims[0]!.start,
    });
    const kim = entity(one.graph, "Kim")!;
    expect(kim.attributes.mentions).toBe(1);
    const span = one.graph.inEdges(kim.key).map((e) => one.graph.getEdgeAttributes(e))[0];
    expect(span).toMatchObject({ kind: "mention", spans: [{ start: kims[0]!.start, text: "Kim" }], curated: true });
    // A bare name the corpus folded into the full name (Putin): its one mention goes, and the alias with it.
    const putinDoc = extractions.find((x) => x.mentions.some((m) => m.text === "Putin"))!;
    const at = putinDoc.mentions.find((m) => m.text === "Putin")!.start;
    const putin = await curated({
      action: "split",
      entity: "Vladimir Putin",
      alias: "Putin",
      document: putinDoc.document.id,
      at,
    });
    expect(entity(putin.graph, "Putin")!.attributes).toMatchObject({ mentions: 1, curated: true });
    expect(entity(putin.graph, "Vladimir Putin")!.attributes.aliases).not.toContain("Putin");
    const stale = await curated({
      action: "split",
      entity: "Kim Jong Un",
      alias: "Kim",
      document: first.document.id,
      at: 1,
    });
    expect(stale.curation!.stale[0]!.problem).toMatch(/no mention of "Kim" at 1 in/);
  });

  it("merges: the second entity's names, roles and edges go to the first, joined by curation", async () => {
    const before = (await curated()).graph;
    const olga = findEntity(before, "Olga Lyubimova");
    const olgaNeighbours = before.neighbors(olga).filter((n) => n.startsWith("entity:"));
    const { graph } = await curated({
      action: "merge",
      entities: ["Vladimir Putin", "Olga Lyubimova"],
      note: "a test merge",
    });
    expect(entity(graph, "Olga Lyubimova")).toBeUndefined();
    const putin = entity(graph, "Vladimir Putin")!;
    expect(putin.attributes.aliases).toEqual(expect.arrayContaining(["Putin", "Olga Lyubimova"]));
    expect(putin.attributes.aliasJoins).toContainEqual(
      expect.objectContaining({ alias: "Olga Lyubimova", rule: "curation", note: "a test merge" }),
    );
    for (const n of olgaNeighbours.filter((n) => n !== putin.key)) {
      const edges = relations(graph, putin.key, n);
      expect(edges.length, n).toBeGreaterThan(0);
      expect(edges.some((e) => e.curated)).toBe(true);
    }
    expect(findEntity(graph, "Olga Lyubimova")).toBe(putin.key);
  });

  it("retypes: the type and its colour", async () => {
    const before = entity((await curated()).graph, "Yonhap")!;
    const { graph } = await curated({ action: "retype", entity: "Yonhap", to: "organization" });
    const after = entity(graph, "Yonhap")!;
    expect(after.attributes).toMatchObject({ entityType: "organization", curated: true });
    expect(after.attributes.color).not.toBe(before.attributes.color);
  });

  it("rejects one predicate between two entities, or every relation between them", async () => {
    const base = (await curated()).graph;
    const [a, b] = [findEntity(base, "Kim Jong Un"), findEntity(base, "Kim Ju Ae")];
    const predicates = relations(base, a, b).map((r) => r.predicate);
    expect(predicates).toEqual(expect.arrayContaining(["family", "co-occurs"]));
    const one = await curated({ action: "reject", entities: ["Kim Ju Ae", "Kim Jong Un"], predicate: "family" });
    expect(relations(one.graph, a, b).map((r) => r.predicate)).toEqual(predicates.filter((p) => p !== "family"));
    const all = await curated({ action: "reject", entities: ["Kim Jong Un", "Kim Ju Ae"] });
    expect(relations(all.graph, a, b)).toEqual([]);
    expect(all.graph.hasNode(a) && all.graph.hasNode(b)).toBe(true);
  });

  it("adds an alias, found by queries; an alias that is another entity's name merges that entity", async () => {
    const { graph } = await curated(
      { action: "alias", entity: "Vladimir Putin", add: "VVP" },
      { action: "alias", entity: "North Korea", add: "Pyongyang" },
    );
    const putin = findEntity(graph, "VVP");
    expect((graph.getNodeAttributes(putin) as EntityNodeAttributes).label).toBe("Vladimir Putin");
    expect((graph.getNodeAttributes(putin) as EntityNodeAttributes).aliasJoins).toContainEqual(
      expect.objectContaining({ alias: "VVP", rule: "curation" }),
    );
    expect(entity(graph, "Pyongyang")).toBeUndefined();
    expect(entity(graph, "North Korea")!.attributes.aliases).toContain("Pyongyang");
  });

  it("replays in order: a later decision names an entity by the name an earlier one gave", async () => {
    const { graph, curation } = await curated(
      { action: "rename", entity: "Yonhap", to: "Yonhap News Agency" },
      { action: "retype", entity: "Yonhap News Agency", to: "organization" },
    );
    expect(curation?.stale).toEqual([]);
    expect(entity(graph, "Yonhap News Agency")!.attributes.entityType).toBe("organization");
  });

  it("reports decisions that no longer apply, with their place in the file, and applies the others", async () => {
    const { graph, curation } = await curated(
      { action: "remove", entity: "Europe", line: 4 },
      { action: "rename", entity: "Europe", to: "The Continent", line: 5 },
      { action: "merge", entities: ["Nobody Atall", "Moscow"] },
      { action: "split", entity: "Vladimir Putin", alias: "Volodya" },
      { action: "split", entity: "Vladimir Putin", alias: "Vladimir Putin" },
      { action: "reject", entities: ["Moscow", "Jenipher Camino Gonzalez"], predicate: "family" },
      { action: "retype", entity: "Moscow", to: "organization" },
    );
    expect(curation).toMatchObject({ decisions: 7, applied: 2 });
    expect(curation!.stale.map((s) => [s.index, s.action])).toEqual([
      [2, "rename"],
      [3, "merge"],
      [4, "split"],
      [5, "split"],
      [6, "reject"],
    ]);
    expect(curation!.stale[0]).toMatchObject({ line: 5, decision: 'rename "Europe" → "The Continent"' });
    expect(curation!.stale[0]!.problem).toMatch(/no entity is named "Europe"/);
    expect(curation!.stale[1]!.problem).toMatch(/Nobody Atall/);
    expect(curation!.stale[3]!.problem).toMatch(/rename the entity instead/);
    expect(entity(graph, "Moscow")!.attributes.entityType).toBe("organization");
    expect(graph.getAttribute("curation")).toEqual(curation);
  });

  it("is deterministic: the same decisions give the same graph", async () => {
    const decisions: Decision[] = [
      { action: "split", entity: "Kim Jong Un", alias: "Kim" },
      { action: "merge", entities: ["Russia", "Moscow"] },
      { action: "rename", entity: "Yonhap", to: "Yonhap News Agency" },
    ];
    const [a, b] = [await curated(...decisions), await curated(...decisions)];
    expect(JSON.stringify(a.graph.export())).toBe(JSON.stringify(b.graph.export()));
  });

  it("does not change the extractions it is given", async () => {
    const before = JSON.stringify(extractions);
    await curated(
      { action: "split", entity: "Kim Jong Un", alias: "Kim" },
      { action: "merge", entities: ["Russia", "Moscow"] },
      { action: "reject", entities: ["Kim Jong Un", "Kim Ju Ae"] },
    );
    expect(JSON.stringify(extractions)).toBe(before);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import {
  SAID,
  evidenceText,
  isEntity,
  type EntityNodeAttributes,
  type KnowledgeGraph,
} from "../../src/graph/schema.js";
import { findEntity } from "../../src/query/index.js";
import { seedGraph } from "../helpers.js";

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await seedGraph();
});

function entitiesNamed(label: string): EntityNodeAttributes[] {
  const found: EntityNodeAttributes[] = [];
  graph.forEachNode((_n, a) => {
    if (isEntity(a) && a.label === label) found.push(a);
  });
  return found;
}

describe("the seed corpus graph", () => {
  it.each([
    ["Kim Jong Un", "person", ["Kim Jong Un", "Kim Jong-un", "Kim"]],
    ["Vladimir Putin", "person", ["Vladimir Putin", "Putin"]],
    ["Olga Lyubimova", "person", ["Olga Lyubimova"]],
    ["Kim Ju Ae", "person", ["Kim Ju Ae"]],
    ["Yaroslav Trofimov", "person", ["Yaroslav Trofimov"]],
    ["Jenipher Camino Gonzalez", "person", ["Jenipher Camino Gonzalez"]],
    ["North Korea", "place", ["North Korea", "DPRK"]],
    ["South Korea", "place", ["South Korea"]],
    ["Russia", "place", ["Russia", "Russian Federation"]],
    ["Ukraine", "place", ["Ukraine"]],
    ["Kursk", "place", ["Kursk", "Kursk province", "Kursk region"]],
    ["Pyongyang", "place", ["Pyongyang"]],
    ["Moscow", "place", ["Moscow"]],
    ["Europe", "place", ["Europe"]],
    ["Korean Central Television", "media", ["Korean Central Television", "KCTV"]],
    ["Yonhap", "media", ["Yonhap", "yonhap news agency"]],
  ])("has exactly one node for %s (%s) with its aliases merged", (label, entityType, aliases) => {
    const nodes = entitiesNamed(label);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.entityType).toBe(entityType);
    expect(nodes[0]!.aliases.map((a) => a.toLowerCase())).toEqual(
      expect.arrayContaining(aliases.map((a) => a.toLowerCase())),
    );
  });

  it("keeps Kim Ju Ae apart from Kim Jong Un, and gives the bare Kim of both articles to Kim Jong Un", () => {
    const kim = findEntity(graph, "Kim Jong Un");
    const ju = findEntity(graph, "Kim Ju Ae");
    expect(kim).not.toBe(ju);
    const bareKims = (node: string) =>
      graph
        .inEdges(node)
        .map((e) => graph.getEdgeAttributes(e))
        .flatMap((a) => (a.kind === "mention" ? a.spans : []))
        .filter((s) => s.text === "Kim");
    expect(bareKims(kim).length).toBeGreaterThanOrEqual(6);
    expect(bareKims(ju)).toEqual([]);
    expect(graph.getNodeAttribute(kim, "documents")).toBe(2);
  });

  it("finds merged entities by any alias", () => {
    expect(graph.getNodeAttribute(findEntity(graph, "Kim Jong-un"), "label")).toBe("Kim Jong Un");
    expect(graph.getNodeAttribute(findEntity(graph, "Putin"), "label")).toBe("Vladimir Putin");
    expect(graph.getNodeAttribute(findEntity(graph, "Russian Federation"), "label")).toBe("Russia");
    expect(graph.getNodeAttribute(findEntity(graph, "DPRK"), "label")).toBe("North Korea");
  });

  it("keeps titles out of names and records them as roles", () => {
    const putin = entitiesNamed("Vladimir Putin")[0]!;
    expect(putin.roles).toContain("President");
    expect(putin.aliases.some((a) => /President/.test(a))).toBe(false);
    expect(entitiesNamed("Olga Lyubimova")[0]!.roles).toContain("Culture Minister");
  });

  it("makes no node of junk, possessives or partial names", () => {
    const labels: string[] = [];
    graph.forEachNode((_n, a) => {
      if (isEntity(a)) labels.push(a.label, ...a.aliases);
    });
    for (const junk of [
      "April",
      "Monday",
      "Sunday",
      "North",
      "South",
      "Kim Jong",
      "auditorium",
      "Russia's",
      "North Korean state",
    ]) {
      expect(entitiesNamed(junk), junk).toHaveLength(0);
    }
    // No possessive or trailing punctuation (abbreviations such as "D.P.R.K." keep their dots).
    expect(labels.filter((l) => /['’]s$|[,;:]$|[^.\p{Lu}]\.$/u.test(l))).toEqual([]);
  });

  it("has document nodes with title, path, date and the full text", () => {
    const docs = graph.filterNodes((_n, a) => a.kind === "document").map((n) => graph.getNodeAttributes(n));
    expect(docs).toHaveLength(2);
    for (const d of docs) {
      expect(d).toMatchObject({ kind: "document", date: "2025-07-01" });
      expect(d.label.length).toBeGreaterThan(10);
    }
  });

  it("gives every mention span and every evidence sentence at its offsets in its document", () => {
    let relations = 0;
    const spansOf = (doc: string, entity: string) =>
      graph.edges(doc, entity).flatMap((k) => {
        const m = graph.getEdgeAttributes(k);
        return m.kind === "mention" ? m.spans : [];
      });
    graph.forEachEdge((_e, a, source, target) => {
      if (a.kind === "mention") {
        const doc = graph.getNodeAttributes(source);
        if (doc.kind !== "document") throw new Error("mention edge must start at a document");
        for (const s of a.spans) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
        return;
      }
      relations++;
      expect(a.evidence.length).toBe(a.weight);
      for (const e of a.evidence) {
        const doc = graph.getNodeAttributes(e.document);
        if (doc.kind !== "document") throw new Error("evidence must point at a document");
        // The sentence is stored once, in the document: it must be a whole sentence at those offsets.
        const sentence = evidenceText(graph, e);
        expect(sentence.length).toBeGreaterThan(0);
        expect(sentence).toBe(doc.text.slice(e.start, e.end));
        expect(sentence).toBe(sentence.trim());
        // …and both related entities are mentioned inside that sentence; a quotation (`said`) names its subject
        // inside the quoted words, its speaker in the attribution.
        for (const entity of a.predicate === SAID ? [target] : [source, target]) {
          expect(
            spansOf(e.document, entity).some((m) => m.start >= e.start && m.end <= e.end),
            `${entity} in “${sentence}”`,
          ).toBe(true);
        }
      }
    });
    expect(relations).toBeGreaterThan(10);
  });

  it("relates entities named in one sentence with a co-occurs edge carrying that sentence", () => {
    const putin = findEntity(graph, "Vladimir Putin");
    const kim = findEntity(graph, "Kim Jong Un");
    const edges = graph
      .edges(putin, kim)
      .map((e) => graph.getEdgeAttributes(e))
      .filter((a) => a.kind === "relation" && a.predicate === "co-occurs");
    expect(edges).toHaveLength(1);
    const edge = edges[0]!;
    if (edge.kind !== "relation") throw new Error("unreachable");
    expect(edge.evidence.map((e) => evidenceText(graph, e))).toContainEqual(
      expect.stringContaining("Kim Jong Un and Russian President Vladimir Putin confirmed their presence in Kursk"),
    );
  });

  it("lays the graph out: finite positions, sizes from weighted degree, colours by type", () => {
    const xs = new Set<number>();
    graph.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(a.size).toBeGreaterThan(0);
      expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
      xs.add(a.x);
    });
    expect(xs.size).toBe(graph.order); // not collapsed onto one point
    const russia = graph.getNodeAttributes(findEntity(graph, "Russia"));
    const trofimov = graph.getNodeAttributes(findEntity(graph, "Yaroslav Trofimov"));
    expect(russia.size).toBeGreaterThan(trofimov.size);
  });
});

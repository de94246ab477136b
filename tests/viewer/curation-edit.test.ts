/**
 * The viewer's local curation edits (viewer/src/curation-edit.ts) on the seed fixture graph: what each shows at
 * once, the decision it sends, and that it agrees with what the build makes of the same decision where the graph
 * alone can tell (merged edge weights, split evidence).
 */
import { beforeEach, describe, expect, it } from "vitest";
import {
  mergeEntities,
  rejectRelation,
  removeEntity,
  renameEntity,
  retypeEntity,
  splitAlias,
} from "../../viewer/src/curation-edit.js";
import {
  loadGraph,
  type EntityNodeAttributes,
  type RelationEdgeAttributes,
  type ViewerGraph,
} from "../../viewer/src/model.js";
import { seedFixtureGraph } from "./fixture.js";

let graph: ViewerGraph;
beforeEach(() => {
  graph = loadGraph(JSON.parse(JSON.stringify(seedFixtureGraph())));
});

const entity = (node: string) => graph.getNodeAttributes(node) as EntityNodeAttributes;
const relations = (a: string, b: string) =>
  graph
    .edges(a, b)
    .concat(graph.edges(b, a))
    .map((e) => graph.getEdgeAttributes(e))
    .filter((x): x is RelationEdgeAttributes => x.kind === "relation");

describe("curation edits in the viewer", () => {
  it("renames, keeping the old name as an alias joined by curation", () => {
    expect(renameEntity(graph, "entity:yonhap", "Yonhap News Agency")).toEqual({
      rename: "Yonhap",
      to: "Yonhap News Agency",
    });
    expect(entity("entity:yonhap")).toMatchObject({ label: "Yonhap News Agency", curated: true });
    expect(entity("entity:yonhap").aliases).toContain("Yonhap");
    expect(entity("entity:yonhap").aliasJoins).toContainEqual(expect.objectContaining({ alias: "Yonhap" }));
  });

  it("retypes with the colour given, and removes an entity with its edges", () => {
    expect(retypeEntity(graph, "entity:yonhap", "organization", "#f28e2b")).toEqual({
      retype: "Yonhap",
      to: "organization",
    });
    expect(entity("entity:yonhap")).toMatchObject({ entityType: "organization", color: "#f28e2b" });
    const edges = graph.edges("entity:europe").length;
    expect(edges).toBeGreaterThan(0);
    const size = graph.size;
    expect(removeEntity(graph, "entity:europe")).toEqual({ remove: "Europe" });
    expect(graph.hasNode("entity:europe")).toBe(false);
    expect(graph.size).toBe(size - edges);
  });

  it("rejects one predicate between two entities, or all their relations", () => {
    const [a, b] = ["entity:kim-jong-un", "entity:kim-ju-ae"];
    const family = graph
      .edges(a, b)
      .concat(graph.edges(b, a))
      .find((e) => graph.getEdgeAttribute(e, "predicate") === "family")!;
    const one = rejectRelation(graph, family) as { reject: string[]; predicate?: string };
    expect(one.predicate).toBe("family");
    expect([...one.reject].sort()).toEqual(["Kim Jong Un", "Kim Ju Ae"]);
    expect(relations(a, b).map((r) => r.predicate)).not.toContain("family");
    expect(relations(a, b).length).toBeGreaterThan(0);
    const other = graph.edges(a, b).concat(graph.edges(b, a))[0]!;
    const all = rejectRelation(graph, other, true) as { reject: string[]; predicate?: string };
    expect(all.predicate).toBeUndefined();
    expect([...all.reject].sort()).toEqual(["Kim Jong Un", "Kim Ju Ae"]);
    expect(relations(a, b)).toEqual([]);
  });

  it("merges: the other's edges are added to the kept entity's, weights summed, and the other goes", () => {
    const [keep, other] = ["entity:vladimir-putin", "entity:olga-lyubimova"];
    const russiaBefore = (node: string) =>
      relations(node, "entity:russia").find((r) => r.predicate === "co-occurs")?.weight ?? 0;
    const expected = russiaBefore(keep) + russiaBefore(other);
    const mentions = entity(keep).mentions + entity(other).mentions;
    expect(mergeEntities(graph, keep, other)).toEqual({ merge: ["Vladimir Putin", "Olga Lyubimova"] });
    expect(graph.hasNode(other)).toBe(false);
    expect(russiaBefore(keep)).toBe(expected);
    expect(entity(keep)).toMatchObject({ mentions, curated: true });
    expect(entity(keep).aliases).toContain("Olga Lyubimova");
    expect(graph.edges(keep).some((e) => graph.getEdgeAttribute(e, "curated") === true)).toBe(true);
  });

  it("splits an alias: its spans and the evidence of sentences where only it names the entity move", () => {
    const node = "entity:kim-jong-un";
    const spans = (n: string) =>
      graph.inEdges(n).flatMap((e) => {
        const x = graph.getEdgeAttributes(e);
        return x.kind === "mention" ? x.spans.map((s) => s.text) : [];
      });
    const kims = spans(node).filter((t) => t === "Kim").length;
    expect(kims).toBeGreaterThan(0);
    const { entry, node: kim } = splitAlias(graph, node, "Kim");
    expect(entry).toEqual({ split: "Kim Jong Un", alias: "Kim" });
    expect(spans(kim)).toEqual(Array(kims).fill("Kim"));
    expect(spans(node)).not.toContain("Kim");
    expect(entity(node).aliases).not.toContain("Kim");
    expect(entity(kim)).toMatchObject({ label: "Kim", entityType: "person", mentions: kims, curated: true });
    // Relations moved only with sentences where "Kim" was the entity's one name.
    for (const e of graph.edges(kim)) {
      const x = graph.getEdgeAttributes(e);
      if (x.kind !== "relation") continue;
      for (const ev of x.evidence) {
        const inSentence = graph
          .inEdges(node)
          .flatMap((m) =>
            graph.source(m) === ev.document
              ? (graph.getEdgeAttributes(m) as { spans: { start: number; end: number }[] }).spans
              : [],
          )
          .filter((s) => s.start >= ev.start && s.end <= ev.end);
        expect(inSentence).toEqual([]);
      }
    }
  });
});

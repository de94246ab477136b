/**
 * The viewer's pure parts on a real small graph (the seed corpus fixture, real offsets): loading and the index,
 * filters (visibility), reducers, search ranking, URL state round trips, and the default edge threshold on a big graph.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MultiGraph } from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import * as contract from "../../src/contract.js";
import { TYPE_COLORS } from "../../src/graph/schema.js";
import { computeVisibility, defaultMinEdgeWeight, visibleNeighbourhood } from "../../viewer/src/filters.js";
import {
  CO_OCCURS,
  ENTITY_TYPES,
  GraphLoadError,
  SCHEMA_VERSION,
  buildIndex,
  evidenceText,
  loadGraph,
  mentionSpans,
  type GraphIndex,
  type ViewerGraph,
} from "../../viewer/src/model.js";
import { FADED_COLOR, reduceEdge, reduceNode, type Derived } from "../../viewer/src/reducers.js";
import { buildSearchIndex, normaliseName, searchEntities } from "../../viewer/src/search.js";
import {
  getEmptyState,
  queryHasFilters,
  stateFromQuery,
  stateToQuery,
  type ViewState,
} from "../../viewer/src/state.js";
import { computeCommunities } from "../../viewer/src/communities.js";
import { repoRoot, seedFixtureGraph } from "./fixture.js";

let graph: ViewerGraph;
let index: GraphIndex;

beforeAll(() => {
  graph = loadGraph(JSON.parse(JSON.stringify(seedFixtureGraph())));
  index = buildIndex(graph);
});

function derivedFor(state: ViewState): Derived {
  const visibility = computeVisibility(graph, index, state);
  return {
    visibility,
    focus: state.selectedNode ? visibleNeighbourhood(graph, visibility, state.selectedNode) : null,
    hoverFocus: state.hoveredNode ? visibleNeighbourhood(graph, visibility, state.hoveredNode) : null,
    communityColors: null,
    edgeEnds: null,
  };
}

describe("loadGraph and buildIndex", () => {
  it("loads the graph contract", () => {
    expect(graph.hasNode("entity:vladimir-putin")).toBe(true);
    expect(index.entityTypes).toEqual(["person", "place", "organization", "media"]);
    expect(index.predicates[0]).toBe("co-occurs");
    expect(index.predicates).toContain("role");
    expect(index.dateRange).toEqual(["2025-07-01", "2025-07-01"]);
    expect(index.documentCount).toBe(2);
  });

  it("sizes nodes by weighted degree", () => {
    const kim = index.baseSize.get("entity:kim-jong-un")!;
    const europe = index.baseSize.get("entity:europe")!;
    expect(kim).toBeGreaterThan(europe);
    for (const size of index.baseSize.values()) expect(size).toBeGreaterThanOrEqual(3);
  });

  it("rejects what is not a kgraph graph, with a named error", () => {
    expect(() => loadGraph({ hello: 1 })).toThrow(GraphLoadError);
    expect(() => loadGraph({ attributes: { schemaVersion: 99 }, nodes: [], edges: [] })).toThrow(GraphLoadError);
  });

  it("places nodes the build left without positions", () => {
    const g = loadGraph({
      attributes: { schemaVersion: 1 },
      options: { type: "mixed", multi: true },
      nodes: [{ key: "a", attributes: { kind: "entity", label: "A" } }],
      edges: [],
    });
    expect(Number.isFinite(g.getNodeAttribute("a", "x"))).toBe(true);
  });

  it("reads an evidence sentence from its document's text (evidence is offsets only, as in a build)", () => {
    const ev = graph.getEdgeAttributes("rel:role:vladimir-putin:russia");
    expect(ev.kind === "relation" && ev.evidence.length).toBe(1);
    const first = ev.kind === "relation" ? ev.evidence[0]! : null;
    expect(first).toEqual({
      document: "doc:2025-07-01-kim-jong-un-honors-troops-killed-in-russia",
      start: 1024,
      end: 1255,
    });
    // The sentence as written in corpus/2025-07-01-kim-jong-un-honors-troops-killed-in-russia.txt.
    expect(evidenceText(graph, first!)).toBe(
      "The Ukrainian armed forces reported the first clashes with North Korean troops in November 2024 and took at " +
        "least two prisoner, while Kim Jong Un and Russian President Vladimir Putin confirmed their presence in Kursk " +
        "in April 2025.",
    );
    expect(evidenceText(graph, { document: "doc:absent", start: 0, end: 10 })).toBe("");
  });

  it("finds mention spans that point at the entity's names", () => {
    const doc = "doc:2025-07-01-kim-jong-un-honors-troops-killed-in-russia";
    const text = graph.getNodeAttribute(doc, "text" as never) as unknown as string;
    const spans = mentionSpans(graph, doc, "entity:kim-jong-un");
    // The article says "Kim Jong Un" three times and a bare "Kim" four times (a fifth "Kim" begins "Kim Ju Ae").
    expect(spans.map((s) => s.text)).toEqual(["Kim Jong Un", "Kim Jong Un", "Kim", "Kim Jong Un", "Kim", "Kim", "Kim"]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(mentionSpans(graph, doc, "entity:europe")).toHaveLength(1);
    expect(mentionSpans(graph, "doc:nope", "entity:europe")).toEqual([]);
  });
});

describe("the graph contract", () => {
  it("holds the contract's values (the type check enforces them too)", () => {
    expect(SCHEMA_VERSION).toBe(contract.SCHEMA_VERSION);
    expect(CO_OCCURS).toBe(contract.CO_OCCURS);
    expect(ENTITY_TYPES).toEqual(contract.ENTITY_TYPES);
  });

  it("imports src/ with `import type` only, so no code of src/ reaches the browser bundle", () => {
    const dir = join(repoRoot, "viewer", "src");
    const fromSrc: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(join(dir, file), "utf8");
      for (const m of text.matchAll(/^(import|export)\b[^;]*?from\s+"([^"]+)"/gms)) {
        if (m[2]!.includes("/src/")) fromSrc.push(`${file}: ${m[0].replace(/\s+/g, " ")}`);
      }
    }
    // model.ts is the viewer's one door to the contract.
    expect(fromSrc.length).toBeGreaterThan(0);
    for (const line of fromSrc)
      expect(line).toMatch(/^model\.ts: import type (\* as \w+|\{[^}]*\}) from "\.\.\/\.\.\/src\/contract\.js"$/);
  });

  it("colours by type with the build's node colours, and follows them when a graph has others", () => {
    expect(Object.fromEntries(index.typeColors)).toEqual({
      person: TYPE_COLORS.person,
      place: TYPE_COLORS.place,
      organization: TYPE_COLORS.organization,
      media: TYPE_COLORS.media,
      document: TYPE_COLORS.document,
    });
    const state = getEmptyState();
    const putin = graph.getNodeAttributes("entity:vladimir-putin");
    expect(reduceNode("entity:vladimir-putin", putin, state, derivedFor(state), index).color).toBe("#4e79a7");
    const recoloured = { ...putin, color: "#123456" };
    expect(reduceNode("entity:vladimir-putin", recoloured, state, derivedFor(state), index).color).toBe("#123456");
  });
});

describe("filters", () => {
  it("shows everything by default", () => {
    const v = computeVisibility(graph, index, getEmptyState());
    expect(v.nodes.size).toBe(graph.order);
    expect(v.edges.size).toBe(graph.size);
  });

  it("hides an entity type and the edges that touch it", () => {
    const state = { ...getEmptyState(), hiddenTypes: new Set(["place"] as const) };
    const v = computeVisibility(graph, index, state);
    expect(v.nodes.has("entity:russia")).toBe(false);
    expect(v.nodes.has("entity:vladimir-putin")).toBe(true);
    for (const e of v.edges) for (const n of graph.extremities(e)) expect(v.nodes.has(n)).toBe(true);
  });

  it("keeps only typed relations when co-occurrence is hidden", () => {
    const v = computeVisibility(graph, index, {
      ...getEmptyState(),
      hiddenPredicates: new Set(["co-occurs"]),
      hideDocuments: true,
    });
    const predicates = new Set([...v.edges].map((e) => graph.getEdgeAttribute(e, "predicate" as never)));
    expect([...predicates].sort()).toEqual(["based_in", "family", "located_in", "role"]);
    expect([...v.nodes].some((n) => n.startsWith("doc:"))).toBe(false);
  });

  it("hides edges below the minimum weight", () => {
    const v = computeVisibility(graph, index, { ...getEmptyState(), minEdgeWeight: 2 });
    for (const e of v.edges) {
      const attr = graph.getEdgeAttributes(e);
      if (attr.kind === "relation") expect(attr.weight).toBeGreaterThanOrEqual(2);
    }
    // Kim Jong Un and Kursk share two sentences (the clashes; "the liberation of Kursk"), Kim and Putin one.
    expect(v.edges.has("rel:co-occurs:kim-jong-un:kursk")).toBe(true);
    expect(graph.hasEdge("rel:co-occurs:kim-jong-un:vladimir-putin")).toBe(true);
    expect(v.edges.has("rel:co-occurs:kim-jong-un:vladimir-putin")).toBe(false);
  });

  it("filters by date: out of range hides documents and entities only they mention", () => {
    const v = computeVisibility(graph, index, { ...getEmptyState(), dateFrom: "2025-08-01" });
    expect([...v.nodes].filter((n) => n.startsWith("doc:"))).toEqual([]);
    expect(v.nodes.has("entity:russia")).toBe(false);
    const all = computeVisibility(graph, index, { ...getEmptyState(), dateFrom: "2025-07-01", dateTo: "2025-07-01" });
    expect(all.nodes.size).toBe(graph.order);
  });

  it("hides entities none of whose edges is shown, but not the selected one, nor documents", () => {
    // Only typed relations: the entities that only co-occur are left without a shown edge.
    const filters = { ...getEmptyState(), hiddenPredicates: new Set(["co-occurs"]), hideDocuments: true };
    const shown = computeVisibility(graph, index, filters);
    const hidden = computeVisibility(graph, index, { ...filters, hideUnlinked: true });
    const linked = new Set([...shown.edges].flatMap((e) => graph.extremities(e)));
    expect(hidden.edges).toEqual(shown.edges);
    expect([...hidden.nodes].sort()).toEqual([...linked].sort());
    expect(hidden.nodes.size).toBeLessThan(shown.nodes.size);
    expect(hidden.nodes.has("entity:vladimir-putin")).toBe(true);
    const unlinked = [...shown.nodes].find((n) => !linked.has(n))!;
    expect(unlinked).toBeDefined();
    expect(computeVisibility(graph, index, { ...filters, hideUnlinked: true }, unlinked).nodes.has(unlinked)).toBe(
      true,
    );
    // Documents are not entities: shown with their mention edges, and kept even when every entity is hidden.
    const docsOnly = computeVisibility(graph, index, {
      ...getEmptyState(),
      hideUnlinked: true,
      hiddenTypes: new Set(["person", "place", "organization", "media"] as const),
    });
    expect([...docsOnly.nodes].every((n) => n.startsWith("doc:"))).toBe(true);
    expect(docsOnly.nodes.size).toBe(index.documentCount);
  });

  it("gives neighbourhoods through visible edges only", () => {
    const state = getEmptyState();
    const v = computeVisibility(graph, index, state);
    const n = visibleNeighbourhood(graph, v, "entity:vladimir-putin");
    expect(n.has("entity:russia")).toBe(true);
    expect(n.has("entity:vladimir-putin")).toBe(true);
    const noPlaces = computeVisibility(graph, index, { ...state, hiddenTypes: new Set(["place"] as const) });
    expect(visibleNeighbourhood(graph, noPlaces, "entity:vladimir-putin").has("entity:russia")).toBe(false);
  });
});

describe("reducers", () => {
  it("hides filtered nodes and edges", () => {
    const state = { ...getEmptyState(), hiddenTypes: new Set(["place"] as const) };
    const d = derivedFor(state);
    expect(reduceNode("entity:russia", graph.getNodeAttributes("entity:russia"), state, d, index).hidden).toBe(true);
    expect(
      reduceNode("entity:vladimir-putin", graph.getNodeAttributes("entity:vladimir-putin"), state, d, index).hidden,
    ).toBeFalsy();
  });

  it("fades everything outside the selection and keeps the neighbours labelled", () => {
    const state = { ...getEmptyState(), selectedNode: "entity:vladimir-putin" };
    const d = derivedFor(state);
    const selected = reduceNode(
      "entity:vladimir-putin",
      graph.getNodeAttributes("entity:vladimir-putin"),
      state,
      d,
      index,
    );
    expect(selected.highlighted).toBe(true);
    const neighbour = reduceNode("entity:russia", graph.getNodeAttributes("entity:russia"), state, d, index);
    expect(neighbour.color).not.toBe(FADED_COLOR);
    expect(neighbour.forceLabel).toBe(true);
    const other = reduceNode("entity:europe", graph.getNodeAttributes("entity:europe"), state, d, index);
    expect(other.color).toBe(FADED_COLOR);
    expect(other.label).toBe("");
    graph.forEachEdge((edge, attr, source, target) => {
      const display = reduceEdge(edge, attr, { source, target, directed: graph.isDirected(edge) }, state, d);
      const touches = source === "entity:vladimir-putin" || target === "entity:vladimir-putin";
      expect(Boolean(display.hidden), edge).toBe(!touches);
    });
  });

  it("draws typed relations as arrows and labels them around a selection", () => {
    const state = { ...getEmptyState(), selectedNode: "entity:vladimir-putin" };
    const d = derivedFor(state);
    const edge = graph
      .edges("entity:vladimir-putin", "entity:russia")
      .find((e) => graph.getEdgeAttribute(e, "predicate" as never) === "role")!;
    const display = reduceEdge(
      edge,
      graph.getEdgeAttributes(edge),
      { source: "entity:vladimir-putin", target: "entity:russia", directed: true },
      state,
      d,
    );
    expect(display.type).toBe("arrow");
    expect(display.label).toBe("President of");
  });

  it("never mutates the graph", () => {
    const before = JSON.stringify(graph.export());
    const state = { ...getEmptyState(), selectedNode: "entity:russia", hoveredNode: "entity:kursk" };
    const d = derivedFor(state);
    graph.forEachNode((n, a) => reduceNode(n, a, state, d, index));
    graph.forEachEdge((e, a, s, t) =>
      reduceEdge(e, a, { source: s, target: t, directed: graph.isDirected(e) }, state, d),
    );
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("search", () => {
  it("normalises hyphens, case and accents", () => {
    expect(normaliseName("Kim Jong-un")).toBe("kim jong un");
    expect(normaliseName("  Éric  Zemmour ")).toBe("eric zemmour");
  });

  it.each([
    ["Putin", "entity:vladimir-putin"],
    ["putin", "entity:vladimir-putin"],
    ["vlad", "entity:vladimir-putin"],
    ["kim jong-un", "entity:kim-jong-un"],
    ["DPRK", "entity:north-korea"],
    ["yonhap news", "entity:yonhap"],
    ["korea", "entity:north-korea"],
  ])("%s → %s first", (query, node) => {
    expect(searchEntities(buildSearchIndex(graph), query)[0]?.node).toBe(node);
  });

  it("gives one result per entity and names the alias that matched", () => {
    const results = searchEntities(buildSearchIndex(graph), "kim");
    expect(new Set(results.map((r) => r.node)).size).toBe(results.length);
    expect(results.map((r) => r.node)).toEqual(expect.arrayContaining(["entity:kim-jong-un", "entity:kim-ju-ae"]));
    expect(searchEntities(buildSearchIndex(graph), "DPRK")[0]?.matchedAlias).toBe("DPRK");
  });

  it("finds nothing for empty or unknown queries", () => {
    expect(searchEntities(buildSearchIndex(graph), "  ")).toEqual([]);
    expect(searchEntities(buildSearchIndex(graph), "zzzz")).toEqual([]);
  });
});

describe("URL state", () => {
  it("round-trips selection and filters", () => {
    const state: ViewState = {
      ...getEmptyState(),
      selectedNode: "entity:vladimir-putin",
      hiddenTypes: new Set(["media", "place"]),
      hiddenPredicates: new Set(["co-occurs"]),
      minEdgeWeight: 3,
      hideDocuments: true,
      hideUnlinked: true,
      dateFrom: "2025-01-01",
      dateTo: "2025-12-31",
      colorMode: "community",
    };
    const query = stateToQuery(state);
    const back = stateFromQuery(query);
    expect({ ...back, hoveredNode: null }).toEqual(state);
    expect(queryHasFilters(query)).toBe(true);
  });

  it("leaves defaults out and ignores junk", () => {
    expect(stateToQuery(getEmptyState())).toBe("");
    const state = stateFromQuery("?hide=person,bogus&minw=-3&from=yesterday&color=rainbow");
    expect([...state.hiddenTypes]).toEqual(["person"]);
    expect(state.minEdgeWeight).toBe(1);
    expect(state.dateFrom).toBeNull();
    expect(state.colorMode).toBe("type");
    expect(queryHasFilters("?node=x")).toBe(false);
    expect(queryHasFilters("?unlinked=1")).toBe(true);
    expect(stateFromQuery("?unlinked=1", { ...getEmptyState(), hideUnlinked: true }).hideUnlinked).toBe(false);
  });
});

describe("communities", () => {
  it("colours every node, deterministically", () => {
    const a = computeCommunities(graph);
    const b = computeCommunities(graph);
    expect(a.colors.size).toBe(graph.order);
    expect([...a.colors]).toEqual([...b.colors]);
    // Kim Ju Ae is "his teenage daughter" in a sentence with Kim: one community. Yaroslav Trofimov is named only
    // in a tweet's byline, with nobody else: a community, and a colour, of his own.
    expect(a.colors.get("entity:kim-ju-ae")).toBe(a.colors.get("entity:kim-jong-un"));
    const trofimov = a.colors.get("entity:yaroslav-trofimov");
    expect(graph.filterNodes((n) => n !== "entity:yaroslav-trofimov" && a.colors.get(n) === trofimov)).toEqual([]);
    expect(a.count).toBeGreaterThan(2);
  });
});

describe("a big graph", () => {
  it("indexes and filters 3,000 entities and 40,000 edges quickly, with a default threshold under budget", () => {
    const big = new MultiGraph({ type: "mixed" });
    big.replaceAttributes({ schemaVersion: 1, name: "big", generator: "test" });
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const types = ["person", "place", "organization", "media"] as const;
    for (let i = 0; i < 3000; i++) {
      big.addNode(`e${i}`, {
        kind: "entity",
        label: `Entity ${i}`,
        entityType: types[i % 4],
        aliases: [],
        mentions: 1,
        documents: 1,
        x: rnd(),
        y: rnd(),
        size: 1,
        color: "#000",
      });
    }
    for (let i = 0; i < 40_000; i++) {
      const s = Math.floor(rnd() * 3000);
      const t = Math.floor(rnd() * 3000);
      if (s === t) continue;
      // Heavy-tailed weights, like co-occurrence counts.
      big.addUndirectedEdge(`e${s}`, `e${t}`, {
        kind: "relation",
        predicate: "co-occurs",
        weight: Math.max(1, Math.floor(1 / (rnd() + 0.05))),
        evidence: [],
      });
    }
    const started = performance.now();
    const g = loadGraph(big.export());
    const idx = buildIndex(g);
    const minWeight = defaultMinEdgeWeight(idx, 15_000);
    const v = computeVisibility(g, idx, { ...getEmptyState(), minEdgeWeight: minWeight });
    const elapsed = performance.now() - started;
    expect(minWeight).toBeGreaterThan(1);
    expect(v.edges.size).toBeLessThanOrEqual(15_000);
    expect(elapsed).toBeLessThan(3000);
    expect(defaultMinEdgeWeight(index)).toBe(1);
  });
});

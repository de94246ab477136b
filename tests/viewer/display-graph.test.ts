/**
 * The graph sigma draws holds every node and exactly the visible edges, follows filter changes, and mirrors the
 * positions the live layout writes into the loaded graph (seed corpus fixture).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { DisplayGraph } from "../../viewer/src/display-graph.js";
import { computeVisibility } from "../../viewer/src/filters.js";
import { buildIndex, loadGraph, type GraphIndex, type ViewerGraph } from "../../viewer/src/model.js";
import { getEmptyState } from "../../viewer/src/state.js";
import { seedFixtureGraph } from "./fixture.js";

let graph: ViewerGraph;
let index: GraphIndex;

beforeEach(() => {
  graph = loadGraph(JSON.parse(JSON.stringify(seedFixtureGraph())));
  index = buildIndex(graph);
});

const sorted = (keys: Iterable<string>) => [...keys].sort();

describe("DisplayGraph", () => {
  it("holds every node and only the visible edges, with their ends, direction and attributes", () => {
    const state = { ...getEmptyState(), hideDocuments: true };
    const visible = computeVisibility(graph, index, state).edges;
    expect(visible.size).toBeLessThan(graph.size);
    const display = new DisplayGraph(graph);
    display.sync(visible);
    expect(display.graph.order).toBe(graph.order);
    expect(sorted(display.graph.edges())).toEqual(sorted(visible));
    for (const edge of visible) {
      expect(display.graph.extremities(edge)).toEqual(graph.extremities(edge));
      expect(display.graph.isDirected(edge)).toBe(graph.isDirected(edge));
      expect(display.graph.getEdgeAttributes(edge)).toEqual(graph.getEdgeAttributes(edge));
    }
  });

  it("follows filter changes both ways", () => {
    const display = new DisplayGraph(graph);
    const all = computeVisibility(graph, index, getEmptyState()).edges;
    const typedOnly = computeVisibility(graph, index, { ...getEmptyState(), hiddenPredicates: new Set(["co-occurs"]), hideDocuments: true }).edges;
    display.sync(all);
    expect(display.graph.size).toBe(all.size);
    display.sync(typedOnly);
    expect(sorted(display.graph.edges())).toEqual(sorted(typedOnly));
    display.sync(all);
    expect(sorted(display.graph.edges())).toEqual(sorted(all));
  });

  it("mirrors positions the layout writes into the loaded graph", () => {
    const display = new DisplayGraph(graph);
    graph.updateEachNodeAttributes((_node, attr) => ({ ...attr, x: attr.x + 10, y: -attr.y }), { attributes: ["x", "y"] });
    graph.forEachNode((node, attr) => {
      expect(display.graph.getNodeAttribute(node, "x")).toBe(attr.x);
      expect(display.graph.getNodeAttribute(node, "y")).toBe(attr.y);
    });
    graph.setNodeAttribute("entity:vladimir-putin", "x", 1234);
    expect(display.graph.getNodeAttribute("entity:vladimir-putin", "x")).toBe(1234);
  });
});

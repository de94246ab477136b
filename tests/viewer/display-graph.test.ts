/**
 * The graph sigma draws holds exactly the visible nodes and edges, follows filter changes, frames itself on every
 * node, and mirrors the positions the live layout writes into the loaded graph (seed corpus fixture).
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
  it("holds only the visible nodes and edges, with their attributes, ends and direction", () => {
    const state = { ...getEmptyState(), hideDocuments: true };
    const { nodes, edges: visible } = computeVisibility(graph, index, state);
    expect(visible.size).toBeLessThan(graph.size);
    expect(nodes.size).toBeLessThan(graph.order);
    const display = new DisplayGraph(graph);
    display.sync({ nodes, edges: visible });
    expect(display.graph.nodes()).toEqual(graph.nodes().filter((n) => nodes.has(n)));
    for (const node of nodes) expect(display.graph.getNodeAttributes(node)).toEqual(graph.getNodeAttributes(node));
    expect(sorted(display.graph.edges())).toEqual(sorted(visible));
    for (const edge of visible) {
      expect(display.graph.extremities(edge)).toEqual(graph.extremities(edge));
      expect(display.graph.isDirected(edge)).toBe(graph.isDirected(edge));
      expect(display.graph.getEdgeAttributes(edge)).toEqual(graph.getEdgeAttributes(edge));
    }
  });

  it("follows filter changes both ways", () => {
    const display = new DisplayGraph(graph);
    const all = computeVisibility(graph, index, getEmptyState());
    const typedOnly = computeVisibility(graph, index, {
      ...getEmptyState(),
      hiddenPredicates: new Set(["co-occurs"]),
      hideDocuments: true,
      hideUnlinked: true,
    });
    display.sync(all);
    expect(display.graph.order).toBe(graph.order);
    expect(display.graph.size).toBe(all.edges.size);
    display.sync(typedOnly);
    expect(sorted(display.graph.nodes())).toEqual(sorted(typedOnly.nodes));
    expect(sorted(display.graph.edges())).toEqual(sorted(typedOnly.edges));
    display.sync(all);
    expect(sorted(display.graph.nodes())).toEqual(sorted(all.nodes));
    expect(sorted(display.graph.edges())).toEqual(sorted(all.edges));
  });

  it("frames every node of the loaded graph, drawn or not", () => {
    const display = new DisplayGraph(graph);
    const xs = graph.mapNodes((_n, a) => a.x);
    const ys = graph.mapNodes((_n, a) => a.y);
    const full = { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] };
    display.sync(
      computeVisibility(graph, index, {
        ...getEmptyState(),
        hiddenTypes: new Set(["person", "place"] as const),
        hideDocuments: true,
      }),
    );
    expect(display.graph.order).toBeLessThan(graph.order / 2);
    expect(display.frame()).toEqual(full);
    expect(new DisplayGraph(graph.nullCopy() as ViewerGraph).frame()).toBeNull();
  });

  it("mirrors positions the layout writes into the loaded graph, for the nodes it holds", () => {
    const display = new DisplayGraph(graph);
    display.sync(computeVisibility(graph, index, getEmptyState()));
    graph.updateEachNodeAttributes((_node, attr) => ({ ...attr, x: attr.x + 10, y: -attr.y }), {
      attributes: ["x", "y"],
    });
    graph.forEachNode((node, attr) => {
      expect(display.graph.getNodeAttribute(node, "x")).toBe(attr.x);
      expect(display.graph.getNodeAttribute(node, "y")).toBe(attr.y);
    });
    graph.setNodeAttribute("entity:vladimir-putin", "x", 1234);
    expect(display.graph.getNodeAttribute("entity:vladimir-putin", "x")).toBe(1234);
    // A node not drawn is not added by a position change; drawn again, it comes back where it now is.
    display.sync(computeVisibility(graph, index, { ...getEmptyState(), hiddenTypes: new Set(["person"] as const) }));
    expect(display.graph.hasNode("entity:vladimir-putin")).toBe(false);
    graph.setNodeAttribute("entity:vladimir-putin", "x", 99);
    expect(display.graph.hasNode("entity:vladimir-putin")).toBe(false);
    display.sync(computeVisibility(graph, index, getEmptyState()));
    expect(display.graph.getNodeAttribute("entity:vladimir-putin", "x")).toBe(99);
  });
});

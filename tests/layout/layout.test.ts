/**
 * The layout stage: its view of a graph (one weighted edge per connected pair), seeded positions, and the worker
 * thread giving exactly the positions the in-thread layout gives on a graph large enough to use it.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/index.js";
import { computeLayout } from "../../src/layout/compute.js";
import { applyPositions, computePositions, LARGE_GRAPH, layoutGraph } from "../../src/layout/index.js";
import { layoutInput } from "../../src/layout/input.js";
import { seedGraph } from "../helpers.js";

const node = (key: string, size: number) => ({ key, attributes: { size } });
const edge = (source: string, target: string, weight: number) => ({ source, target, attributes: { weight } });

describe("the layout's input", () => {
  it("has one edge per connected pair, oriented as first met, with the weights of every edge between them", () => {
    const input = layoutInput(
      [node("a", 4), node("b", 5), node("c", 6)],
      [edge("b", "a", 2), edge("a", "b", 3), edge("a", "c", 1), edge("c", "a", 0.5)],
    );
    expect(input.keys).toEqual(["a", "b", "c"]);
    expect(Array.from(input.sizes)).toEqual([4, 5, 6]);
    expect(Array.from(input.edges)).toEqual([1, 0, 0, 2]);
    expect(Array.from(input.weights)).toEqual([5, 1.5]);
  });
});

describe("positions", () => {
  it("are seeded: the same seed gives the same positions, another seed others, all finite and apart", async () => {
    const graph = (await seedGraph()).copy() as KnowledgeGraph;
    const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
    const edges = graph.mapEdges((_e, attributes, source, target) => ({ source, target, attributes }));
    const first = await computePositions(nodes, edges, { seed: 1 });
    expect(Array.from(await computePositions(nodes, edges, { seed: 1 }))).toEqual(Array.from(first));
    expect(Array.from(await computePositions(nodes, edges, { seed: 2 }))).not.toEqual(Array.from(first));
    expect(first.every(Number.isFinite)).toBe(true);
    applyPositions(graph, first);
    expect(new Set(graph.mapNodes((_n, a) => `${a.x},${a.y}`)).size).toBe(graph.order);
  });

  it("are put on the graph by layoutGraph, which refuses positions of another graph", async () => {
    const graph = (await seedGraph()).copy() as KnowledgeGraph;
    graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: 0, y: 0 }), { attributes: ["x", "y"] });
    await layoutGraph(graph, { seed: 42 });
    expect(graph.mapNodes((_n, a) => a.x).filter((x) => x !== 0).length).toBeGreaterThan(graph.order / 2);
    expect(() => applyPositions(graph, new Float64Array(2))).toThrow(/not this graph's/);
  });
});

// The worker exists only in the compiled package (npm test builds it first).
const compiledLayout = resolve(import.meta.dirname, "../../dist/layout/index.js");
describe.runIf(existsSync(compiledLayout))("the layout worker", () => {
  it("computes the same positions as the layout in this thread", async () => {
    const { computePositions: onWorker } = (await import(compiledLayout)) as typeof import("../../src/layout/index.js");
    // A graph above LARGE_GRAPH nodes (worker path): the seed graph's nodes, copied in rings with links between.
    const base = await seedGraph();
    const nodes: Array<ReturnType<typeof node>> = [];
    const edges: Array<ReturnType<typeof edge>> = [];
    const copies = Math.ceil((LARGE_GRAPH + 1) / base.order);
    for (let c = 0; c < copies; c++) {
      base.forEachNode((key, a) => nodes.push(node(`${c}:${key}`, a.size)));
      base.forEachEdge((_e, a, s, t) => edges.push(edge(`${c}:${s}`, `${c}:${t}`, a.weight)));
      if (c > 0) edges.push(edge(`${c - 1}:${base.nodes()[0]}`, `${c}:${base.nodes()[0]}`, 1));
    }
    expect(nodes.length).toBeGreaterThan(LARGE_GRAPH);
    const settings = { seed: 7, iterations: 5 };
    const here = computeLayout(layoutInput(nodes, edges), settings);
    const there = await onWorker(nodes, edges, settings);
    expect(Array.from(there)).toEqual(Array.from(here));
    expect(new Set(nodes.map((_n, i) => `${there[2 * i]},${there[2 * i + 1]}`)).size).toBeGreaterThan(nodes.length / 2);
  }, 60_000);
});

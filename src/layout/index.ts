/**
 * Layout at build time, so the exported graph opens laid out: node sizes from weighted degree, then
 * ForceAtlas2 (settings inferred from the graph, Barnes-Hut above a thousand nodes) with an iteration budget
 * that keeps its cost roughly constant as the graph grows.
 *
 * Small graphs start from seeded random positions, run many iterations and finish with noverlap, so discs and
 * labels do not pile up. Large graphs cannot afford either (a ForceAtlas2 iteration costs ~0.1 s and noverlap
 * ~1 s on the 15,000-node BBC graph), so they start from a structured layout instead: Louvain communities
 * packed as circles (circlepack), which a few ForceAtlas2 iterations then relax. Everything is seeded, so
 * the same graph always gets the same positions.
 */
import graphology from "graphology";
import louvainModule from "graphology-communities-louvain";
import circlepackModule from "graphology-layout/circlepack.js";
import randomModule from "graphology-layout/random.js";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import type { KnowledgeGraph } from "../graph/schema.js";
import { cjsDefault } from "../util/interop.js";
import { seededRandom } from "../util/random.js";

const forceAtlas2 = cjsDefault(forceAtlas2Module);
const noverlap = cjsDefault(noverlapModule);
const random = cjsDefault(randomModule);
const circlepack = cjsDefault(circlepackModule);
const louvain = cjsDefault(louvainModule);

/** Layout settings. */
export interface LayoutSettings {
  /** Seed of start positions and community detection. */
  seed: number;
  /** ForceAtlas2 iterations; by default a budget scaled to the graph's size. */
  iterations?: number;
}

/** Default layout settings. */
export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = { seed: 42 };

/** Above this many nodes, the structured start and no noverlap (see the file comment). */
export const LARGE_GRAPH = 2000;

/** Node-or-edge iterations ForceAtlas2 may spend: under a second of layout on this machine whatever the size. */
const ITERATION_WORK = 300_000;

/** ForceAtlas2 iterations for a graph of this size: many for small graphs, a handful for large ones. */
export function iterationBudget(order: number, size: number): number {
  return Math.max(3, Math.min(500, Math.round(ITERATION_WORK / Math.max(order + size, 1))));
}

/** Node size from weighted degree over relation edges (mentions count for documents). */
export function assignSizes(graph: KnowledgeGraph): void {
  // One pass over the edges: relation weights count for entities, mention weights for documents.
  const weighted = new Map<string, number>();
  const add = (node: string, weight: number) => weighted.set(node, (weighted.get(node) ?? 0) + weight);
  graph.forEachEdge((_edge, e, source, target) => {
    if (e.kind === "relation") {
      add(source, e.weight);
      add(target, e.weight);
    } else add(source, e.weight); // a mention edge starts at its document
  });
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const base = attributes.kind === "document" ? 3 : 4;
      attributes.size = round(base + 2.2 * Math.sqrt(weighted.get(node) ?? 0), 2);
      return attributes;
    },
    { attributes: ["size"] },
  );
}

/** Sizes the nodes and lays the graph out in place. */
export function layoutGraph(graph: KnowledgeGraph, settings: LayoutSettings = DEFAULT_LAYOUT_SETTINGS): void {
  assignSizes(graph);
  if (graph.order === 0) return;
  // ForceAtlas2 and Louvain work on a simple undirected view: one edge per pair, weights summed.
  const view = simpleUndirectedView(graph);
  const large = graph.order > LARGE_GRAPH;
  if (large) {
    const communities = louvain(view, { rng: seededRandom(settings.seed), getEdgeWeight: "weight" });
    view.forEachNode((node) => view.setNodeAttribute(node, "community", communities[node]));
    circlepack.assign(view, { hierarchyAttributes: ["community"], rng: seededRandom(settings.seed), scale: Math.sqrt(view.order) * 10 });
  } else {
    random.assign(view, { scale: 100, center: 0, rng: seededRandom(settings.seed) });
  }
  forceAtlas2.assign(view, {
    iterations: settings.iterations ?? iterationBudget(view.order, view.size),
    getEdgeWeight: "weight",
    settings: { ...forceAtlas2.inferSettings(view), barnesHutOptimize: view.order > 1000 },
  });
  if (!large) noverlap.assign(view, { maxIterations: 150, settings: { margin: 2, ratio: 1.1 } });
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      attributes.x = round(view.getNodeAttribute(node, "x"), 3);
      attributes.y = round(view.getNodeAttribute(node, "y"), 3);
      return attributes;
    },
    { attributes: ["x", "y"] },
  );
}

/** Same nodes (with their sizes), one undirected edge per connected pair carrying the summed weight. */
function simpleUndirectedView(graph: KnowledgeGraph): graphology.UndirectedGraph {
  const view = new graphology.UndirectedGraph();
  graph.forEachNode((node, attributes) => view.addNode(node, { size: attributes.size, x: 0, y: 0 }));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const existing = view.edge(source, target);
    if (existing === undefined) view.addEdge(source, target, { weight: attributes.weight });
    else view.updateEdgeAttribute(existing, "weight", (w: number) => w + attributes.weight);
  });
  return view;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

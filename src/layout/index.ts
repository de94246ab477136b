/**
 * Layout at build time, so the exported graph opens laid out: node sizes from weighted degree, seeded random
 * start positions, ForceAtlas2 with settings inferred from the graph and an iteration budget that shrinks as
 * the graph grows, then noverlap so labels and discs do not pile up. Deterministic for a given graph.
 */
import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import randomModule from "graphology-layout/random.js";
import type { KnowledgeGraph } from "../graph/schema.js";
import { cjsDefault } from "../util/interop.js";

const forceAtlas2 = cjsDefault(forceAtlas2Module);
const noverlap = cjsDefault(noverlapModule);
const random = cjsDefault(randomModule);

/** Layout settings. */
export interface LayoutSettings {
  /** Seed of the start positions. */
  seed: number;
  /** ForceAtlas2 iterations; by default a budget scaled to the graph's size. */
  iterations?: number;
}

/** Default layout settings. */
export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = { seed: 42 };

/** A small seeded PRNG (mulberry32): graphology's layouts take any `() => number`. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Iterations that keep layout time roughly constant: many for small graphs, fewer for large ones. */
export function iterationBudget(order: number, size: number): number {
  const work = order + size;
  return Math.max(50, Math.min(600, Math.round(3_000_000 / Math.max(work, 1) / 10)));
}

/** Node size from weighted degree over relation edges (mentions count for documents). */
export function assignSizes(graph: KnowledgeGraph): void {
  graph.forEachNode((node, attributes) => {
    let weighted = 0;
    graph.forEachEdge(node, (_edge, e) => {
      if (attributes.kind === "document" || e.kind === "relation") weighted += e.weight;
    });
    const base = attributes.kind === "document" ? 3 : 4;
    graph.setNodeAttribute(node, "size", round(base + 2.2 * Math.sqrt(weighted), 2));
  });
}

/** Sizes the nodes and lays the graph out in place. */
export function layoutGraph(graph: KnowledgeGraph, settings: LayoutSettings = DEFAULT_LAYOUT_SETTINGS): void {
  assignSizes(graph);
  if (graph.order === 0) return;
  random.assign(graph, { scale: 100, center: 0, rng: seededRandom(settings.seed) });
  const inferred = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, {
    iterations: settings.iterations ?? iterationBudget(graph.order, graph.size),
    getEdgeWeight: "weight",
    settings: { ...inferred, adjustSizes: false, barnesHutOptimize: graph.order > 1000 },
  });
  noverlap.assign(graph, { maxIterations: 150, settings: { margin: 2, ratio: 1.1 } });
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: round(attributes.x, 3), y: round(attributes.y, 3) }), { attributes: ["x", "y"] });
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

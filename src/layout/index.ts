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
 *
 * In three steps, so that a build can run the middle one on a worker thread: `planLayout`/`prepareLayout` (or
 * `layoutOfShape`, from a graph plan's first step) size the nodes (weighted degree) and reduce the graph to
 * plain arrays, `computeLayout` (compute.ts, or `computeLayoutOffThread`) turns those into positions,
 * `applyLayout` puts them on a graph (`placeNodes` on a plan's nodes). The layout libraries are loaded by compute.ts only: a build whose layout runs on the worker
 * never loads them here.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { EdgeShape } from "../graph/assemble.js";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../graph/schema.js";
import type { LayoutJob } from "./worker.js";

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

/** A node as the layout needs it (its attributes object is given its size: weighted degree, documents by mentions). */
interface LayoutNode {
  key: string;
  attributes: Pick<NodeAttributes, "kind" | "size">;
}

/** An edge as the layout needs it. */
interface LayoutEdge {
  source: string;
  target: string;
  /** Indices of source and target among the nodes, when the caller knows them (a graph plan does). */
  sourceIndex?: number;
  targetIndex?: number;
  attributes: Pick<EdgeAttributes, "kind" | "weight">;
}

function nodesOf(graph: KnowledgeGraph): LayoutNode[] {
  return graph.mapNodes((key, attributes) => ({ key, attributes }));
}

function edgesOf(graph: KnowledgeGraph): LayoutEdge[] {
  return graph.mapEdges((_edge, attributes, source, target) => ({ source, target, attributes }));
}

/**
 * What ForceAtlas2 and Louvain see of a graph: a simple undirected view (one edge per connected pair, weights
 * summed) as plain arrays, so that it can be sent to a worker thread without copying the graph.
 */
export interface LayoutInput {
  keys: string[];
  sizes: Float64Array;
  /** Pairs of node indices, in the order the view's edges are first met. */
  edges: Int32Array;
  weights: Float64Array;
}

/** Sizes the nodes (needed by the layout) and returns the layout's view of the graph. */
export function prepareLayout(graph: KnowledgeGraph): LayoutInput {
  return planLayout(nodesOf(graph), edgesOf(graph));
}

/**
 * Sizes the nodes (their attribute objects, in place) and returns the layout's view, from nodes and edges in
 * the graph's insertion order (a graph's, or a graph plan's, whose edges carry their nodes' indices).
 */
export function planLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): LayoutInput {
  let indexOf: Map<string, number> | undefined;
  const index = (key: string) => (indexOf ??= new Map(nodes.map((node, i) => [node.key, i]))).get(key)!;
  const shape: EdgeShape = {
    count: edges.length,
    sources: new Int32Array(edges.length),
    targets: new Int32Array(edges.length),
    weights: new Float64Array(edges.length),
    relation: new Uint8Array(edges.length),
  };
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e]!;
    shape.sources[e] = edge.sourceIndex ?? index(edge.source);
    shape.targets[e] = edge.targetIndex ?? index(edge.target);
    shape.weights[e] = edge.attributes.weight;
    shape.relation[e] = edge.attributes.kind === "relation" ? 1 : 0;
  }
  return layoutOfShape(nodes, shape);
}

/**
 * Sizes the nodes (their attribute objects, in place) and returns the layout's view, from the nodes and the
 * edges' shape: what a build lays out before its plan's edges are made (see `planInSteps`).
 */
export function layoutOfShape(nodes: readonly LayoutNode[], shape: EdgeShape): LayoutInput {
  // Indexed loops and typed arrays: this runs once per build on 80k edges, mostly before V8 has optimised it,
  // where iterator destructuring, callbacks and growing arrays cost twice as much.
  const n = nodes.length;
  const keys: string[] = new Array(n);
  for (let i = 0; i < n; i++) keys[i] = nodes[i]!.key;
  // One pass over the edges. Relation weights count for entities, mention weights for documents (a mention edge
  // starts at its document). One undirected layout edge per connected pair: the first edge met gives its
  // orientation, later ones add weight.
  const weighted = new Float64Array(n);
  const pairs = new Int32Array(2 * shape.count);
  const weights = new Float64Array(shape.count);
  let count = 0;
  const pairEdge = new Map<number, number>();
  for (let e = 0; e < shape.count; e++) {
    const a = shape.sources[e]!;
    const b = shape.targets[e]!;
    const weight = shape.weights[e]!;
    weighted[a]! += weight;
    if (shape.relation[e]) weighted[b]! += weight;
    if (a === b) continue;
    const pair = a < b ? a * n + b : b * n + a;
    const existing = pairEdge.get(pair);
    if (existing === undefined) {
      pairEdge.set(pair, count);
      pairs[2 * count] = a;
      pairs[2 * count + 1] = b;
      weights[count++] = weight;
    } else weights[existing]! += weight;
  }
  const sizes = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const attributes = nodes[i]!.attributes;
    attributes.size = round((attributes.kind === "document" ? 3 : 4) + 2.2 * Math.sqrt(weighted[i]!), 2);
    sizes[i] = attributes.size;
  }
  return { keys, sizes, edges: pairs.slice(0, 2 * count), weights: weights.slice(0, count) };
}

/** Positions, and how long computing them took. */
export interface TimedLayout {
  positions: Float64Array;
  /**
   * Seconds from the call to the positions being ready, on the thread that computed them: the layout's own
   * cost, not counting how long the calling thread (busy encoding the outputs) took to take delivery.
   */
  seconds: number;
}

/**
 * `computeLayout` on a worker thread for large graphs, so the caller can go on (the build writes the edge
 * sections of its outputs meanwhile); small graphs, and runs from the TypeScript sources (tests, where no
 * compiled worker exists), compute in this thread. Same positions either way.
 */
export async function computeLayoutOffThread(
  input: LayoutInput,
  settings: LayoutSettings = DEFAULT_LAYOUT_SETTINGS,
): Promise<TimedLayout> {
  const startedAt = epochMs();
  const workerFile = fileURLToPath(new URL("./worker.js", import.meta.url));
  if (input.keys.length <= LARGE_GRAPH || !existsSync(workerFile)) {
    const { computeLayout } = await import("./compute.js");
    const positions = computeLayout(input, settings);
    return { positions, seconds: (epochMs() - startedAt) / 1000 };
  }
  const job: LayoutJob = { input, settings };
  const worker = new Worker(workerFile, { workerData: job });
  try {
    const done = await new Promise<LayoutDone>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`layout worker exited (code ${code}) before sending positions`)));
    });
    return { positions: done.positions, seconds: (done.finishedAt - startedAt) / 1000 };
  } finally {
    // Not waited for: tearing down the worker's heap took ~0.1 s that the files being written need not wait.
    worker.terminate().catch(() => {});
  }
}

/** What the layout worker sends back. */
export interface LayoutDone {
  positions: Float64Array;
  /** When the positions were ready (`epochMs`, the worker's clock). */
  finishedAt: number;
}

/** Milliseconds since the epoch, with sub-millisecond precision, comparable across threads. */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Writes computed positions onto the attributes of the nodes `input` was planned from (`planLayout` or
 * `layoutOfShape`, same order): a graph built from those attribute objects has them too.
 */
export function placeNodes(
  nodes: ReadonlyArray<{ key: string; attributes: Pick<NodeAttributes, "x" | "y"> }>,
  input: LayoutInput,
  positions: Float64Array,
): void {
  if (nodes.length !== input.keys.length)
    throw new Error("placeNodes: the nodes are not those the layout was planned from");
  nodes.forEach(({ key, attributes }, i) => {
    if (key !== input.keys[i])
      throw new Error(`placeNodes: node ${i} is "${key}", the layout planned "${input.keys[i]}"`);
    attributes.x = positions[2 * i]!;
    attributes.y = positions[2 * i + 1]!;
  });
}

/** Writes computed positions onto the graph's nodes. */
export function applyLayout(graph: KnowledgeGraph, input: LayoutInput, positions: Float64Array): void {
  const indexOf = new Map(input.keys.map((key, i) => [key, i]));
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const i = indexOf.get(node)!;
      attributes.x = positions[2 * i]!;
      attributes.y = positions[2 * i + 1]!;
      return attributes;
    },
    { attributes: ["x", "y"] },
  );
}

/** `value` rounded to `digits` decimals. */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

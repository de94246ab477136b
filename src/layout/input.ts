/**
 * What the layout computes from: a graph reduced to plain arrays (so that it can be sent to a worker thread
 * without copying the graph), the layout's settings, and the sizes of the problem it scales its work by.
 * Imported by every other module of the layout; imports nothing of them.
 */

/** Layout settings. */
export interface LayoutSettings {
  /** Seed of start positions and community detection. */
  seed: number;
  /** ForceAtlas2 iterations; by default a budget scaled to the graph's size. */
  iterations?: number;
}

/** Default layout settings. */
export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = { seed: 42 };

/** Above this many nodes, the structured start and no noverlap (see compute.ts), on a worker thread. */
export const LARGE_GRAPH = 2000;

/** Node-or-edge iterations ForceAtlas2 may spend: under a second of layout on this machine whatever the size. */
const ITERATION_WORK = 300_000;

/** ForceAtlas2 iterations for a graph of this size: many for small graphs, a handful for large ones. */
export function iterationBudget(order: number, size: number): number {
  return Math.max(3, Math.min(500, Math.round(ITERATION_WORK / Math.max(order + size, 1))));
}

/**
 * What ForceAtlas2 and Louvain see of a graph: a simple undirected view (one edge per connected pair, weights
 * summed) as plain arrays.
 */
export interface LayoutInput {
  keys: string[];
  sizes: Float64Array;
  /** Pairs of node indices, in the order the view's edges are first met. */
  edges: Int32Array;
  weights: Float64Array;
}

/** A node as the layout reads it. */
export interface LayoutNode {
  key: string;
  attributes: { size: number };
}

/** An edge as the layout reads it. */
export interface LayoutEdge {
  source: string;
  target: string;
  attributes: { weight: number };
}

/**
 * The layout's view of a graph given as nodes and edges in insertion order (a graph plan's, or a graph's): one
 * undirected edge per connected pair, oriented as the first edge met between them, later ones adding weight.
 */
export function layoutInput(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): LayoutInput {
  const n = nodes.length;
  const keys = nodes.map((node) => node.key);
  const indexOf = new Map(keys.map((key, i) => [key, i]));
  const sizes = Float64Array.from(nodes, (node) => node.attributes.size);
  const pairs: number[] = [];
  const weights: number[] = [];
  const pairIndex = new Map<number, number>();
  for (const { source, target, attributes } of edges) {
    const a = indexOf.get(source)!;
    const b = indexOf.get(target)!;
    if (a === b) continue;
    const pair = a < b ? a * n + b : b * n + a;
    const existing = pairIndex.get(pair);
    if (existing === undefined) {
      pairIndex.set(pair, weights.length);
      pairs.push(a, b);
      weights.push(attributes.weight);
    } else weights[existing]! += attributes.weight;
  }
  return { keys, sizes, edges: Int32Array.from(pairs), weights: Float64Array.from(weights) };
}

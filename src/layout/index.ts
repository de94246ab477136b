/**
 * The layout stage: positions for a graph's nodes, computed at build time so the exported graph opens laid out.
 * ForceAtlas2 (settings inferred from the graph, Barnes-Hut above a thousand nodes) with an iteration budget
 * that keeps its cost roughly constant as the graph grows; see compute.ts for the start positions.
 *
 * The layout owns its input: it reads nodes (key, size) and edges (endpoints, weight) in insertion order and
 * returns one (x, y) pair per node, in the same order. Node sizes are assembly's. Large graphs are laid out on a
 * worker thread (the build builds its graph and encodes its edges meanwhile); the layout libraries are loaded
 * only by the thread that computes.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { KnowledgeGraph } from "../graph/index.js";
import type { Tracer } from "../util/tracer.js";
import {
  DEFAULT_LAYOUT_SETTINGS,
  LARGE_GRAPH,
  layoutInput,
  type LayoutEdge,
  type LayoutNode,
  type LayoutSettings,
} from "./input.js";
import type { LayoutDone, LayoutJob } from "./worker.js";

export { DEFAULT_LAYOUT_SETTINGS, LARGE_GRAPH, type LayoutSettings } from "./input.js";

/**
 * Positions (x0, y0, x1, y1, …, rounded to three decimals) of `nodes`, in their order. Graphs above LARGE_GRAPH
 * nodes are laid out on a worker thread, others (and every graph when running from the TypeScript sources, as
 * tests do, where no compiled worker exists) on this one: same positions either way. The layout's own seconds
 * are added to the tracer's "layout" stage.
 */
export async function computePositions(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  settings: LayoutSettings = DEFAULT_LAYOUT_SETTINGS,
  tracer?: Tracer,
): Promise<Float64Array> {
  const input = layoutInput(nodes, edges);
  const workerFile = fileURLToPath(new URL("./worker.js", import.meta.url));
  if (input.keys.length <= LARGE_GRAPH || !existsSync(workerFile)) {
    const { computeLayout } = await import("./compute.js");
    const stop = tracer?.start("layout");
    const positions = computeLayout(input, settings);
    stop?.();
    return positions;
  }
  const { positions, seconds } = await onWorker(workerFile, { input, settings });
  tracer?.add("layout", seconds);
  return positions;
}

async function onWorker(workerFile: string, job: LayoutJob): Promise<LayoutDone> {
  const worker = new Worker(workerFile, { workerData: job });
  try {
    return await new Promise<LayoutDone>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`layout worker exited (code ${code}) before sending positions`)));
    });
  } finally {
    // Not waited for: tearing down the worker's heap takes time that the files being written need not wait.
    worker.terminate().catch(() => {});
  }
}

/** Puts positions (from `computePositions` over this graph's nodes, in its order) on the graph's nodes. */
export function applyPositions(graph: KnowledgeGraph, positions: Float64Array): void {
  if (positions.length !== 2 * graph.order) throw new Error("applyPositions: positions are not this graph's");
  let i = 0;
  graph.updateEachNodeAttributes(
    (_node, attributes) => {
      attributes.x = positions[2 * i]!;
      attributes.y = positions[2 * i + 1]!;
      i++;
      return attributes;
    },
    { attributes: ["x", "y"] },
  );
}

/** Lays a graph out in place: the positions of `computePositions` over its nodes and edges (sizes as they are). */
export async function layoutGraph(graph: KnowledgeGraph, settings?: LayoutSettings): Promise<void> {
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }));
  const edges = graph.mapEdges((_edge, attributes, source, target) => ({ source, target, attributes }));
  applyPositions(graph, await computePositions(nodes, edges, settings));
}

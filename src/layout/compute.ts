/**
 * The layout itself (see index.ts): ForceAtlas2 from seeded random positions and noverlap for small graphs, from
 * Louvain communities packed as circles for large ones. Pure, so it runs on any thread; its libraries are
 * loaded only where a layout is computed (the layout worker, or a small graph's build).
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
import {
  applyLayout,
  DEFAULT_LAYOUT_SETTINGS,
  iterationBudget,
  LARGE_GRAPH,
  prepareLayout,
  round,
  type LayoutInput,
  type LayoutSettings,
} from "./index.js";

const forceAtlas2 = cjsDefault(forceAtlas2Module);
const noverlap = cjsDefault(noverlapModule);
const random = cjsDefault(randomModule);
const circlepack = cjsDefault(circlepackModule);
const louvain = cjsDefault(louvainModule);

/** Sizes the nodes and lays the graph out in place. */
export function layoutGraph(graph: KnowledgeGraph, settings: LayoutSettings = DEFAULT_LAYOUT_SETTINGS): void {
  const input = prepareLayout(graph);
  applyLayout(graph, input, computeLayout(input, settings));
}

/** Positions (x0, y0, x1, y1, …, rounded as written) of the nodes of `input`, in its order. Pure: any thread. */
export function computeLayout(input: LayoutInput, settings: LayoutSettings = DEFAULT_LAYOUT_SETTINGS): Float64Array {
  const { keys, sizes, edges, weights } = input;
  const positions = new Float64Array(2 * keys.length);
  if (keys.length === 0) return positions;
  const view = new graphology.UndirectedGraph();
  keys.forEach((key, i) => view.addNode(key, { size: sizes[i], x: 0, y: 0 }));
  for (let e = 0; e < weights.length; e++)
    view.addEdge(keys[edges[2 * e]!]!, keys[edges[2 * e + 1]!]!, { weight: weights[e] });
  const large = view.order > LARGE_GRAPH;
  if (large) {
    const communities = louvain(view, { rng: seededRandom(settings.seed), getEdgeWeight: "weight" });
    view.forEachNode((node) => view.setNodeAttribute(node, "community", communities[node]));
    circlepack.assign(view, {
      hierarchyAttributes: ["community"],
      rng: seededRandom(settings.seed),
      scale: Math.sqrt(view.order) * 10,
    });
  } else {
    random.assign(view, { scale: 100, center: 0, rng: seededRandom(settings.seed) });
  }
  forceAtlas2.assign(view, {
    iterations: settings.iterations ?? iterationBudget(view.order, view.size),
    getEdgeWeight: "weight",
    settings: { ...forceAtlas2.inferSettings(view), barnesHutOptimize: view.order > 1000 },
  });
  if (!large) noverlap.assign(view, { maxIterations: 150, settings: { margin: 2, ratio: 1.1 } });
  keys.forEach((key, i) => {
    positions[2 * i] = round(view.getNodeAttribute(key, "x"), 3);
    positions[2 * i + 1] = round(view.getNodeAttribute(key, "y"), 3);
  });
  return positions;
}

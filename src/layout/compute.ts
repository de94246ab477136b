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
import { cjsDefault } from "../util/interop.js";
import { seededRandom } from "../util/random.js";
import {
  DEFAULT_LAYOUT_SETTINGS,
  iterationBudget,
  LARGE_GRAPH,
  type LayoutInput,
  type LayoutSettings,
} from "./input.js";

const forceAtlas2 = cjsDefault(forceAtlas2Module);
const noverlap = cjsDefault(noverlapModule);
const random = cjsDefault(randomModule);
const circlepack = cjsDefault(circlepackModule);
const louvain = cjsDefault(louvainModule);

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
    positions[2 * i] = Math.round(view.getNodeAttribute(key, "x") * 1000) / 1000;
    positions[2 * i + 1] = Math.round(view.getNodeAttribute(key, "y") * 1000) / 1000;
  });
  return positions;
}

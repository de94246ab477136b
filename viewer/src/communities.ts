/**
 * Community colouring: Louvain communities of the entity graph (relation edges, weighted), as node colours.
 * Computed on a simple undirected projection because Louvain does not take multigraphs; deterministic: Louvain
 * visits nodes in an order drawn from a seeded generator (pure-rand's xoroshiro128+, a small, typed, ESM package
 * made for reproducible randomness), so the same graph always gets the same colours. The viewer has its own
 * generator rather than the build's (src/util/random.ts) so that no code of src/ runs in the browser; nothing
 * needs the two to draw the same numbers.
 */
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { isRelation, type ViewerGraph } from "./model.js";

/** Seed of Louvain's visiting order. */
const SEED = 42;

/** Twelve distinct colours (Tableau 10 + two); communities beyond them share grey. */
export const COMMUNITY_PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#17becf",
  "#bcbd22",
  "#8c564b",
];
const OTHER = "#c0c0c0";

/** Community of every entity (documents take their most-mentioned entity's community), and a colour for each. */
export function computeCommunities(graph: ViewerGraph): { colors: Map<string, string>; count: number } {
  const simple = new UndirectedGraph<Record<string, never>, { weight: number }>();
  graph.forEachNode((node, attr) => {
    if (attr.kind === "entity") simple.addNode(node);
  });
  graph.forEachEdge((_edge, attr, source, target) => {
    if (!isRelation(attr) || source === target || !simple.hasNode(source) || !simple.hasNode(target)) return;
    const w = Number.isFinite(attr.weight) ? attr.weight : 1;
    simple.updateEdge(source, target, (e) => ({ weight: (e.weight ?? 0) + w }));
  });
  const generator = xoroshiro128plus(SEED);
  const rng = () => uniformFloat64(generator);
  const community = simple.size > 0 ? louvain(simple, { getEdgeWeight: "weight", rng }) : {};
  // Bigger communities get the first palette colours.
  const sizes = new Map<number, number>();
  for (const c of Object.values(community)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const colorOf = new Map<number, string>(ranked.map((c, i) => [c, COMMUNITY_PALETTE[i] ?? OTHER]));
  const colors = new Map<string, string>();
  for (const [node, c] of Object.entries(community)) colors.set(node, colorOf.get(c) ?? OTHER);
  // Documents: colour of the entity they mention most, so a document sits visibly inside its story.
  graph.forEachNode((node, attr) => {
    if (attr.kind !== "document") return;
    let best: string | null = null;
    let bestWeight = -1;
    graph.forEachOutEdge(node, (_e, edgeAttr, _s, target) => {
      if (edgeAttr.kind === "mention" && edgeAttr.weight > bestWeight && colors.has(target)) {
        best = target;
        bestWeight = edgeAttr.weight;
      }
    });
    colors.set(node, best ? (colors.get(best) ?? OTHER) : OTHER);
  });
  return { colors, count: sizes.size };
}

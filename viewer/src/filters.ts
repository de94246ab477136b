/**
 * Filters: which nodes and edges the current filters let through, computed as sets once per filter change
 * (linear in the graph) so reducers, the status line and exports agree on what "visible" means.
 * Pure functions of (graph, index, filters); filter controls live in filter-controls.ts.
 */
import { CO_OCCURS, isEntity, isRelation, type GraphIndex, type ViewerGraph } from "./model.js";
import type { Filters } from "./state.js";

/** What the filters let through. */
export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Above this many relation edges the viewer raises the default minimum weight (and says so). */
export const EDGE_BUDGET = 15_000;

/** True when some date of a sorted list lies in [from, to]; lists with no date are never filtered out. */
function anyDateInRange(dates: readonly string[] | undefined, from: string | null, to: string | null): boolean {
  if (!dates || dates.length === 0 || (from === null && to === null)) return true;
  return dates.some((d) => (from === null || d >= from) && (to === null || d <= to));
}

/**
 * Computes the visible nodes and edges under these filters. `pinned` (the selected node) stays visible when
 * `hideUnlinked` would hide it: a node chosen from search or a link is always shown.
 */
export function computeVisibility(
  graph: ViewerGraph,
  index: GraphIndex,
  filters: Filters,
  pinned: string | null = null,
): Visibility {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const { dateFrom, dateTo } = filters;
  graph.forEachNode((node, attr) => {
    if (isEntity(attr)) {
      if (filters.hiddenTypes.has(attr.entityType)) return;
      if ((attr.sources ?? Infinity) < filters.minSources) return;
      if (!anyDateInRange(index.entityDates.get(node), dateFrom, dateTo)) return;
    } else {
      if (filters.hideDocuments) return;
      if (attr.date && !anyDateInRange([attr.date], dateFrom, dateTo)) return;
    }
    nodes.add(node);
  });
  graph.forEachEdge((edge, attr, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (isRelation(attr)) {
      if (filters.hiddenPredicates.has(attr.predicate)) return;
      if (attr.candidate && !filters.showCandidates) return;
      if ((attr.weight ?? 1) < filters.minEdgeWeight) return;
      if ((attr.sources ?? Infinity) < filters.minSources) return;
      if (!anyDateInRange(index.relationDates.get(edge), dateFrom, dateTo)) return;
    }
    edges.add(edge);
  });
  if (filters.hideUnlinked) {
    const linked = new Set<string>();
    for (const edge of edges) for (const end of graph.extremities(edge)) linked.add(end);
    for (const node of nodes) {
      if (!linked.has(node) && node !== pinned && isEntity(graph.getNodeAttributes(node))) nodes.delete(node);
    }
  }
  return { nodes, edges };
}

/** The smallest whole minimum weight that keeps at most `budget` relation edges (1 when all fit). */
export function defaultMinEdgeWeight(index: GraphIndex, budget: number = EDGE_BUDGET): number {
  const counts = index.relationCountAtLeast;
  for (let w = 1; w < counts.length; w++) {
    if ((counts[w] ?? 0) <= budget) return w;
  }
  return Math.max(1, counts.length);
}

/** The visible neighbours of a node (through visible edges), the node included. */
export function visibleNeighbourhood(graph: ViewerGraph, visibility: Visibility, node: string): Set<string> {
  const result = new Set<string>([node]);
  if (!graph.hasNode(node)) return result;
  graph.forEachEdge(node, (edge, _attr, source, target) => {
    if (!visibility.edges.has(edge)) return;
    result.add(source === node ? target : source);
  });
  return result;
}

/** True for typed (directed) relation predicates, false for co-occurrence. */
export function isTypedPredicate(predicate: string): boolean {
  return predicate !== CO_OCCURS;
}

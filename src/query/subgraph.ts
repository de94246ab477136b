/**
 * Neighbourhood extraction for export: the entities within `depth` relation hops of some named entities,
 * the relations among them, and the documents that support those relations.
 */
import { subgraph as inducedSubgraph } from "graphology-operators";
import { isEntity, isRelation, type KnowledgeGraph } from "../graph/index.js";
import { findEntity } from "./find.js";

/** The part of the graph around `names` (by name or alias), up to `depth` hops (default 1), with its evidence documents. */
export function subgraph(
  graph: KnowledgeGraph,
  names: readonly string[],
  options: { depth?: number } = {},
): KnowledgeGraph {
  const depth = options.depth ?? 1;
  const keep = new Set(names.map((name) => findEntity(graph, name)));
  let frontier = [...keep];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour, attributes) => {
        if (keep.has(neighbour) || !isEntity(attributes)) return;
        keep.add(neighbour);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  // The documents whose sentences support a kept relation come along, so every evidence item still resolves.
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (isRelation(attributes) && keep.has(source) && keep.has(target))
      for (const e of attributes.evidence) keep.add(e.document);
  });
  return inducedSubgraph(graph, keep) as KnowledgeGraph;
}

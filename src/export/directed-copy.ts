/**
 * A directed copy of the mixed graph, for GEXF and GraphML. Gephi reads mixed graphs, but NetworkX's readers
 * reject any file that mixes directed and undirected edges; so files are written directed, and undirected
 * relations (co-occurrence) are kept with their own `symmetric` flag instead of a direction.
 */
import graphology from "graphology";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../graph/schema.js";

const { MultiDirectedGraph } = graphology;

/** Same nodes, edges and keys, every edge directed; undirected edges carry `symmetric: true`. */
export function directedCopy(graph: KnowledgeGraph): graphology.MultiDirectedGraph<NodeAttributes, EdgeAttributes & { symmetric?: boolean }, GraphAttributes> {
  const copy = new MultiDirectedGraph<NodeAttributes, EdgeAttributes & { symmetric?: boolean }, GraphAttributes>();
  copy.replaceAttributes(graph.getAttributes());
  graph.forEachNode((node, attributes) => copy.addNode(node, attributes));
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    copy.addEdgeWithKey(edge, source, target, undirected ? { ...attributes, symmetric: true } : attributes);
  });
  return copy;
}

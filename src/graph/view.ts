/**
 * What reading a whole graph needs (the exporters, the build summary): a few of graphology's own methods, so a
 * KnowledgeGraph is a GraphView as it is, and `planView` gives one over a graph plan. A build writes its files
 * from the plan: building the graphology graph of the BBC corpus took half a second of the main thread while
 * the layout ran, and the command line never needs it (the library builds it when `graph` is first read).
 */
import type { GraphPlan } from "./assemble.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "./schema.js";

/** A graph's nodes and edges, read in insertion order. */
export interface GraphView {
  readonly type: "mixed" | "directed" | "undirected";
  readonly multi: boolean;
  readonly allowSelfLoops: boolean;
  /** Number of nodes. */
  readonly order: number;
  getAttributes(): GraphAttributes;
  getNodeAttributes(node: string): NodeAttributes;
  forEachNode(callback: (node: string, attributes: NodeAttributes) => void): void;
  forEachEdge(
    callback: (
      edge: string,
      attributes: EdgeAttributes,
      source: string,
      target: string,
      sourceAttributes: NodeAttributes,
      targetAttributes: NodeAttributes,
      undirected: boolean,
    ) => void,
  ): void;
}

/** The graph a plan describes, as `graphOfPlan` would build it (a mixed multigraph without self-loops). */
export function planView(plan: GraphPlan): GraphView {
  const nodes = new Map<string, NodeAttributes>();
  for (const { key, attributes } of plan.nodes) nodes.set(key, attributes);
  const attributesOf = (node: string): NodeAttributes => {
    const attributes = nodes.get(node);
    if (!attributes) throw new Error(`the graph has no node "${node}"`);
    return attributes;
  };
  return {
    type: "mixed",
    multi: true,
    allowSelfLoops: false,
    order: plan.nodes.length,
    getAttributes: () => plan.attributes,
    getNodeAttributes: attributesOf,
    forEachNode(callback) {
      for (const { key, attributes } of plan.nodes) callback(key, attributes);
    },
    forEachEdge(callback) {
      for (const { key, source, target, undirected, attributes } of plan.edges)
        callback(key, attributes, source, target, attributesOf(source), attributesOf(target), undirected);
    },
  };
}

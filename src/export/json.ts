/**
 * graph.json: graphology's own serialisation (`graph.export()`), loadable with `Graph.from()`. Written node by
 * node and edge by edge, byte for byte what `JSON.stringify(graph.export())` gives, without building the
 * whole serialised copy of a large graph in memory first.
 */
import type { KnowledgeGraph } from "../graph/schema.js";
import { StringSink, type TextSink } from "./xml.js";

/** Streams the graph's serialisation to a sink. */
export function writeJSON(graph: KnowledgeGraph, sink: TextSink): void {
  const { type, multi, allowSelfLoops } = graph;
  sink.write(`{"options":${JSON.stringify({ type, multi, allowSelfLoops })},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
  let first = true;
  graph.forEachNode((key, attributes) => {
    sink.write(`${first ? "" : ","}${JSON.stringify({ key, attributes })}`);
    first = false;
  });
  sink.write('],"edges":[');
  first = true;
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const entry: { key: string; source: string; target: string; attributes: typeof attributes; undirected?: true } = { key, source, target, attributes };
    if (undirected && type === "mixed") entry.undirected = true;
    sink.write(`${first ? "" : ","}${JSON.stringify(entry)}`);
    first = false;
  });
  sink.write("]}");
}

/** The graph as graphology serialised JSON text. */
export function toJSON(graph: KnowledgeGraph): string {
  const sink = new StringSink();
  writeJSON(graph, sink);
  return sink.toString();
}

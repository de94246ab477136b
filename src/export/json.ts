/**
 * graph.json: graphology's own serialisation (`graph.export()`), loadable with `Graph.from()`. Written node by
 * node and edge by edge, byte for byte what `JSON.stringify(graph.export())` gives, without building the
 * whole serialised copy of a large graph in memory first.
 */
import type { KnowledgeGraph } from "../graph/schema.js";
import { writeSections, type SectionedFormat } from "./sections.js";
import { StringSink, type TextSink } from "./xml.js";

/** graph.json in sections (see `SectionedFormat`): only the nodes carry positions. */
export const JSON_SECTIONS: SectionedFormat = {
  head(graph, sink) {
    const { type, multi, allowSelfLoops } = graph;
    sink.write(`{"options":${JSON.stringify({ type, multi, allowSelfLoops })},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
  },
  nodes(graph, sink) {
    let first = true;
    graph.forEachNode((key, attributes) => {
      sink.write(`${first ? "" : ","}${JSON.stringify({ key, attributes })}`);
      first = false;
    });
  },
  edges(graph, sink) {
    sink.write('],"edges":[');
    const mixed = graph.type === "mixed";
    let first = true;
    graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
      const entry: { key: string; source: string; target: string; attributes: typeof attributes; undirected?: true } = { key, source, target, attributes };
      if (undirected && mixed) entry.undirected = true;
      sink.write(`${first ? "" : ","}${JSON.stringify(entry)}`);
      first = false;
    });
  },
  tail(_graph, sink) {
    sink.write("]}");
  },
};

/** Streams the graph's serialisation to a sink. */
export function writeJSON(graph: KnowledgeGraph, sink: TextSink): void {
  writeSections(JSON_SECTIONS, graph, sink);
}

/** The graph as graphology serialised JSON text. */
export function toJSON(graph: KnowledgeGraph): string {
  const sink = new StringSink();
  writeJSON(graph, sink);
  return sink.toString();
}

/**
 * graph.graphml: GraphML with every attribute declared as a typed <key>. Written as a directed graph for
 * NetworkX (which refuses mixed graphs); undirected relations carry `symmetric = true`.
 */
import { evidenceText, type KnowledgeGraph } from "../graph/schema.js";
import { EDGE_ATTRIBUTE_TYPES, NODE_ATTRIBUTE_TYPES, flatEdgeAttributes, flatNodeAttributes, type ScalarType } from "./summary.js";
import { writeSections, type SectionedFormat } from "./sections.js";
import { StringSink, XmlWriter, type TextSink } from "./xml.js";

const GRAPHML_TYPES: Record<ScalarType, string> = { string: "string", integer: "int", double: "double", boolean: "boolean" };
const NODE_DISPLAY_TYPES = { label: "string", x: "double", y: "double", size: "double", color: "string" } as const;

/** The elements open around the node and edge sections. */
const INSIDE = ["graphml", "graph"];

/** GraphML in sections (see `SectionedFormat`): only the nodes carry positions. */
export const GRAPHML_SECTIONS: SectionedFormat = {
  head(_graph, sink) {
    const xml = new XmlWriter(sink);
    xml.open("graphml", { xmlns: "http://graphml.graphdrawing.org/xmlns" });
    for (const [name, type] of Object.entries({ ...NODE_DISPLAY_TYPES, ...NODE_ATTRIBUTE_TYPES })) {
      xml.empty("key", { id: `n_${name}`, for: "node", "attr.name": name, "attr.type": GRAPHML_TYPES[type] });
    }
    for (const [name, type] of Object.entries({ weight: "double" as const, ...EDGE_ATTRIBUTE_TYPES })) {
      xml.empty("key", { id: `e_${name}`, for: "edge", "attr.name": name, "attr.type": GRAPHML_TYPES[type] });
    }
    xml.open("graph", { id: "kgraph", edgedefault: "directed" });
  },
  nodes(graph, sink) {
    const xml = new XmlWriter(sink, INSIDE);
    graph.forEachNode((key, a) => {
      xml.open("node", { id: key });
      data(xml, "n", { label: a.label, ...flatNodeAttributes(a), x: a.x, y: a.y, size: a.size, color: a.color });
      xml.close();
    });
  },
  edges(graph, sink) {
    const xml = new XmlWriter(sink, INSIDE);
    graph.forEachEdge((key, a, source, target, _s, _t, undirected) => {
      xml.open("edge", { id: key, source, target });
      data(xml, "e", { weight: a.weight, ...flatEdgeAttributes(a, undirected, (e) => evidenceText(graph, e)) });
      xml.close();
    });
  },
  tail(_graph, sink) {
    new XmlWriter(sink, INSIDE).close().close();
  },
};

/** Streams the graph as GraphML to a sink. */
export function writeGraphML(graph: KnowledgeGraph, sink: TextSink): void {
  writeSections(GRAPHML_SECTIONS, graph, sink);
}

/** The graph as a GraphML document. */
export function toGraphML(graph: KnowledgeGraph): string {
  const sink = new StringSink();
  writeGraphML(graph, sink);
  return sink.toString();
}

function data(xml: XmlWriter, prefix: string, values: Record<string, string | number | boolean | undefined>): void {
  xml.entries("data", "key", undefined, values, `${prefix}_`);
}

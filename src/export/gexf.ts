/**
 * graph.gexf: GEXF 1.3 for Gephi, with typed node and edge attributes and viz position, size and colour.
 * Written as a directed graph: NetworkX refuses GEXF files that mix directed and undirected edges, so
 * undirected relations (co-occurrence) keep their nature in the `symmetric` attribute instead.
 */
import { evidenceText, type KnowledgeGraph } from "../graph/schema.js";
import { GENERATOR } from "../version.js";
import { EDGE_ATTRIBUTE_TYPES, NODE_ATTRIBUTE_TYPES, flatEdgeAttributes, flatNodeAttributes, type ScalarType } from "./summary.js";
import { writeSections, type SectionedFormat } from "./sections.js";
import { StringSink, XmlWriter, type TextSink } from "./xml.js";

/** The elements open around the node and edge sections. */
const INSIDE = ["gexf", "graph"];

/** GEXF 1.3 in sections (see `SectionedFormat`): only the nodes carry positions. */
export const GEXF_SECTIONS: SectionedFormat = {
  head(graph, sink) {
    const xml = new XmlWriter(sink);
    xml.open("gexf", {
      version: "1.3",
      xmlns: "http://gexf.net/1.3",
      "xmlns:viz": "http://gexf.net/1.3/viz",
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xsi:schemaLocation": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    });
    xml.open("meta").element("creator", GENERATOR).element("description", `kgraph knowledge graph, schema ${graph.getAttribute("schemaVersion")}`).close();
    xml.open("graph", { defaultedgetype: "directed", mode: "static" });
    declare(xml, "node", NODE_ATTRIBUTE_TYPES);
    declare(xml, "edge", EDGE_ATTRIBUTE_TYPES);
  },
  nodes(graph, sink) {
    const xml = new XmlWriter(sink, INSIDE);
    xml.open("nodes");
    graph.forEachNode((key, a) => {
      xml.open("node", { id: key, label: a.label });
      attributeValues(xml, flatNodeAttributes(a));
      const [r, g, b] = rgb(a.color);
      xml.empty("viz:color", { r, g, b });
      xml.empty("viz:size", { value: a.size });
      xml.empty("viz:position", { x: a.x, y: a.y });
      xml.close();
    });
    xml.close();
  },
  edges(graph, sink) {
    const xml = new XmlWriter(sink, INSIDE);
    xml.open("edges");
    graph.forEachEdge((key, a, source, target, _s, _t, undirected) => {
      const label = a.kind === "relation" ? (a.relationLabel ?? a.predicate) : undefined;
      xml.open("edge", { id: key, source, target, weight: a.weight, label });
      attributeValues(xml, flatEdgeAttributes(a, undirected, (e) => evidenceText(graph, e)));
      xml.close();
    });
    xml.close();
  },
  tail(_graph, sink) {
    new XmlWriter(sink, INSIDE).close().close();
  },
};

/** Streams the graph as a GEXF 1.3 document to a sink. */
export function writeGEXF(graph: KnowledgeGraph, sink: TextSink): void {
  writeSections(GEXF_SECTIONS, graph, sink);
}

/** The graph as a GEXF 1.3 document. */
export function toGEXF(graph: KnowledgeGraph): string {
  const sink = new StringSink();
  writeGEXF(graph, sink);
  return sink.toString();
}

const GEXF_TYPES: Record<ScalarType, string> = { string: "string", integer: "integer", double: "double", boolean: "boolean" };

function declare(xml: XmlWriter, kind: "node" | "edge", types: Record<string, ScalarType>): void {
  xml.open("attributes", { class: kind });
  for (const [id, type] of Object.entries(types)) xml.empty("attribute", { id, title: id, type: GEXF_TYPES[type] });
  xml.close();
}

function attributeValues(xml: XmlWriter, values: Record<string, string | number | boolean | undefined>): void {
  let any = false;
  for (const key in values) if (values[key] !== undefined && values[key] !== "") any = true;
  if (!any) return;
  xml.open("attvalues").entries("attvalue", "for", "value", values).close();
}

/** "#4e79a7" → [78, 121, 167]: NetworkX reads viz colours only as r/g/b attributes. */
function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

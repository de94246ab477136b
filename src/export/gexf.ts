/**
 * graph.gexf: GEXF 1.3 for Gephi, with typed node and edge attributes and viz position, size and colour.
 * Written as a directed graph: NetworkX refuses GEXF files that mix directed and undirected edges, so
 * undirected relations (co-occurrence) keep their nature in the `symmetric` attribute instead.
 */
import { GENERATOR } from "../version.js";
import type { RecordFormat } from "./encode.js";
import type { XmlValues } from "./records.js";
import { EDGE_ATTRIBUTE_TYPES, NODE_ATTRIBUTE_TYPES, type ScalarType } from "./summary.js";
import { StringSink, XmlWriter, xmlAttribute } from "./xml.js";

/** GEXF 1.3, record by record (see `RecordFormat`). */
export const GEXF_FORMAT: RecordFormat = {
  head(graph) {
    const sink = new StringSink();
    const xml = new XmlWriter(sink);
    xml.open("gexf", {
      version: "1.3",
      xmlns: "http://gexf.net/1.3",
      "xmlns:viz": "http://gexf.net/1.3/viz",
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xsi:schemaLocation": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    });
    xml
      .open("meta")
      .element("creator", GENERATOR)
      .element("description", `kgraph knowledge graph, schema ${graph.getAttributes().schemaVersion}`)
      .close();
    xml.open("graph", { defaultedgetype: "directed", mode: "static" });
    declare(xml, "node", NODE_ATTRIBUTE_TYPES);
    declare(xml, "edge", EDGE_ATTRIBUTE_TYPES);
    return sink.toString();
  },
  nodesOpen: "    <nodes>\n",
  nodesClose: "    </nodes>\n",
  edgesOpen: "    <edges>\n",
  edgesClose: "    </edges>\n",
  separator: "",
  tail: "  </graph>\n</gexf>\n",
  node(record) {
    const a = record.attributes;
    const [r, g, b] = rgb(a.color);
    const position = `${a.x === undefined ? "" : ` x="${a.x}"`}${a.y === undefined ? "" : ` y="${a.y}"`}`;
    return (
      `      <node id="${record.xmlId}"${xmlAttribute("label", a.label)}>\n${attvalues(record.xmlValues)}` +
      `        <viz:color r="${r}" g="${g}" b="${b}"/>\n        <viz:size${xmlAttribute("value", a.size)}/>\n        <viz:position${position}/>\n      </node>\n`
    );
  },
  edge(record) {
    const a = record.attributes;
    const [id, source, target] = record.xmlIds;
    const label = a.kind === "relation" ? (a.relationLabel ?? a.predicate) : undefined;
    return `      <edge id="${id}" source="${source}" target="${target}"${xmlAttribute("weight", a.weight)}${xmlAttribute("label", label)}>\n${attvalues(record.xmlValues)}      </edge>\n`;
  },
};

const GEXF_TYPES: Record<ScalarType, string> = {
  string: "string",
  integer: "integer",
  double: "double",
  boolean: "boolean",
};

function declare(xml: XmlWriter, kind: "node" | "edge", types: Record<string, ScalarType>): void {
  xml.open("attributes", { class: kind });
  for (const [id, type] of Object.entries(types)) xml.empty("attribute", { id, title: id, type: GEXF_TYPES[type] });
  xml.close();
}

/** A node's or edge's `<attvalues>` element, or nothing when it has no values. */
function attvalues(values: XmlValues): string {
  if (values.length === 0) return "";
  let text = "        <attvalues>\n";
  for (let i = 0; i < values.length; i += 2)
    text += `          <attvalue for="${values[i]}" value="${values[i + 1]}"/>\n`;
  return `${text}        </attvalues>\n`;
}

/** "#4e79a7" → [78, 121, 167]: NetworkX reads viz colours only as r/g/b attributes. */
function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * graph.graphml: GraphML with every attribute declared as a typed <key>. Written as a directed graph for
 * NetworkX (which refuses mixed graphs); undirected relations carry `symmetric = true`.
 */
import type { RecordFormat } from "./encode.js";
import type { XmlValues } from "./records.js";
import { EDGE_ATTRIBUTE_TYPES, NODE_ATTRIBUTE_TYPES, type ScalarType } from "./summary.js";
import { StringSink, XmlWriter, escapeXml } from "./xml.js";

const GRAPHML_TYPES: Record<ScalarType, string> = {
  string: "string",
  integer: "int",
  double: "double",
  boolean: "boolean",
};
const NODE_DISPLAY_TYPES = { label: "string", x: "double", y: "double", size: "double", color: "string" } as const;

/** GraphML, record by record (see `RecordFormat`). */
export const GRAPHML_FORMAT: RecordFormat = {
  head() {
    const sink = new StringSink();
    const xml = new XmlWriter(sink);
    xml.open("graphml", { xmlns: "http://graphml.graphdrawing.org/xmlns" });
    for (const [name, type] of Object.entries({ ...NODE_DISPLAY_TYPES, ...NODE_ATTRIBUTE_TYPES })) {
      xml.empty("key", { id: `n_${name}`, for: "node", "attr.name": name, "attr.type": GRAPHML_TYPES[type] });
    }
    for (const [name, type] of Object.entries({ weight: "double" as const, ...EDGE_ATTRIBUTE_TYPES })) {
      xml.empty("key", { id: `e_${name}`, for: "edge", "attr.name": name, "attr.type": GRAPHML_TYPES[type] });
    }
    xml.open("graph", { id: "kgraph", edgedefault: "directed" });
    return sink.toString();
  },
  nodesOpen: "",
  nodesClose: "",
  edgesOpen: "",
  edgesClose: "",
  separator: "",
  tail: "  </graph>\n</graphml>\n",
  node(record) {
    // Data in the order label, flat attributes, x, y, size, colour; empty values are left out.
    const a = record.attributes;
    let text = `    <node id="${record.xmlId}">\n`;
    if (a.label !== undefined && a.label !== "") text += data("n_label", escapeXml(a.label));
    text += dataLines("n_", record.xmlValues);
    if (a.x !== undefined) text += data("n_x", String(a.x));
    if (a.y !== undefined) text += data("n_y", String(a.y));
    if (a.size !== undefined) text += data("n_size", String(a.size));
    if (a.color !== undefined && a.color !== "") text += data("n_color", escapeXml(a.color));
    return `${text}    </node>\n`;
  },
  edge(record) {
    const [id, source, target] = record.xmlIds;
    const weight = record.attributes.weight;
    return `    <edge id="${id}" source="${source}" target="${target}">\n${weight === undefined ? "" : data("e_weight", String(weight))}${dataLines("e_", record.xmlValues)}    </edge>\n`;
  },
};

function data(key: string, text: string): string {
  return `      <data key="${key}">${text}</data>\n`;
}

function dataLines(prefix: string, values: XmlValues): string {
  let text = "";
  for (let i = 0; i < values.length; i += 2) text += data(prefix + values[i]!, values[i + 1]!);
  return text;
}

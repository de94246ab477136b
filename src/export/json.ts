/**
 * graph.json: graphology's own serialisation (`graph.export()`), loadable with `Graph.from()`. Written node by
 * node and edge by edge, byte for byte what `JSON.stringify(graph.export())` gives, without building the
 * whole serialised copy of a large graph in memory first.
 */
import type { GraphView } from "../graph/view.js";
import { documentText, writeDocuments, type RecordFormat } from "./encode.js";
import type { NodeRecord } from "./records.js";
import type { TextSink } from "./xml.js";

/** Attribute names as JSON strings, quoted once. */
const quotedNames = new Map<string, string>();
const quoted = (name: string) => quotedNames.get(name) ?? quotedNames.set(name, JSON.stringify(name)).get(name)!;

/** graph.json, record by record (see `RecordFormat`). */
export const JSON_FORMAT: RecordFormat = {
  head(graph) {
    const { type, multi, allowSelfLoops } = graph;
    return `{"options":${JSON.stringify({ type, multi, allowSelfLoops })},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  },
  nodesOpen: "",
  nodesClose: "]",
  edgesOpen: ',"edges":[',
  edgesClose: "]",
  separator: ",",
  tail: "}",
  node: nodeJson,
  position: (value) => JSON.stringify(value),
  edge(record) {
    const { key, source, target, attributes, undirected } = record;
    const entry: { key: string; source: string; target: string; attributes: typeof attributes; undirected?: true } = {
      key,
      source,
      target,
      attributes,
    };
    // graphology marks undirected edges only in mixed graphs.
    if (undirected && record.graph.type === "mixed") entry.undirected = true;
    return JSON.stringify(entry);
  },
};

/**
 * `JSON.stringify({ key, attributes })` with the coordinates written as given: the attributes in their own order
 * (what JSON.stringify follows), undefined ones left out as it leaves them out.
 */
function nodeJson(record: NodeRecord, x: string, y: string): string {
  const attributes = record.attributes as unknown as Record<string, unknown>;
  let text = `{"key":${JSON.stringify(record.key)},"attributes":{`;
  let first = true;
  for (const name of Object.keys(attributes)) {
    const value = attributes[name];
    if (value === undefined) continue;
    const json = name === "x" ? x : name === "y" ? y : (JSON.stringify(value) as string | undefined);
    if (json === undefined) continue; // a function or symbol: JSON.stringify leaves it out
    text += `${first ? "" : ","}${quoted(name)}:${json}`;
    first = false;
  }
  return `${text}}}`;
}

/** Streams the graph's serialisation to a sink. */
export function writeJSON(graph: GraphView, sink: TextSink): void {
  writeDocuments(graph, [JSON_FORMAT], [sink]);
}

/** The graph as graphology serialised JSON text. */
export function toJSON(graph: GraphView): string {
  return documentText(graph, JSON_FORMAT);
}

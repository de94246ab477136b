/**
 * graph.json: graphology's own serialisation (`graph.export()`), loadable with `Graph.from()`. Written node by
 * node and edge by edge, byte for byte what `JSON.stringify(graph.export())` gives, without building the whole
 * serialised copy of a large graph in memory first.
 */
import type { RecordFormat } from "./encode.js";

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
  node: ({ key, attributes }) => JSON.stringify({ key, attributes }),
  edge(record) {
    const { key, source, target, attributes, undirected } = record;
    const entry: {
      key: string;
      source: string;
      target: string;
      attributes: typeof attributes;
      undirected?: true;
    } = { key, source, target, attributes };
    // graphology marks undirected edges only in mixed graphs.
    if (undirected && record.graph.type === "mixed") entry.undirected = true;
    return JSON.stringify(entry);
  },
};

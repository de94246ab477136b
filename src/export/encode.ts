/**
 * Encoding a graph in several formats at once. A format says how one node or one edge reads (`RecordFormat`);
 * the passes here walk the graph once for all formats, so what formats share (escaped ids and values, evidence
 * summaries) is computed once per node or edge, not once per format.
 *
 * Edges carry no positions, so they can be encoded before the layout ends (`encodeEdges`, to bytes in memory); a
 * build does that while its layout runs on another thread, and writes the files once the nodes have positions.
 */
import type { KnowledgeGraph } from "../graph/index.js";
import { ChunkSink, type ByteSink, type TextSink } from "../util/atomic.js";
import { EdgeRecord, NodeRecord } from "./records.js";
import { StringSink } from "./xml.js";

/** How one file format writes a graph, piece by piece, in file order. */
export interface RecordFormat {
  /** Everything before the first node. */
  head(graph: KnowledgeGraph): string;
  nodesOpen: string;
  nodesClose: string;
  edgesOpen: string;
  edgesClose: string;
  /** Written between two nodes and between two edges (JSON's comma). */
  separator: string;
  /** Everything after the last edge. */
  tail: string;
  /** One node, positions included. */
  node(record: NodeRecord): string;
  /** One edge. */
  edge(record: EdgeRecord): string;
}

/** A graph's edge sections encoded ahead (see `encodeEdges`): per format, the bytes, separators included. */
export type EncodedEdges = Buffer[][];

/**
 * Writes one whole document per format, each to its sink, in one pass over the nodes and, unless they were
 * encoded ahead (`encodeEdges` over this graph and these formats), one over the edges.
 */
export function writeDocuments(
  graph: KnowledgeGraph,
  formats: readonly RecordFormat[],
  sinks: readonly ByteSink[],
  edges?: EncodedEdges,
): void {
  formats.forEach((format, i) => sinks[i]!.write(format.head(graph) + format.nodesOpen));
  const node = new NodeRecord();
  let first = true;
  graph.forEachNode((key, attributes) => {
    node.set(key, attributes);
    formats.forEach((format, i) => sinks[i]!.write(first ? format.node(node) : format.separator + format.node(node)));
    first = false;
  });
  formats.forEach((format, i) => sinks[i]!.write(format.nodesClose + format.edgesOpen));
  if (edges) formats.forEach((_format, i) => sinks[i]!.writeBytes(edges[i]!));
  else writeEdges(graph, formats, sinks);
  formats.forEach((format, i) => sinks[i]!.write(format.edgesClose + format.tail));
}

/** Every edge of the graph in each format, encoded to bytes in memory. */
export function encodeEdges(graph: KnowledgeGraph, formats: readonly RecordFormat[]): EncodedEdges {
  const sinks = formats.map(() => new ChunkSink());
  writeEdges(graph, formats, sinks);
  return sinks.map((sink) => sink.finish());
}

/** One format's whole document as a string. */
export function documentText(graph: KnowledgeGraph, format: RecordFormat): string {
  const sink = new StringSink();
  const bytes: ByteSink = {
    write: (text) => sink.write(text),
    writeBytes: (chunks) => chunks.forEach((c) => sink.write(c.toString("utf8"))),
  };
  writeDocuments(graph, [format], [bytes]);
  return sink.toString();
}

/** Writes every edge of each format to that format's sink, separators included. */
function writeEdges(graph: KnowledgeGraph, formats: readonly RecordFormat[], sinks: readonly TextSink[]): void {
  const record = new EdgeRecord(graph);
  let first = true;
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    record.set(key, attributes, source, target, undirected);
    formats.forEach((format, i) =>
      sinks[i]!.write(first ? format.edge(record) : format.separator + format.edge(record)),
    );
    first = false;
  });
}

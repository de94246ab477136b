/**
 * Encoding the graph in several formats at once. A format says how one node or one edge reads
 * (`RecordFormat`); the passes here walk the graph once for all formats, so what formats share (escaped ids and
 * values, evidence summaries) is computed once, and the graph is iterated once instead of once per format.
 *
 * Only nodes carry layout positions. While a layout still runs on another thread, `encodeAhead` encodes every
 * node with one-character slots where its coordinates go, and every edge completely; `writeEncoded` writes a
 * file from that once the positions are on the graph, filling the slots. The slot characters are U+0001 and
 * U+0002, which no format can otherwise emit: XML escaping drops them, and JSON writes them as `\u0001`.
 */
import type { GraphView } from "../graph/view.js";
import { ChunkSink, type ByteSink } from "./atomic.js";
import { EdgeRecord, NodeRecord } from "./records.js";
import { StringSink, type TextSink } from "./xml.js";

/** How one file format writes a graph, piece by piece, in file order. */
export interface RecordFormat {
  /** Everything before the first node. */
  head(graph: GraphView): string;
  nodesOpen: string;
  nodesClose: string;
  edgesOpen: string;
  edgesClose: string;
  /** Written between two nodes and between two edges (JSON's comma). */
  separator: string;
  /** Everything after the last edge. */
  tail: string;
  /** One node, its coordinates written as the texts `x` and `y` (made by `position`, or slots). */
  node(record: NodeRecord, x: string, y: string): string;
  /** A coordinate as this format prints it. */
  position(value: number): string;
  /** One edge. */
  edge(record: EdgeRecord): string;
}

const X_SLOT = "\u0001";
const Y_SLOT = "\u0002";
const SLOTS = /[\u0001\u0002]/g;

/** Writes one whole document per format, each to its sink, in one pass over the nodes and one over the edges. */
export function writeDocuments(graph: GraphView, formats: readonly RecordFormat[], sinks: readonly TextSink[]): void {
  formats.forEach((format, i) => sinks[i]!.write(format.head(graph) + format.nodesOpen));
  encodeNodes(graph, formats, false, (i, text) => sinks[i]!.write(text));
  formats.forEach((format, i) => sinks[i]!.write(format.nodesClose + format.edgesOpen));
  encodeEdges(graph, formats, sinks);
  formats.forEach((format, i) => sinks[i]!.write(format.edgesClose + format.tail));
}

/** One format's whole document as a string. */
export function documentText(graph: GraphView, format: RecordFormat): string {
  const sink = new StringSink();
  writeDocuments(graph, [format], [sink]);
  return sink.toString();
}

/** Nodes and edges of several formats encoded before the positions are known (see the file comment). */
export interface EncodedAhead {
  /** Node keys in encoding order, to check that the graph's nodes are still those. */
  keys: string[];
  /** Per format, each node's text (with its separator) with slots for its coordinates. */
  nodes: string[][];
  /** Per format, the encoded edges. */
  edges: Buffer[][];
}

/** Encodes every node (with position slots) and every edge of each format. */
export function encodeAhead(graph: GraphView, formats: readonly RecordFormat[]): EncodedAhead {
  const nodes = formats.map(() => [] as string[]);
  const keys = encodeNodes(graph, formats, true, (i, text) => nodes[i]!.push(text));
  const sinks = formats.map(() => new ChunkSink());
  encodeEdges(graph, formats, sinks);
  return { keys, nodes, edges: sinks.map((sink) => sink.finish()) };
}

/** Writes format `i`'s document from what `encodeAhead` made, with the positions the graph now has. */
export function writeEncoded(graph: GraphView, format: RecordFormat, encoded: EncodedAhead, i: number, sink: ByteSink): void {
  if (graph.order !== encoded.keys.length) throw new Error("the graph's nodes changed while its files were being encoded");
  sink.write(format.head(graph) + format.nodesOpen);
  const texts = encoded.nodes[i]!;
  let n = 0;
  graph.forEachNode((key, a) => {
    if (key !== encoded.keys[n]) throw new Error("the graph's nodes changed while its files were being encoded");
    writeFilled(sink, texts[n++]!, format.position(a.x), format.position(a.y));
  });
  sink.write(format.nodesClose + format.edgesOpen);
  sink.writeBytes(encoded.edges[i]!);
  sink.write(format.edgesClose + format.tail);
}

/** A node's text with its coordinate slots filled. */
function writeFilled(sink: TextSink, text: string, x: string, y: string): void {
  const at = text.indexOf(X_SLOT);
  const yAt = text.indexOf(Y_SLOT);
  if (at >= 0 && yAt > at) {
    sink.write(text.slice(0, at));
    sink.write(x);
    sink.write(text.slice(at + 1, yAt));
    sink.write(y);
    sink.write(text.slice(yAt + 1));
  } else {
    // A node without one of its coordinates (a graph never laid out) has fewer slots, or none.
    sink.write(text.replace(SLOTS, (slot) => (slot === X_SLOT ? x : y)));
  }
}

/** Calls `emit(i, text)` with format i's text of each node, separators included; returns the keys in order. */
function encodeNodes(graph: GraphView, formats: readonly RecordFormat[], slots: boolean, emit: (format: number, text: string) => void): string[] {
  const record = new NodeRecord();
  const keys: string[] = [];
  graph.forEachNode((key, attributes) => {
    record.set(key, attributes);
    for (let i = 0; i < formats.length; i++) {
      const format = formats[i]!;
      const text = slots ? format.node(record, X_SLOT, Y_SLOT) : format.node(record, format.position(attributes.x), format.position(attributes.y));
      emit(i, keys.length === 0 ? text : format.separator + text);
    }
    keys.push(key);
  });
  return keys;
}

/** Writes every edge of each format to that format's sink, separators included. */
function encodeEdges(graph: GraphView, formats: readonly RecordFormat[], sinks: readonly TextSink[]): void {
  const record = new EdgeRecord(graph);
  let first = true;
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    record.set(key, attributes, source, target, undirected);
    for (let i = 0; i < formats.length; i++) {
      const format = formats[i]!;
      sinks[i]!.write(first ? format.edge(record) : format.separator + format.edge(record));
    }
    first = false;
  });
}

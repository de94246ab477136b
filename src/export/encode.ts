/**
 * Encoding the graph in several formats at once. A format says how one node or one edge reads
 * (`RecordFormat`); the passes here walk the graph once for all formats, so what formats share (escaped ids and
 * values, evidence summaries) is computed once, and the graph is iterated once instead of once per format.
 *
 * Only nodes carry layout positions. While a layout still runs on another thread, `encodeAhead` encodes every
 * node with one-character slots where its coordinates go, and every edge completely, to bytes; `writeEncoded`
 * writes a file from that once the positions are on the graph, filling the slots. The slot characters are
 * U+0001 and U+0002, which no format can otherwise emit: XML escaping drops them, and JSON writes them as
 * `\u0001`; in UTF-8 each is one byte that no other character's encoding contains.
 */
import type { NodeAttributes } from "../graph/schema.js";
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
/** The slots as UTF-8 bytes: one byte each, and never part of another character's encoding. */
const X_BYTE = 0x01;
const Y_BYTE = 0x02;

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
  /** Per node, the slots its text has in every format: 1 for x, 2 for y (a node without a coordinate has none). */
  slots: Uint8Array;
  /** Per format, the encoded node section (separators included), with a slot byte where each coordinate goes. */
  nodes: Buffer[][];
  /** Per format, the encoded edges. */
  edges: Buffer[][];
}

/** Encodes every node (with position slots) and every edge of each format. */
export function encodeAhead(graph: GraphView, formats: readonly RecordFormat[]): EncodedAhead {
  const nodeSinks = formats.map(() => new ChunkSink());
  const slots = new Uint8Array(graph.order);
  let n = 0;
  const keys = encodeNodes(
    graph,
    formats,
    true,
    (i, text) => nodeSinks[i]!.write(text),
    (attributes) => {
      slots[n++] = (attributes.x === undefined ? 0 : 1) | (attributes.y === undefined ? 0 : 2);
    },
  );
  const edgeSinks = formats.map(() => new ChunkSink());
  encodeEdges(graph, formats, edgeSinks);
  return { keys, slots, nodes: nodeSinks.map((sink) => sink.finish()), edges: edgeSinks.map((sink) => sink.finish()) };
}

/** Writes format `i`'s document from what `encodeAhead` made, with the positions the graph now has. */
export function writeEncoded(
  graph: GraphView,
  format: RecordFormat,
  encoded: EncodedAhead,
  i: number,
  sink: ByteSink,
): void {
  const changed = () => new Error("the graph's nodes changed while its files were being encoded");
  if (graph.order !== encoded.keys.length) throw changed();
  const xs: string[] = new Array(graph.order);
  const ys: string[] = new Array(graph.order);
  let n = 0;
  graph.forEachNode((key, a) => {
    if (key !== encoded.keys[n]) throw changed();
    const slots = encoded.slots[n]!;
    if ((slots & 1 && a.x === undefined) || (slots & 2 && a.y === undefined)) throw changed();
    xs[n] = format.position(a.x);
    ys[n++] = format.position(a.y);
  });
  sink.write(format.head(graph) + format.nodesOpen);
  writeFilledSlots(sink, encoded.nodes[i]!, encoded.slots, xs, ys);
  sink.write(format.nodesClose + format.edgesOpen);
  sink.writeBytes(encoded.edges[i]!);
  sink.write(format.edgesClose + format.tail);
}

/**
 * Writes an encoded node section with its slots filled: the bytes between slots as they are, the coordinates
 * (ASCII) in their place. Slot bytes are found by byte search; the node a slot belongs to is the first one
 * whose slots are not all filled yet (slots come in node order, a node's x and y in either order).
 */
function writeFilledSlots(
  sink: ByteSink,
  chunks: readonly Buffer[],
  slots: Uint8Array,
  xs: readonly string[],
  ys: readonly string[],
): void {
  const left = Uint8Array.from(slots);
  let node = 0;
  for (const chunk of chunks) {
    let from = 0;
    let nextX = chunk.indexOf(X_BYTE, from);
    let nextY = chunk.indexOf(Y_BYTE, from);
    while (nextX >= 0 || nextY >= 0) {
      const isX = nextY < 0 || (nextX >= 0 && nextX < nextY);
      const slotAt = isX ? nextX : nextY;
      const slot = isX ? 1 : 2;
      while (node < left.length && left[node] === 0) node++;
      if (node === left.length || !(left[node]! & slot)) throw new Error("encoded nodes and their slots disagree");
      left[node]! &= ~slot;
      sink.writeRange(chunk, from, slotAt);
      sink.write(isX ? xs[node]! : ys[node]!);
      from = slotAt + 1;
      if (isX) nextX = chunk.indexOf(X_BYTE, from);
      else nextY = chunk.indexOf(Y_BYTE, from);
    }
    sink.writeRange(chunk, from, chunk.length);
  }
  if (left.some((l) => l !== 0)) throw new Error("encoded nodes and their slots disagree");
}

/** Calls `emit(i, text)` with format i's text of each node, separators included; returns the keys in order. */
function encodeNodes(
  graph: GraphView,
  formats: readonly RecordFormat[],
  slots: boolean,
  emit: (format: number, text: string) => void,
  each?: (attributes: NodeAttributes) => void,
): string[] {
  const record = new NodeRecord();
  const keys: string[] = [];
  graph.forEachNode((key, attributes) => {
    each?.(attributes);
    record.set(key, attributes);
    for (let i = 0; i < formats.length; i++) {
      const format = formats[i]!;
      const text = slots
        ? format.node(record, X_SLOT, Y_SLOT)
        : format.node(record, format.position(attributes.x), format.position(attributes.y));
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

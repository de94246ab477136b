/**
 * Node sections encoded before the layout has finished. A build lays out on another thread while it encodes
 * its files; the nodes are the only section with positions, and encoding them (escaping, attribute text for
 * three formats) took about half a second after the layout on the BBC graph. Here every node is encoded ahead
 * with two marker numbers for its x and y, and the text is cut at the markers: once the positions are known,
 * the section is the pieces with the numbers written between them.
 */
import type { KnowledgeGraph } from "../graph/schema.js";
import type { SectionedFormat } from "./sections.js";
import { StringSink, type TextSink } from "./xml.js";

// Numbers no layout writes (positions are rounded to three decimals), printed the same way by every format
// (String(n), which is also JSON's form).
const MARK_X = -1.2345678901234568e-300;
const MARK_Y = -7.654321098765432e-300;
const MARKS = new RegExp(`${String(MARK_X)}|${String(MARK_Y)}`.replace(/[.+-]/g, "\\$&"), "g");

/**
 * Nodes sections of several formats encoded ahead. `keys` is the node order; each format's pieces go
 * `pieces[2i]`, x of node i, `pieces[2i+1]`, y of node i, …, last piece — or are undefined when that format's
 * text could not be cut unambiguously (a marker's digits inside an article's text), and is encoded afterwards.
 */
export interface NodesAhead {
  keys: string[];
  pieces: Array<string[] | undefined>;
}

/**
 * Encodes the nodes section of every format with markers for the positions. The graph's x and y are set to the
 * markers while encoding and put back as they were.
 */
export function encodeNodesAhead(graph: KnowledgeGraph, formats: readonly SectionedFormat[]): NodesAhead {
  const keys: string[] = [];
  const saved: number[] = [];
  graph.updateEachNodeAttributes(
    (key, attributes) => {
      keys.push(key);
      saved.push(attributes.x, attributes.y);
      attributes.x = MARK_X;
      attributes.y = MARK_Y;
      return attributes;
    },
    { attributes: ["x", "y"] },
  );
  try {
    return { keys, pieces: formats.map((format) => cutAtMarkers(format, graph, keys.length)) };
  } finally {
    let i = 0;
    graph.updateEachNodeAttributes(
      (_key, attributes) => {
        attributes.x = saved[i++]!;
        attributes.y = saved[i++]!;
        return attributes;
      },
      { attributes: ["x", "y"] },
    );
  }
}

/** One format's nodes section (the graph carrying markers), cut at the markers; undefined if that is ambiguous. */
function cutAtMarkers(format: SectionedFormat, graph: KnowledgeGraph, order: number): string[] | undefined {
  const sink = new StringSink();
  format.nodes(graph, sink);
  const text = sink.toString();
  const pieces: string[] = [];
  let from = 0;
  let expectX = true;
  for (const match of text.matchAll(MARKS)) {
    // Markers come in node order, x before y; anything else means the text held a marker of its own.
    if ((match[0] === String(MARK_X)) !== expectX) return undefined;
    expectX = !expectX;
    pieces.push(text.slice(from, match.index));
    from = match.index! + match[0].length;
  }
  pieces.push(text.slice(from));
  return pieces.length === 2 * order + 1 ? pieces : undefined;
}

/**
 * The graph's positions in the order of `keys` (x0, y0, x1, y1, …), or undefined if one is not a finite number:
 * JSON prints those as null, not as String() does, so the sections are then encoded afresh.
 */
export function positionsOf(graph: KnowledgeGraph, keys: readonly string[]): Float64Array | undefined {
  const positions = new Float64Array(2 * keys.length);
  for (let i = 0; i < keys.length; i++) {
    const { x, y } = graph.getNodeAttributes(keys[i]!);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
  }
  return positions;
}

/** Writes one format's section encoded ahead, with the positions between its pieces. */
export function writeNodesAhead(pieces: readonly string[], positions: Float64Array, sink: TextSink): void {
  for (let i = 0; i < positions.length; i++) {
    sink.write(pieces[i]!);
    sink.write(String(positions[i]));
  }
  sink.write(pieces[positions.length]!);
}

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

/** A nodes section with the places of its positions: `pieces[2i]`, x of node i, `pieces[2i+1]`, y of node i, …, last piece. */
export interface NodesAhead {
  keys: string[];
  pieces: string[];
}

/**
 * Encodes `format`'s nodes section with markers for the positions, or returns undefined when the text cannot be
 * cut unambiguously (a marker's digits inside an article's text): the caller then encodes the nodes afterwards.
 * The graph's x and y are set to the markers while encoding and put back as they were.
 */
export function encodeNodesAhead(graph: KnowledgeGraph, format: SectionedFormat): NodesAhead | undefined {
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
  const sink = new StringSink();
  try {
    format.nodes(graph, sink);
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
  return pieces.length === 2 * keys.length + 1 ? { keys, pieces } : undefined;
}

/**
 * Writes a section encoded ahead, with the graph's positions now on its nodes; returns false, writing nothing,
 * if a position is not a finite number (JSON would print it as null, not as String() does).
 */
export function writeNodesAhead(graph: KnowledgeGraph, ahead: NodesAhead, sink: TextSink): boolean {
  const { keys, pieces } = ahead;
  for (const key of keys) {
    const { x, y } = graph.getNodeAttributes(key);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  }
  for (let i = 0; i < keys.length; i++) {
    const { x, y } = graph.getNodeAttributes(keys[i]!);
    sink.write(pieces[2 * i]!);
    sink.write(String(x));
    sink.write(pieces[2 * i + 1]!);
    sink.write(String(y));
  }
  sink.write(pieces[pieces.length - 1]!);
  return true;
}

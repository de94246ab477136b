/**
 * Nodes and edges as the format encoders see them. The three formats are encoded in one pass over the graph,
 * and GEXF and GraphML write the same escaped values (flat attributes, ids): a record computes each of those
 * once, when a format first asks, and is reused from one node or edge to the next so that a pass over a large
 * graph allocates no record objects.
 */
import { evidenceText, type EdgeAttributes, type NodeAttributes, type KnowledgeGraph } from "../graph/index.js";
import { flatEdgeAttributes, flatNodeAttributes } from "./summary.js";
import { escapeXml, xmlText } from "./xml.js";

/**
 * Scalar attributes as XML text: names and escaped values in turn (name0, value0, name1, value1, …), without
 * the empty ones (undefined or ""), which neither GEXF nor GraphML writes.
 */
export type XmlValues = string[];

/** The non-empty values of a flat attribute object, escaped for XML (numbers and booleans as they print). */
export function xmlValues(values: Record<string, string | number | boolean | undefined>): XmlValues {
  const out: XmlValues = [];
  for (const name in values) {
    const value = values[name];
    if (value === undefined || value === "") continue;
    out.push(name, xmlText(value));
  }
  return out;
}

/** One node; `set` points it at the next. */
export class NodeRecord {
  key = "";
  attributes!: NodeAttributes;
  private id: string | undefined;
  private values: XmlValues | undefined;

  set(key: string, attributes: NodeAttributes): this {
    this.key = key;
    this.attributes = attributes;
    this.id = undefined;
    this.values = undefined;
    return this;
  }

  /** The key, escaped for XML. */
  get xmlId(): string {
    return (this.id ??= escapeXml(this.key));
  }

  /** The flat attributes (`flatNodeAttributes`) as XML text. */
  get xmlValues(): XmlValues {
    return (this.values ??= xmlValues(flatNodeAttributes(this.attributes)));
  }
}

/** One edge; `set` points it at the next. */
export class EdgeRecord {
  key = "";
  source = "";
  target = "";
  undirected = false;
  attributes!: EdgeAttributes;
  private ids: [string, string, string] | undefined;
  private values: XmlValues | undefined;

  /** @param graph the graph the edges belong to (evidence sentences are read from its document nodes). */
  constructor(readonly graph: KnowledgeGraph) {}

  set(key: string, attributes: EdgeAttributes, source: string, target: string, undirected: boolean): this {
    this.key = key;
    this.attributes = attributes;
    this.source = source;
    this.target = target;
    this.undirected = undirected;
    this.ids = undefined;
    this.values = undefined;
    return this;
  }

  /** Key, source and target, escaped for XML. */
  get xmlIds(): [string, string, string] {
    return (this.ids ??= [escapeXml(this.key), escapeXml(this.source), escapeXml(this.target)]);
  }

  /** The flat attributes (`flatEdgeAttributes`, evidence summarised) as XML text. */
  get xmlValues(): XmlValues {
    return (this.values ??= xmlValues(
      flatEdgeAttributes(this.attributes, this.undirected, (e) => evidenceText(this.graph, e)),
    ));
  }
}

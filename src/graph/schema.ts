/**
 * The graph's schema for the build and the library: kgraph's graphology multigraph type, its colours, node keys and
 * helpers. The attribute types and `SCHEMA_VERSION` are the graph contract (src/contract.ts, shared with the
 * viewer), re-exported here so the library's API is unchanged.
 */
import type { MultiGraph } from "graphology";
import type {
  EdgeAttributes,
  EntityNodeAttributes,
  EntityType,
  Evidence,
  GraphAttributes,
  NodeAttributes,
  RelationEdgeAttributes,
} from "../contract.js";

export { SAID, SCHEMA_VERSION } from "../contract.js";
export type {
  DisplayAttributes,
  DocumentNodeAttributes,
  DocumentQuote,
  EdgeAttributes,
  EntityNodeAttributes,
  Evidence,
  EventDate,
  GraphAttributes,
  MentionEdgeAttributes,
  MentionSpan,
  NodeAttributes,
  RelationEdgeAttributes,
  SourceAttributes,
  TextSpan,
  TimeAttributes,
} from "../contract.js";

/** kgraph's graph type. */
export type KnowledgeGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Colours by entity type (and for documents), chosen to stay distinct for colour-blind readers. The build writes
 * them into every node's `color`, where the viewer reads them.
 */
export const TYPE_COLORS: Readonly<Record<EntityType | "document", string>> = {
  person: "#4e79a7",
  place: "#59a14f",
  organization: "#f28e2b",
  media: "#b07aa1",
  misc: "#9c755f",
  document: "#bab0ac",
};

/** Node key of an entity with this name key. */
export function entityNodeKey(key: string): string {
  return `entity:${key.replace(/ /g, "-")}`;
}

/** Node key of a document with this id. */
export function documentNodeKey(id: string): string {
  return `doc:${id}`;
}

/** True for entity nodes. */
export function isEntity(attributes: NodeAttributes): attributes is EntityNodeAttributes {
  return attributes.kind === "entity";
}

/** The sentence an evidence item points at, read from its document node's text. */
export function evidenceText(graph: Pick<KnowledgeGraph, "getNodeAttributes">, evidence: Evidence): string {
  const document = graph.getNodeAttributes(evidence.document);
  return document.kind === "document" ? document.text.slice(evidence.start, evidence.end) : "";
}

/** True for relation edges. */
export function isRelation(attributes: EdgeAttributes): attributes is RelationEdgeAttributes {
  return attributes.kind === "relation";
}

/**
 * The graph's schema: node, edge and graph attributes of kgraph's graphology multigraph.
 * `label`, `x`, `y`, `size`, `color` are display attributes (sigma, GEXF viz); nothing is ever called `type`,
 * which sigma would take for the name of a render program.
 */
import type { MultiGraph } from "graphology";
import type { EntityType } from "../types.js";

/** Version of this schema, stored in the graph's attributes; bump it when a field changes meaning. */
export const SCHEMA_VERSION = 1;

/** Display attributes every node carries after layout. */
export interface DisplayAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

/** An entity: a person, place, organisation or media outlet. */
export interface EntityNodeAttributes extends DisplayAttributes {
  kind: "entity";
  entityType: EntityType;
  /** Every surface form seen in the corpus. */
  aliases: string[];
  /** Titles and offices seen before the name ("President", "Culture Minister"). */
  roles: string[];
  /** Number of mentions in the corpus. */
  mentions: number;
  /** Number of documents that mention it. */
  documents: number;
}

/** A source document. */
export interface DocumentNodeAttributes extends DisplayAttributes {
  kind: "document";
  path: string;
  date?: string;
  url?: string;
  /** The full text, as read: every offset in the graph points into it. */
  text: string;
}

export type NodeAttributes = EntityNodeAttributes | DocumentNodeAttributes;

/** A character span in a document. */
export interface MentionSpan {
  start: number;
  end: number;
  text: string;
}

/** Document → entity: where the document names the entity. */
export interface MentionEdgeAttributes {
  kind: "mention";
  weight: number;
  spans: MentionSpan[];
}

/**
 * One sentence that supports a relation. The sentence itself is the document's text at [start, end): it is
 * stored once, in the document node, not repeated on every edge it supports (see `evidenceText`).
 */
export interface Evidence {
  /** Key of the document node. */
  document: string;
  /** The sentence's offsets in the document's text. */
  start: number;
  end: number;
  /** For typed relations: the label this sentence supports ("President of"), kept when sentences disagree. */
  relationLabel?: string;
  /** The rule or model that read the relation in this sentence. */
  rule?: string;
}

/** Entity – entity: co-occurrence (undirected) or a typed relation (directed). */
export interface RelationEdgeAttributes {
  kind: "relation";
  predicate: string;
  /** Human wording of a typed relation ("Culture Minister of"); the most supported one. */
  relationLabel?: string;
  /** 0–1: how sure kgraph is (combined over the evidence). */
  confidence: number;
  /** Number of supporting sentences. */
  weight: number;
  evidence: Evidence[];
  /**
   * True for a typed relation whose confidence is below the default threshold: kept and exported, but hidden in the
   * viewer and left out of `neighbours`/`path` unless candidates are asked for. Absent on every other edge.
   */
  candidate?: boolean;
}

export type EdgeAttributes = MentionEdgeAttributes | RelationEdgeAttributes;

/** Graph-level attributes. */
export interface GraphAttributes {
  schemaVersion: number;
  name: string;
  generator: string;
  recogniser: string;
}

/** kgraph's graph type. */
export type KnowledgeGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Colours by entity type (and for documents), chosen to stay distinct for colour-blind readers. */
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

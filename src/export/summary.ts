/**
 * Flat, file-format-friendly views of node and edge attributes (lists joined, evidence summarised), with the
 * type of every attribute declared once, here, so GEXF and GraphML declare the same stable schema whatever
 * the graph. GEXF and GraphML carry scalars only; the JSON export keeps everything.
 */
import type { EdgeAttributes, Evidence, NodeAttributes } from "../graph/index.js";

/** An attribute's type in file-format terms. */
export type ScalarType = "string" | "integer" | "double" | "boolean";

/** Node attributes written to GEXF and GraphML (besides label and viz/display ones), with their types. */
export const NODE_ATTRIBUTE_TYPES = {
  kind: "string",
  entityType: "string",
  aliases: "string",
  roles: "string",
  mentions: "integer",
  documents: "integer",
  path: "string",
  date: "string",
  url: "string",
  outlet: "string",
  author: "string",
  curated: "boolean",
  copyOf: "string",
  firstSeen: "string",
  lastSeen: "string",
  undated: "integer",
  sources: "integer",
  outlets: "integer",
} as const satisfies Record<string, ScalarType>;

/** Edge attributes written to GEXF and GraphML (besides weight), with their types. */
export const EDGE_ATTRIBUTE_TYPES = {
  kind: "string",
  predicate: "string",
  relationLabel: "string",
  confidence: "double",
  candidate: "boolean",
  symmetric: "boolean",
  evidenceCount: "integer",
  evidence: "string",
  spans: "string",
  curated: "boolean",
  firstSeen: "string",
  lastSeen: "string",
  undated: "integer",
  documents: "integer",
  sources: "integer",
  outlets: "integer",
  eventDates: "string",
} as const satisfies Record<string, ScalarType>;

type Flat<T> = { [K in keyof T]?: T[K] extends "string" ? string : T[K] extends "boolean" ? boolean : number };

/** Longest evidence sentence kept in flat exports. */
const EVIDENCE_SUMMARY_LENGTH = 300;

/** Scalar node attributes. */
export function flatNodeAttributes(a: NodeAttributes): Flat<typeof NODE_ATTRIBUTE_TYPES> {
  if (a.kind === "entity") {
    return {
      kind: a.kind,
      entityType: a.entityType,
      aliases: a.aliases.join("; "),
      roles: a.roles.join("; "),
      mentions: a.mentions,
      documents: a.documents,
      // Only where a curation decision changed the entity (issue 19), like `candidate` on edges.
      ...(a.curated ? { curated: true } : {}),
      firstSeen: a.firstSeen,
      lastSeen: a.lastSeen,
      undated: a.undated,
      sources: a.sources,
      outlets: a.outlets,
    };
  }
  return {
    kind: a.kind,
    path: a.path,
    date: a.date,
    url: a.url,
    outlet: a.outlet,
    author: a.author,
    copyOf: a.copyOf,
  };
}

/** Scalar edge attributes: kind, predicate, confidence and a summary of the evidence (its first sentence). */
export function flatEdgeAttributes(
  a: EdgeAttributes,
  undirected: boolean,
  sentence: (e: Evidence) => string,
): Flat<typeof EDGE_ATTRIBUTE_TYPES> {
  if (a.kind === "mention")
    return {
      kind: a.kind,
      spans: a.spans.map((s) => `${s.start}-${s.end}`).join(" "),
      ...(a.curated ? { curated: true } : {}),
    };
  const first = a.evidence[0];
  return {
    kind: a.kind,
    predicate: a.predicate,
    relationLabel: a.relationLabel,
    confidence: Math.round(a.confidence * 1000) / 1000,
    // Only on candidate relations (issue 18), so files without candidates are unchanged.
    ...(a.candidate ? { candidate: true } : {}),
    symmetric: undirected,
    evidenceCount: a.evidence.length,
    evidence: first ? truncate(sentence(first), EVIDENCE_SUMMARY_LENGTH) : undefined,
    ...(a.curated ? { curated: true } : {}),
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
    undated: a.undated,
    documents: a.documents,
    sources: a.sources,
    outlets: a.outlets,
    eventDates: eventDates(a.evidence),
  };
}

/** The distinct dates the evidence sentences give, in order, joined ("2024-11; 2025-04"). */
function eventDates(evidence: readonly Evidence[]): string | undefined {
  const dates = new Set<string>();
  for (const e of evidence) if (e.eventDate) dates.add(e.eventDate.date);
  return dates.size ? [...dates].sort().join("; ") : undefined;
}

function truncate(text: string, max: number): string {
  const oneLine = /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, " ") : text;
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

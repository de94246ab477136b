/**
 * Flat, file-format-friendly views of node and edge attributes: lists joined, evidence summarised.
 * GEXF and GraphML carry scalars only; the JSON export keeps everything.
 */
import type { EdgeAttributes, Evidence, NodeAttributes } from "../graph/schema.js";

/** Longest evidence sentence kept in flat exports. */
const EVIDENCE_SUMMARY_LENGTH = 300;

/** Scalar node attributes (no `label`/display fields: formats write those their own way). */
export function flatNodeAttributes(a: NodeAttributes): Record<string, string | number> {
  if (a.kind === "entity") {
    return { kind: a.kind, entityType: a.entityType, aliases: a.aliases.join("; "), roles: a.roles.join("; "), mentions: a.mentions, documents: a.documents };
  }
  return { kind: a.kind, path: a.path, ...(a.date ? { date: a.date } : {}), ...(a.url ? { url: a.url } : {}) };
}

/** Scalar edge attributes: kind, predicate, confidence, weight and a summary of the evidence (its first sentence). */
export function flatEdgeAttributes(a: EdgeAttributes & { symmetric?: boolean }, sentence: (e: Evidence) => string): Record<string, string | number | boolean> {
  if (a.kind === "mention") return { kind: a.kind, weight: a.weight, spans: a.spans.map((s) => `${s.start}-${s.end}`).join(" ") };
  const first = a.evidence[0];
  const flat: Record<string, string | number | boolean> = {
    kind: a.kind,
    predicate: a.predicate,
    confidence: Math.round(a.confidence * 1000) / 1000,
    weight: a.weight,
    symmetric: a.symmetric === true,
    evidenceCount: a.evidence.length,
    evidence: first ? truncate(sentence(first), EVIDENCE_SUMMARY_LENGTH) : "",
  };
  if (a.relationLabel) flat.relationLabel = a.relationLabel;
  return flat;
}

function truncate(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

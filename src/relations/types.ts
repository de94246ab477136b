/**
 * Relations as the per-document stage emits them, before the graph merges them across sentences and documents.
 */

/** A relation found in one sentence of one document, between two local entity keys. */
export interface SentenceRelation {
  source: string;
  target: string;
  /** "co-occurs" (undirected) or a typed predicate (directed source → target). */
  predicate: string;
  relationLabel?: string;
  confidence: number;
  /** Index into the document's sentences. */
  sentence: number;
  /** Which rule or model produced it, so every edge can say why it exists. */
  rule: string;
}

/** The predicate of undirected sentence co-occurrence, defined by the graph contract. */
export { CO_OCCURS } from "../contract.js";

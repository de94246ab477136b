/**
 * The per-document extraction: everything the graph needs from one document, as plain JSON-safe data.
 * It is what the cache stores and what `kgraph extract --shard` writes, so that a corpus can be extracted
 * anywhere and merged into one graph.
 */
import type { LocalEntity } from "../resolve/document.js";
import type { SentenceRelation } from "../relations/types.js";
import type { CorpusDocument, EntityType, Span } from "../types.js";

/** A mention resolved to a local entity key. */
export interface ExtractedMention {
  start: number;
  end: number;
  text: string;
  entity: string;
  entityType: EntityType;
  /** A demonym standing for its place ("Russian"): used for relations, not a name of the entity. */
  adjectival?: boolean;
  role?: string;
}

/** Everything extracted from one document. */
export interface DocumentExtraction {
  document: CorpusDocument;
  sentences: Span[];
  entities: LocalEntity[];
  mentions: ExtractedMention[];
  relations: SentenceRelation[];
  /** Word count (tokens with a letter or digit), for throughput figures. */
  words: number;
  /** One-word names left unresolved because two full names fit equally. */
  ambiguous: number;
}

/** Seconds spent in each part of per-document extraction, summed over documents (for benchmarks). */
export interface ExtractionTimes {
  recognise: number;
  resolve: number;
  relations: number;
}

/** An empty ExtractionTimes. */
export function noExtractionTimes(): ExtractionTimes {
  return { recognise: 0, resolve: 0, relations: 0 };
}

/**
 * Shared data types of the kgraph pipeline: what each stage hands the next.
 * Stages pass these plain objects until the graph is assembled (see src/pipeline.ts). Every stage may import
 * this module: it imports only the graph contract (src/contract.ts), which imports nothing.
 */
import type { BoundCut } from "./bounds.js";
import type { DocumentQuote, EntityType, JoinRule } from "./contract.js";

/** A half-open character range `[start, end)` into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** One article as read from the corpus. `text` is kept exactly as read so offsets stay valid. */
export interface CorpusDocument {
  /** Stable id: derived from the path relative to the corpus (or the JSONL id), never from read order. */
  id: string;
  /** Path relative to the corpus root (with `#line` for JSONL documents). */
  path: string;
  title: string;
  date?: string;
  url?: string;
  /** The publication that published it ("Reuters", "The Guardian"), where the file says so. */
  outlet?: string;
  /** Who wrote it, as the article names them, where it says so. */
  author?: string;
  text: string;
}

/** Coarse entity label as produced by recognisers (CoNLL convention). */
export type EntityLabel = "PER" | "LOC" | "ORG" | "MISC";

/** The entity categories of graph nodes, and the rules by which names join entities: the graph contract's. */
export type { EntityType, JoinRule };

/** A token with its character offsets into the text it came from. */
export interface Token extends Span {
  text: string;
}

/** A sentence: its character range and the range of its tokens in the token array. */
export interface Sentence extends Span {
  tokenStart: number;
  tokenEnd: number;
  /** Set when the sentence was ended by the length bound (`MAX_SENTENCE_TOKENS`), not by the text. */
  cut?: true;
}

/** A named-entity mention as a recogniser found it, before resolution. */
export interface RecognisedMention extends Span {
  text: string;
  label: EntityLabel;
  /** Index of the sentence the mention lies in. */
  sentence: number;
}

/** What a recogniser returns for one text. */
export interface Recognition {
  tokens: Token[];
  sentences: Sentence[];
  mentions: RecognisedMention[];
}

/** The entity-recognition stage. Implementations are replaceable (compromise baseline, trained model). */
export interface Recogniser {
  /** Name and version go into the extraction cache key and the graph's attributes. */
  readonly name: string;
  readonly version: string;
  recognise(text: string): Recognition;
}

/** A document's entity, before the corpus is resolved: its surface forms, type votes and roles in that document. */
export interface LocalEntity {
  key: string;
  /** Surface forms with their counts (the label is chosen from these). */
  forms: Record<string, number>;
  /** Canonical name from the alias table, when the entity is a known one. */
  canonical?: string;
  /** Votes for the entity type. */
  types: Partial<Record<EntityType, number>>;
  roles: string[];
  /** True for a one-word person name that no full name in the document explained ("Putin"). */
  shortName?: boolean;
  /** Other entities of the document listed with this one ("Chopin and Debussy"), with how often: type evidence. */
  listedWith?: Record<string, number>;
}

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
  /** Set by curation when a decision moved one of its entities (the edge is then marked curated). */
  curated?: true;
}

/** The predicate of undirected sentence co-occurrence, defined by the graph contract. */
export { CO_OCCURS } from "./contract.js";

/** A mention resolved to a local entity key. */
export interface ExtractedMention {
  start: number;
  end: number;
  text: string;
  entity: string;
  /**
   * What this mention is where it stands: what its own words say of the name ("the film Titanic", "Chelsea
   * manager"; resolve/cues.ts), else the recogniser's label. Its entity's type is the vote of all its mentions.
   */
  entityType: EntityType;
  /** A demonym standing for its place ("Russian"): used for relations, not a name of the entity. */
  adjectival?: boolean;
  role?: string;
  /** The document rule that tied the mention to an entity whose key is not its own name's (see `JoinRule`). */
  joined?: JoinRule;
  /** Set by curation when a decision moved the mention to another entity. */
  curated?: true;
}

/** A date the text gives ("on Sunday", "in April 2025"), resolved against the document's date. */
export interface TextDate extends Span {
  /** The date as precise as the text: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** Index of the sentence that holds it. */
  sentence: number;
}

/**
 * Everything extracted from one document: what the extraction cache stores, what `kgraph extract --shard`
 * writes, and what the graph is assembled from. Plain JSON-safe data.
 */
export interface DocumentExtraction {
  document: CorpusDocument;
  sentences: Span[];
  entities: LocalEntity[];
  mentions: ExtractedMention[];
  relations: SentenceRelation[];
  /** The dates given by the sentences that carry a relation, in text order (src/time); absent when none. */
  dates?: TextDate[];
  /**
   * The direct quotations and their speakers, in text order (src/quotes); absent when none. `speaker` and `about`
   * are the document's entity keys here, which assembly maps to node keys like a relation's ends.
   */
  quotes?: DocumentQuote[];
  /** MinHash signature of the text's word shingles, for near-duplicate detection (src/sources). */
  signature?: number[];
  /** Word count (tokens with a letter or digit), for throughput figures. */
  words: number;
  /** One-word names left unresolved because two full names fit equally. */
  ambiguous: number;
  /**
   * Where a bound of src/bounds.ts cut work (a sentence split for length, pairs dropped for distance or by the
   * per-sentence cap), in document order, one entry per bound and place; absent when none did.
   */
  bounds?: BoundCut[];
}

/**
 * Shared data types of the kgraph pipeline: what each stage hands the next.
 * Stages pass these plain objects until the graph is assembled (see src/pipeline.ts).
 */

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

/** The entity categories of graph nodes. `media` is a finer kind of organisation (news outlets, broadcasters). */
export type EntityType = "person" | "place" | "organization" | "media" | "misc";

/** A token with its character offsets into the text it came from. */
export interface Token extends Span {
  text: string;
}

/** A sentence: its character range and the range of its tokens in the token array. */
export interface Sentence extends Span {
  tokenStart: number;
  tokenEnd: number;
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

/**
 * The graph contract: what graph.json holds (graphology's serialisation of kgraph's multigraph), as TypeScript
 * types, with the few constants that fix its values. It is the one place the build (src/graph/schema.ts re-exports
 * it) and the viewer (viewer/src/model.ts) learn the graph's shape from.
 *
 * It imports nothing and holds no behaviour, so any code can depend on it: every stage of src/ (it sits beside
 * src/types.ts, not inside a stage), and the viewer in the browser. The viewer imports it with `import type`
 * only, so none of src/ reaches the browser bundle: its only run-time contract with src/ stays the JSON file.
 * The viewer gets the values it needs without importing them:
 * - display values (colours, positions, labels) are node attributes, so it reads them from the graph;
 * - `SCHEMA_VERSION` and `CO_OCCURS` have literal types (`1`, `"co-occurs"`): the viewer declares its own constant
 *   with the contract's type (`const CO_OCCURS: typeof Contract.CO_OCCURS = "co-occurs"`), a type only that one
 *   value can satisfy, so changing a value here fails the viewer's type check (run by `npm run build`) at the line
 *   that must follow it. A generated file would do the same with a build step and a file to keep fresh.
 * `label`, `x`, `y`, `size`, `color` are display attributes (sigma, GEXF viz); nothing is ever called `type`,
 * which sigma would take for the name of a render program.
 */

/** Version of this contract, stored in the graph's attributes; bump it when a field changes meaning. */
export const SCHEMA_VERSION = 1;

/** The entity categories of graph nodes. `media` is a finer kind of organisation (news outlets, broadcasters). */
export type EntityType = "person" | "place" | "organization" | "media" | "misc";

/** Every entity type, in the order lists and legends show them. */
export const ENTITY_TYPES: readonly EntityType[] = ["person", "place", "organization", "media", "misc"];

/** The predicate of undirected sentence co-occurrence; every other predicate is a typed, directed relation. */
export const CO_OCCURS = "co-occurs";

/**
 * The predicate of a quotation: speaker → each entity named inside what they said. Its evidence items are the
 * quotations (offsets of the quoted words, with the attributing words' offsets in `attribution`).
 */
export const SAID = "said";

/** Display attributes every node carries after layout. */
export interface DisplayAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

/**
 * When an entity or relation was seen, from the dates of the documents that mention or support it (src/time).
 * Written by every build; optional so that graphs made by hand or before it still load.
 */
export interface TimeAttributes {
  /** The earliest and the latest date (YYYY-MM-DD) of a dated document that mentions or supports it. */
  firstSeen?: string;
  lastSeen?: string;
  /** Mentions (entity) or supporting sentences (relation) per month, "YYYY-MM" → count, in dated documents. */
  periods?: Record<string, number>;
  /** Mentions or sentences in documents without a date, counted apart from `periods`; absent when none. */
  undated?: number;
}

/**
 * How many independent sources support an entity or relation. Near-duplicate documents (the same story
 * republished with small edits: document nodes with `copyOf`) count as one source.
 */
export interface SourceAttributes {
  /** Distinct documents, near-duplicates merged: the number of independent sources. */
  sources?: number;
  /** Distinct named outlets among those documents (documents without an outlet are not counted). */
  outlets?: number;
}

/** An entity: a person, place, organisation or media outlet. */
export interface EntityNodeAttributes extends DisplayAttributes, TimeAttributes, SourceAttributes {
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
  /** How each alias joined the entity (see `AliasJoin`), in alias order; the label itself is not listed. */
  aliasJoins?: AliasJoin[];
  /** True when a curation decision changed this entity (merged, split, renamed, retyped, an alias added). */
  curated?: boolean;
}

/**
 * The rule by which a name joined an entity. Document rules: `same-name` (the same name key: spelling, case,
 * hyphens), `known-alias` (the alias table), `acronym` (defined in the text: "Korean Central Television (KCTV)"),
 * `initials` (an undefined acronym that spells a name of the document), `long-form` (the text's longer form of the
 * name: "Kursk province"), `short-form` (a designator or first words dropped: "Taito" for Taito Corporation),
 * `surname` (a person's surname or first name in a document that names them in full). Corpus rules:
 * `corpus-short-form` (a bare name that the corpus's only or dominant full name explains), `middle-initial`,
 * `nickname` ("Steve" for Steven), `connective-variant` (an organisation's name with other connecting words:
 * "Institute of Fiscal Studies" for the Institute for Fiscal Studies). `curation`: a user's decision.
 */
export type JoinRule =
  | "same-name"
  | "known-alias"
  | "acronym"
  | "initials"
  | "long-form"
  | "short-form"
  | "surname"
  | "corpus-short-form"
  | "middle-initial"
  | "nickname"
  | "connective-variant"
  | "curation";

/** Why one alias belongs to its entity, and where that first happened. */
export interface AliasJoin {
  alias: string;
  rule: JoinRule;
  /** The rule in words ("surname in the same document"), with the alias table's reason where it gives one. */
  why: string;
  /** Key of the document node where the alias first joined (corpus order), with the mention's offsets. */
  document?: string;
  start?: number;
  end?: number;
  /** A curation decision's note. */
  note?: string;
}

/** A source document. */
export interface DocumentNodeAttributes extends DisplayAttributes {
  kind: "document";
  path: string;
  date?: string;
  url?: string;
  /** The outlet that published it (og:site_name, JSON-LD publisher, the URL's host; front matter `outlet:`). */
  outlet?: string;
  /** Its author or authors, as the page or front matter states them. */
  author?: string;
  /** The full text, as read: every offset in the graph points into it. */
  text: string;
  /**
   * Key of the document this one is a near-duplicate of (the same story republished with small edits, found by
   * MinHash over word shingles): the earliest of the group, which carries no `copyOf`. Copies count as one source.
   */
  copyOf?: string;
  /** The direct quotations of its text with their speakers, in text order (src/quotes); absent when none. */
  quotes?: DocumentQuote[];
}

/** A character range of a document's text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One direct quotation of a document and who said it. */
export interface DocumentQuote {
  /** The words inside the quotation marks. */
  quote: TextSpan;
  /** The words that attribute it ("said Jason Daw at Merrill Lynch"); absent when it continues another quote. */
  attribution?: TextSpan;
  /** The speaker's node key; absent when the attribution names nobody ("a spokesman said"). */
  speaker?: string;
  /** How the speaker was found: named in the attribution, a pronoun's antecedent, or the quote it continues. */
  how: "named" | "pronoun" | "continued" | "none";
  /** Node keys of the entities named inside the quotation (the speaker excepted). */
  about: string[];
}

/** Any node. */
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
  /** True when a curation decision moved one of these mentions to this entity (merge, split). */
  curated?: boolean;
}

/**
 * One sentence that supports a relation. The sentence itself is the document's text at [start, end): it is
 * stored once, in the document node, not repeated on every edge it supports.
 */
export interface Evidence {
  /** Key of the document node. */
  document: string;
  /** The sentence's offsets in the document's text; for `said`, the quoted words'. */
  start: number;
  end: number;
  /** For `said`: the offsets of the words that attribute the quotation, when it has its own. */
  attribution?: TextSpan;
  /** For typed relations: the label this sentence supports ("President of"), kept when sentences disagree. */
  relationLabel?: string;
  /** The rule or model that read the relation in this sentence. */
  rule?: string;
  /**
   * The date the sentence gives for what it reports ("in April 2025", "on Sunday" resolved against the document's
   * date), the expression nearest the relation's two entities, with its offsets in the document's text.
   */
  eventDate?: EventDate;
}

/** A date stated in a document's text, as precise as the text: YYYY-MM-DD, YYYY-MM or YYYY. */
export interface EventDate {
  date: string;
  /** The expression's offsets in the document's text ("on Sunday"). */
  start: number;
  end: number;
}

/** Entity – entity: co-occurrence (undirected) or a typed relation (directed). */
export interface RelationEdgeAttributes extends TimeAttributes, SourceAttributes {
  kind: "relation";
  /** `CO_OCCURS` or a typed predicate (`role`, `located_in`, …). */
  predicate: string;
  /** Human wording of a typed relation ("Culture Minister of"); the most supported one. */
  relationLabel?: string;
  /** 0–1: how sure kgraph is (combined over the evidence). */
  confidence: number;
  /** Number of supporting sentences. */
  weight: number;
  /** Number of distinct documents among the evidence (copies included; `sources` merges them). */
  documents?: number;
  evidence: Evidence[];
  /**
   * True for a typed relation whose confidence is below the default threshold: kept and exported, but hidden in the
   * viewer and left out of `neighbours`/`path` unless candidates are asked for. Absent on every other edge.
   */
  candidate?: boolean;
  /** True when a curation decision moved a supporting sentence's entity onto this edge (merge, split). */
  curated?: boolean;
}

/** Any edge. */
export type EdgeAttributes = MentionEdgeAttributes | RelationEdgeAttributes;

/** Graph-level attributes. */
export interface GraphAttributes {
  schemaVersion: number;
  name: string;
  generator: string;
  recogniser: string;
  /** The dates of the earliest and latest dated documents. */
  firstDate?: string;
  lastDate?: string;
  /** Documents without a date: their mentions and sentences are counted apart (`undated`), in no period. */
  undatedDocuments?: number;
  /** Documents that are near-duplicates of another (document nodes with `copyOf`). */
  copies?: number;
  /** The curation file replayed by the build, when there was one. */
  curation?: CurationSummary;
}

/** The kinds of curation decision (the keys that name them in kgraph-curation.yaml). */
export type CurationAction = "merge" | "split" | "rename" | "retype" | "remove" | "reject" | "alias";

/** What a build made of a curation file: how many decisions held, and the ones that no longer apply. */
export interface CurationSummary {
  /** The file's name (not its folder, so that the graph does not depend on where it was built). */
  file: string;
  decisions: number;
  applied: number;
  stale: StaleDecision[];
}

/** A curation decision that no longer applies (its entity is gone, its relation is not in the graph…). */
export interface StaleDecision {
  /** Position of the decision in the file, from 1, and its line. */
  index: number;
  line?: number;
  action: CurationAction;
  /** The decision in words ("rename Yonhap → Yonhap News Agency"). */
  decision: string;
  problem: string;
}

/**
 * Contract of typed relation extraction: what the pipeline hands `extractTypedRelations` for one document
 * (resolved mentions over the tokens and sentences of the text) and what it gets back (directed, labelled
 * relations between entity keys, each naming the rule or model that produced it).
 */
import type { EntityType, Sentence, Token } from "../../types.js";

/** The typed predicates kgraph extracts; every one is directed source → target. */
export const TYPED_PREDICATES = [
  "role",
  "located_in",
  "based_in",
  "works_for",
  "lives_in",
  "family",
  "killed",
] as const;

/** A typed predicate (see TYPED_PREDICATES). */
export type TypedPredicate = (typeof TYPED_PREDICATES)[number];

const PERSON: readonly EntityType[] = ["person"];
const PLACE: readonly EntityType[] = ["place"];
const ORGANISATION: readonly EntityType[] = ["organization", "media"];

/** The entity types each predicate relates, source and target ("a person's employer is not a person"). */
export const PREDICATE_SIGNATURES: Readonly<
  Record<TypedPredicate, { source: readonly EntityType[]; target: readonly EntityType[] }>
> = {
  role: { source: PERSON, target: [...PLACE, ...ORGANISATION] },
  located_in: { source: PLACE, target: PLACE },
  based_in: { source: ORGANISATION, target: PLACE },
  works_for: { source: PERSON, target: ORGANISATION },
  lives_in: { source: PERSON, target: PLACE },
  family: { source: PERSON, target: PERSON },
  killed: { source: PERSON, target: PERSON },
};

/**
 * True when a predicate can relate an entity of `source` type to one of `target` type (any predicate without a
 * signature, such as co-occurrence, can).
 */
export function fitsSignature(predicate: string, source: EntityType, target: EntityType): boolean {
  if (!isTypedPredicate(predicate)) return true;
  const signature = PREDICATE_SIGNATURES[predicate];
  return signature.source.includes(source) && signature.target.includes(target);
}

function isTypedPredicate(predicate: string): predicate is TypedPredicate {
  return (TYPED_PREDICATES as readonly string[]).includes(predicate);
}

/** An entity mention after resolution: which entity it is, and for names with a title the role words. */
export interface RelationMention {
  /** Character offsets into the document text (the name only: title words are not covered). */
  start: number;
  end: number;
  text: string;
  entityType: EntityType;
  /** Key of the resolved entity. */
  entity: string;
  /** Index into the document's sentences. */
  sentence: number;
  /** Title words the resolver stripped from a person's name ("Culture Minister", "President", "leader"). */
  role?: string;
  /**
   * A demonym or adjectival form standing for a place ("Russian" in "Russian Culture Minister Olga Lyubimova":
   * entity = Russia's key, entityType "place"); a mention for relations only, never a node of its own.
   */
  adjectival?: boolean;
}

/** One document as relation extraction sees it: text, tokens, sentences and resolved mentions. */
export interface RelationDocument {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: RelationMention[];
}

/** A directed, typed relation found in one sentence of a document. */
export interface TypedRelation {
  /** Entity key of the source ("Olga Lyubimova" in "Culture Minister of Russia"). */
  source: string;
  /** Entity key of the target. */
  target: string;
  predicate: TypedPredicate;
  /** Human text of the edge: "Culture Minister of", "President of", "daughter of", "located in", "works for". */
  relationLabel: string;
  /** 0..1: a pattern's fixed confidence or the classifier's probability. */
  confidence: number;
  /** Index into the document's sentences. */
  sentence: number;
  /** Which pattern (by id) or "classifier" produced it, so every edge can say why it exists. */
  rule: string;
}

/**
 * Typed relation extraction, the entry point the pipeline calls per document: precise patterns
 * (`patterns.ts`) first, then the trained pair classifier (`classifier.ts`) for pairs the patterns left alone.
 * Every relation names the rule or "classifier" that produced it; the pipeline merges repeats into weighted edges.
 */
import { classifyDocument, shippedModel } from "./classifier.js";
import type { RelationModel } from "./model.js";
import { relationMentions } from "./mentions.js";
import { matchPatterns, mentionTokenRanges, PATTERN_RULES, type PatternRule } from "./patterns.js";
import type { RelationDocument, TypedRelation } from "./types.js";

export type { RelationDocument, RelationMention, TypedPredicate, TypedRelation } from "./types.js";
export { PATTERN_RULES } from "./patterns.js";

/** Settings of typed relation extraction. */
export interface TypedRelationSettings {
  /** Run the trained classifier (patterns always run). */
  classifier: boolean;
  /**
   * Probability at or above which the classifier calls a pair related. Higher than the CoNLL04-tuned 0.5:
   * news prose differs from the training sentences, recogniser type errors ("Bordeaux" as a person) feed it
   * impossible pairs, and a wrong edge costs more than a missing one. 0.75 from reading BBC politics output.
   */
  classifierThreshold: number;
  /** The model to use; the shipped model when absent. */
  model?: RelationModel;
  rules: readonly PatternRule[];
}

/** Defaults of `extractTypedRelations`. */
export const DEFAULT_TYPED_RELATION_SETTINGS: TypedRelationSettings = {
  classifier: true,
  classifierThreshold: 0.75,
  rules: PATTERN_RULES,
};

/**
 * The typed relations of one document, sorted by sentence, source, target, predicate and rule. A classifier
 * relation is dropped when a pattern already related the same two entities in that sentence (either way round).
 */
export function extractTypedRelations(
  doc: RelationDocument,
  settings: Partial<TypedRelationSettings> = {},
): TypedRelation[] {
  const s = { ...DEFAULT_TYPED_RELATION_SETTINGS, ...settings };
  // Both passes need every mention's token range: worked out once. Names that cannot be a relation's person,
  // place or organisation (titles of works, glued names) are left out of both.
  const fit = relationMentions(doc, mentionTokenRanges(doc));
  doc = { ...doc, mentions: fit.mentions };
  const ranges = fit.ranges;
  const patterns = matchPatterns(doc, s.rules, ranges);
  const taken = new Set(
    patterns.flatMap((r) => [
      `${r.sentence}\u0000${r.source}\u0000${r.target}`,
      `${r.sentence}\u0000${r.target}\u0000${r.source}`,
    ]),
  );
  const classified = s.classifier
    ? classifyDocument(doc, s.model ?? shippedModel(), s.classifierThreshold, ranges)
    : [];
  const all = [...patterns, ...classified.filter((r) => !taken.has(`${r.sentence}\u0000${r.source}\u0000${r.target}`))];
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return all.sort(
    (a, b) =>
      a.sentence - b.sentence ||
      cmp(a.source, b.source) ||
      cmp(a.target, b.target) ||
      cmp(a.predicate, b.predicate) ||
      cmp(a.rule, b.rule),
  );
}

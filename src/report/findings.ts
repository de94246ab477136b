/**
 * What the quality report lists: findings of a few kinds, each with a score (how much it deserves a look), the
 * entities it is about and the sentences that show it, so that a reader can judge it in a glance and open it in
 * the viewer. The report is sorted worst first.
 */

/** The kinds of finding, in the order they rank among equal scores. */
export const FINDING_KINDS = [
  "stale-decision",
  "doubtful-merge",
  "fragment",
  "bare-name",
  "type-conflict",
  "boilerplate",
  "weak-relation",
] as const;

/** A kind of finding. */
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Each kind in words, for headings. */
export const FINDING_TITLES: Readonly<Record<FindingKind, string>> = {
  "stale-decision": "Curation decision that no longer applies",
  "doubtful-merge": "Merge that may be wrong",
  fragment: "Probably one entity, not merged",
  "bare-name": "Bare name left unresolved",
  "type-conflict": "Type in doubt",
  boilerplate: "Named only in boilerplate",
  "weak-relation": "Well-supported relation with low confidence",
};

/** An entity a finding is about. */
export interface FindingEntity {
  node: string;
  label: string;
}

/** A passage that shows the finding: a mention or a relation's sentence in its document. */
export interface FindingEvidence {
  /** Key of the document node. */
  document: string;
  title: string;
  /** The passage's offsets in the document's text, and the text itself. */
  start: number;
  end: number;
  text: string;
  /** The name the passage is about, at these offsets within `text`. */
  mark?: { start: number; end: number };
}

/** One thing the report says deserves a look. */
export interface Finding {
  kind: FindingKind;
  /** 0–1: how much it deserves a look. */
  score: number;
  /** One line ("“Smith” could be John Smith or Jane Smith"). */
  title: string;
  /** Why kgraph thinks so. */
  detail: string;
  entities: FindingEntity[];
  evidence: FindingEvidence[];
}

/** Worst first: score, then kind, then title, so that the order never depends on the order found. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    b.score - a.score ||
    FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) ||
    (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)
  );
}

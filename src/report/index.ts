/**
 * The quality report: what in a built graph deserves a look, worst first — curation decisions that no longer
 * apply, merges that may be wrong, names that are probably one entity, bare names left unresolved, types in
 * doubt, entities named only in boilerplate, well-supported relations with low confidence — each with the entities and passages that show it. As
 * data (`qualityReport`), and as a static HTML page (`reportHtml`) whose links open the viewer at an entity.
 */
import type { KnowledgeGraph } from "../graph/index.js";
import { entityFacts } from "./facts.js";
import { compareFindings, FINDING_KINDS, type Finding, type FindingKind } from "./findings.js";
import { findFragments } from "./fragments.js";
import { findDoubtfulMerges } from "./merges.js";
import { findBoilerplateEntities, findTypeConflicts, findWeakRelations } from "./signals.js";

export { FINDING_KINDS, FINDING_TITLES, type Finding, type FindingEvidence, type FindingKind } from "./findings.js";
export { reportHtml, type HtmlOptions } from "./html.js";

/** The report: the findings, worst first, and how many of each kind were found. */
export interface QualityReport {
  findings: Finding[];
  counts: Record<FindingKind, number>;
  /** Findings found in all, before `limit`. */
  total: number;
}

/** Settings of `qualityReport`. */
export interface ReportOptions {
  /** Keep the worst `limit` findings (default: all). */
  limit?: number;
}

/** The findings of a graph, worst first. */
export function qualityReport(graph: KnowledgeGraph, options: ReportOptions = {}): QualityReport {
  const facts = entityFacts(graph);
  const findings = [
    ...staleDecisions(graph),
    ...findDoubtfulMerges(graph, facts),
    ...findFragments(graph, facts),
    ...findTypeConflicts(graph, facts),
    ...findWeakRelations(graph, facts),
    ...findBoilerplateEntities(graph, facts),
  ].map((f) => ({ ...f, score: Math.round(Math.min(1, f.score) * 1000) / 1000 }));
  findings.sort(compareFindings);
  const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  for (const f of findings) counts[f.kind]++;
  return {
    findings: options.limit === undefined ? findings : findings.slice(0, options.limit),
    counts,
    total: findings.length,
  };
}

/** The curation decisions the build reported as no longer applying: first in the report, as they lose work. */
function staleDecisions(graph: KnowledgeGraph): Finding[] {
  const curation = graph.getAttribute("curation");
  return (curation?.stale ?? []).map((s) => ({
    kind: "stale-decision" as const,
    score: 1,
    title: `${curation!.file}${s.line ? `:${s.line}` : ""}: ${s.decision}`,
    detail: `Decision ${s.index} no longer applies: ${s.problem}. Edit or remove it (kgraph curate list, undo).`,
    entities: [],
    evidence: [],
  }));
}

/**
 * Smaller signals the report lists below the rest:
 * - type conflicts: a person whose name ends with an organisation's designator ("Acme Ltd"), and an
 *   organisation, place or outlet that carries a person's title ("Actor" before "Keanu Reeves", read as an
 *   organisation);
 * - typed relations that many sentences support but whose confidence is below the candidate threshold, which the
 *   viewer and queries hide unless asked.
 */
import { CO_OCCURS } from "../contract.js";
import type { KnowledgeGraph } from "../graph/index.js";
import { firstMention, named, sentence, type EntityFacts } from "./facts.js";
import type { Finding } from "./findings.js";

/** Last words that make a name an organisation's. */
const ORGANISATION_ENDINGS = /\b(?:ltd|plc|inc|corp|corporation|fc|party|council|agency|bank|group|university)$/;

/** Entities whose type another signal contradicts. */
export function findTypeConflicts(graph: KnowledgeGraph, facts: ReadonlyMap<string, EntityFacts>): Finding[] {
  const findings: Finding[] = [];
  for (const e of facts.values()) {
    if (e.entityType === "person" && e.words.length > 1 && ORGANISATION_ENDINGS.test(e.key)) {
      findings.push({
        kind: "type-conflict",
        score: 0.35 + Math.min(0.15, Math.log10(1 + e.mentions) / 10),
        title: `${e.label} is a person, but the name ends like an organisation's`,
        detail: `“${e.words.at(-1)}” ends organisations' names; retype it if it is one.`,
        entities: [named(e)],
        evidence: [firstMention(graph, e)].filter((x) => x !== undefined),
      });
    } else if (e.entityType !== "person" && e.entityType !== "misc" && e.roles.length) {
      findings.push({
        kind: "type-conflict",
        score: 0.4 + Math.min(0.15, Math.log10(1 + e.mentions) / 10),
        title: `${e.label} is ${e.entityType === "organization" ? "an" : "a"} ${e.entityType === "organization" ? "organisation" : e.entityType}, but carries a person's title (${e.roles.slice(0, 3).join(", ")})`,
        detail: "Titles come before people's names; the entity may be a person.",
        entities: [named(e)],
        evidence: [firstMention(graph, e)].filter((x) => x !== undefined),
      });
    }
  }
  return findings;
}

/** How many sentences make a low-confidence relation worth a look. */
const WELL_SUPPORTED = 3;

/** Typed relations below the confidence threshold that several sentences support. */
export function findWeakRelations(graph: KnowledgeGraph, facts: ReadonlyMap<string, EntityFacts>): Finding[] {
  const findings: Finding[] = [];
  graph.forEachEdge((_edge, a, source, target) => {
    if (a.kind !== "relation" || a.predicate === CO_OCCURS || !a.candidate || a.weight < WELL_SUPPORTED) return;
    const [s, t] = [facts.get(source), facts.get(target)];
    if (!s || !t) return;
    const first = a.evidence[0];
    findings.push({
      kind: "weak-relation",
      score: 0.2 + Math.min(0.2, a.weight / 50),
      title: `${s.label} → ${a.relationLabel ?? a.predicate} → ${t.label}: ${a.weight} sentences, confidence ${Math.round(a.confidence * 100)}%`,
      detail: "A candidate relation (hidden by default) that many sentences support: confirm or reject it.",
      entities: [named(s), named(t)],
      evidence: first ? [sentence(graph, first)] : [],
    });
  });
  return findings;
}

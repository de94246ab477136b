/**
 * Smaller signals the report lists below the rest:
 * - type conflicts: a person whose name ends with an organisation's designator ("Acme Ltd"), and an
 *   organisation, place or outlet that carries a person's title ("Actor" before "Keanu Reeves", read as an
 *   organisation);
 * - typed relations that many sentences support but whose confidence is below the candidate threshold, which the
 *   viewer and queries hide unless asked;
 * - entities named only in boilerplate: lines that three documents or more repeat word for word (a signature, a
 *   footer), or that read like a page's furniture ("All rights reserved", "Sign up for…").
 */
import { CO_OCCURS } from "../contract.js";
import type { KnowledgeGraph } from "../graph/index.js";
import { firstMention, named, passage, sentence, type EntityFacts } from "./facts.js";
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

/** Lines that are a page's furniture, not its news. */
const FURNITURE =
  /\b(?:all rights reserved|subscribe (?:to|now)|sign up (?:for|to|now)|follow us|click here|advertisement|related (?:stories|articles|links)|share this|e-?mail this|print this|read more)\b|©/i;

/** Furniture is short: a paragraph that mentions copyright is news about copyright. */
const FURNITURE_LENGTH = 160;

/** How many documents must repeat a line for it to be boilerplate. */
const REPEATED = 3;

/** Entities named only in lines that are boilerplate. */
export function findBoilerplateEntities(graph: KnowledgeGraph, facts: ReadonlyMap<string, EntityFacts>): Finding[] {
  // Every line of every document, with the number of documents that have it (one pass over the texts).
  const lines = new Map<string, Array<{ start: number; end: number; line: string }>>();
  const repeats = new Map<string, number>();
  graph.forEachNode((node, a) => {
    if (a.kind !== "document") return;
    const list: Array<{ start: number; end: number; line: string }> = [];
    const seen = new Set<string>();
    for (const match of a.text.matchAll(/[^\n]+/g)) {
      const line = match[0].trim();
      if (line.length < 12) continue;
      list.push({ start: match.index, end: match.index + match[0].length, line });
      if (!seen.has(line)) repeats.set(line, (repeats.get(line) ?? 0) + 1);
      seen.add(line);
    }
    lines.set(node, list);
  });
  const boilerplate = (line: string) =>
    (repeats.get(line) ?? 0) >= REPEATED || (line.length <= FURNITURE_LENGTH && FURNITURE.test(line));
  const findings: Finding[] = [];
  for (const e of facts.values()) {
    if (e.entityType === "misc" || e.mentions > 5) continue;
    let first: { document: string; span: { start: number; end: number } } | undefined;
    let everywhere = e.spans.size > 0;
    for (const [document, spans] of e.spans) {
      for (const span of spans) {
        const line = lines.get(document)?.find((l) => l.start <= span.start && span.end <= l.end);
        if (!line || !boilerplate(line.line)) everywhere = false;
        else if (!first || document < first.document) first = { document, span };
      }
      if (!everywhere) break;
    }
    if (!everywhere || !first) continue;
    findings.push({
      kind: "boilerplate",
      score: 0.3 + 0.05 * Math.min(2, e.mentions - 1),
      title: `${e.label} is named only in boilerplate (${e.mentions} mention${e.mentions === 1 ? "" : "s"})`,
      detail:
        "Every mention is in a line several documents repeat word for word, or in a page's furniture: usually noise; remove it if it is.",
      entities: [named(e)],
      evidence: [passage(graph, first.document, first.span)],
    });
  }
  return findings;
}

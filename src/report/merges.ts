/**
 * Merges that may be wrong:
 * - one person node with two distinct full names (neither first name a form of the other: "George Bush" and
 *   "Kate Bush"), except names the alias table or a curation decision gave it;
 * - an alias joined across documents (corpus-wide short form, nickname, middle initial) whose documents share
 *   nothing with the entity's other documents: no entity named in both, so the contexts disagree ("Brown" in
 *   football reports joined to Gordon Brown).
 */
import type { KnowledgeGraph } from "../graph/index.js";
import { isPartOf, keyTokens, nameKey } from "../resolve/index.js";
import { named, overlap, passage, type EntityFacts } from "./facts.js";
import type { Finding, FindingEvidence } from "./findings.js";

/** Rules by which a name joins from another document: its context can disagree with the entity's. */
const CROSS_DOCUMENT = new Set(["corpus-short-form", "nickname", "middle-initial", "connective-variant"]);
/**
 * Rules whose names are not two people's: someone's word (the alias table, a curation decision), or a form of
 * one first name (a nickname, a dropped middle initial).
 */
const ONE_PERSON = new Set(["known-alias", "curation", "nickname", "middle-initial"]);

/** Doubtful merges. */
export function findDoubtfulMerges(graph: KnowledgeGraph, facts: ReadonlyMap<string, EntityFacts>): Finding[] {
  const findings: Finding[] = [];
  // Entities per document, for the contexts.
  const inDocument = new Map<string, Set<string>>();
  for (const e of facts.values())
    for (const d of e.spans.keys()) (inDocument.get(d) ?? inDocument.set(d, new Set()).get(d)!).add(e.node);

  for (const e of facts.values()) {
    if (e.entityType === "person") {
      const vouched = new Set(e.joins.filter((j) => ONE_PERSON.has(j.rule)).map((j) => j.alias));
      const full = [e.label, ...e.aliases.filter((a) => a !== e.label && !vouched.has(a))].filter(
        (a) => keyTokens(nameKey(a)).length > 1,
      );
      const distinct = twoPeople(full);
      if (distinct) {
        findings.push({
          kind: "doubtful-merge",
          score: 0.75 + Math.min(0.15, Math.log10(1 + e.mentions) / 10),
          title: `${e.label} has two full names: “${distinct[0]}” and “${distinct[1]}”`,
          detail: "Their first names are not forms of one another: two people may have been merged.",
          entities: [named(e)],
          evidence: distinct.map((name) => mentionOf(graph, e, name)).filter((x): x is FindingEvidence => !!x),
        });
      }
    }
    for (const join of e.joins) {
      if (!CROSS_DOCUMENT.has(join.rule)) continue;
      // Documents where only the alias names the entity, and the others.
      const aliasOnly: string[] = [];
      const others: string[] = [];
      for (const [d, spans] of e.spans) {
        if (spans.every((s) => s.text === join.alias)) aliasOnly.push(d);
        else others.push(d);
      }
      if (!aliasOnly.length || !others.length) continue;
      const around = (docs: string[]) => {
        const set = new Set<string>();
        for (const d of docs) for (const n of inDocument.get(d) ?? []) if (n !== e.node) set.add(n);
        return set;
      };
      const shared = overlap(around(aliasOnly), around(others));
      if (shared > 0) continue;
      findings.push({
        kind: "doubtful-merge",
        score: 0.55 + Math.min(0.3, aliasOnly.length / 20),
        title: `“${join.alias}” joined ${e.label}, but their documents have nothing in common`,
        detail: `“${join.alias}” (${join.why}) alone names the entity in ${aliasOnly.length} document${aliasOnly.length === 1 ? "" : "s"}, which name none of the entities of the ${others.length} other${others.length === 1 ? "" : "s"}.`,
        entities: [named(e)],
        evidence: [mentionOf(graph, e, join.alias, aliasOnly), mentionOf(graph, e, e.label, others)].filter(
          (x): x is FindingEvidence => !!x,
        ),
      });
    }
  }
  return findings;
}

/** Two of the names whose first words are not forms of one another (neither an initial nor a prefix of it). */
function twoPeople(names: readonly string[]): [string, string] | undefined {
  const firsts = names.map((n) => ({
    name: n,
    key: nameKey(n),
    first: keyTokens(nameKey(n))[0]!,
    last: keyTokens(nameKey(n)).at(-1)!,
  }));
  for (let i = 0; i < firsts.length; i++)
    for (let j = i + 1; j < firsts.length; j++) {
      const [a, b] = [firsts[i]!, firsts[j]!];
      if (a.last !== b.last) continue; // "Kim Jong Un" and "Kim Jong-un" differ elsewhere: one person
      if (isPartOf(a.key, b.key) || isPartOf(b.key, a.key)) continue; // "Kilroy Silk" of "Robert Kilroy Silk"
      if (a.first.length === 1 || b.first.length === 1) continue;
      if (a.first.startsWith(b.first) || b.first.startsWith(a.first)) continue;
      return [a.name, b.name];
    }
  return undefined;
}

/** A passage where the entity is named `name`, in the first of `documents` (default: all) that has one. */
function mentionOf(
  graph: KnowledgeGraph,
  e: EntityFacts,
  name: string,
  documents: readonly string[] = [...e.spans.keys()],
): FindingEvidence | undefined {
  for (const d of [...documents].sort()) {
    const span = e.spans.get(d)?.find((s) => s.text === name);
    if (span) return passage(graph, d, span);
  }
  return undefined;
}

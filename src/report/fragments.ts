/**
 * Names that are probably one entity but are separate nodes (fragments), and bare names left unresolved:
 * - a one-word person name that one multi-word person name of the graph begins or ends with is probably that
 *   person, and one that several fit is a bare name left unresolved ("Smith": John Smith or Jane Smith);
 * - an acronym that spells another organisation's name ("MSW", "Ministry of Silly Walks");
 * - a name that another one extends by designators only ("Taito", "Taito Corporation");
 * - two spellings a letter or two apart ("Jonathan Smithers", "Jonathon Smithers").
 * Candidates are found through blocks (a name's first or last word), never by comparing every pair, so the check
 * stays linear on a corpus of thousands of entities. Shared documents and neighbours raise the score.
 */
import { distance } from "fastest-levenshtein";
import type { EntityType } from "../contract.js";
import type { KnowledgeGraph } from "../graph/index.js";
import { DESIGNATORS } from "../resolve/index.js";
import { firstMention, named, overlap, type EntityFacts } from "./facts.js";
import type { Finding, FindingEvidence } from "./findings.js";

/** Names and acronyms of kinds that fold together (media are organisations). */
function group(type: EntityType): string {
  return type === "media" ? "organization" : type;
}

/** Probable fragments and unresolved bare names. */
export function findFragments(graph: KnowledgeGraph, facts: ReadonlyMap<string, EntityFacts>): Finding[] {
  const findings: Finding[] = [];
  const entities = [...facts.values()].filter((e) => e.entityType !== "misc");
  // Blocks: multi-word names by first and by last word, per type group.
  const byFirst = new Map<string, EntityFacts[]>();
  const byLast = new Map<string, EntityFacts[]>();
  const add = (map: Map<string, EntityFacts[]>, key: string, e: EntityFacts) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  // Organisations' names by the acronym their initials spell.
  const byAcronym = new Map<string, EntityFacts[]>();
  for (const e of entities) {
    if (e.words.length < 2) continue;
    add(byFirst, `${group(e.entityType)} ${e.words[0]}`, e);
    add(byLast, `${group(e.entityType)} ${e.words.at(-1)}`, e);
    if (group(e.entityType) === "organization") add(byAcronym, acronymOf(e.words), e);
  }
  const context = (a: EntityFacts, b: EntityFacts) =>
    Math.max(overlap(new Set(a.spans.keys()), new Set(b.spans.keys())), overlap(a.neighbours, b.neighbours));
  const evidence = (...list: EntityFacts[]): FindingEvidence[] =>
    list.map((e) => firstMention(graph, e)).filter((x): x is FindingEvidence => x !== undefined);
  // Seen pairs, so that a pair found by two rules is listed once.
  const seen = new Set<string>();
  const pair = (a: EntityFacts, b: EntityFacts) => (a.node < b.node ? `${a.node}|${b.node}` : `${b.node}|${a.node}`);

  for (const e of entities) {
    const g = group(e.entityType);
    if (e.words.length === 1 && e.entityType === "person") {
      const word = e.words[0]!;
      const fits = [...(byLast.get(`person ${word}`) ?? []), ...(byFirst.get(`person ${word}`) ?? [])];
      const unique = [...new Map(fits.map((f) => [f.node, f])).values()];
      if (unique.length === 1) {
        const full = unique[0]!;
        seen.add(pair(e, full));
        const shared = context(e, full);
        findings.push({
          kind: "fragment",
          score: 0.45 + 0.4 * shared + mentionWeight(e),
          title: `“${e.label}” is probably ${full.label}`,
          detail: `${full.label} is the only full name of the graph that “${e.label}” begins or ends; they share ${Math.round(shared * 100)}% of documents or neighbours.`,
          entities: [named(e), named(full)],
          evidence: evidence(e, full),
        });
      } else if (unique.length > 1) {
        const ranked = unique.sort((a, b) => b.mentions - a.mentions || (a.label < b.label ? -1 : 1));
        findings.push({
          kind: "bare-name",
          score: 0.4 + mentionWeight(e) + 0.1 * Math.min(1, e.mentions / 10),
          title: `“${e.label}” could be ${ranked
            .slice(0, 3)
            .map((f) => f.label)
            .join(", ")}${ranked.length > 3 ? ` or ${ranked.length - 3} more` : ""}`,
          detail: `A bare name that ${ranked.length} full names of the graph fit: kgraph left it as its own entity (${e.mentions} mention${e.mentions === 1 ? "" : "s"}).`,
          entities: [named(e), ...ranked.slice(0, 3).map(named)],
          evidence: evidence(e),
        });
      }
      continue;
    }
    if (g === "organization" && /^\p{Lu}{2,6}$/u.test(e.label)) {
      for (const full of byAcronym.get(e.label.toLowerCase()) ?? []) {
        if (seen.has(pair(e, full))) continue;
        seen.add(pair(e, full));
        findings.push({
          kind: "fragment",
          score: 0.4 + 0.4 * context(e, full) + mentionWeight(e),
          title: `“${e.label}” may be the acronym of ${full.label}`,
          detail: `The initials of “${full.label}” spell ${e.label}, and no text defines it.`,
          entities: [named(e), named(full)],
          evidence: evidence(e, full),
        });
      }
    }
    if (!e.words.length) continue;
    // Designators, and spellings a letter or two apart, among names that share their first or last word.
    const block = [
      ...(byFirst.get(`${g} ${e.words[0]}`) ?? []),
      ...(e.words.length > 1 ? (byLast.get(`${g} ${e.words.at(-1)}`) ?? []) : []),
    ];
    for (const other of block) {
      if (other.node === e.node || seen.has(pair(e, other))) continue;
      const designated = extendsByDesignators(e.words, other.words);
      const close = !designated && closeSpelling(e.key, other.key, e.words, other.words);
      if (!designated && !close) continue;
      seen.add(pair(e, other));
      const shared = context(e, other);
      findings.push({
        kind: "fragment",
        score: (designated ? 0.45 : 0.5) + 0.4 * shared + mentionWeight(e) / 2 + mentionWeight(other) / 2,
        title: `“${e.label}” and “${other.label}” are probably one entity`,
        detail: designated
          ? `“${other.label}” adds only ${other.words.slice(e.words.length).join(" ")} to the name.`
          : `The names are ${distance(e.key, other.key)} letter${distance(e.key, other.key) === 1 ? "" : "s"} apart; they share ${Math.round(shared * 100)}% of documents or neighbours.`,
        entities: [named(e), named(other)],
        evidence: evidence(e, other),
      });
    }
  }
  return findings;
}

/** Up to 0.15 more for an often-mentioned name: a fragment of a frequent name splits more of the graph. */
function mentionWeight(e: EntityFacts): number {
  return Math.min(0.15, Math.log10(1 + e.mentions) / 10);
}

function acronymOf(words: readonly string[]): string {
  return words
    .filter((w) => !/^(?:of|the|and|for|de|la|&)$/.test(w))
    .map((w) => w[0])
    .join("");
}

function extendsByDesignators(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length || !short.every((w, i) => long[i] === w)) return false;
  return long.slice(short.length).every((w) => DESIGNATORS.has(w));
}

/**
 * Two spellings of one name: the same number of words, a letter or two apart overall (one for short names), and
 * no word differing by more than two letters (so "Kate Bush" and "Kate Bosh" count, "Mark Hughes" and "Mark
 * Hughes Jr" do not, and two different short surnames do not).
 */
function closeSpelling(a: string, b: string, wa: readonly string[], wb: readonly string[]): boolean {
  if (wa.length !== wb.length || a.length < 6) return false;
  const d = distance(a, b);
  if (d === 0 || d > (a.length < 10 ? 1 : 2)) return false;
  // Each differing word must be a misspelling, not another name: long enough ("Lee" / "Leo" are two names), one
  // letter off below eight letters ("Blair" / "Bland"), and two off only with the same first letter
  // ("Northern" / "Southern"; "Costas" / "Kostas" is one letter).
  return wa.every((w, i) => {
    const v = wb[i]!;
    if (w === v) return true;
    const dw = distance(w, v);
    const length = Math.min(w.length, v.length);
    return length >= 5 && (dw === 1 || (length >= 8 && dw === 2 && w[0] === v[0]));
  });
}

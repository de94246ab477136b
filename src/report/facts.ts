/**
 * The facts of a built graph the report's checks read, gathered in one pass: per entity its name key and words,
 * the documents that mention it (with the mention spans) and the entities it is related to; and the passage
 * around a mention, for evidence.
 */
import type { AliasJoin, EntityType, MentionSpan } from "../contract.js";
import { isEntity, type KnowledgeGraph } from "../graph/index.js";
import { keyTokens, nameKey } from "../resolve/index.js";
import type { FindingEntity, FindingEvidence } from "./findings.js";

/** One entity as the checks see it. */
export interface EntityFacts {
  node: string;
  label: string;
  key: string;
  words: readonly string[];
  entityType: EntityType;
  mentions: number;
  aliases: string[];
  joins: AliasJoin[];
  roles: string[];
  /** Document node → the entity's mention spans there. */
  spans: Map<string, MentionSpan[]>;
  /** Entities related to it by any relation edge. */
  neighbours: Set<string>;
}

/** Every entity's facts, in node order. */
export function entityFacts(graph: KnowledgeGraph): Map<string, EntityFacts> {
  const facts = new Map<string, EntityFacts>();
  graph.forEachNode((node, a) => {
    if (!isEntity(a)) return;
    const key = nameKey(a.label);
    facts.set(node, {
      node,
      label: a.label,
      key,
      words: keyTokens(key),
      entityType: a.entityType,
      mentions: a.mentions,
      aliases: a.aliases,
      joins: a.aliasJoins ?? [],
      roles: a.roles,
      spans: new Map(),
      neighbours: new Set(),
    });
  });
  graph.forEachEdge((_edge, a, source, target) => {
    if (a.kind === "mention") facts.get(target)?.spans.set(source, a.spans);
    else {
      facts.get(source)?.neighbours.add(target);
      facts.get(target)?.neighbours.add(source);
    }
  });
  return facts;
}

/** The entity as a finding names it. */
export function named(e: EntityFacts): FindingEntity {
  return { node: e.node, label: e.label };
}

/** Longest passage around a mention, in characters each side. */
const REACH = 240;

/** The sentence (or up to REACH characters each side) around a span of a document, the span marked. */
export function passage(
  graph: KnowledgeGraph,
  document: string,
  span: { start: number; end: number },
): FindingEvidence {
  const a = graph.getNodeAttributes(document);
  const text = a.kind === "document" ? a.text : "";
  let start = span.start;
  const floor = Math.max(0, span.start - REACH);
  while (start > floor && !/[.!?\n]\s$/.test(text.slice(start - 2, start)) && text[start - 1] !== "\n") start--;
  let end = span.end;
  const ceiling = Math.min(text.length, span.end + REACH);
  while (end < ceiling && !/[.!?\n]/.test(text[end - 1] ?? "")) end++;
  return {
    document,
    title: a.label,
    start,
    end,
    text: text.slice(start, end),
    mark: { start: span.start - start, end: span.end - start },
  };
}

/** A relation's evidence sentence as a passage. */
export function sentence(graph: KnowledgeGraph, ev: { document: string; start: number; end: number }): FindingEvidence {
  const a = graph.getNodeAttributes(ev.document);
  const text = a.kind === "document" ? a.text.slice(ev.start, ev.end) : "";
  return { document: ev.document, title: a.label, start: ev.start, end: ev.end, text };
}

/** The first mention of an entity whose text is `name` (any when undefined), in document order, as a passage. */
export function firstMention(graph: KnowledgeGraph, e: EntityFacts, name?: string): FindingEvidence | undefined {
  for (const document of [...e.spans.keys()].sort()) {
    const span = e.spans.get(document)!.find((s) => name === undefined || s.text === name);
    if (span) return passage(graph, document, span);
  }
  return undefined;
}

/** The share of the smaller of two sets that the other holds (0 when either is empty). */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size;
}

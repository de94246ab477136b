/**
 * Finding entities by name: exact lookup over labels and aliases (spelling variants fold together), and fuzzy
 * search for "did you mean".
 */
import { distance } from "fastest-levenshtein";
import { EntityNotFoundError } from "../errors.js";
import { isEntity, type EntityNodeAttributes, type KnowledgeGraph } from "../graph/index.js";
import { createAliasIndex, isPartOf, nameKey } from "../resolve/index.js";

/** One search hit. */
export interface SearchHit {
  node: string;
  label: string;
  entityType: EntityNodeAttributes["entityType"];
  /** The label or alias that matched. */
  matched: string;
  /** 0–1, higher is closer. */
  score: number;
}

interface NameIndex {
  /** Name key of every label and alias → entity nodes (more than one if two entities share an alias). */
  byKey: Map<string, string[]>;
  names: Array<{ node: string; name: string; key: string }>;
}

const indexes = new WeakMap<KnowledgeGraph, NameIndex>();
const builtInAliases = createAliasIndex();

function nameIndex(graph: KnowledgeGraph): NameIndex {
  let index = indexes.get(graph);
  if (index) return index;
  index = { byKey: new Map(), names: [] };
  const add = (node: string, name: string, primary: boolean) => {
    const key = nameKey(name);
    if (!key) return;
    const nodes = index!.byKey.get(key) ?? [];
    if (!nodes.includes(node)) {
      if (primary) nodes.unshift(node);
      else nodes.push(node);
    }
    index!.byKey.set(key, nodes);
    index!.names.push({ node, name, key });
  };
  graph.forEachNode((node, a) => {
    if (!isEntity(a)) return;
    add(node, a.label, true);
    for (const alias of a.aliases) add(node, alias, false);
  });
  indexes.set(graph, index);
  return index;
}

/** The entity node a name, alias or node key refers to; throws EntityNotFoundError with suggestions otherwise. */
export function findEntity(graph: KnowledgeGraph, nameOrAlias: string): string {
  if (graph.hasNode(nameOrAlias) && isEntity(graph.getNodeAttributes(nameOrAlias))) return nameOrAlias;
  const index = nameIndex(graph);
  const nodes = index.byKey.get(nameKey(nameOrAlias));
  if (nodes?.length) {
    // Prefer the entity whose label (not just an alias) matches, then the most mentioned.
    return [...nodes].sort(
      (a, b) =>
        labelMatch(graph, b, nameOrAlias) - labelMatch(graph, a, nameOrAlias) ||
        mentionsOf(graph, b) - mentionsOf(graph, a),
    )[0]!;
  }
  // A surname or first name that only one person's name ends or begins with ("Merkel").
  const partial = uniquePersonWithPart(graph, index, nameKey(nameOrAlias));
  if (partial) return partial;
  // A well-known alias the corpus never used ("DPRK" for a corpus that only says "North Korea").
  const known = builtInAliases.lookup(nameOrAlias);
  const canonical = known ? index.byKey.get(nameKey(known.name)) : undefined;
  if (canonical?.length) return canonical[0]!;
  throw new EntityNotFoundError(
    nameOrAlias,
    search(graph, nameOrAlias, 5).map((h) => h.label),
  );
}

function uniquePersonWithPart(graph: KnowledgeGraph, index: NameIndex, query: string): string | undefined {
  const nodes = new Set<string>();
  for (const { node, key } of index.names) {
    if ((graph.getNodeAttributes(node) as EntityNodeAttributes).entityType === "person" && isPartOf(query, key))
      nodes.add(node);
  }
  return nodes.size === 1 ? [...nodes][0] : undefined;
}

function labelMatch(graph: KnowledgeGraph, node: string, name: string): number {
  return nameKey(graph.getNodeAttribute(node, "label")) === nameKey(name) ? 1 : 0;
}

function mentionsOf(graph: KnowledgeGraph, node: string): number {
  const a = graph.getNodeAttributes(node);
  return isEntity(a) ? a.mentions : 0;
}

/** Fuzzy search over labels and aliases: prefix and substring matches first, then small edit distances. */
export function search(graph: KnowledgeGraph, text: string, limit = 10): SearchHit[] {
  const query = nameKey(text);
  if (!query) return [];
  const best = new Map<string, SearchHit>();
  for (const { node, name, key } of nameIndex(graph).names) {
    const score = similarity(query, key);
    if (score < 0.5) continue;
    const previous = best.get(node);
    if (previous && previous.score >= score) continue;
    const a = graph.getNodeAttributes(node) as EntityNodeAttributes;
    best.set(node, { node, label: a.label, entityType: a.entityType, matched: name, score });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score || mentionsOf(graph, b.node) - mentionsOf(graph, a.node) || (a.label < b.label ? -1 : 1),
    )
    .slice(0, limit);
}

/** 1 for equal keys; high for prefixes and whole-word matches; otherwise normalised edit similarity. */
function similarity(query: string, key: string): number {
  if (query === key) return 1;
  if (key.startsWith(query)) return 0.9 + 0.05 * (query.length / key.length);
  if (key.split(" ").includes(query)) return 0.85;
  if (key.includes(query)) return 0.75;
  const edit = 1 - distance(query, key) / Math.max(query.length, key.length);
  // Compare with the key's words too, so "Putn" finds "Vladimir Putin".
  const wordEdit = Math.max(...key.split(" ").map((w) => 1 - distance(query, w) / Math.max(query.length, w.length)));
  return Math.max(edit, wordEdit * 0.8);
}

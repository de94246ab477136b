/**
 * Entity search: an index of every entity's name and aliases, and a ranked lookup for the autocomplete
 * (exact match, whole words, prefix, word prefix, substring; more-mentioned entities first within a rank).
 * Pure; the search box's DOM lives in search-box.ts.
 */
import { isEntity, type EntityType, type ViewerGraph } from "./model.js";

/** One searchable name of an entity. */
export interface SearchEntry {
  node: string;
  label: string;
  /** The name as written (the label or one alias). */
  name: string;
  /** `name` normalised for matching. */
  key: string;
  entityType: EntityType;
  /** The entity's node colour, for the result's chip. */
  color: string;
  mentions: number;
}

/** One autocomplete result. */
export interface SearchResult {
  node: string;
  label: string;
  entityType: EntityType;
  color: string;
  /** The alias that matched, when it is not the label ("Putin" for "Vladimir Putin" is not shown; "DPRK" is). */
  matchedAlias?: string;
  rank: number;
}

/** Lower case, no diacritics, hyphens and runs of spaces as one space: "Kim Jong-un" ≈ "kim jong un". */
export function normaliseName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-‐‑–—_.']+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Builds the search index over every entity's label and aliases. */
export function buildSearchIndex(graph: ViewerGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, attr) => {
    if (!isEntity(attr)) return;
    const names = new Set<string>([attr.label, ...(Array.isArray(attr.aliases) ? attr.aliases : [])]);
    for (const name of names) {
      if (typeof name !== "string" || !name.trim()) continue;
      entries.push({
        node,
        label: attr.label,
        name,
        key: normaliseName(name),
        entityType: attr.entityType,
        color: attr.color,
        mentions: attr.mentions ?? 0,
      });
    }
  });
  return entries;
}

/**
 * Rank of a match (lower is better), or -1 when the key does not contain the query:
 * 0 exact; 1 whole words ("korea" in "north korea"); 2 prefix of the name; 3 prefix of a later word; 4 substring.
 */
function rankOf(key: string, query: string): number {
  if (key === query) return 0;
  const padded = ` ${key} `;
  if (padded.includes(` ${query} `)) return 1;
  if (key.startsWith(query)) return 2;
  if (key.includes(` ${query}`)) return 3;
  if (key.includes(query)) return 4;
  return -1;
}

/** The best `limit` entities whose label or an alias matches the query, one result per entity. */
export function searchEntities(index: readonly SearchEntry[], query: string, limit = 10): SearchResult[] {
  const q = normaliseName(query);
  if (!q) return [];
  const best = new Map<string, { entry: SearchEntry; rank: number }>();
  for (const entry of index) {
    const rank = rankOf(entry.key, q);
    if (rank < 0) continue;
    const previous = best.get(entry.node);
    // Prefer the better rank; at equal rank prefer the label itself over an alias.
    if (!previous || rank < previous.rank || (rank === previous.rank && entry.name === entry.label)) {
      best.set(entry.node, { entry, rank });
    }
  }
  return [...best.values()]
    .sort(
      (a, b) => a.rank - b.rank || b.entry.mentions - a.entry.mentions || a.entry.label.localeCompare(b.entry.label),
    )
    .slice(0, limit)
    .map(({ entry, rank }) => ({
      node: entry.node,
      label: entry.label,
      entityType: entry.entityType,
      color: entry.color,
      rank,
      ...(entry.name !== entry.label && rankOf(normaliseName(entry.label), q) < 0 ? { matchedAlias: entry.name } : {}),
    }));
}

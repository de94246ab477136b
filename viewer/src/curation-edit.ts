/**
 * Curation decisions applied to the loaded graph, so that a change shows at once while the server writes it to
 * the curation file. The next `kgraph build` replays the file from the extractions, which is the authority: these
 * edits follow its rules closely (a merge adds the edges up, a split moves the alias's mention spans and the
 * evidence of the sentences where the entity has no other name, as the build does) but work only from what the
 * graph holds. Pure functions of a graphology graph, so they are tested without a browser.
 */
import {
  CO_OCCURS,
  isEntity,
  type EdgeAttributes,
  type EntityNodeAttributes,
  type EntityType,
  type Evidence,
  type MentionSpan,
  type RelationEdgeAttributes,
  type ViewerGraph,
} from "./model.js";

/** A decision as the curation file and the server's API write it (first key: the action). */
export type DecisionEntry =
  | { merge: string[] }
  | { split: string; alias: string }
  | { rename: string; to: string }
  | { retype: string; to: EntityType }
  | { remove: string }
  | { reject: [string, string]; predicate?: string };

function entity(graph: ViewerGraph, node: string): EntityNodeAttributes {
  const attributes = graph.getNodeAttributes(node);
  if (!isEntity(attributes)) throw new Error(`kgraph viewer: ${node} is not an entity`);
  return attributes;
}

/** Renames an entity; the old name stays an alias. */
export function renameEntity(graph: ViewerGraph, node: string, to: string): DecisionEntry {
  const a = entity(graph, node);
  const old = a.label;
  graph.mergeNodeAttributes(node, {
    label: to,
    aliases: [...new Set([...a.aliases, old])].sort(),
    aliasJoins: [
      ...(a.aliasJoins ?? []).filter((j) => j.alias !== to && j.alias !== old),
      { alias: old, rule: "curation" as const, why: "user curation: the name before a rename" },
    ].sort((x, y) => (x.alias < y.alias ? -1 : 1)),
    curated: true,
  });
  return { rename: old, to };
}

/** Gives an entity another type, with the colour the graph uses for that type. */
export function retypeEntity(graph: ViewerGraph, node: string, to: EntityType, color: string): DecisionEntry {
  graph.mergeNodeAttributes(node, { entityType: to, color, curated: true });
  return { retype: entity(graph, node).label, to };
}

/** Removes an entity with its edges. */
export function removeEntity(graph: ViewerGraph, node: string): DecisionEntry {
  const label = entity(graph, node).label;
  graph.dropNode(node);
  return { remove: label };
}

/** Rejects a relation edge: every edge of its predicate between its two entities, or every relation with `all`. */
export function rejectRelation(graph: ViewerGraph, edge: string, all = false): DecisionEntry {
  const attributes = graph.getEdgeAttributes(edge);
  if (attributes.kind !== "relation") throw new Error(`kgraph viewer: ${edge} is not a relation`);
  const [a, b] = graph.extremities(edge);
  for (const e of graph.edges(a, b).concat(graph.edges(b, a))) {
    if (!graph.hasEdge(e)) continue;
    const x = graph.getEdgeAttributes(e);
    if (x.kind === "relation" && (all || x.predicate === attributes.predicate)) graph.dropEdge(e);
  }
  const names: [string, string] = [entity(graph, a).label, entity(graph, b).label];
  return all ? { reject: names } : { reject: names, predicate: attributes.predicate };
}

/** Merges `other` into `keep`: its names become aliases, its edges are added to `keep`'s, and it goes. */
export function mergeEntities(graph: ViewerGraph, keep: string, other: string): DecisionEntry {
  const a = entity(graph, keep);
  const b = entity(graph, other);
  const entry: DecisionEntry = { merge: [a.label, b.label] };
  for (const edge of graph.edges(other)) {
    const source = graph.source(edge) === other ? keep : graph.source(edge);
    const target = graph.target(edge) === other ? keep : graph.target(edge);
    if (source !== target) addEdge(graph, source, target, graph.isDirected(edge), graph.getEdgeAttributes(edge));
  }
  const joins = new Map((a.aliasJoins ?? []).map((j) => [j.alias, j]));
  for (const j of b.aliasJoins ?? []) if (!joins.has(j.alias)) joins.set(j.alias, j);
  joins.set(b.label, { alias: b.label, rule: "curation" as const, why: "user curation: merged" });
  joins.delete(a.label);
  graph.dropNode(other);
  graph.mergeNodeAttributes(keep, {
    aliases: [...new Set([...a.aliases, ...b.aliases, b.label])].sort(),
    roles: [...new Set([...a.roles, ...b.roles])].sort(),
    aliasJoins: [...joins.values()].sort((x, y) => (x.alias < y.alias ? -1 : 1)),
    mentions: a.mentions + b.mentions,
    documents: graph.inEdges(keep).filter((e) => graph.getEdgeAttribute(e, "kind") === "mention").length,
    curated: true,
  });
  return entry;
}

/**
 * Splits an alias off an entity into an entity of its own (the one of that name when the graph has it): the
 * alias's mention spans move, and so does the evidence of every sentence where the entity has no other mention.
 * Returns the decision and the node the alias went to.
 */
export function splitAlias(graph: ViewerGraph, node: string, alias: string): { entry: DecisionEntry; node: string } {
  const a = entity(graph, node);
  const same = (text: string) => normal(text) === normal(alias);
  const existing = graph.findNode((k, x) => k !== node && isEntity(x) && same(x.label));
  const to = existing ?? freeKey(graph, `entity:${normal(alias).replace(/ /g, "-")}`);
  if (!existing)
    graph.addNode(to, {
      kind: "entity",
      label: alias,
      entityType: a.entityType,
      aliases: [alias],
      roles: [],
      mentions: 0,
      documents: 0,
      x: a.x + 0.5,
      y: a.y + 0.5,
      size: Math.max(2, a.size / 2),
      color: a.color,
      curated: true,
    });
  // Per document: the moved spans and the kept ones, for the evidence rule.
  const moved = new Map<string, MentionSpan[]>();
  const kept = new Map<string, MentionSpan[]>();
  let count = 0;
  for (const edge of graph.inEdges(node)) {
    const m = graph.getEdgeAttributes(edge);
    if (m.kind !== "mention") continue;
    const doc = graph.source(edge);
    const go = m.spans.filter((s) => same(s.text));
    if (!go.length) continue;
    const stay = m.spans.filter((s) => !same(s.text));
    moved.set(doc, go);
    kept.set(doc, stay);
    count += go.length;
    addEdge(graph, doc, to, true, { kind: "mention", weight: go.length, spans: go, curated: true });
    if (stay.length) graph.mergeEdgeAttributes(edge, { spans: stay, weight: stay.length, curated: true });
    else graph.dropEdge(edge);
  }
  const within = (spans: MentionSpan[] | undefined, ev: Evidence) =>
    (spans ?? []).some((s) => s.start >= ev.start && s.end <= ev.end);
  for (const edge of graph.edges(node)) {
    const r = graph.getEdgeAttributes(edge);
    if (r.kind !== "relation") continue;
    const go = r.evidence.filter((ev) => within(moved.get(ev.document), ev) && !within(kept.get(ev.document), ev));
    if (!go.length) continue;
    const source = graph.source(edge) === node ? to : graph.source(edge);
    const target = graph.target(edge) === node ? to : graph.target(edge);
    if (source !== target)
      addEdge(graph, source, target, graph.isDirected(edge), {
        ...r,
        evidence: go,
        weight: go.length,
        curated: true,
      });
    const stay = r.evidence.filter((ev) => !go.includes(ev));
    if (stay.length) graph.mergeEdgeAttributes(edge, { evidence: stay, weight: stay.length, curated: true });
    else graph.dropEdge(edge);
  }
  const target = entity(graph, to);
  graph.mergeNodeAttributes(to, {
    aliases: [...new Set([...target.aliases, alias])].sort(),
    mentions: target.mentions + count,
    documents: graph.inEdges(to).length,
    curated: true,
  });
  graph.mergeNodeAttributes(node, {
    aliases: a.aliases.filter((x) => !same(x)),
    aliasJoins: (a.aliasJoins ?? []).filter((j) => !same(j.alias)),
    mentions: a.mentions - count,
    documents: graph.inEdges(node).filter((e) => graph.getEdgeAttribute(e, "kind") === "mention").length,
    curated: true,
  });
  return { entry: { split: a.label, alias }, node: to };
}

/** Adds an edge, or adds its support to the edge of the same kind and predicate between the same nodes. */
function addEdge(graph: ViewerGraph, source: string, target: string, directed: boolean, attributes: EdgeAttributes) {
  let [s, t] = [source, target];
  if (!directed && t < s) [s, t] = [t, s];
  const key =
    attributes.kind === "mention" ? `mention:${s}->${t}` : `${attributes.predicate}:${s}${directed ? "->" : "|"}${t}`;
  if (!graph.hasEdge(key)) {
    const copy = { ...attributes, curated: true } as EdgeAttributes;
    if (directed) graph.addDirectedEdgeWithKey(key, s, t, copy);
    else graph.addUndirectedEdgeWithKey(key, s, t, copy);
    return;
  }
  const existing = graph.getEdgeAttributes(key);
  if (existing.kind === "mention" && attributes.kind === "mention") {
    const spans = [...existing.spans, ...attributes.spans].sort((x, y) => x.start - y.start);
    graph.mergeEdgeAttributes(key, { spans, weight: spans.length, curated: true });
  } else if (existing.kind === "relation" && attributes.kind === "relation") {
    const evidence = [...existing.evidence, ...attributes.evidence];
    // Independent sentences: noisy-or, as the build combines them.
    const confidence = 1 - (1 - existing.confidence) * (1 - attributes.confidence);
    graph.mergeEdgeAttributes(key, {
      evidence,
      weight: evidence.length,
      confidence,
      curated: true,
    } as Partial<RelationEdgeAttributes>);
  }
}

function freeKey(graph: ViewerGraph, key: string): string {
  let candidate = key;
  for (let i = 2; graph.hasNode(candidate); i++) candidate = `${key}-${i}`;
  return candidate;
}

/** Names as the build compares them, roughly: case, hyphens and spacing aside. */
function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-‐‑–—_.']+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The predicate label for a co-occurrence or typed relation (for button captions). */
export function predicateName(predicate: string): string {
  return predicate === CO_OCCURS ? "co-occurrence" : predicate.replace(/_/g, " ");
}

/**
 * Neighbourhood queries: the entities around an entity, with the relations that connect them and the
 * sentences that support each relation (document title, date, offsets).
 */
import { CO_OCCURS } from "../contract.js";
import {
  isEntity,
  isRelation,
  type EntityNodeAttributes,
  type KnowledgeGraph,
  type RelationEdgeAttributes,
} from "../graph/index.js";
import { checkEntityTypes, checkPredicates } from "./filters.js";
import { findEntity } from "./find.js";

/** Filters for `neighbours`. */
export interface NeighbourOptions {
  /** How many hops (default 1). */
  depth?: number;
  /** Keep only neighbours of these entity types. */
  types?: readonly string[];
  /** Keep only relations with these predicates. */
  predicates?: readonly string[];
  /** Keep only relations with at least this weight. */
  minWeight?: number;
  /** Also follow candidate relations (typed relations below the default confidence threshold). */
  candidates?: boolean;
}

/** A supporting sentence, with the document it comes from. */
export interface EvidenceView {
  document: string;
  title: string;
  date?: string;
  start: number;
  end: number;
  text: string;
  relationLabel?: string;
  /** The date the sentence gives for what it reports, with the expression ("in April 2025") and its offsets. */
  eventDate?: { date: string; text: string; start: number; end: number };
}

/** One relation edge seen from the query entity. */
export interface RelationView {
  edge: string;
  predicate: string;
  relationLabel?: string;
  /** "out": query → neighbour, "in": neighbour → query, "both": undirected. */
  direction: "out" | "in" | "both";
  /** The edge's two ends, by label. */
  source: string;
  target: string;
  weight: number;
  confidence: number;
  /** True for a candidate relation (below the default confidence threshold). */
  candidate?: boolean;
  /** Independent sources (near-duplicate documents merged) and distinct outlets supporting it. */
  sources?: number;
  outlets?: number;
  /** The dates of the first and last documents that support it. */
  firstSeen?: string;
  lastSeen?: string;
  evidence: EvidenceView[];
}

/** One neighbour and how it is connected. */
export interface Neighbour {
  node: string;
  label: string;
  entityType: EntityNodeAttributes["entityType"];
  /** Hops from the query entity. */
  depth: number;
  /** The entity it was reached from (the query entity at depth 1). */
  via: string;
  relations: RelationView[];
  /** Sum of the weights of `relations`. */
  weight: number;
}

/** The result of a neighbourhood query. */
export interface NeighbourhoodResult {
  entity: {
    node: string;
    label: string;
    entityType: EntityNodeAttributes["entityType"];
    aliases: string[];
    roles: string[];
  };
  neighbours: Neighbour[];
}

/** The neighbours of an entity (by name, alias or key) up to `depth` hops over relation edges. */
export function neighbours(
  graph: KnowledgeGraph,
  nameOrAlias: string,
  options: NeighbourOptions = {},
): NeighbourhoodResult {
  checkEntityTypes(options.types);
  checkPredicates(options.predicates);
  const start = findEntity(graph, nameOrAlias);
  const depth = options.depth ?? 1;
  const found = new Map<string, Neighbour>();
  let frontier = [start];
  for (let level = 1; level <= depth && frontier.length; level++) {
    const next: string[] = [];
    for (const from of frontier) {
      graph.forEachEdge(from, (edge, attributes, source, target, _s, _t, undirected) => {
        if (!isRelation(attributes) || !keepEdge(attributes, options)) return;
        const other = source === from ? target : source;
        const reached = found.get(other);
        // Edges back to the query entity or to nodes reached at a shallower level add no neighbour.
        if (other === start || (reached && reached.depth < level)) return;
        const a = graph.getNodeAttributes(other);
        if (!isEntity(a) || (options.types && !options.types.includes(a.entityType))) return;
        const view = relationView(
          graph,
          edge,
          attributes,
          source,
          target,
          undirected ? "both" : source === from ? "out" : "in",
        );
        if (reached) {
          reached.relations.push(view);
          reached.weight += view.weight;
          return;
        }
        found.set(other, {
          node: other,
          label: a.label,
          entityType: a.entityType,
          depth: level,
          via: from,
          relations: [view],
          weight: view.weight,
        });
        next.push(other);
      });
    }
    frontier = next;
  }
  const a = graph.getNodeAttributes(start) as EntityNodeAttributes;
  const list = [...found.values()].sort(
    (x, y) => x.depth - y.depth || y.weight - x.weight || (x.label < y.label ? -1 : 1),
  );
  for (const n of list) n.relations.sort((x, y) => typedFirst(x) - typedFirst(y) || y.weight - x.weight);
  return {
    entity: { node: start, label: a.label, entityType: a.entityType, aliases: a.aliases, roles: a.roles },
    neighbours: list,
  };
}

function typedFirst(r: RelationView): number {
  return r.predicate === CO_OCCURS ? 1 : 0;
}

function keepEdge(a: RelationEdgeAttributes, options: NeighbourOptions): boolean {
  if (a.candidate && !options.candidates) return false;
  if (options.predicates && !options.predicates.includes(a.predicate)) return false;
  if (options.minWeight !== undefined && a.weight < options.minWeight) return false;
  return true;
}

/** A relation edge with its evidence resolved to document titles and dates. */
export function relationView(
  graph: KnowledgeGraph,
  edge: string,
  a: RelationEdgeAttributes,
  source: string,
  target: string,
  direction: RelationView["direction"],
): RelationView {
  const view: RelationView = {
    edge,
    predicate: a.predicate,
    direction,
    source: graph.getNodeAttribute(source, "label"),
    target: graph.getNodeAttribute(target, "label"),
    weight: a.weight,
    confidence: a.confidence,
    ...(a.candidate ? { candidate: true } : {}),
    ...(a.sources !== undefined ? { sources: a.sources, outlets: a.outlets ?? 0 } : {}),
    ...(a.firstSeen ? { firstSeen: a.firstSeen, lastSeen: a.lastSeen! } : {}),
    evidence: a.evidence.map((e) => {
      const doc = graph.getNodeAttributes(e.document);
      const item: EvidenceView = {
        document: e.document,
        title: doc.label,
        start: e.start,
        end: e.end,
        text: doc.kind === "document" ? doc.text.slice(e.start, e.end) : "",
      };
      if (doc.kind === "document" && doc.date) item.date = doc.date;
      if (e.relationLabel) item.relationLabel = e.relationLabel;
      if (e.eventDate && doc.kind === "document")
        item.eventDate = { ...e.eventDate, text: doc.text.slice(e.eventDate.start, e.eventDate.end) };
      return item;
    }),
  };
  if (a.relationLabel) view.relationLabel = a.relationLabel;
  return view;
}

/**
 * An entity's timeline (`kgraph timeline`): its mentions per month, and its relations in the order they first
 * appeared, each with when it was first and last seen, how many independent sources support it and the dates its
 * sentences give.
 */
import { isEntity, isRelation, type KnowledgeGraph } from "../graph/index.js";
import { findEntity } from "./find.js";

/** One relation on an entity's timeline. */
export interface TimelineRelation {
  edge: string;
  /** The other entity's label. */
  other: string;
  predicate: string;
  relationLabel?: string;
  direction: "out" | "in" | "both";
  firstSeen?: string;
  lastSeen?: string;
  /** Supporting sentences, and of those in undated documents. */
  weight: number;
  undated?: number;
  sources: number;
  outlets: number;
  /** The distinct dates the supporting sentences give for the events they report, in order. */
  eventDates: string[];
}

/** An entity's timeline. */
export interface Timeline {
  node: string;
  label: string;
  entityType: string;
  firstSeen?: string;
  lastSeen?: string;
  /** Mentions per month, months in order. */
  periods: Array<{ period: string; mentions: number }>;
  /** Mentions in documents without a date. */
  undated: number;
  /** Relations, first seen first (those seen only in undated documents last). */
  relations: TimelineRelation[];
}

/** The timeline of an entity (by name or alias); candidate relations only with `candidates`. */
export function timeline(graph: KnowledgeGraph, name: string, options: { candidates?: boolean } = {}): Timeline {
  const node = findEntity(graph, name);
  const a = graph.getNodeAttributes(node);
  if (!isEntity(a)) throw new Error("unreachable: findEntity returns entities");
  const relations: TimelineRelation[] = [];
  graph.forEachEdge(node, (edge, e, source, target, _s, _t, undirected) => {
    if (!isRelation(e) || (e.candidate && !options.candidates)) return;
    const other = source === node ? target : source;
    const item: TimelineRelation = {
      edge,
      other: graph.getNodeAttribute(other, "label"),
      predicate: e.predicate,
      direction: undirected ? "both" : source === node ? "out" : "in",
      weight: e.weight,
      sources: e.sources ?? e.documents ?? 0,
      outlets: e.outlets ?? 0,
      eventDates: [...new Set(e.evidence.flatMap((x) => (x.eventDate ? [x.eventDate.date] : [])))].sort(),
    };
    if (e.relationLabel) item.relationLabel = e.relationLabel;
    if (e.firstSeen) [item.firstSeen, item.lastSeen] = [e.firstSeen, e.lastSeen!];
    if (e.undated) item.undated = e.undated;
    relations.push(item);
  });
  const never = "\uffff";
  relations.sort(
    (x, y) =>
      (x.firstSeen ?? never).localeCompare(y.firstSeen ?? never) ||
      y.weight - x.weight ||
      x.other.localeCompare(y.other) ||
      x.predicate.localeCompare(y.predicate),
  );
  return {
    node,
    label: a.label,
    entityType: a.entityType,
    ...(a.firstSeen ? { firstSeen: a.firstSeen, lastSeen: a.lastSeen! } : {}),
    periods: Object.entries(a.periods ?? {}).map(([period, mentions]) => ({ period, mentions })),
    undated: a.undated ?? 0,
    relations,
  };
}

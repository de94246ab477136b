/**
 * Graph statistics for `kgraph stats`: counts by kind, entity type, predicate and outlet, and the most connected
 * entities.
 */
import { isEntity, isRelation, type KnowledgeGraph } from "../graph/index.js";
import { TimeTally } from "../time/index.js";

/** Counts of a graph's nodes and edges. */
export interface GraphCounts {
  documents: number;
  /** Documents per outlet, for those whose source names one: how many independent sources the graph rests on. */
  documentsByOutlet: Record<string, number>;
  entities: number;
  entitiesByType: Record<string, number>;
  relations: number;
  relationsByPredicate: Record<string, number>;
  mentions: number;
  /** The dates of the earliest and latest dated documents. */
  firstDate?: string;
  lastDate?: string;
  /** Documents without a date (counted apart from every period). */
  undatedDocuments: number;
  /** Documents per month ("YYYY-MM"), months in order. */
  documentsByPeriod: Record<string, number>;
  /** Near-duplicate documents: each copy with the document it copies (node keys and titles). */
  copies: Array<{ document: string; title: string; copyOf: string; copyOfTitle: string }>;
}

/** Summary figures of a graph. */
export interface GraphStats extends GraphCounts {
  /** Entities with the most supporting sentences across their relations. */
  top: Array<{ label: string; entityType: string; mentions: number; documents: number; degree: number }>;
}

/** Counts documents (by outlet), entities (by type), relations (by predicate) and mentions, in one pass over each. */
export function graphCounts(graph: KnowledgeGraph): GraphCounts {
  const counts: GraphCounts = {
    documents: 0,
    documentsByOutlet: {},
    entities: 0,
    entitiesByType: {},
    relations: 0,
    relationsByPredicate: {},
    mentions: 0,
    undatedDocuments: 0,
    documentsByPeriod: {},
    copies: [],
  };
  const time = new TimeTally();
  graph.forEachNode((node, a) => {
    if (!isEntity(a)) {
      counts.documents++;
      if (a.outlet) counts.documentsByOutlet[a.outlet] = (counts.documentsByOutlet[a.outlet] ?? 0) + 1;
      time.add(a.date);
      if (a.copyOf)
        counts.copies.push({
          document: node,
          title: a.label,
          copyOf: a.copyOf,
          copyOfTitle: graph.hasNode(a.copyOf) ? graph.getNodeAttribute(a.copyOf, "label") : a.copyOf,
        });
      return;
    }
    counts.entities++;
    counts.entitiesByType[a.entityType] = (counts.entitiesByType[a.entityType] ?? 0) + 1;
  });
  graph.forEachEdge((_e, a) => {
    if (isRelation(a)) {
      counts.relations++;
      counts.relationsByPredicate[a.predicate] = (counts.relationsByPredicate[a.predicate] ?? 0) + 1;
    } else counts.mentions += a.weight;
  });
  const summary = time.summary();
  if (summary.firstSeen) [counts.firstDate, counts.lastDate] = [summary.firstSeen, summary.lastSeen!];
  counts.undatedDocuments = summary.undated ?? 0;
  counts.documentsByPeriod = summary.periods;
  counts.copies.sort((x, y) => (x.document < y.document ? -1 : 1));
  return counts;
}

/** The counts, and the `topN` most mentioned entities with their relation degree. */
export function graphStats(graph: KnowledgeGraph, topN = 10): GraphStats {
  const top: GraphStats["top"] = [];
  graph.forEachNode((node, a) => {
    if (!isEntity(a)) return;
    let degree = 0;
    graph.forEachEdge(node, (_e, e) => {
      if (isRelation(e)) degree++;
    });
    top.push({ label: a.label, entityType: a.entityType, mentions: a.mentions, documents: a.documents, degree });
  });
  top.sort((x, y) => y.mentions - x.mentions || y.degree - x.degree || (x.label < y.label ? -1 : 1));
  return { ...graphCounts(graph), top: top.slice(0, topN) };
}

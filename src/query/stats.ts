/**
 * Graph statistics for `kgraph stats`: counts by kind, entity type and predicate, and the most connected entities.
 */
import { isEntity, isRelation, type KnowledgeGraph } from "../graph/schema.js";

/** Summary figures of a graph. */
export interface GraphStats {
  documents: number;
  entities: number;
  entitiesByType: Record<string, number>;
  relations: number;
  relationsByPredicate: Record<string, number>;
  mentions: number;
  /** Entities with the most supporting sentences across their relations. */
  top: Array<{ label: string; entityType: string; mentions: number; documents: number; degree: number }>;
}

/** Computes the summary figures of a graph; `topN` 0 skips the ranking (and the walk over each entity's edges). */
export function graphStats(graph: KnowledgeGraph, topN = 10): GraphStats {
  const stats: GraphStats = { documents: 0, entities: 0, entitiesByType: {}, relations: 0, relationsByPredicate: {}, mentions: 0, top: [] };
  const top: GraphStats["top"] = [];
  graph.forEachNode((node, a) => {
    if (!isEntity(a)) {
      stats.documents++;
      return;
    }
    stats.entities++;
    stats.entitiesByType[a.entityType] = (stats.entitiesByType[a.entityType] ?? 0) + 1;
    if (topN === 0) return;
    let degree = 0;
    graph.forEachEdge(node, (_e, e) => {
      if (isRelation(e)) degree++;
    });
    top.push({ label: a.label, entityType: a.entityType, mentions: a.mentions, documents: a.documents, degree });
  });
  graph.forEachEdge((_e, a) => {
    if (isRelation(a)) {
      stats.relations++;
      stats.relationsByPredicate[a.predicate] = (stats.relationsByPredicate[a.predicate] ?? 0) + 1;
    } else stats.mentions += a.weight;
  });
  stats.top = top.sort((x, y) => y.mentions - x.mentions || y.degree - x.degree || (x.label < y.label ? -1 : 1)).slice(0, topN);
  return stats;
}

/**
 * Graph statistics: counts by kind, type and predicate on the seed graph, and the ranking of the most mentioned
 * entities.
 */
import { describe, expect, it } from "vitest";
import { graphStats } from "../../src/query/stats.js";
import { seedGraph } from "../helpers.js";

describe("graphStats", () => {
  it("counts documents, entities by type and relations by predicate, and ranks entities by mentions", async () => {
    const graph = await seedGraph();
    const stats = graphStats(graph);
    expect(stats.documents).toBe(2);
    expect(stats.entities).toBe(graph.filterNodes((_n, a) => a.kind === "entity").length);
    expect(Object.values(stats.entitiesByType).reduce((a, b) => a + b, 0)).toBe(stats.entities);
    expect(stats.relations).toBe(graph.filterEdges((_e, a) => a.kind === "relation").length);
    expect(stats.relationsByPredicate["co-occurs"]).toBeGreaterThan(0);
    expect(stats.top).toHaveLength(Math.min(10, stats.entities));
    const mentions = stats.top.map((t) => t.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    expect(stats.top.some((t) => t.degree > 0)).toBe(true);
  });
});

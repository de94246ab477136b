/**
 * Graph statistics: counts by kind, type and predicate on the seed graph, and the ranking of the most mentioned
 * entities; the build summary's counts of the plan the graph is built from; documents per outlet.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatStats } from "../../src/cli/format.js";
import { buildGraph } from "../../src/pipeline.js";
import { graphCounts, graphStats } from "../../src/query/stats.js";
import { seedBuild, seedGraph } from "../helpers.js";

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

  it("counts a graph's plan as it counts the graph built from it (the build summary counts the plan)", async () => {
    const { graph, view } = await seedBuild();
    const { top: _top, ...counts } = graphStats(graph);
    expect(graphCounts(view)).toEqual(counts);
  });
});

describe("documents per outlet", () => {
  it("counts the documents of each outlet the sources name, and says how many name none", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kgraph-outlets-"));
    const article = (outlet: string | undefined, text: string) =>
      (outlet ? `---\noutlet: ${outlet}\n---\n` : "") + `Port strike\n\n${text}`;
    await writeFile(join(dir, "a.md"), article("Harbour Times", "Dockers in Rotterdam walked out on Tuesday."));
    await writeFile(join(dir, "b.md"), article("Harbour Times", "Ships were diverted to Antwerp and Hamburg."));
    await writeFile(
      join(dir, "c.md"),
      article("Coastal Wire", "The Port of Rotterdam Authority said 23 ships waited."),
    );
    await writeFile(join(dir, "d.txt"), article(undefined, "Niek Stam of FNV Havens spoke to reporters in Rotterdam."));
    const stats = graphStats((await buildGraph(dir)).graph);
    expect(stats.documents).toBe(4);
    expect(stats.documentsByOutlet).toEqual({ "Harbour Times": 2, "Coastal Wire": 1 });
    expect(formatStats(stats)).toContain("outlets:   2 (Harbour Times 2, Coastal Wire 1; 1 without an outlet)");
  });

  it("reports no outlet line for a graph whose sources name none", async () => {
    const stats = graphStats(await seedGraph());
    expect(stats.documentsByOutlet).toEqual({});
    expect(formatStats(stats)).not.toContain("outlets:");
  });
});

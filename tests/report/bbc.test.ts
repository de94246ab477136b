/**
 * The quality report on the BBC News graph (../shared): it runs in well under ten seconds, and its first
 * fragments are real ones (two spellings of one person's name the corpus uses).
 */
import { beforeAll, expect, it } from "vitest";
import { buildGraph, type KnowledgeGraph } from "../../src/index.js";
import { qualityReport } from "../../src/report/index.js";
import { describeWithShared, sharedPath } from "../shared-data.js";

describeWithShared("kgraph report on the BBC graph", () => {
  let graph: KnowledgeGraph;
  beforeAll(async () => {
    ({ graph } = await buildGraph(sharedPath("data", "bbc-news"), { layout: { seed: 42, iterations: 1 }, workers: 2 }));
  });

  it("runs in under 10 s and lists real fragments among its first findings", () => {
    const started = performance.now();
    const report = qualityReport(graph);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(10);
    expect(report.total).toBeGreaterThan(100);
    const first = report.findings.slice(0, 30).map((f) => f.entities.map((e) => e.label).join(" / "));
    expect(first).toEqual(
      expect.arrayContaining(["Costas Kenteris / Kostas Kenteris", "Darren Campbell / Darren Campell"]),
    );
    // Every kind the BBC graph gives is sorted worst first.
    const scores = report.findings.map((f) => f.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

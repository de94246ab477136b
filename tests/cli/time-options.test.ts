/**
 * `--since`, `--until` and `--min-sources` on every query and on export, and `kgraph timeline`, on the bundled
 * corpus's graph (graph-output/graph.json: two articles of 1 July 2025).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPath } from "../helpers.js";
import { repoRoot } from "../shared-data.js";

const GRAPH = join(repoRoot, "graph-output", "graph.json");

function kgraph(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync("node", [cliPath, ...args, "--graph", GRAPH], { encoding: "utf8" });
}

describe("period options", () => {
  it("quotes: Putin's statement is in July 2025, not after it", () => {
    const inJuly = JSON.parse(kgraph("quotes", "Putin", "--since", "2025-07", "--until", "2025-07", "--json").stdout);
    expect(inJuly).toHaveLength(1);
    expect(inJuly[0].eventDate.date).toBe("2025-04");
    expect(JSON.parse(kgraph("quotes", "Putin", "--since", "2025-08-01", "--json").stdout)).toEqual([]);
    expect(kgraph("quotes", "Putin").stdout).toContain("said of 2025-04");
  });

  it("path: connected in 2025, not before the articles", () => {
    expect(kgraph("path", "Olga Lyubimova", "Kim Jong Un", "--since", "2025").status).toBe(0);
    const before = kgraph("path", "Olga Lyubimova", "Kim Jong Un", "--until", "2025-06-30");
    expect(before.status).toBe(1);
    expect(before.stdout).toContain("are not connected");
  });

  it("stats and export count only the period", () => {
    const none = JSON.parse(kgraph("stats", "--since", "2026", "--json").stdout);
    expect([none.documents, none.entities, none.relations]).toEqual([0, 0, 0]);
    const all = JSON.parse(kgraph("stats", "--json").stdout);
    expect(all.documentsByPeriod).toEqual({ "2025-07": 2 });
    expect(kgraph("stats").stdout).toContain("dates:     2025-07-01 to 2025-07-01");
    const exported = JSON.parse(kgraph("export", "--format", "json", "--until", "2024").stdout);
    expect(exported.nodes).toEqual([]);
  });

  it("min-sources keeps what both articles support", () => {
    const two = JSON.parse(kgraph("neighbours", "Kim Jong Un", "--min-sources", "2", "--json").stdout);
    const all = JSON.parse(kgraph("neighbours", "Kim Jong Un", "--json").stdout);
    expect(two.neighbours.length).toBeGreaterThan(0);
    expect(two.neighbours.length).toBeLessThan(all.neighbours.length);
    for (const n of two.neighbours) for (const r of n.relations) expect(r.sources).toBeGreaterThanOrEqual(2);
  });

  it("rejects a date that is not one, naming the option", () => {
    const r = kgraph("neighbours", "Putin", "--since", "July");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("expected a date: YYYY-MM-DD, YYYY-MM or YYYY");
  });
});

describe("kgraph timeline", () => {
  it("prints mentions per month and relations with their event dates", () => {
    const r = kgraph("timeline", "Putin");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Vladimir Putin \(person\): first seen 2025-07-01, last seen 2025-07-01/);
    expect(r.stdout).toContain("2025-07  ");
    expect(r.stdout).toMatch(/→\[role: President of\] Russia \(1 sentences, 1 source; events 2025-04\)/);
  });

  it("answers for a period without the entity with an empty timeline", () => {
    const t = JSON.parse(kgraph("timeline", "Putin", "--until", "2025-06", "--json").stdout);
    expect(t).toMatchObject({ label: "Vladimir Putin", periods: [], relations: [], undated: 0 });
  });

  it("names the closest entities for an unknown name", () => {
    const r = kgraph("timeline", "Putn");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Putin");
  });
});

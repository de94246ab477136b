/**
 * Dynamic GEXF (`kgraph export --format gexf --dynamic`): spells from the documents' dates, valid against the
 * GEXF 1.3 schema, read back by NetworkX with its time attributes.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SettingsError } from "../../src/errors.js";
import { serialise, toDynamicGEXF } from "../../src/export/index.js";
import type { KnowledgeGraph } from "../../src/graph/index.js";
import { buildGraph } from "../../src/pipeline.js";
import { cliPath } from "../helpers.js";
import { describeWithShared, repoRoot, sharedPath } from "../shared-data.js";
import { describeWithTool, hasNetworkx, hasXmllint } from "../tools.js";

const WIRE = join(repoRoot, "tests", "graph", "fixtures", "wire");

let graph: KnowledgeGraph;
let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kgraph-dynamic-"));
  graph = (await buildGraph(WIRE, { out: dir })).graph;
  file = join(dir, "dynamic.gexf");
  const r = spawnSync(
    "node",
    [cliPath, "export", "--format", "gexf", "--dynamic", "--graph", join(dir, "graph.json"), "--out", file],
    { encoding: "utf8" },
  );
  expect(r.status, r.stderr).toBe(0);
});

describe("dynamic GEXF", () => {
  it("is a dynamic graph of dates whose elements carry spells", async () => {
    const xml = await readFile(file, "utf8");
    expect(xml).toContain('mode="dynamic" timeformat="date"');
    expect(xml).toBe(toDynamicGEXF(graph));
    // Allard Castelein: mentioned 4-5 March and 12 March 2025, one spell for March.
    expect(xml).toMatch(
      /<node id="entity:allard-castelein"[^>]*>\n {8}<spells>\n {10}<spell start="2025-03-04" end="2025-03-12"\/>\n {8}<\/spells>/,
    );
    // A document lives on its date; the undated one has no spell.
    expect(xml).toMatch(
      /<node id="doc:5-valley-herald.md"[^>]*>\n {8}<spells>\n {10}<spell start="2025-03-12" end="2025-03-12"\/>/,
    );
  });

  it("is for GEXF only", () => {
    expect(() => serialise(graph, "graphml", { dynamic: true })).toThrow(SettingsError);
  });

  it("splits an entity seen in two months into a spell per month", async () => {
    const { spellsOf } = await import("../../src/export/gexf-dynamic.js");
    expect(
      spellsOf({ firstSeen: "1996-08-22", lastSeen: "1996-11-03", periods: { "1996-08": 2, "1996-11": 1 } }),
    ).toEqual([
      ["1996-08-22", "1996-08-31"],
      ["1996-11-01", "1996-11-03"],
    ]);
    expect(spellsOf({ periods: {}, undated: 3 })).toEqual([]);
  });

  describeWithShared("against the GEXF 1.3 schema", () => {
    describeWithTool("xmllint", hasXmllint)("xmllint", () => {
      it("validates", () => {
        const r = spawnSync("xmllint", ["--noout", "--schema", sharedPath("gexf-1.3-xsd", "gexf.xsd"), file], {
          encoding: "utf8",
        });
        expect(r.status, r.stderr).toBe(0);
      });
    });
  });

  describeWithTool("python3 with networkx", hasNetworkx)("NetworkX", () => {
    it("reads the graph as dynamic, with the spells of nodes and edges", async () => {
      const script = `import networkx as nx, json, sys
g = nx.read_gexf(sys.argv[1])
e = next(d for s, t, d in g.edges(data=True) if s == "entity:allard-castelein" and d.get("predicate") == "works_for")
print(json.dumps({"mode": g.graph["mode"], "node": g.nodes["entity:allard-castelein"]["spells"], "edge": e["spells"],
  "nodes": g.number_of_nodes(), "undated": "spells" in g.nodes["doc:6-undated.md"],
  "time": [e["firstSeen"], e["lastSeen"], e["sources"], e["outlets"], e["documents"]],
  "copy": g.nodes["doc:2-coastal-wire.md"]["copyOf"]}))`;
      await writeFile(join(dir, "read.py"), script);
      const r = spawnSync("python3", [join(dir, "read.py"), file], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout)).toEqual({
        mode: "dynamic",
        node: [["2025-03-04", "2025-03-12"]],
        edge: [["2025-03-04", "2025-03-12"]],
        nodes: graph.order,
        undated: false,
        // The static attributes too: when it was seen, how many independent sources, which document is a copy.
        time: ["2025-03-04", "2025-03-12", 2, 5, 5],
        copy: "doc:1-harbour-times.md",
      });
    });
  });
});

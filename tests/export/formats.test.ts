import { spawnSync } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import graphology from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import {
  EXPORT_FORMATS,
  encodeEdgesAhead,
  serialise,
  writeGraphFiles,
  type ExportFormat,
} from "../../src/export/index.js";
import type { KnowledgeGraph } from "../../src/graph/schema.js";
import { buildGraph } from "../../src/pipeline.js";
import { loadGraph } from "../../src/query/index.js";
import { seedGraph } from "../helpers.js";
import { describeWithShared, sharedPath } from "../shared-data.js";
import { describeWithTool, hasNetworkx, hasXmllint } from "../tools.js";

let graph: KnowledgeGraph;
let dir: string;

beforeAll(async () => {
  graph = await seedGraph();
  dir = await mkdtemp(join(tmpdir(), "kgraph-export-"));
  await writeGraphFiles(graph, dir);
});

describe("the files written together", () => {
  it("are the same with the edges encoded ahead (as a build does while its layout runs) as written at once", async () => {
    const ahead = await mkdtemp(join(tmpdir(), "kgraph-ahead-"));
    await writeGraphFiles(graph, ahead, undefined, encodeEdgesAhead(graph));
    for (const file of Object.values(EXPORT_FORMATS))
      expect(await readFile(join(ahead, file), "utf8")).toBe(await readFile(join(dir, file), "utf8"));
  });

  it("refuses edges encoded for other formats", async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), "kgraph-ahead-"));
    await expect(writeGraphFiles(graph, elsewhere, ["gexf"], encodeEdgesAhead(graph, ["json"]))).rejects.toThrow(
      /other formats/,
    );
  });

  it("are each what that format alone gives", async () => {
    for (const [format, file] of Object.entries(EXPORT_FORMATS) as Array<[ExportFormat, string]>) {
      expect(await readFile(join(dir, file), "utf8")).toBe(serialise(graph, format));
    }
  });
});

describe("graph.json", () => {
  it("round-trips through graphology's Graph.from and loadGraph", async () => {
    const data = JSON.parse(await readFile(join(dir, "graph.json"), "utf8"));
    const copy = graphology.MultiGraph.from(data);
    expect(copy.order).toBe(graph.order);
    expect(copy.size).toBe(graph.size);
    expect(copy.export()).toEqual(graph.export());
    const loaded = await loadGraph(join(dir, "graph.json"));
    expect(loaded.getAttribute("schemaVersion")).toBe(1);
    expect(JSON.stringify(loaded.export())).toBe(JSON.stringify(graph.export()));
  });

  it("is streamed byte for byte as JSON.stringify(graph.export())", async () => {
    expect(await readFile(join(dir, "graph.json"), "utf8")).toBe(JSON.stringify(graph.export()));
  });

  it("never uses a node or edge attribute called type (sigma reads it as a render program)", () => {
    graph.forEachNode((_n, a) => expect(a).not.toHaveProperty("type"));
    graph.forEachEdge((_e, a) => expect(a).not.toHaveProperty("type"));
  });
});

describeWithShared("graph.gexf against the GEXF 1.3 schema", () => {
  describeWithTool("xmllint", hasXmllint)("xmllint", () => {
    it("validates", () => {
      const r = spawnSync(
        "xmllint",
        ["--noout", "--schema", sharedPath("gexf-1.3-xsd", "gexf.xsd"), join(dir, "graph.gexf")],
        { encoding: "utf8" },
      );
      expect(r.stderr).toContain("validates");
      expect(r.status).toBe(0);
    });
  });
});

describe("XML escaping", () => {
  let hostile: string;
  beforeAll(async () => {
    const { graph: g } = await buildGraph([
      {
        id: "x&y<1>.txt",
        path: "x&y<1>.txt",
        title: 'Q&A: "Smith & Wesson" <b>bold</b> \u0001 control',
        text: 'AT&T chief John Stankey met Smith & Wesson boss Mark Smith in Dallas. "It\'s <fine>", Stankey said.\u0002',
      },
    ]);
    hostile = await mkdtemp(join(tmpdir(), "kgraph-xml-"));
    await writeGraphFiles(g, hostile);
  });

  it("escapes markup and drops characters XML cannot carry", async () => {
    for (const file of ["graph.gexf", "graph.graphml"]) {
      const xml = await readFile(join(hostile, file), "utf8");
      expect(xml).not.toMatch(/[\u0001\u0002]/); // eslint-disable-line no-control-regex
      expect(xml).toContain("Q&amp;A: &quot;Smith &amp; Wesson&quot; &lt;b&gt;bold&lt;/b&gt;");
      expect(xml).not.toContain("<b>");
    }
  });

  describeWithShared("against the schema", () => {
    describeWithTool("xmllint", hasXmllint)("xmllint", () => {
      it("still validates", () => {
        const r = spawnSync(
          "xmllint",
          ["--noout", "--schema", sharedPath("gexf-1.3-xsd", "gexf.xsd"), join(hostile, "graph.gexf")],
          { encoding: "utf8" },
        );
        expect(r.status, r.stderr).toBe(0);
      });
    });
  });

  describeWithTool("python3 with networkx", hasNetworkx)("NetworkX", () => {
    it("reads the title back unescaped", () => {
      const script = `import networkx as nx, sys\ng = nx.read_graphml(sys.argv[1])\nprint(g.nodes["doc:x&y<1>.txt"]["label"])`;
      const r = spawnSync("python3", ["-c", script, join(hostile, "graph.graphml")], { encoding: "utf8" });
      expect(r.stdout.trim()).toBe('Q&A: "Smith & Wesson" <b>bold</b>  control');
    });
  });
});

describeWithTool("python3 with networkx", hasNetworkx)("NetworkX reads the exports", () => {
  const counts = (reader: string, file: string) => {
    const script = `import networkx as nx, json, sys\ng = nx.${reader}(sys.argv[1])\nprint(json.dumps([g.number_of_nodes(), g.number_of_edges()]))`;
    const r = spawnSync("python3", ["-c", script, file], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    return JSON.parse(r.stdout) as [number, number];
  };

  it("loads graph.gexf with the same node and edge counts", () => {
    expect(counts("read_gexf", join(dir, "graph.gexf"))).toEqual([graph.order, graph.size]);
  });

  it("loads graph.graphml with the same node and edge counts", () => {
    expect(counts("read_graphml", join(dir, "graph.graphml"))).toEqual([graph.order, graph.size]);
  });

  it("keeps predicate, weight and confidence on GEXF edges and labels, types and positions on nodes", () => {
    const script = `import networkx as nx, json, sys
g = nx.read_gexf(sys.argv[1])
e = next(d for _, _, d in g.edges(data=True) if d.get("kind") == "relation")
n = next(d for _, d in g.nodes(data=True) if d.get("kind") == "entity")
print(json.dumps({"edge": sorted(e.keys()), "node": sorted(n.keys()), "viz": sorted(n["viz"].keys())}))`;
    const r = spawnSync("python3", ["-c", script, join(dir, "graph.gexf")], { encoding: "utf8" });
    const keys = JSON.parse(r.stdout);
    expect(keys.edge).toEqual(
      expect.arrayContaining(["predicate", "weight", "confidence", "evidence", "evidenceCount"]),
    );
    expect(keys.node).toEqual(expect.arrayContaining(["label", "entityType", "aliases", "mentions", "documents"]));
    expect(keys.viz).toEqual(expect.arrayContaining(["color", "position", "size"]));
  });
});

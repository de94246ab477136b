import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../shared-data.js";

// The published entry point (dist/index.js, built by `npm test`), not the sources: what `import "kgraph"` gets.
const api = (await import(
  pathToFileURL(join(repoRoot, "dist", "index.js")).href
)) as typeof import("../../src/index.js");

describe("the package root", () => {
  it("exports the documented API", () => {
    for (const name of [
      "buildGraph",
      "loadGraph",
      "findEntity",
      "neighbours",
      "explain",
      "search",
      "toGEXF",
      "toGraphML",
    ] as const) {
      expect(typeof api[name], name).toBe("function");
    }
  });

  it("builds a graph from documents in memory and queries it", async () => {
    const { graph, documents } = await api.buildGraph([
      {
        id: "a",
        path: "a",
        title: "Talks",
        text: "Angela Merkel met Emmanuel Macron in Berlin on Tuesday. Merkel said the talks went well.",
      },
    ]);
    expect(documents).toBe(1);
    const merkel = api.findEntity(graph, "Merkel");
    expect(graph.getNodeAttribute(merkel, "label")).toBe("Angela Merkel");
    expect(api.neighbours(graph, "Angela Merkel").neighbours.map((n) => n.label)).toEqual(
      expect.arrayContaining(["Emmanuel Macron", "Berlin"]),
    );
    expect(api.toGEXF(graph)).toContain("<gexf");
    expect(api.toGraphML(graph)).toContain("<graphml");
  });
});

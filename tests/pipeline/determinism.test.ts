import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, toJSON, writeGraphFiles } from "../../src/export/index.js";
import { buildGraph } from "../../src/pipeline.js";
import { repoRoot } from "../shared-data.js";

const FILES = Object.values(EXPORT_FORMATS);

async function buildInto(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "kgraph-det-"));
  const { graph } = await buildGraph(join(repoRoot, "corpus"));
  await writeGraphFiles(graph, dir);
  return dir;
}

describe("deterministic builds", () => {
  it("gives byte-identical outputs for the same corpus", async () => {
    const [a, b] = [await buildInto(), await buildInto()];
    for (const f of FILES) expect(await readFile(join(a, f), "utf8"), f).toBe(await readFile(join(b, f), "utf8"));
  });

  it("graph-output/ in the repository is the graph of the bundled corpus (rebuild with `npm run build:graph` if this fails)", async () => {
    const fresh = await buildInto();
    for (const f of FILES) {
      const committed = await readFile(join(repoRoot, "graph-output", f), "utf8").catch(() => "(missing)");
      expect(committed === (await readFile(join(fresh, f), "utf8")), `graph-output/${f} is stale`).toBe(true);
    }
  });

  it("writes, when given a folder, the files of the graph it returns", async () => {
    const out = await mkdtemp(join(tmpdir(), "kgraph-out-"));
    const result = await buildGraph(join(repoRoot, "corpus"), { out });
    expect(result.files).toEqual(FILES.map((f) => join(out, f)));
    expect(await readFile(join(out, "graph.json"), "utf8")).toBe(toJSON(result.graph));
  });
});

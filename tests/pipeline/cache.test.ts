import { cp, mkdtemp, readdir, rm, writeFile, appendFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { toJSON } from "../../src/export/index.js";
import { buildGraph } from "../../src/pipeline.js";
import { repoRoot } from "../shared-data.js";

let corpus: string;
let cacheDir: string;

beforeEach(async () => {
  const dir = await mkdtemp(join(tmpdir(), "kgraph-cache-"));
  corpus = join(dir, "corpus");
  cacheDir = join(dir, "cache");
  await cp(join(repoRoot, "corpus"), corpus, { recursive: true });
  await writeFile(join(corpus, "summit.txt"), "Summit in Geneva\n\nAngela Merkel met Emmanuel Macron in Geneva on Tuesday. Merkel praised France.");
});

async function build(useCache = true) {
  const warnings: string[] = [];
  const result = await buildGraph(corpus, { cacheDir, useCache, onWarning: (w) => warnings.push(w) });
  return { result, json: toJSON(result.graph), warnings };
}

describe("the extraction cache", () => {
  it("re-extracts only the changed article, and the graph equals a fresh build", async () => {
    const first = await build();
    expect(first.result).toMatchObject({ extracted: 3, cached: 0 });
    const again = await build();
    expect(again.result).toMatchObject({ extracted: 0, cached: 3 });
    expect(again.json).toBe(first.json);

    await appendFile(join(corpus, "summit.txt"), " Macron flew on to Berlin.");
    const changed = await build();
    expect(changed.result).toMatchObject({ extracted: 1, cached: 2 });
    const fresh = await build(false);
    expect(fresh.result).toMatchObject({ extracted: 3, cached: 0 });
    expect(changed.json).toBe(fresh.json);
    expect(changed.json).toContain("Berlin");
  });

  it("drops a deleted article's entities, and prunes its cache entry", async () => {
    await build();
    await rm(join(corpus, "summit.txt"));
    const after = await build();
    expect(after.result).toMatchObject({ extracted: 0, cached: 2 });
    expect(after.json).not.toContain("Emmanuel Macron");
    expect(after.json).toBe((await build(false)).json);
    const entries = (await Promise.all((await readdir(cacheDir)).map((d) => readdir(join(cacheDir, d))))).flat();
    expect(entries).toHaveLength(2);
  });

  it("ignores a corrupt cache entry with a warning naming it, and redoes that document", async () => {
    const first = await build();
    const shard = (await readdir(cacheDir))[0]!;
    const file = (await readdir(join(cacheDir, shard)))[0]!;
    await writeFile(join(cacheDir, shard, file), '{"key": "truncated…');
    const again = await build();
    expect(again.result).toMatchObject({ extracted: 1, cached: 2 });
    expect(again.warnings).toEqual([expect.stringMatching(new RegExp(`extraction cache entry .*${file} is corrupt .*; re-extracting `))]);
    expect(again.json).toBe(first.json);
    // The redone entry is valid again.
    expect(JSON.parse(await readFile(join(cacheDir, shard, file), "utf8")).key).toBe(file.replace(".json", ""));
  });

  it("is not used by a build with another alias table", async () => {
    await build();
    const other = await buildGraph(corpus, { cacheDir, aliases: [{ name: "Geneva", aliases: ["Genève"] }] });
    expect(other).toMatchObject({ extracted: 3, cached: 0 });
  });
});

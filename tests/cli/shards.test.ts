import { execFile } from "node:child_process";
import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { cliPath } from "../helpers.js";
import { repoRoot } from "../shared-data.js";

const exec = promisify(execFile);
const kgraph = (...args: string[]) => exec("node", [cliPath, ...args], { cwd: repoRoot, maxBuffer: 64 << 20 });

let corpus: string;
let work: string;

/** A corpus of real text: every paragraph of the two seed articles as a document of its own (25 documents). */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "kgraph-shards-"));
  corpus = join(work, "corpus");
  await mkdir(corpus);
  let n = 0;
  for (const file of [
    "2025-07-01-kim-jong-un-honors-troops-killed-in-russia.txt",
    "2025-07-01-kim-jong-un-mourns-soldiers-killed-in-kursk.txt",
  ]) {
    const text = await readFile(join(repoRoot, "corpus", file), "utf8");
    for (const paragraph of text.split(/\n+/).filter((p) => p.trim().length > 40)) {
      await writeFile(join(corpus, `p${String(n++).padStart(2, "0")}.txt`), paragraph);
    }
  }
  expect(n).toBeGreaterThan(16); // enough for the build to start two workers (16 documents each at least)
});

describe("parallel and sharded extraction", () => {
  it("gives the same graph on two workers as in the main thread", async () => {
    const { stdout } = await kgraph(
      "build",
      corpus,
      "--out",
      join(work, "parallel"),
      "--workers",
      "2",
      "--no-cache",
      "--quiet",
    );
    expect(stdout).toMatch(/extracted on 2 workers/);
    await kgraph("build", corpus, "--out", join(work, "serial"), "--workers", "0", "--no-cache", "--quiet");
    expect(await readFile(join(work, "parallel", "graph.json"), "utf8")).toBe(
      await readFile(join(work, "serial", "graph.json"), "utf8"),
    );
  });

  it("extract --shard i/n on three slices, then merge, equals a single build", async () => {
    for (const i of [0, 1, 2])
      await kgraph("extract", corpus, "--shard", `${i}/3`, "--out", join(work, `shard-${i}.jsonl`));
    const shards = await Promise.all([0, 1, 2].map((i) => readFile(join(work, `shard-${i}.jsonl`), "utf8")));
    const counts = shards.map((s) => s.trim().split("\n").length - 1);
    expect(counts.every((c) => c > 0)).toBe(true);
    await kgraph("merge", ...[2, 0, 1].map((i) => join(work, `shard-${i}.jsonl`)), "--out", join(work, "merged"));
    await kgraph("build", corpus, "--out", join(work, "single"), "--no-cache", "--quiet");
    for (const f of ["graph.json", "graph.gexf", "graph.graphml"]) {
      expect(await readFile(join(work, "merged", f), "utf8"), f).toBe(await readFile(join(work, "single", f), "utf8"));
    }
  });

  it("merge --curation replays a curation file as build --curation does", async () => {
    const curation = join(work, "curation.yaml");
    await writeFile(curation, "decisions:\n  - rename: Yonhap\n    to: Yonhap News Agency\n  - remove: Atlantis\n");
    const shards = [0, 1, 2].map((i) => join(work, `shard-${i}.jsonl`));
    const merged = await kgraph("merge", ...shards, "--out", join(work, "merged-curated"), "--curation", curation);
    expect(merged.stderr).toMatch(/curation\.yaml:4: decision 2 \(remove "Atlantis"\) no longer applies/);
    await kgraph("build", corpus, "--out", join(work, "single-curated"), "--quiet", "--curation", curation);
    const json = await readFile(join(work, "merged-curated", "graph.json"), "utf8");
    expect(json).toBe(await readFile(join(work, "single-curated", "graph.json"), "utf8"));
    expect(json).toContain('"label":"Yonhap News Agency"');
  });

  it("refuses a shard given twice, naming the document and files", async () => {
    const shard = join(work, "shard-0.jsonl");
    await expect(kgraph("merge", shard, shard, "--out", join(work, "twice"))).rejects.toMatchObject({
      stderr: expect.stringContaining(`is in both "${shard}" and "${shard}"`),
    });
  });
});

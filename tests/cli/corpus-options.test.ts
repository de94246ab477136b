/**
 * `kgraph build --follow-symlinks` and `--max-document-mb`: a link out of the corpus (`passwd.txt → a file
 * elsewhere`) is skipped with a message and exit code 2 unless the flag is given; a document over the limit
 * likewise, naming its size and the option.
 */
import { mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { kgraph } from "../helpers.js";
import { nameList } from "../../src/scripts/document-shapes.js";

describe("kgraph build and the corpus options", () => {
  let corpus: string;
  beforeAll(async () => {
    const outside = await mkdtemp(join(tmpdir(), "kgraph-outside-"));
    await writeFile(join(outside, "secret.txt"), "Alice Wonderland, the treasurer of Zubrowka, keeps the password.");
    corpus = await mkdtemp(join(tmpdir(), "kgraph-linked-"));
    await writeFile(join(corpus, "article.txt"), "Angela Merkel met Emmanuel Macron in Paris on Monday.");
    await writeFile(join(corpus, "long.txt"), "Boris Johnson visited Berlin. ".repeat(100)); // 3,000 bytes
    await symlink(join(outside, "secret.txt"), join(corpus, "passwd.txt"));
  });

  it("skips a link out of the corpus with a message and exit code 2", async () => {
    const out = await mkdtemp(join(tmpdir(), "kgraph-linked-out-"));
    const run = await kgraph("build", corpus, "--out", out, "--quiet");
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/passwd\.txt: symbolic link to a file outside the corpus .*--follow-symlinks/);
    expect(await readFile(join(out, "graph.json"), "utf8")).not.toContain("Wonderland");
  }, 120_000);

  it("reads it with --follow-symlinks", async () => {
    const out = await mkdtemp(join(tmpdir(), "kgraph-linked-out-"));
    const run = await kgraph("build", corpus, "--out", out, "--quiet", "--follow-symlinks");
    expect(run.code).toBe(0);
    expect(await readFile(join(out, "graph.json"), "utf8")).toContain("Wonderland");
  }, 120_000);

  it("skips a document over --max-document-mb, naming its size and the option", async () => {
    const out = await mkdtemp(join(tmpdir(), "kgraph-linked-out-"));
    const run = await kgraph("build", corpus, "--out", out, "--quiet", "--max-document-mb", "0.001");
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /long\.txt: document of 0\.0 MB is larger than the limit of 0\.001 MB; raise the limit with --max-document-mb/,
    );
    expect(run.stdout).not.toMatch(/article\.txt/);
    expect((await kgraph("build", corpus, "--out", out, "--max-document-mb", "0")).stderr).toMatch(
      /expected a number > 0/,
    );
  }, 120_000);
});

describe("kgraph build and the extraction bounds", () => {
  it("says how often and where a bound cut work, in the summary and the report", async () => {
    const corpus = await mkdtemp(join(tmpdir(), "kgraph-bounded-"));
    await writeFile(join(corpus, "article.txt"), "Angela Merkel met Emmanuel Macron in Paris on Monday.");
    await writeFile(join(corpus, "names.txt"), nameList(20_000));
    const out = await mkdtemp(join(tmpdir(), "kgraph-bounded-out-"));
    const report = join(out, "report.json");
    const run = await kgraph("build", corpus, "--out", out, "--quiet", "--report", report);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/bounded: {3}\d+ cut\(s\) in 1 document\(s\) \(.*pair-cap \d+.*\)/);
    expect(run.stdout).toMatch(/ {2}names\.txt at character \d+: [a-z-]+/);
    const { bounds } = JSON.parse(await readFile(report, "utf8")) as {
      bounds: { counts: Record<string, number>; cuts: Array<{ document: string; bound: string; start: number }> };
    };
    expect(bounds.cuts.length).toBe(Object.values(bounds.counts).reduce((a, b) => a + b, 0));
    expect(new Set(bounds.cuts.map((c) => c.document))).toEqual(new Set(["names.txt"]));
    for (const cut of bounds.cuts) expect(cut.start).toBeLessThanOrEqual(20_000);
  }, 120_000);
});

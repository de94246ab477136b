import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGraph, neighbours } from "../../src/query/index.js";
import { cliPath, kgraph } from "../helpers.js";
import { repoRoot } from "../shared-data.js";

const exec = promisify(execFile);

let out: string;
beforeAll(async () => {
  if (!existsSync(cliPath)) throw new Error(`the CLI is not built (${cliPath}); run "npm run build" (npm test does)`);
  out = await mkdtemp(join(tmpdir(), "kgraph-cli-"));
  const build = await kgraph("build", "corpus", "--out", out, "--quiet");
  expect(build.code).toBe(0);
});

describe("the kgraph command", () => {
  it("runs as an executable, as npx and npm's bin link run it (its shebang passes Node its options)", async () => {
    const { stdout } = await exec(cliPath, ["--version"], { cwd: repoRoot });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("kgraph build", () => {
  it("prints a summary and writes the three formats", async () => {
    const { stdout } = await kgraph("build", "corpus", "--out", out, "--quiet");
    expect(stdout).toMatch(/documents: 2 \(\d+ words; \d extracted, \d from cache\)/);
    expect(stdout).toMatch(/entities: +\d+ \(.*person \d+.*\)/);
    expect(stdout).toMatch(/relations: +\d+ \(.*co-occurs \d+.*\)/);
    expect(stdout).toContain("skipped:   0");
    for (const f of ["graph.json", "graph.gexf", "graph.graphml"]) expect(existsSync(join(out, f))).toBe(true);
  });

  it("writes a report with stage times, output sizes and the moments of the build, in order", async () => {
    const target = await mkdtemp(join(tmpdir(), "kgraph-cli-report-"));
    const report = join(target, "report.json");
    expect((await kgraph("build", "corpus", "--out", target, "--quiet", "--report", report)).code).toBe(0);
    const r = JSON.parse(await readFile(report, "utf8"));
    expect(r).toMatchObject({ documents: 2, extracted: 2, cached: 0 });
    expect(Object.keys(r.outputBytes)).toEqual(["graph.json", "graph.gexf", "graph.graphml"]);
    const moments = ["started", "read", "extracted", "resolved", "planned", "laid out", "written"];
    expect(Object.keys(r.timeline)).toEqual(expect.arrayContaining(moments));
    const times = moments.map((m) => r.timeline[m] as number);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(r.seconds.total).toBeLessThanOrEqual(r.timeline.written);
  });

  it("skips a bad file, names it, still builds, and exits 2", async () => {
    const corpus = await mkdtemp(join(tmpdir(), "kgraph-bad-"));
    await writeFile(join(corpus, "good.txt"), "Angela Merkel met Emmanuel Macron in Berlin on Tuesday.");
    // A PNG header: binary. (FF FE 00 41 is a UTF-16 byte-order mark, reported as UTF-16.)
    await writeFile(join(corpus, "bad.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const target = await mkdtemp(join(tmpdir(), "kgraph-bad-out-"));
    const r = await kgraph("build", corpus, "--out", target, "--quiet");
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/bad\.txt: binary file/);
    expect(r.stderr).toContain("1 file(s) or line(s) skipped");
    expect(existsSync(join(target, "graph.json"))).toBe(true);
  });

  it("fails with exit 1 and leaves the previous graph intact when the corpus is missing", async () => {
    const before = await readFile(join(out, "graph.json"), "utf8");
    const r = await kgraph("build", "/nonexistent/corpus", "--out", out, "--quiet");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('corpus folder "/nonexistent/corpus" does not exist');
    expect(await readFile(join(out, "graph.json"), "utf8")).toBe(before);
  });

  it("rebuilds into a used folder byte for byte what a fresh folder gets, leaving only the graph files and the cache", async () => {
    const reused = await mkdtemp(join(tmpdir(), "kgraph-rebuild-"));
    const fresh = await mkdtemp(join(tmpdir(), "kgraph-fresh-"));
    const corpus = await mkdtemp(join(tmpdir(), "kgraph-rebuild-corpus-"));
    await writeFile(
      join(corpus, "a.txt"),
      "Summit in Geneva\n\nAngela Merkel met Emmanuel Macron in Geneva on Tuesday. Merkel praised France and Germany.",
    );
    expect((await kgraph("build", corpus, "--out", reused, "--quiet")).code).toBe(0);
    await writeFile(join(corpus, "a.txt"), "Summit\n\nAngela Merkel met Emmanuel Macron in Geneva.");
    expect((await kgraph("build", corpus, "--out", reused, "--quiet")).code).toBe(0);
    expect((await kgraph("build", corpus, "--out", fresh, "--quiet")).code).toBe(0);
    for (const file of ["graph.json", "graph.gexf", "graph.graphml"]) {
      expect(await readFile(join(reused, file), "utf8"), file).toBe(await readFile(join(fresh, file), "utf8"));
    }
    expect((await readdir(reused)).sort()).toEqual([".cache", "graph.gexf", "graph.graphml", "graph.json"]);
    expect(await readdir(join(reused, ".cache"))).toEqual(["extractions"]);
  });

  it("checks the output folder before extracting, and says in one line what is wrong with it", async () => {
    const work = await mkdtemp(join(tmpdir(), "kgraph-badout-"));
    await writeFile(join(work, "a-file"), "x");
    await mkdir(join(work, "out", ".cache"), { recursive: true });
    await writeFile(join(work, "out", ".cache", "extractions"), "x");
    const cases: Array<[string, string]> = [
      [join(work, "a-file"), `kgraph: "${join(work, "a-file")}" is a file where a folder is needed`],
      [join(work, "out"), `kgraph: "${join(work, "out", ".cache", "extractions")}" is a file where a folder is needed`],
      ...(existsSync("/proc/self")
        ? [["/proc/kgraph-out", 'kgraph: cannot make the folder "/proc/kgraph-out"'] as [string, string]]
        : []),
    ];
    for (const [out, message] of cases) {
      const r = await kgraph("build", "corpus", "--out", out, "--quiet");
      expect(r.code, out).toBe(1);
      expect(r.stderr.trim().split("\n"), out).toEqual([expect.stringContaining(message)]);
    }
  });

  it("says which model file is corrupt when an extraction worker cannot load it, and leaves the graph intact", async () => {
    const before = await readFile(join(out, "graph.json"), "utf8");
    const model = join(out, "corrupt-ner.bin.gz");
    await writeFile(model, (await readFile(join(repoRoot, "src", "models", "ner.bin.gz"))).subarray(0, 3000));
    const r = await exec(
      "node",
      [cliPath, "build", "corpus", "--out", out, "--quiet", "--no-cache", "--workers", "2"],
      {
        cwd: repoRoot,
        env: { ...process.env, KGRAPH_NER_MODEL: model },
      },
    ).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `kgraph: entity model ${model} is not a gzipped model file (unexpected end of file); run \`npm run train:ner\``,
    );
    expect(await readFile(join(out, "graph.json"), "utf8")).toBe(before);
  });
});

describe("kgraph neighbours", () => {
  it("gives the same neighbours, predicates, weights and evidence as the library", async () => {
    const graph = await loadGraph(join(out, "graph.json"));
    const fromCode = neighbours(graph, "Putin", { depth: 1 });
    const r = await kgraph("neighbours", "Putin", "--graph", join(out, "graph.json"), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(fromCode)));
    expect(fromCode.entity.label).toBe("Vladimir Putin");
    // corpus/…-honors-troops-killed-in-russia.txt: "The Ukrainian armed forces reported the first clashes with North
    // Korean troops … while Kim Jong Un and Russian President Vladimir Putin confirmed their presence in Kursk …"
    // (his other sentence names only "The Russian people" and "the Korean special forces").
    expect(fromCode.neighbours.map((n) => n.label).sort()).toEqual([
      "Kim Jong Un",
      "Kursk",
      "North Korea",
      "Russia",
      "Ukraine",
    ]);
    const text = await kgraph("neighbours", "Putin", "--graph", join(out, "graph.json"));
    for (const n of fromCode.neighbours) expect(text.stdout).toContain(n.label);
    expect(text.stdout).toContain("“"); // evidence sentences are printed
  });

  it("filters by type and depth", async () => {
    const graph = await loadGraph(join(out, "graph.json"));
    const places = neighbours(graph, "Vladimir Putin", { types: ["place"] });
    // His neighbours above without Kim Jong Un, the one person.
    expect(places.neighbours.map((n) => n.label).sort()).toEqual(["Kursk", "North Korea", "Russia", "Ukraine"]);
    const r = await kgraph(
      "neighbours",
      "Vladimir Putin",
      "--graph",
      join(out, "graph.json"),
      "--type",
      "place",
      "--json",
    );
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(places)));
    const deeper = neighbours(graph, "Vladimir Putin", { depth: 2 });
    expect(deeper.neighbours.length).toBeGreaterThan(neighbours(graph, "Vladimir Putin").neighbours.length);
    expect(deeper.neighbours.some((n) => n.depth === 2)).toBe(true);
  });

  it("suggests the closest names for an unknown one and exits 1", async () => {
    const r = await kgraph("neighbours", "Vladmir Puttin", "--graph", join(out, "graph.json"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no entity named "Vladmir Puttin"; did you mean "Vladimir Putin"');
  });

  it("names the graph file when it is missing", async () => {
    const r = await kgraph("neighbours", "Putin", "--graph", "/nonexistent/graph.json");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read graph "/nonexistent/graph.json"');
  });
});

describe("other commands", () => {
  it("path, stats and export answer from the built graph", async () => {
    const graph = join(out, "graph.json");
    const path = await kgraph("path", "Kim Jong Un", "Vladimir Putin", "--graph", graph);
    expect(path.stdout).toContain("Kim Jong Un and Vladimir Putin are directly related");
    const stats = await kgraph("stats", "--graph", graph, "--json");
    expect(JSON.parse(stats.stdout)).toMatchObject({ documents: 2 });
    const gexf = await kgraph("export", "--format", "gexf", "--graph", graph);
    expect(gexf.stdout).toMatch(/^<\?xml[\s\S]*<gexf[\s\S]*<\/gexf>\s*$/);
    const bad = await kgraph("export", "--format", "pdf", "--graph", graph);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("Allowed choices are json, gexf, graphml");
  });

  it("extract prints one JSON line per document with offsets into its text", async () => {
    const r = await kgraph("extract", "corpus", "--json");
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const text = await readFile(join(repoRoot, "corpus", line.doc), "utf8");
      expect(line.mentions.length).toBeGreaterThan(5);
      for (const m of line.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const entities = lines.flatMap((l) => l.mentions.map((m: { entity: string }) => m.entity));
    expect(entities).toContain("Vladimir Putin");
    // Every mention of one entity carries that entity's type (`entityType`), whatever one occurrence reads as
    // where it stands (`type`: a headline's "Kim Jong Un" is read as an organisation).
    const kim = lines.flatMap((l) =>
      l.mentions.filter((m: { entity: string }) => m.entity === "Kim Jong Un"),
    ) as Array<{ type: string; entityType: string }>;
    expect(new Set(kim.map((m) => m.entityType))).toEqual(new Set(["person"]));
    expect(kim.filter((m) => m.type === "person").length).toBeGreaterThan(kim.length / 2);
  });

  it("extract applies the alias file and runs on the worker threads asked for, as build does", async () => {
    const aliases = join(await mkdtemp(join(tmpdir(), "kgraph-aliases-")), "aliases.yaml");
    await writeFile(aliases, "Yonhap News Agency:\n  type: media\n  aliases: [Yonhap, Yonhap News]\n");
    const entitiesOf = (stdout: string) =>
      stdout
        .trim()
        .split("\n")
        .flatMap((l) => (JSON.parse(l) as { mentions: Array<{ text: string; entity: string }> }).mentions)
        .filter((m) => m.text.startsWith("Yonhap"))
        .map((m) => m.entity);
    const plain = await kgraph("extract", "corpus", "--json", "--workers", "1");
    expect(new Set(entitiesOf(plain.stdout))).toEqual(new Set(["Yonhap"]));
    expect(plain.stderr).toContain("2 documents extracted on the main thread");
    const aliased = await kgraph("extract", "corpus", "--json", "--aliases", aliases, "--workers", "2");
    expect(new Set(entitiesOf(aliased.stdout))).toEqual(new Set(["Yonhap News Agency"]));
    expect(aliased.stderr).toContain("2 documents extracted on 2 worker threads");
  });

  it("has --help on every command", async () => {
    for (const command of ["build", "extract", "neighbours", "path", "stats", "merge", "export", "eval", "serve"]) {
      const r = await kgraph(command, "--help");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: kgraph ${command}`);
    }
  });

  it("lists every command when none is named, and after `help`", async () => {
    // A run loads only the command it names; without one, every command must still be there.
    for (const args of [["--help"], ["help"]]) {
      const r = await kgraph(...args);
      for (const command of ["build", "extract", "neighbours", "path", "stats", "merge", "export", "eval", "serve"]) {
        expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
      }
    }
    expect((await kgraph("help", "path")).stdout).toContain("Usage: kgraph path");
    expect((await kgraph("neighbors", "--help")).stdout).toContain("Usage: kgraph neighbours|neighbors");
  });
});

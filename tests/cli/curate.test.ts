/**
 * The "done when" on the seed corpus, through the built command: `kgraph curate` writes the corpus's
 * curation file, `kgraph build` replays it (curated: true, byte-identical on a second build), stale decisions are
 * warned about without failing the build, and `kgraph why` says how an alias joined.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { EntityNodeAttributes } from "../../src/graph/index.js";
import { cliPath } from "../helpers.js";
import { repoRoot } from "../shared-data.js";

const exec = promisify(execFile);

async function kgraph(cwd: string, ...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await exec("node", [cliPath, ...args], { cwd, maxBuffer: 64 << 20 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

interface JsonGraph {
  attributes: Record<string, unknown>;
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key: string; attributes: Record<string, unknown> }>;
}

const FILES = ["graph.json", "graph.gexf", "graph.graphml"];
let dir: string;

beforeAll(async () => {
  if (!existsSync(cliPath)) throw new Error(`the CLI is not built (${cliPath}); run "npm run build" (npm test does)`);
  dir = await mkdtemp(join(tmpdir(), "kgraph-curate-"));
  await cp(join(repoRoot, "corpus"), join(dir, "corpus"), { recursive: true });
});

describe("kgraph curate, then kgraph build", () => {
  it("renames Yonhap, removes Europe and splits Kim off Kim Jong Un, with curated: true, byte-identically twice", async () => {
    for (const args of [
      ["rename", "Yonhap", "Yonhap News Agency"],
      ["remove", "Europe", "--note", "a dateline"],
      ["split", "Kim Jong Un", "Kim", "--date", "2026-12-01"],
    ]) {
      const run = await kgraph(dir, "curate", ...args);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
    }
    const file = await readFile(join(dir, "corpus", "kgraph-curation.yaml"), "utf8");
    expect(file).toContain("  - split: Kim Jong Un\n    alias: Kim\n    date: 2026-12-01\n");
    const list = await kgraph(dir, "curate", "list");
    expect(list.stdout).toMatch(/1\. rename "Yonhap" → "Yonhap News Agency"/);
    expect(list.stdout).toMatch(/2\. remove "Europe" .*— a dateline/);

    const build = await kgraph(dir, "build", "corpus", "--out", "out", "--quiet");
    expect(build.code).toBe(0);
    expect(build.stdout).toContain("curation:  kgraph-curation.yaml: 3 of 3 decision(s) applied");
    const first = await Promise.all(FILES.map((f) => readFile(join(dir, "out", f))));
    expect((await kgraph(dir, "build", "corpus", "--out", "out", "--quiet", "--no-cache")).code).toBe(0);
    const second = await Promise.all(FILES.map((f) => readFile(join(dir, "out", f))));
    FILES.forEach((f, i) => expect(second[i]!.equals(first[i]!), f).toBe(true));

    const graph = JSON.parse(first[0]!.toString()) as JsonGraph;
    const byLabel = (label: string) =>
      graph.nodes.filter((n) => n.attributes.kind === "entity" && n.attributes.label === label);
    expect(byLabel("Yonhap")).toEqual([]);
    expect(byLabel("Yonhap News Agency")[0]?.attributes).toMatchObject({ curated: true, entityType: "media" });
    expect(byLabel("Europe")).toEqual([]);
    expect(byLabel("Kim")[0]?.attributes).toMatchObject({ curated: true, entityType: "person", aliases: ["Kim"] });
    const full = byLabel("Kim Jong Un")[0]!.attributes as unknown as EntityNodeAttributes;
    expect(full.aliases).not.toContain("Kim");
    expect(graph.edges.some((e) => e.attributes.curated === true && e.key.includes("entity:kim|"))).toBe(true);
    expect(graph.attributes.curation).toEqual({ file: "kgraph-curation.yaml", decisions: 3, applied: 3, stale: [] });
    // The GEXF carries the flag too (every node attribute is exported).
    expect(first[1]!.toString()).toMatch(/curated/);
  });

  it("warns about a decision that no longer applies, names its line, and still builds", async () => {
    const corpus = join(dir, "stale-corpus");
    await cp(join(repoRoot, "corpus"), corpus, { recursive: true });
    await writeFile(
      join(corpus, "kgraph-curation.yaml"),
      "# hand-written\ndecisions:\n  - remove: Europe\n  - rename: Atlantis\n    to: Lost City\n",
    );
    const build = await kgraph(dir, "build", "stale-corpus", "--out", "stale-out", "--quiet");
    expect(build.code).toBe(0);
    expect(build.stderr).toMatch(
      /kgraph: warning: kgraph-curation\.yaml:4: decision 2 \(rename "Atlantis" → "Lost City"\) no longer applies: no entity is named "Atlantis"/,
    );
    expect(build.stdout).toContain("1 of 2 decision(s) applied, 1 no longer apply");
    const graph = JSON.parse(await readFile(join(dir, "stale-out", "graph.json"), "utf8")) as JsonGraph;
    expect(graph.attributes.curation).toMatchObject({ applied: 1, stale: [{ index: 2, line: 4, action: "rename" }] });
  });

  it("refuses a malformed curation file, naming the file and the line", async () => {
    const corpus = join(dir, "bad-corpus");
    await cp(join(repoRoot, "corpus"), corpus, { recursive: true });
    await writeFile(join(corpus, "kgraph-curation.yaml"), "decisions:\n  - rename: [Yonhap\n");
    const build = await kgraph(dir, "build", "bad-corpus", "--out", "bad-out", "--quiet");
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/curation file ".*kgraph-curation\.yaml", line \d+: .*not valid YAML/);
  });

  it("writes to --curation <file>, which --curation builds replay; undo takes the last decision back", async () => {
    const file = join(dir, "elsewhere.yaml");
    expect((await kgraph(dir, "curate", "retype", "Yonhap", "organization", "--curation", file)).code).toBe(0);
    expect(
      (await kgraph(dir, "curate", "reject", "Kim Jong Un", "Kim Ju Ae", "-p", "family", "--curation", file)).code,
    ).toBe(0);
    expect((await kgraph(dir, "curate", "retype", "Yonhap", "planet", "--curation", file)).stderr).toMatch(
      /expected one of person, place, organization, media/,
    );
    const at = await kgraph(dir, "curate", "split", "Kim Jong Un", "Kim", "--at", "5", "--curation", file);
    expect([at.code, at.stderr.trim()]).toEqual([
      1,
      "kgraph: curate split: --at needs --document (the offset is in one document)",
    ]);
    const nothing = await kgraph(dir, "curate", "undo", "--curation", join(dir, "none.yaml"));
    expect(nothing.stderr).toMatch(/^kgraph: curate undo: .*none\.yaml has no decision to undo\n$/);
    const undo = await kgraph(dir, "curate", "undo", "--curation", file);
    expect(undo.stdout).toContain('removed 2. reject family between "Kim Jong Un" and "Kim Ju Ae"');
    const build = await kgraph(dir, "build", "corpus", "--out", "out2", "--quiet", "--curation", file);
    expect(build.stdout).toContain("elsewhere.yaml: 1 of 1 decision(s) applied");
    const graph = JSON.parse(await readFile(join(dir, "out2", "graph.json"), "utf8")) as JsonGraph;
    expect(graph.nodes.find((n) => n.key === "entity:yonhap")?.attributes.entityType).toBe("organization");
  });
});

describe("kgraph why", () => {
  it('lists "Putin" for Vladimir Putin with the rule and the document where it joined', async () => {
    const out = join(dir, "why-out");
    expect(
      (await kgraph(dir, "build", "corpus", "--out", out, "--quiet", "--curation", "/nonexistent.yaml")).code,
    ).toBe(1);
    await kgraph(repoRoot, "build", "corpus", "--out", out, "--quiet");
    const text = await kgraph(dir, "why", "Vladimir Putin", "--graph", join(out, "graph.json"));
    expect(text.stdout).toMatch(/^Vladimir Putin \(person\)\n {2}Putin — short name that one full name of the corpus/);
    expect(text.stdout).toMatch(/joined in .*\(doc:[^)]+ \[\d+-\d+\]\)/);
    const json = JSON.parse((await kgraph(dir, "why", "Putin", "--graph", join(out, "graph.json"), "--json")).stdout);
    expect(json).toMatchObject({ label: "Vladimir Putin", aliases: [{ alias: "Putin", rule: "corpus-short-form" }] });
    const unknown = await kgraph(dir, "why", "Vladimir Pootin", "--graph", join(out, "graph.json"));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/did you mean "Vladimir Putin"/);
  });
});

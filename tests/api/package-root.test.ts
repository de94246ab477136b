/**
 * The package as it is published: the entry point (dist/index.js, built by `npm test`, what `import "kgraph"`
 * gets) answers real questions about the bundled corpus's graph; the package root that the built code finds
 * (src/util/package-root.ts) holds kgraph's package.json, and every file the code looks for beside itself (the
 * models, the built viewer) is one that `npm pack` ships, and is found again in an installed copy.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../shared-data.js";

/** A module of the built package, by its path under dist/. */
async function built<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(repoRoot, "dist", path)).href)) as T;
}

const api = await built<typeof import("../../src/index.js")>("index.js");
const packageJson = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
  name: string;
  version: string;
};

describe("the package's entry point", () => {
  it("loads the bundled corpus's graph and explains, searches and cuts it", async () => {
    const graph = await api.loadGraph(join(repoRoot, "graph-output", "graph.json"));
    expect(api.graphStats(graph).documents).toBe(2);
    // corpus/2025-07-01-kim-jong-un-honors-troops-killed-in-russia.txt: "… Kim Jong Un and Russian President
    // Vladimir Putin confirmed their presence in Kursk in April 2025."
    const explanation = api.explain(graph, "Putin", "Russia");
    const role = explanation.direct.find((r) => r.predicate === "role");
    expect([explanation.from, explanation.to, role?.relationLabel]).toEqual([
      "Vladimir Putin",
      "Russia",
      "President of",
    ]);
    expect(role?.evidence[0]?.text).toContain("Russian President Vladimir Putin confirmed their presence in Kursk");
    expect(api.search(graph, "Pyongyan")[0]?.label).toBe("Pyongyang");
    expect(() => api.findEntity(graph, "Angela Merkel")).toThrow(api.EntityNotFoundError);
    // Kim Ju Ae's one sentence: "Kim himself was also present, accompanied by his teenage daughter Kim Ju Ae, …,
    // and Russian Culture Minister Olga Lyubimova." Her neighbourhood is Kim Jong Un, Olga Lyubimova and Russia.
    const around = api.subgraph(graph, ["Kim Ju Ae"]);
    const entities = around.filterNodes((_n, a) => a.kind === "entity").map((n) => around.getNodeAttribute(n, "label"));
    expect(entities.sort()).toEqual(["Kim Jong Un", "Kim Ju Ae", "Olga Lyubimova", "Russia"]);
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

/** The files `npm pack` would publish, relative to the repository (scripts off: the build already ran). */
function publishedFiles(): Set<string> {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: repoRoot,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  return new Set((JSON.parse(out) as [{ files: { path: string }[] }])[0].files.map((f) => f.path));
}

describe("the package root", () => {
  const scratch = mkdtempSync(join(tmpdir(), "kgraph-package-root-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("is the folder of kgraph's package.json, found from the built code", async () => {
    const { packageRoot, packagePath } =
      await built<typeof import("../../src/util/package-root.js")>("util/package-root.js");
    expect(packageRoot()).toBe(repoRoot);
    expect(packageJson.name).toBe("kgraph");
    expect(packagePath("src", "models", "ner.bin.gz")).toBe(join(repoRoot, "src", "models", "ner.bin.gz"));
    const { VERSION } = await built<typeof import("../../src/version.js")>("version.js");
    expect(VERSION).toBe(packageJson.version);
  });

  it("points at files the published package ships: the three models and the built viewer", async () => {
    const ner = await built<typeof import("../../src/nlp/ner/model.js")>("nlp/ner/model.js");
    const rel = await built<typeof import("../../src/relations/typed/classifier.js")>("relations/typed/classifier.js");
    const lexicon = await built<typeof import("../../src/nlp/ner/gazetteer.js")>("nlp/ner/gazetteer.js");
    const serve = await built<typeof import("../../src/serve/index.js")>("serve/index.js");
    const saved = process.env.KGRAPH_NER_MODEL;
    delete process.env.KGRAPH_NER_MODEL; // the override would point elsewhere
    const wanted = [
      ner.defaultModelPath(),
      rel.modelPath(),
      lexicon.lexiconPath(),
      join(serve.DEFAULT_VIEWER_DIR, "index.html"),
    ];
    if (saved !== undefined) process.env.KGRAPH_NER_MODEL = saved;
    const shipped = publishedFiles();
    expect(wanted.map((path) => relative(repoRoot, path))).toEqual([
      "src/models/ner.bin.gz",
      "src/models/rel.json.gz",
      "src/models/compromise-lexicon.json.gz",
      "viewer/dist/index.html",
    ]);
    for (const path of wanted) {
      expect(existsSync(path), path).toBe(true);
      expect(shipped.has(relative(repoRoot, path)), `${relative(repoRoot, path)} is published`).toBe(true);
    }
  });

  it("is found again in an installed copy, whose models it reads", () => {
    // node_modules/kgraph holding exactly what `npm pack` publishes, its dependencies linked from the repository.
    const installed = join(scratch, "node_modules", "kgraph");
    for (const file of publishedFiles()) {
      mkdirSync(dirname(join(installed, file)), { recursive: true });
      cpSync(join(repoRoot, file), join(installed, file));
    }
    symlinkSync(join(repoRoot, "node_modules"), join(installed, "node_modules"), "dir");
    const script = join(scratch, "use.mjs");
    writeFileSync(
      script,
      `import { buildGraph } from "kgraph";
import { packageRoot } from ${JSON.stringify(pathToFileURL(join(installed, "dist", "util", "package-root.js")).href)};
const { graph } = await buildGraph([{ id: "a", path: "a", title: "t", text: "Angela Merkel met Emmanuel Macron in Berlin." }]);
console.log(JSON.stringify({ root: packageRoot(), labels: graph.filterNodes((_n, a) => a.kind === "entity").map((n) => graph.getNodeAttribute(n, "label")).sort() }));
`,
    );
    const env = { ...process.env };
    delete env.KGRAPH_NER_MODEL;
    const out = JSON.parse(execFileSync(process.execPath, [script], { cwd: scratch, env, encoding: "utf8" })) as {
      root: string;
      labels: string[];
    };
    expect(out.root).toBe(installed);
    expect(out.labels).toEqual(["Angela Merkel", "Berlin", "Emmanuel Macron"]);
  });
});

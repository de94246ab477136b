import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { writeGraphFiles } from "../../src/export/index.js";
import { isEntity, type KnowledgeGraph } from "../../src/graph/schema.js";
import { explain, neighbours, search, subgraph } from "../../src/query/index.js";
import { cliPath, seedGraph } from "../helpers.js";
import { repoRoot } from "../shared-data.js";

const exec = promisify(execFile);
let graph: KnowledgeGraph;
let graphFile: string;

beforeAll(async () => {
  graph = await seedGraph();
  const dir = await mkdtemp(join(tmpdir(), "kgraph-query-"));
  await writeGraphFiles(graph, dir, ["json"]);
  graphFile = join(dir, "graph.json");
});

/** The typed relation from `a` to `b` (by label) with this predicate, as the query API reports it. */
function typed(from: string, predicate: string, to: string) {
  const n = neighbours(graph, from, { predicates: [predicate] }).neighbours.find((x) => x.label === to);
  return n?.relations.find((r) => r.predicate === predicate && r.direction === "out");
}

describe("typed relations on the seed corpus", () => {
  it.each([
    ["Olga Lyubimova", "role", "Russia", "Culture Minister of", "Russian Culture Minister Olga Lyubimova"],
    ["Vladimir Putin", "role", "Russia", "President of", "Russian President Vladimir Putin"],
    ["Kim Ju Ae", "family", "Kim Jong Un", "daughter of", "his teenage daughter Kim Ju Ae"],
    ["Yonhap", "based_in", "South Korea", undefined, "South Korea's Yonhap news agency"],
    ["Kursk", "located_in", "Russia", undefined, "Russia's Kursk"],
  ])("%s –%s→ %s, with the sentence that supports it", (from, predicate, to, label, words) => {
    const relation = typed(from, predicate, to);
    expect(relation, `${from} –${predicate}→ ${to}`).toBeDefined();
    if (label) expect(relation!.relationLabel).toBe(label);
    expect(relation!.confidence).toBeGreaterThan(0.5);
    expect(relation!.evidence.some((e) => e.text.includes(words))).toBe(true);
    for (const e of relation!.evidence) expect(e).toMatchObject({ title: expect.any(String), date: "2025-07-01" });
  });

  it("makes no office of a demonym before a common noun, and no family link from a bare name", () => {
    expect(
      neighbours(graph, "Russia", { predicates: ["role"] })
        .neighbours.map((n) => n.label)
        .sort(),
    ).toEqual(["Olga Lyubimova", "Vladimir Putin"]);
    expect(neighbours(graph, "Kim Jong Un", { predicates: ["family"] }).neighbours.map((n) => n.label)).toEqual([
      "Kim Ju Ae",
    ]);
  });
});

describe("neighbours", () => {
  it("filters by predicate, type and minimum weight", () => {
    const all = neighbours(graph, "Kim Jong Un").neighbours;
    const heavy = neighbours(graph, "Kim Jong Un", { minWeight: 2 }).neighbours;
    // Counted by reading the articles: Kursk shares two of his sentences (the clashes; "the liberation of Kursk"),
    // Pyongyang three (the gala twice, the winter clothing), Ukraine three; North Korea and Russia more. Putin
    // shares only one ("Kim Jong Un and Russian President Vladimir Putin confirmed their presence in Kursk").
    expect(heavy.map((n) => n.label).sort()).toEqual(["Kursk", "North Korea", "Pyongyang", "Russia", "Ukraine"]);
    expect(all.map((n) => n.label)).toContain("Vladimir Putin");
    expect(heavy.every((n) => n.relations.every((r) => r.weight >= 2))).toBe(true);
    const people = neighbours(graph, "Kim Jong Un", { types: ["person"] }).neighbours;
    expect(people.map((n) => n.label)).toEqual(
      expect.arrayContaining(["Kim Ju Ae", "Vladimir Putin", "Olga Lyubimova"]),
    );
    expect(people.every((n) => n.entityType === "person")).toBe(true);
  });
});

describe("explain", () => {
  it("answers how Olga Lyubimova and Kim Jong Un are connected, with the sentence that connects them", () => {
    const x = explain(graph, "Olga Lyubimova", "Kim Jong Un");
    // They share one sentence ("Kim himself" is Kim Jong Un): a direct co-occurrence, no path needed.
    expect(x.path).toEqual([]);
    expect(x.direct.map((r) => [r.predicate, r.weight])).toEqual([["co-occurs", 1]]);
    expect(x.direct[0]!.evidence.map((e) => e.text)).toEqual([
      "Kim himself was also present, accompanied by his teenage daughter Kim Ju Ae, who is considered by many " +
        "analysts to be his likely successor, and Russian Culture Minister Olga Lyubimova.",
    ]);
  });

  it("prefers a path of typed relations to co-occurrence", () => {
    // Putin and Lyubimova are never in one sentence; both hold an office of Russia.
    const x = explain(graph, "Vladimir Putin", "Olga Lyubimova");
    expect(x.direct).toEqual([]);
    expect(x.path.map((h) => h.to)).toEqual(["Russia", "Olga Lyubimova"]);
    expect(x.path.every((h) => h.relations[0]!.predicate === "role")).toBe(true);
  });

  it("kgraph path prints the connection with evidence sentences", async () => {
    const { stdout } = await exec("node", [cliPath, "path", "Olga Lyubimova", "Kim Jong Un", "--graph", graphFile], {
      cwd: repoRoot,
    });
    expect(stdout).toContain("Olga Lyubimova and Kim Jong Un are directly related");
    expect(stdout).toContain("“");
    const json = JSON.parse(
      (
        await exec("node", [cliPath, "path", "Olga Lyubimova", "Kim Jong Un", "--graph", graphFile, "--json"], {
          cwd: repoRoot,
        })
      ).stdout,
    );
    expect(json).toEqual(JSON.parse(JSON.stringify(explain(graph, "Olga Lyubimova", "Kim Jong Un"))));
  });
});

describe("search and subgraph", () => {
  it("finds entities by partial, misspelt or aliased names", () => {
    expect(search(graph, "lyubimov")[0]?.label).toBe("Olga Lyubimova");
    expect(search(graph, "Pyongang")[0]?.label).toBe("Pyongyang");
    expect(search(graph, "KCTV")[0]?.label).toBe("Korean Central Television");
  });

  it("cuts out a neighbourhood with the documents its evidence needs", async () => {
    const part = subgraph(graph, ["Kim Ju Ae"], { depth: 1 });
    const entities = part.filterNodes((_n, a) => isEntity(a)).map((n) => part.getNodeAttribute(n, "label"));
    // Her one sentence: "Kim himself was also present, accompanied by his teenage daughter Kim Ju Ae, …, and
    // Russian Culture Minister Olga Lyubimova."
    expect(entities.sort()).toEqual(["Kim Jong Un", "Kim Ju Ae", "Olga Lyubimova", "Russia"]);
    part.forEachEdge((_e, a) => {
      if (a.kind === "relation") for (const e of a.evidence) expect(part.hasNode(e.document)).toBe(true);
    });
    const { stdout } = await exec(
      "node",
      [cliPath, "export", "--around", "Kim Ju Ae", "--depth", "1", "--format", "gexf", "--graph", graphFile],
      { cwd: repoRoot },
    );
    expect((stdout.match(/<node /g) ?? []).length).toBe(part.order);
  });
});

/**
 * A dated corpus: the CoNLL-2003 training documents (Reuters, August 1996), turned into text files at test time
 * (their text is never copied into the repository), one sentence a line, as a reader would get them. The reader
 * dates each from its dateline ("BRUSSELS 1996-08-22"); the documents whose dateline states no date ("BANGKOK",
 * "LATTAKIA , Aug 10 -") are counted apart as undated. `--since`/`--until` keep only evidence in the period.
 *
 * eng.train runs from 22 to 31 August 1996 (one story is datelined May): the November query of issue 20 finds
 * no document, so it returns no relation, and the cut is checked on a window inside August as well.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/graph/index.js";
import { buildGraph } from "../../src/pipeline.js";
import type { NeighbourhoodResult, GraphStats } from "../../src/query/index.js";
import { loadGraph as loadViewerGraph } from "../../viewer/src/model.js";
import { documentHistogram } from "../../viewer/src/timeline.js";
import { cliPath } from "../helpers.js";
import { describeWithShared, sharedPath } from "../shared-data.js";

/** The documents of a CoNLL-2003 file: lists of sentences, each its tokens joined by spaces. */
function conllDocuments(content: string): string[][] {
  const documents: string[][] = [];
  let sentence: string[] = [];
  const flush = () => {
    if (sentence.length) documents.at(-1)?.push(sentence.join(" "));
    sentence = [];
  };
  for (const line of content.split("\n")) {
    if (line.startsWith("-DOCSTART-")) {
      flush();
      documents.push([]);
    } else if (!line.trim()) flush();
    else sentence.push(line.split(" ")[0]!);
  }
  flush();
  return documents.filter((d) => d.length);
}

/** The date of a document's dateline: a short line under the headline ending in an ISO date. */
function datelineDate(sentences: readonly string[]): string | undefined {
  for (const line of sentences.slice(1, 6)) {
    const m = /(?:^|\s)(\d{4}-\d{2}-\d{2})$/.exec(line);
    if (m && line.length <= 70) return m[1];
  }
  return undefined;
}

describeWithShared("the CoNLL-2003 training documents as a dated corpus", () => {
  let dir: string;
  let graph: KnowledgeGraph;
  let documents: string[][];
  const cli = (...args: string[]) => {
    const r = spawnSync("node", [cliPath, ...args, "--graph", join(dir, "out", "graph.json")], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kgraph-conll-dated-"));
    documents = conllDocuments(await readFile(sharedPath("data", "conll2003", "eng.train"), "utf8"));
    await Promise.all(
      documents.map((d, i) => writeFile(join(dir, `${String(i).padStart(3, "0")}.txt`), `${d.join("\n")}\n`)),
    );
    graph = (await buildGraph(dir, { out: join(dir, "out"), workers: 2 })).graph;
  }, 240_000);

  it("dates every document from its dateline, and counts those whose dateline has no date apart", () => {
    let datelined = 0;
    let dated = 0;
    documents.forEach((d, i) => {
      const expected = datelineDate(d);
      const node = `doc:${String(i).padStart(3, "0")}.txt`;
      const date = graph.getNodeAttribute(node, "date" as never) as string | undefined;
      if (date) dated++;
      if (expected) {
        datelined++;
        expect(date, node).toBe(expected);
      }
    });
    expect(documents.length).toBe(946);
    expect(datelined).toBeGreaterThan(900);
    // A few more are dated by a date in their headline ("OJ L 211 OF AUGUST 21 , 1996").
    expect(dated).toBeGreaterThanOrEqual(datelined);
    const stats = JSON.parse(cli("stats", "--json")) as GraphStats;
    expect(stats.undatedDocuments).toBe(documents.length - dated);
    expect(stats.documentsByPeriod).toEqual({ "1996-05": 1, "1996-08": dated - 1 });
    expect(cli("stats")).toContain(`${documents.length - dated} documents without a date (counted apart)`);
  });

  it("is drawn whole by the viewer's timeline: every dated document in a bin, the undated apart", async () => {
    const viewerGraph = loadViewerGraph(JSON.parse(await readFile(join(dir, "out", "graph.json"), "utf8")));
    const histogram = documentHistogram(viewerGraph)!;
    const stats = JSON.parse(cli("stats", "--json")) as GraphStats;
    expect(histogram.bins.reduce((n, b) => n + b.count, 0)).toBe(documents.length - stats.undatedDocuments);
    expect(histogram.undated).toBe(stats.undatedDocuments);
    expect(histogram.granularity).toBe("week"); // 28 May to 31 August 1996
  });

  it("gives Clinton's timeline by month, his relations in order of first appearance", () => {
    const timeline = JSON.parse(cli("timeline", "Clinton", "--json")) as {
      periods: Array<{ period: string; mentions: number }>;
      relations: Array<{ firstSeen?: string }>;
    };
    expect(timeline.periods.map((p) => p.period)).toEqual(["1996-08"]);
    const seen = timeline.relations.map((r) => r.firstSeen ?? "\uffff");
    expect(seen).toEqual([...seen].sort());
    expect(timeline.relations.length).toBeGreaterThan(10);
  });

  it("returns only relations with evidence in the period asked for", () => {
    const evidenceDates = (result: NeighbourhoodResult) =>
      result.neighbours.flatMap((n) => n.relations.flatMap((r) => r.evidence.map((e) => e.date)));
    const november = JSON.parse(
      cli("neighbours", "Clinton", "--since", "1996-11-01", "--until", "1996-11-30", "--json"),
    ) as NeighbourhoodResult;
    expect(evidenceDates(november).every((d) => d !== undefined && d >= "1996-11-01" && d <= "1996-11-30")).toBe(true);
    expect(november.neighbours).toEqual([]); // no document of eng.train is dated in November
    const all = JSON.parse(cli("neighbours", "Clinton", "--json")) as NeighbourhoodResult;
    const window = JSON.parse(
      cli("neighbours", "Clinton", "--since", "1996-08-25", "--until", "1996-08-27", "--json"),
    ) as NeighbourhoodResult;
    const inWindow = evidenceDates(window);
    expect(inWindow.length).toBeGreaterThan(0);
    expect(inWindow.every((d) => d !== undefined && d >= "1996-08-25" && d <= "1996-08-27")).toBe(true);
    expect(evidenceDates(all).some((d) => d === undefined || d < "1996-08-25" || d > "1996-08-27")).toBe(true);
  });
});

/**
 * The quality report on a corpus made for it (tests/report/planted.ts): it finds each planted problem, first,
 * worst first, and flags nothing in the ordinary sentences around them; smaller signals on a hand-made graph; the
 * HTML page escapes what it shows; the command writes text, JSON and HTML.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import graphology from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import type { EdgeAttributes, EntityType, GraphAttributes, NodeAttributes } from "../../src/contract.js";
import type { KnowledgeGraph } from "../../src/graph/index.js";
import { writeGraphFiles } from "../../src/export/index.js";
import { buildGraph } from "../../src/pipeline.js";
import { qualityReport, reportHtml, type QualityReport } from "../../src/report/index.js";
import { cliPath } from "../helpers.js";
import { PLANTED } from "./planted.js";

let graph: KnowledgeGraph;
let report: QualityReport;
beforeAll(async () => {
  ({ graph } = await buildGraph(PLANTED, {
    workers: 0,
    curation: {
      file: "/corpus/kgraph-curation.yaml",
      decisions: [
        { action: "rename", entity: "Atlantis Corp", to: "Atlantis", line: 3 },
        { action: "remove", entity: "Ibrox", line: 5 },
      ],
    },
  }));
  report = qualityReport(graph);
});

const labels = (f: QualityReport["findings"][number]) => f.entities.map((e) => e.label);

describe("kgraph report on the planted corpus", () => {
  it("lists the planted problems first, the stale decision at the top, and nothing else", () => {
    const [stale, ...rest] = report.findings;
    expect(stale).toMatchObject({
      kind: "stale-decision",
      title: 'kgraph-curation.yaml:3: rename "Atlantis Corp" → "Atlantis"',
    });
    const found = rest.map((f) => [f.kind, labels(f)]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["fragment", ["Jonathan Smithers", "Jonathon Smithers"]],
        ["doubtful-merge", ["Gordon Brown"]],
        ["bare-name", ["Whitcombe", "Peter Whitcombe", "Sarah Whitcombe"]],
        ["fragment", ["FWA", "Federal Widget Authority"]],
        ["boilerplate", ["Northwind Media Group"]],
      ]),
    );
    // The ordinary sentences (Celtic, Leeds, Tony Blair, Brackley Motors, Devon…) give nothing to look at.
    expect(report.total).toBe(6);
    expect(report.counts).toMatchObject({
      "stale-decision": 1,
      fragment: 2,
      "doubtful-merge": 1,
      "bare-name": 1,
      boilerplate: 1,
    });
  });

  it("is sorted worst first, and each finding shows its passages with the name marked", () => {
    const scores = report.findings.map((f) => f.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const brown = report.findings.find((f) => f.kind === "doubtful-merge")!;
    expect(brown.title).toMatch(/“Brown” joined Gordon Brown/);
    const [alone, full] = brown.evidence;
    expect(alone!.document).toMatch(/^doc:football-/);
    expect(alone!.text.slice(alone!.mark!.start, alone!.mark!.end)).toBe("Brown");
    expect(full!.document).toMatch(/^doc:treasury-/);
    const smithers = report.findings.find((f) => f.kind === "fragment" && labels(f).includes("Jonathon Smithers"))!;
    expect(smithers.evidence.map((e) => e.text.slice(e.mark!.start, e.mark!.end))).toEqual([
      "Jonathan Smithers",
      "Jonathon Smithers",
    ]);
  });

  it("keeps the worst n with limit, and counts all", () => {
    const top = qualityReport(graph, { limit: 2 });
    expect(top.findings).toEqual(report.findings.slice(0, 2));
    expect(top.total).toBe(6);
  });
});

describe("the report's smaller signals", () => {
  const entity = (label: string, entityType: EntityType, roles: string[] = []): NodeAttributes => ({
    kind: "entity",
    label,
    entityType,
    aliases: [label],
    roles,
    mentions: 3,
    documents: 1,
    x: 0,
    y: 0,
    size: 1,
    color: "#000",
  });

  it("flags type conflicts and well-supported candidate relations, and not the ordinary ones", () => {
    const g: KnowledgeGraph = new graphology.MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
      type: "mixed",
    });
    g.replaceAttributes({ schemaVersion: 1, name: "kgraph", generator: "test", recogniser: "test" });
    g.addNode("doc:d", {
      kind: "document",
      label: "d",
      path: "d.txt",
      text: "Acme Ltd hired Keanu Reeves. Acme Ltd hired Keanu Reeves again.",
      x: 0,
      y: 0,
      size: 1,
      color: "#000",
    });
    g.addNode("entity:acme-ltd", entity("Acme Ltd", "person"));
    g.addNode("entity:keanu-reeves", entity("Keanu Reeves", "organization", ["Actor"]));
    g.addNode("entity:jane-doe", entity("Jane Doe", "person", ["Minister"]));
    const relation = (weight: number, confidence: number, candidate: boolean): EdgeAttributes => ({
      kind: "relation",
      predicate: "works_for",
      confidence,
      weight,
      evidence: Array.from({ length: weight }, () => ({ document: "doc:d", start: 0, end: 28 })),
      ...(candidate ? { candidate: true } : {}),
    });
    g.addDirectedEdgeWithKey("r1", "entity:keanu-reeves", "entity:acme-ltd", relation(4, 0.4, true));
    g.addDirectedEdgeWithKey("r2", "entity:jane-doe", "entity:acme-ltd", relation(1, 0.4, true));
    g.addDirectedEdgeWithKey("r3", "entity:jane-doe", "entity:keanu-reeves", relation(5, 0.9, false));
    const found = qualityReport(g).findings.map((f) => [f.kind, labels(f)]);
    expect(found).toEqual([
      ["type-conflict", ["Keanu Reeves"]],
      ["type-conflict", ["Acme Ltd"]],
      ["weak-relation", ["Keanu Reeves", "Acme Ltd"]],
    ]);
  });
});

describe("the HTML report", () => {
  it("escapes every string it shows and links entities to the viewer", () => {
    const hostile: QualityReport = {
      total: 1,
      counts: {
        boilerplate: 0,
        "stale-decision": 0,
        "doubtful-merge": 0,
        fragment: 1,
        "bare-name": 0,
        "type-conflict": 0,
        "weak-relation": 0,
      },
      findings: [
        {
          kind: "fragment",
          score: 0.9,
          title: `“<script>alert(1)</script>” and “x" onmouseover="alert(2)” are one`,
          detail: "<img src=x onerror=alert(3)>",
          entities: [{ node: 'entity:"><script>alert(4)</script>', label: "<b>bold</b>" }],
          evidence: [
            {
              document: "doc:<i>",
              title: "</cite><script>alert(5)</script>",
              start: 0,
              end: 30,
              text: "a <svg onload=alert(6)> Brown",
              mark: { start: 24, end: 29 },
            },
          ],
        },
      ],
    };
    const html = reportHtml(hostile, { viewerUrl: "javascript:alert(7)" });
    expect(html).not.toMatch(/<script|<img|<svg|<b>|<i>|onmouseover="|javascript:/i);
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).toContain('href="http://127.0.0.1:8080/#entity=entity%3A%22%3E%3Cscript%3Ealert(4)%3C%2Fscript%3E"');
    expect(html).toContain("<mark>Brown</mark>");
    expect(html).toContain("Content-Security-Policy");
  });
});

describe("kgraph report (the command)", () => {
  it("prints the findings, writes JSON and an HTML page", async () => {
    if (!existsSync(cliPath)) throw new Error(`the CLI is not built (${cliPath}); run "npm run build"`);
    const dir = await mkdtemp(join(tmpdir(), "kgraph-report-"));
    await writeGraphFiles(graph, dir);
    const exec = promisify(execFile);
    const text = await exec("node", [cliPath, "report", "--graph", join(dir, "graph.json")]);
    expect(text.stdout).toMatch(
      /^6 finding\(s\), worst first\n {2}1\. \[Curation decision that no longer applies · 1\.00\]/,
    );
    const json = JSON.parse(
      (await exec("node", [cliPath, "report", "--graph", join(dir, "graph.json"), "--json", "-n", "2"])).stdout,
    );
    expect(json).toMatchObject({ total: 6, findings: [{ kind: "stale-decision" }, {}] });
    await exec("node", [cliPath, "report", "--graph", join(dir, "graph.json"), "--out", join(dir, "report.html")]);
    const html = await readFile(join(dir, "report.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("Jonathon Smithers");
  });
});

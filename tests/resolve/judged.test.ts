import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/index.js";
import { evaluateJudged, readJudgedSet, type JudgedNode, type JudgedSet } from "../../src/eval/judged.js";
import { describeWithShared, repoRoot, sharedPath } from "../shared-data.js";

const SET = resolve(repoRoot, "tests/resolve/judged/bbc-news.json");
const UNSEEN = resolve(repoRoot, "tests/resolve/judged/bbc-news-unseen.json");

const node = (label: string, entityType: JudgedNode["entityType"], aliases: string[], mentions = 1): JudgedNode => ({
  key: `entity:${label}`,
  label,
  entityType,
  aliases,
  mentions,
});

describe("eval judged", () => {
  const set: JudgedSet = {
    seed: 1,
    top: 2,
    random: 1,
    groups: [{ names: ["Labour", "Labour Party"], why: "one party" }],
    items: [
      {
        rank: 1,
        set: "top",
        label: "Labour",
        aliases: ["Labour"],
        mentions: 9,
        drawnType: "organization",
        verdict: "entity",
        types: ["organization"],
        labels: ["Labour Party", "Labour"],
      },
      {
        rank: 2,
        set: "top",
        label: "Chelsea",
        aliases: ["Chelsea"],
        mentions: 5,
        drawnType: "person",
        verdict: "entity",
        types: ["organization"],
        labels: ["Chelsea"],
      },
      { rank: 9, set: "random", label: "Oscar", aliases: ["Oscar"], mentions: 1, drawnType: "person", verdict: "misc" },
    ],
  };

  it("counts a split group, a wrong type and a MISC node as wrong", () => {
    const report = evaluateJudged(set, [
      node("Labour", "organization", ["Labour"], 9),
      node("Labour Party", "organization", ["Labour Party", "Labour"], 4),
      node("Chelsea", "person", ["Chelsea"]),
      node("Oscar", "person", ["Oscar"]),
    ]);
    expect(report.top).toEqual({ correct: 0, total: 2 });
    expect(report.random).toEqual({ correct: 0, total: 1 });
    expect(report.groups.topSplit).toBe(1);
    expect(report.outcomes.map((o) => o.reason)).toEqual([
      "split from its group (Labour, Labour Party)",
      "type person, judged organization",
      "misc, but a person node",
    ]);
  });

  it("counts one node under an accepted label, the right type and no MISC node as right", () => {
    const report = evaluateJudged(set, [
      node("Labour Party", "organization", ["Labour Party", "Labour"], 13),
      node("Chelsea", "organization", ["Chelsea"]),
      node("Oscar", "misc", ["Oscar"]),
    ]);
    expect(report.top).toEqual({ correct: 2, total: 2 });
    expect(report.random).toEqual({ correct: 1, total: 1 });
    expect(report.groups.split).toBe(0);
  });

  it("reads the kept set: 250 most mentioned, 150 drawn at random, every entity with types and labels", () => {
    const kept = readJudgedSet(SET);
    expect(kept.items.filter((i) => i.set === "top")).toHaveLength(250);
    expect(kept.items.filter((i) => i.set === "random")).toHaveLength(150);
    expect(kept.seed).toBe(17);
  });
});

describeWithShared("the BBC news graph against the judged set", () => {
  it("holds the figures reached (issue 17)", { timeout: 300_000 }, async () => {
    const { graph } = await buildGraph(sharedPath("data/bbc-news"), { useCache: false });
    const nodes: JudgedNode[] = [];
    graph.forEachNode((key, a) => {
      if (a.kind === "entity")
        nodes.push({ key, label: a.label, entityType: a.entityType, aliases: a.aliases, mentions: a.mentions });
    });
    const report = evaluateJudged(readJudgedSet(SET), nodes);
    // Reached on 2026-12-07: 247/250, 135/150, no group split (238/250, 117/150 and 2 on 2026-12-05; before the
    // fixes 192/250, 96/150, 13 of 13). Both are held at their targets, 98 % and 90 %.
    expect(report.top.correct).toBeGreaterThanOrEqual(245);
    expect(report.random.correct).toBeGreaterThanOrEqual(135);
    expect(report.groups.split).toBe(0);
    // The second random draw (seed 2027), judged before any rule was read from it: 70 of 100 when judged.
    const unseen = evaluateJudged(readJudgedSet(UNSEEN), nodes);
    expect(unseen.random.total).toBe(100);
    expect(unseen.random.correct).toBeGreaterThanOrEqual(70);
  });
});

/**
 * Precision of typed relations on the BBC graph, against the hand-judged samples in tests/relations/judged/
 * (see the README there for the seeds and the judging rules), and quotation attribution against
 * tests/quotes/judged/. Builds the BBC graph once (about 10–30 s), so it
 * needs ../shared; it skips without it and fails under CI=true.
 */
import { beforeAll, expect, it } from "vitest";
import { evaluateJudgedQuotes, readJudgedQuotes } from "../../src/eval/judged-quotes.js";
import {
  evaluateJudgedRelations,
  readJudgedRelations,
  type JudgedEvaluation,
} from "../../src/eval/judged-relations.js";
import { isSovereignCountry } from "../../src/relations/typed/lexicon.js";
import { buildGraph, explain, isEntity, isRelation, type KnowledgeGraph } from "../../src/index.js";
import { describeWithShared, repoRoot, sharedPath } from "../shared-data.js";

const judged = (name: string) => readJudgedRelations(`${repoRoot}/tests/relations/judged/${name}`);

describeWithShared("typed relations on the BBC graph", () => {
  let graph: KnowledgeGraph;
  let development: JudgedEvaluation;
  let check: JudgedEvaluation;
  let affiliation: JudgedEvaluation;
  let final: JudgedEvaluation;
  let unseen: JudgedEvaluation;
  let classifier: JudgedEvaluation;
  let after: JudgedEvaluation;

  beforeAll(async () => {
    ({ graph } = await buildGraph(sharedPath("data", "bbc-news"), { layout: { seed: 42, iterations: 1 }, workers: 2 }));
    development = evaluateJudgedRelations(graph, judged("bbc-relations.jsonl"));
    check = evaluateJudgedRelations(graph, judged("bbc-relations-check.jsonl"));
    affiliation = evaluateJudgedRelations(graph, judged("bbc-affiliation.jsonl"));
    final = evaluateJudgedRelations(graph, judged("bbc-relations-final.jsonl"));
    unseen = evaluateJudgedRelations(graph, judged("bbc-relations-unseen.jsonl"));
    classifier = evaluateJudgedRelations(graph, judged("bbc-relations-classifier.jsonl"));
    after = evaluateJudgedRelations(graph, judged("bbc-relations-after.jsonl"));
  }, 180_000);

  it("is at least 0.90 precise on the development sample, overall and for every predicate with 20 judged edges", () => {
    expect(development.overall.judged).toBe(270);
    expect(development.overall.precision).toBeGreaterThanOrEqual(0.9);
    for (const [predicate, score] of Object.entries(development.perPredicate)) {
      if (score.judged >= 20)
        expect({ predicate, precision: score.precision >= 0.9 }).toEqual({ predicate, precision: true });
    }
  });

  it("keeps at least 85% of the development sample's right edges (170 when judged)", () => {
    expect(development.overall.right).toBe(170);
    expect(development.overall.keptRight).toBeGreaterThanOrEqual(Math.ceil(0.85 * 170));
  });

  it("stays precise on the check and final samples, drawn after rounds of fixes", () => {
    expect(check.overall.precision).toBeGreaterThanOrEqual(0.85);
    expect(check.overall.retained).toBeGreaterThanOrEqual(0.85);
    expect(final.overall.precision).toBeGreaterThanOrEqual(0.85);
    expect(final.overall.retained).toBeGreaterThanOrEqual(0.85);
  });

  it("does not lose ground on the unseen and classifier samples, each judged before the rules that followed it", () => {
    // 61 right of 80 (0.762) when judged; every wrong one came from the classifier.
    expect(unseen.overall.judged).toBe(80);
    expect(unseen.overall.right).toBe(61);
    expect(unseen.overall.precision).toBeGreaterThanOrEqual(0.8);
    expect(unseen.overall.keptRight).toBeGreaterThanOrEqual(60);
    // The classifier's own sample: 45 right of 60 (0.750) when judged.
    expect(classifier.overall.right).toBe(45);
    expect(classifier.overall.precision).toBeGreaterThanOrEqual(0.81);
    expect(classifier.overall.keptRight).toBeGreaterThanOrEqual(45);
    // Drawn after every rule above: 49 right of 60 (0.817) when judged.
    expect(after.overall.right).toBe(49);
    expect(after.overall.precision).toBeGreaterThanOrEqual(0.8);
    expect(after.overall.keptRight).toBeGreaterThanOrEqual(49);
  });

  it("keeps affiliations from an organisation's possessive mostly right", () => {
    expect(affiliation.overall.judged).toBe(30);
    expect(affiliation.overall.precision).toBeGreaterThanOrEqual(0.85);
  });

  it("attributes the judged BBC quotations: found, and the speakers it names right", () => {
    const e = evaluateJudgedQuotes(graph, readJudgedQuotes(`${repoRoot}/tests/quotes/judged/bbc-quotes.jsonl`));
    expect(e.judged).toBe(116);
    expect(e.recall).toBeGreaterThanOrEqual(0.9);
    // Issue #18's target: the right speaker for 90% of the quotations found, one left without a speaker counting as wrong.
    expect(e.attribution).toBeGreaterThanOrEqual(0.9);
    expect(e.attributedPrecision).toBeGreaterThanOrEqual(0.9);
    expect(e.attributedRecall).toBeGreaterThanOrEqual(0.7);
    const check = evaluateJudgedQuotes(
      graph,
      readJudgedQuotes(`${repoRoot}/tests/quotes/judged/bbc-quotes-check.jsonl`),
    );
    expect(check.judged).toBe(29);
    expect(check.attributedPrecision).toBeGreaterThanOrEqual(0.9);
    expect(check.attributedRecall).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps the judged `said` edges (speaker → an entity named in the quotation) mostly right", () => {
    const said = evaluateJudgedRelations(graph, readJudgedRelations(`${repoRoot}/tests/quotes/judged/bbc-said.jsonl`));
    expect(said.overall.judged).toBe(40);
    // 33 of the 36 still produced (technologies named by initials, such as DVB-H, are no entities now, and a quote
    // whose closing mark the page lost no longer runs on into the report around it).
    expect(said.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(said.overall.retained).toBeGreaterThanOrEqual(0.95);
    // The second sample (seed 2413): 31 of 40 right when judged; 31 of the 34 still produced after the speaker fixes,
    // the clean-up of "a Bosman" (a kind of transfer, not an entity) and no "he said" given to a club.
    const check = evaluateJudgedRelations(
      graph,
      readJudgedRelations(`${repoRoot}/tests/quotes/judged/bbc-said-check.jsonl`),
    );
    expect(check.overall.judged).toBe(40);
    expect(check.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(check.overall.retained).toBeGreaterThanOrEqual(0.95);
  });

  it("gives a quotation introduced by 'he' or 'she' only to a person of the graph", () => {
    const wrong: string[] = [];
    graph.forEachNode((key, attributes) => {
      if (attributes.kind !== "document") return;
      for (const q of attributes.quotes ?? []) {
        if (q.how !== "pronoun" || !q.speaker) continue;
        const speaker = graph.getNodeAttributes(q.speaker);
        if (!isEntity(speaker) || speaker.entityType !== "person") wrong.push(`${key}: ${q.speaker}`);
      }
    });
    // Before the rule: 36 quotations, to Chelsea (15), Arsenal (8), Westlife, Bath, Napster and others.
    expect(wrong).toEqual([]);
  });

  it("never puts a sovereign country inside another country", () => {
    const wrong: string[] = [];
    graph.forEachEdge((_e, attributes, _s, _t, s, t) => {
      if (!isRelation(attributes) || attributes.predicate !== "located_in" || !isEntity(s) || !isEntity(t)) return;
      if (isSovereignCountry(s.label) && isSovereignCountry(t.label)) wrong.push(`${s.label} in ${t.label}`);
    });
    expect(wrong).toEqual([]);
  });

  it("connects Tony Blair and Vladimir Putin through no false typed edge", () => {
    const { direct, path } = explain(graph, "Tony Blair", "Vladimir Putin");
    const typed = [...direct, ...path.flatMap((hop) => hop.relations)].filter((r) => r.predicate !== "co-occurs");
    // The typed hops must be offices the evidence states (Blair's in the UK, Putin's in Russia) or quotations read
    // and judged right: Blair said "…the American people have chosen him" ("End Bush 'denial' Blair tells EU").
    const known = new Set([
      "Tony Blair>role>United Kingdom",
      "Vladimir Putin>role>Russia",
      "Tony Blair>said>United States",
    ]);
    for (const r of typed) expect(known).toContain(`${r.source}>${r.predicate}>${r.target}`);
    expect(path.length + direct.length).toBeGreaterThan(0);
  });
});

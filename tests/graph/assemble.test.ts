/**
 * Assembly of relation edges across sentences and documents: one edge per predicate and pair, one piece of
 * evidence per supporting sentence (a sentence read twice counts once), noisy-or confidence, the best
 * supported label.
 */
import { describe, expect, it } from "vitest";
import type { DocumentExtraction } from "../../src/extract/types.js";
import { readCorpus } from "../../src/corpus/index.js";
import { assembleGraph, planGraph, planInSteps } from "../../src/graph/assemble.js";
import { layoutOfShape, planLayout } from "../../src/layout/index.js";
import { extractDocuments } from "../../src/pipeline.js";
import { resolveSettings } from "../../src/settings.js";
import { repoRoot } from "../shared-data.js";
import { join } from "node:path";
import type { RelationEdgeAttributes } from "../../src/graph/schema.js";
import type { SentenceRelation } from "../../src/relations/types.js";
import { resolveCorpus } from "../../src/resolve/corpus.js";

const TEXT = "Anna Berg leads Acme. Berg founded Acme in Oslo. Acme pays Berg.";

/** A document naming Anna Berg and Acme in each of its three sentences, with the given relations. */
function extraction(id: string, relations: SentenceRelation[]): DocumentExtraction {
  const sentences = [
    { start: 0, end: 21 },
    { start: 22, end: 48 },
    { start: 49, end: 65 },
  ];
  const at = (text: string, from: number) => TEXT.indexOf(text, from);
  const mention = (text: string, from: number, entity: string, entityType: "person" | "organization") => {
    const start = at(text, from);
    return { start, end: start + text.length, text, entity, entityType };
  };
  return {
    document: { id, path: id, title: id, text: TEXT },
    sentences,
    entities: [
      { key: "anna berg", forms: { "Anna Berg": 1 }, types: { person: 3 }, roles: [] },
      { key: "acme", forms: { Acme: 3 }, types: { organization: 3 }, roles: [] },
    ],
    mentions: [
      mention("Anna Berg", 0, "anna berg", "person"),
      mention("Acme", 0, "acme", "organization"),
      mention("Berg", 22, "anna berg", "person"),
      mention("Acme", 22, "acme", "organization"),
      mention("Acme", 49, "acme", "organization"),
      mention("Berg", 49, "anna berg", "person"),
    ],
    relations,
    words: 12,
    ambiguous: 0,
  };
}

const worksFor = (sentence: number, confidence: number, relationLabel?: string): SentenceRelation => ({
  source: "anna berg",
  target: "acme",
  predicate: "works_for",
  confidence,
  sentence,
  rule: "test",
  ...(relationLabel ? { relationLabel } : {}),
});

function worksForEdge(extractions: DocumentExtraction[]): RelationEdgeAttributes {
  const graph = assembleGraph(extractions, resolveCorpus(extractions.map((x) => x.entities)), {
    recogniser: "test",
    generator: "test",
  });
  const edges = graph.filterEdges((_e, a) => a.kind === "relation" && a.predicate === "works_for");
  expect(edges).toHaveLength(1);
  return graph.getEdgeAttributes(edges[0]!) as RelationEdgeAttributes;
}

describe("relation edges", () => {
  it("count a sentence once, however often it is read, and each other sentence and document again", () => {
    const edge = worksForEdge([
      extraction("a.txt", [worksFor(0, 0.5), worksFor(0, 0.9), worksFor(2, 0.5)]),
      extraction("b.txt", [worksFor(0, 0.5)]),
    ]);
    expect(edge.evidence.map((e) => [e.document, e.start, e.end])).toEqual([
      ["doc:a.txt", 0, 21],
      ["doc:a.txt", 49, 65],
      ["doc:b.txt", 0, 21],
    ]);
    expect(edge.weight).toBe(3);
    expect(edge.confidence).toBeCloseTo(1 - 0.5 ** 3, 10);
  });

  it("keep one sentence's differing labels, and take the best supported one as the edge's", () => {
    const edge = worksForEdge([
      extraction("a.txt", [
        worksFor(0, 0.5, "chief of"),
        worksFor(0, 0.5, "founder of"),
        worksFor(1, 0.5, "founder of"),
        worksFor(1, 0.5, "founder of"),
      ]),
    ]);
    expect(edge.evidence.map((e) => [e.start, e.relationLabel])).toEqual([
      [0, "chief of"],
      [0, "founder of"],
      [22, "founder of"],
    ]);
    expect(edge.relationLabel).toBe("founder of");
  });
});

describe("the plan's node indices on edges", () => {
  it("give the layout the input it makes by looking the nodes up by key", () => {
    const extractions = [
      extraction("a.txt", [worksFor(0, 0.5), worksFor(2, 0.5)]),
      extraction("b.txt", [worksFor(1, 0.6, "founder of")]),
    ];
    const plan = planGraph(extractions, resolveCorpus(extractions.map((x) => x.entities)), {
      recogniser: "test",
      generator: "test",
    });
    for (const edge of plan.edges) {
      expect(plan.nodes[edge.sourceIndex]!.key).toBe(edge.source);
      expect(plan.nodes[edge.targetIndex]!.key).toBe(edge.target);
    }
    const byIndex = planLayout(plan.nodes, plan.edges);
    const byKey = planLayout(
      plan.nodes,
      plan.edges.map(({ source, target, attributes }) => ({ source, target, attributes })),
    );
    expect(byIndex).toEqual(byKey);
    expect(byIndex.weights.length).toBeGreaterThan(0);
  });
});

describe("planning in two steps", () => {
  it("gives the layout, before the edges are made, the input the made edges give", async () => {
    // The seed articles: relations of several predicates, co-occurrences both ways, sentences naming a pair twice.
    const { extractions } = await extractDocuments(
      (await readCorpus(join(repoRoot, "corpus"))).documents,
      resolveSettings({}),
    );
    const resolution = resolveCorpus(extractions.map((x) => x.entities));
    const steps = planInSteps(extractions, resolution, { recogniser: "test", generator: "test" });
    const early = layoutOfShape(steps.nodes, steps.shape);
    const plan = steps.complete();
    expect(plan.edges.length).toBe(steps.shape.count);
    expect(early).toEqual(planLayout(plan.nodes, plan.edges));
    plan.edges.forEach((edge, e) => {
      expect([edge.sourceIndex, edge.targetIndex, edge.attributes.weight]).toEqual([
        steps.shape.sources[e],
        steps.shape.targets[e],
        steps.shape.weights[e],
      ]);
    });
    expect(plan.edges.some((edge) => edge.attributes.kind === "relation" && edge.attributes.weight > 1)).toBe(true);
  });
});

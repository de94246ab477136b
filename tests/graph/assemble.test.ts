/**
 * Assembly of relation edges across sentences and documents: one edge per predicate and pair, one piece of
 * evidence per supporting sentence (a sentence read twice counts once), noisy-or confidence, the best
 * supported label.
 */
import { describe, expect, it } from "vitest";
import { graphOfPlan, planGraph, type RelationEdgeAttributes } from "../../src/graph/index.js";
import { resolveCorpus } from "../../src/resolve/index.js";
import type { DocumentExtraction, SentenceRelation } from "../../src/types.js";

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

function plan(extractions: DocumentExtraction[]) {
  return planGraph(extractions, resolveCorpus(extractions.map((x) => x.entities)), {
    recogniser: "test",
    generator: "test",
  });
}

function worksForEdge(extractions: DocumentExtraction[]): RelationEdgeAttributes {
  const graph = graphOfPlan(plan(extractions));
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

describe("typed relations against the graph's types", () => {
  it("drop a relation that the nodes' types cannot hold, and keep co-occurrence", () => {
    // One document read "Acme" as a person (a works_for "Anna Berg → Acme" between two people, or "lives_in"
    // Acme), but the corpus types Acme an organisation: works_for stands, lives_in goes.
    const livesIn: SentenceRelation = { ...worksFor(1, 0.9), predicate: "lives_in" };
    const coOccurs: SentenceRelation = { ...worksFor(2, 1), predicate: "co-occurs", rule: "sentence" };
    const graph = graphOfPlan(plan([extraction("a.txt", [worksFor(0, 0.9), livesIn, coOccurs])]));
    const predicates = graph
      .filterEdges((_e, a) => a.kind === "relation")
      .map((e) => graph.getEdgeAttribute(e, "predicate"));
    expect(predicates.sort()).toEqual(["co-occurs", "works_for"]);
  });
});

describe("the plan", () => {
  const extractions = [
    extraction("b.txt", [worksFor(1, 0.6, "founder of")]),
    extraction("a.txt", [
      worksFor(0, 0.5),
      worksFor(2, 0.5),
      { source: "anna berg", target: "acme", predicate: "co-occurs", confidence: 1, sentence: 0, rule: "sentence" },
    ]),
  ];

  it("adds entity nodes (in the resolution's order), then documents by id, then mention edges by document, then relation edges", () => {
    const { nodes, edges } = plan(extractions);
    expect(nodes.map((n) => n.key)).toEqual(["entity:acme", "entity:anna-berg", "doc:a.txt", "doc:b.txt"]);
    expect(edges.map((e) => e.key)).toEqual([
      "mention:doc:a.txt->entity:acme",
      "mention:doc:a.txt->entity:anna-berg",
      "mention:doc:b.txt->entity:acme",
      "mention:doc:b.txt->entity:anna-berg",
      "works_for:entity:anna-berg->entity:acme",
      // Undirected: its nodes in key order, whichever way the sentence read them.
      "co-occurs:entity:acme|entity:anna-berg",
    ]);
    expect(edges.map((e) => e.attributes.weight)).toEqual([3, 3, 3, 3, 3, 1]);
  });

  it("sizes entities by the weight of their relations and documents by their mentions", () => {
    const sizes = Object.fromEntries(plan(extractions).nodes.map((n) => [n.key, n.attributes.size]));
    // Anna Berg and Acme: works_for (3 sentences) + co-occurs (1): 4 + 2.2·√4; a document: 6 mentions, 3 + 2.2·√6.
    expect(sizes).toEqual({ "entity:anna-berg": 8.4, "entity:acme": 8.4, "doc:a.txt": 8.39, "doc:b.txt": 8.39 });
  });

  it("leaves out entities that no mention names", () => {
    const unmentioned = extraction("c.txt", []);
    unmentioned.entities.push({ key: "oslo", forms: { Oslo: 1 }, types: { place: 1 }, roles: [] });
    expect(plan([unmentioned]).nodes.map((n) => n.key)).not.toContain("entity:oslo");
  });
});

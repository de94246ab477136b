/**
 * Why each alias joined its entity: the rule recorded where resolution applied it, and the first document and
 * offsets where it did. Table of small documents, one rule each, and the seed corpus.
 */
import { describe, expect, it } from "vitest";
import { isEntity, type EntityNodeAttributes, type KnowledgeGraph } from "../../src/graph/index.js";
import { buildGraph } from "../../src/pipeline.js";
import { why } from "../../src/query/index.js";
import type { CorpusDocument } from "../../src/types.js";
import { seedGraph } from "../helpers.js";

function doc(id: string, text: string): CorpusDocument {
  return { id, path: `${id}.txt`, title: id, text };
}

async function graphOf(...texts: string[]): Promise<KnowledgeGraph> {
  return (
    await buildGraph(
      texts.map((t, i) => doc(`d${i}`, t)),
      { workers: 0 },
    )
  ).graph;
}

describe("why an alias joined its entity", () => {
  it.each([
    [
      "surname in the same document",
      ["Vladimir Putin met the press in Moscow on Monday. Later, Putin said the talks had gone well."],
      "Vladimir Putin",
      "Putin",
      "surname",
      "d0",
    ],
    [
      "an acronym the text defines",
      [
        "The Ministry of Silly Walks (MOSW) opened an office in Leeds. A MOSW spokesman said more offices would follow.",
      ],
      "Ministry of Silly Walks",
      "MOSW",
      "acronym",
      "d0",
    ],
    [
      "a known alias, with the alias table's reason",
      ["The Tories won the vote in London on Tuesday, and Labour lost it."],
      "Conservative Party",
      "Tories",
      "known-alias",
      "d0",
    ],
    [
      "a bare surname the corpus's one full name explains, joined in the document that used it",
      [
        "Prime Minister Tony Blair arrived in Paris on Friday for talks with the French government.",
        "Speaking in London on Saturday, Mr Blair told reporters that the talks had been useful.",
      ],
      "Tony Blair",
      "Blair",
      "corpus-short-form",
      "d1",
    ],
  ])("%s", async (_what, texts, label, alias, rule, document) => {
    const graph = await graphOf(...texts);
    const result = why(graph, label);
    expect(result.label).toBe(label);
    const join = result.aliases.find((a) => a.alias === alias);
    expect(join, JSON.stringify(result.aliases)).toMatchObject({ rule, document: `doc:${document}` });
    // The offsets are where the alias is written.
    const text = texts[Number(document.slice(1))]!;
    expect(text.slice(join!.start, join!.end)).toBe(alias);
    if (rule === "known-alias") expect(join!.why).toMatch(/Tories/);
  });

  it("lists no alias for a name seen in one form only, and never the label itself", async () => {
    const graph = await graphOf("Olga Lyubimova visited Pyongyang on Monday.");
    expect(why(graph, "Olga Lyubimova").aliases).toEqual([]);
  });

  it("explains every alias of every entity of the seed corpus, the label excepted", async () => {
    const graph = await seedGraph();
    graph.forEachNode((_k, a) => {
      if (!isEntity(a)) return;
      const e = a as EntityNodeAttributes;
      const explained = (e.aliasJoins ?? []).map((j) => j.alias);
      expect(explained, e.label).toEqual(e.aliases.filter((x) => x !== e.label));
    });
    const kim = why(graph, "Kim Jong Un").aliases.find((a) => a.alias === "Kim");
    expect(kim).toMatchObject({ rule: "surname", why: expect.stringMatching(/surname/) });
    expect(kim!.documentTitle).toBeTruthy();
  });
});

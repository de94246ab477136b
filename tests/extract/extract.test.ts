/**
 * Per-document extraction on one short text, read by hand: each mention with its entity, type, role and
 * demonym flag, offsets into the text as given; the sentences; the typed relation the title pattern reads; and
 * the parts' times on a tracer when one is given.
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { getRecogniser } from "../../src/nlp/index.js";
import { createAliasIndex } from "../../src/resolve/index.js";
import { Tracer } from "../../src/util/tracer.js";

const TEXT =
  "Russian President Vladimir Putin met Culture Minister Olga Lyubimova in Moscow on Monday. Putin praised the DPRK.";

describe("extractDocument", () => {
  it("finds the mentions, resolves them within the document and reads the typed relation", async () => {
    const tracer = new Tracer();
    const x = extractDocument(
      { id: "a.txt", path: "a.txt", title: "a", text: TEXT },
      { recogniser: await getRecogniser(), aliases: createAliasIndex() },
      tracer,
    );
    expect(x.mentions.map((m) => [TEXT.slice(m.start, m.end), m.text, m.entity, m.role, m.adjectival])).toEqual([
      ["Russian", "Russian", "russia", undefined, true],
      ["Vladimir Putin", "Vladimir Putin", "vladimir putin", "President", undefined],
      ["Olga Lyubimova", "Olga Lyubimova", "olga lyubimova", "Culture Minister", undefined],
      ["Moscow", "Moscow", "moscow", undefined, undefined],
      // A bare surname joins the full name the document gave; the alias table knows the DPRK.
      ["Putin", "Putin", "vladimir putin", undefined, undefined],
      ["DPRK", "DPRK", "north korea", undefined, undefined],
    ]);
    expect(x.sentences).toEqual([
      { start: 0, end: 89 },
      { start: 90, end: 113 },
    ]);
    expect(x.entities.find((e) => e.key === "north korea")?.canonical).toBe("North Korea");
    expect(x.relations.filter((r) => r.predicate !== "co-occurs")).toEqual([
      {
        source: "vladimir putin",
        target: "russia",
        predicate: "role",
        relationLabel: "President of",
        confidence: 0.95,
        sentence: 0,
        rule: "place-title-person",
      },
    ]);
    expect(x.relations.some((r) => r.predicate === "co-occurs" && r.sentence === 0)).toBe(true);
    expect(x.words).toBe(17);
    expect(Object.keys(tracer.seconds).sort()).toEqual([
      "extract.dates",
      "extract.quotes",
      "extract.recognise",
      "extract.relations",
      "extract.resolve",
    ]);
  });
});

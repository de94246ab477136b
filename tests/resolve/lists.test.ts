/**
 * Lists as type evidence: which mentions form a list, and the votes an entity gets from the names listed with it
 * across the corpus.
 */
import { describe, expect, it } from "vitest";
import { resolveCorpus } from "../../src/resolve/corpus.js";
import type { LocalEntity } from "../../src/resolve/document.js";
import { listRuns, listedWithin } from "../../src/resolve/lists.js";

/** Mentions of `names` in `text` (each after the previous), in sentence 0, keyed by their lower-case text. */
const mentionsOf = (text: string, names: string[]) => {
  let from = 0;
  return names.map((name) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, sentence: 0, entity: name.toLowerCase() };
  });
};

describe("lists of names", () => {
  it("finds lists joined by commas and 'and', line-ups with minutes included", () => {
    const text = "He listens to Chopin and Debussy.";
    expect(listRuns(text, mentionsOf(text, ["Chopin", "Debussy"]))).toEqual([[0, 1]]);
    const lineUp = "Subs: Ingham, Mulligan, Fenton, Priet (Ryan 79), McIndoe.";
    const names = ["Ingham", "Mulligan", "Fenton", "Priet", "Ryan", "McIndoe"];
    // A bracketed substitute with his minute stays in the line-up, named or not ("Ravenhill (Price 90)").
    expect(listRuns(lineUp, mentionsOf(lineUp, names))).toEqual([[0, 1, 2, 3, 4, 5]]);
    const unnamed = "Subs: Ingham, Ravenhill (Price 90), Rigoglioso, Tierney.";
    expect(listRuns(unnamed, mentionsOf(unnamed, ["Ingham", "Ravenhill", "Rigoglioso", "Tierney"]))).toEqual([
      [0, 1, 2, 3],
    ]);
    // A bracket without a minute is no substitute: a party after each candidate does not make one list.
    const candidates = "Ann Smith (Labour), Bob Jones (Tory), Cy Hill (Green).";
    const people = ["Ann Smith", "Labour", "Bob Jones", "Tory", "Cy Hill", "Green"];
    expect(listRuns(candidates, mentionsOf(candidates, people))).toEqual([]);
  });

  it("takes the two sides of a fixture for a list", () => {
    const text = "Hartlepool v Boston  Milton Keynes Dons v Peterborough";
    expect(listRuns(text, mentionsOf(text, ["Hartlepool", "Boston", "Milton Keynes Dons", "Peterborough"]))).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it("does not take two names and a comma, or names apart in a sentence, for a list", () => {
    const text = "He flew from Paris, France to Moscow with Putin.";
    expect(listRuns(text, mentionsOf(text, ["Paris", "France", "Moscow", "Putin"]))).toEqual([]);
  });

  it("records for each entity the entities listed with it", () => {
    const text = "The Aviator, Million Dollar Baby and Sideways led.";
    const listed = listedWithin(text, mentionsOf(text, ["The Aviator", "Million Dollar Baby", "Sideways"]));
    expect(listed.get("million dollar baby")).toEqual({ "the aviator": 1, sideways: 1 });
  });

  it("gives an entity a vote for the type of each name listed with it, not to MISC names or countries", () => {
    const entity = (key: string, types: LocalEntity["types"], listedWith?: Record<string, number>): LocalEntity => ({
      key,
      forms: { [key]: 1 },
      types,
      roles: [],
      ...(listedWith ? { listedWith } : {}),
    });
    const docs = [
      [
        entity("chopin", { place: 1 }, { debussy: 1, ravel: 1 }),
        entity("debussy", { person: 3 }, { chopin: 1, ravel: 1 }),
        entity("ravel", { person: 2 }, { chopin: 1, debussy: 1 }),
      ],
      [entity("halo", { misc: 7 }, { debussy: 3 }), entity("england", { place: 1 }, { debussy: 2 })],
    ];
    const r = resolveCorpus(docs);
    expect(r.entities.get("chopin")?.entityType).toBe("person");
    expect(r.entities.get("halo")?.entityType).toBe("misc");
    expect(r.entities.get("england")?.entityType).toBe("place");
  });
});

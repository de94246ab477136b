/**
 * The corpus-level rules of issue 17, on local entities as documents give them: salience of a bare surname,
 * middle initials and familiar given names, short forms a document tied to a longer name, and type votes.
 */
import { describe, expect, it } from "vitest";
import { resolveCorpus } from "../../src/resolve/corpus.js";
import type { LocalEntity } from "../../src/resolve/document.js";
import type { EntityType } from "../../src/types.js";

const entity = (
  key: string,
  forms: Record<string, number>,
  type: EntityType = "person",
  extra: Partial<LocalEntity> = {},
): LocalEntity => ({
  key,
  forms,
  types: { [type]: Object.values(forms).reduce((a, b) => a + b, 0) },
  roles: [],
  ...extra,
});

/** Label of the corpus entity that a local key ends in. */
const labelOf = (documents: LocalEntity[][], key: string) => {
  const r = resolveCorpus(documents);
  return r.entities.get(r.canonicalKey.get(key) ?? key)?.label;
};

describe("corpus resolution rules", () => {
  it("gives a bare surname to the dominant full name, and keeps it apart when none dominates", () => {
    const bush = [
      [entity("george w bush", { "George W Bush": 30 })],
      [entity("kate bush", { "Kate Bush": 3 })],
      [entity("bush", { Bush: 10 }, "person", { shortName: true })],
    ];
    expect(labelOf(bush, "bush")).toBe("George W Bush");
    const even = [
      [entity("george w bush", { "George W Bush": 5 })],
      [entity("kate bush", { "Kate Bush": 4 })],
      [entity("bush", { Bush: 10 }, "person", { shortName: true })],
    ];
    expect(labelOf(even, "bush")).toBe("Bush");
  });

  it("does not give a bare first name to the best-known bearer", () => {
    const docs = [
      [entity("george w bush", { "George W Bush": 30 })],
      [entity("george best", { "George Best": 2 })],
      [entity("george", { George: 5 }, "person", { shortName: true })],
    ];
    expect(labelOf(docs, "george")).toBe("George");
  });

  it("gives a bare given name to the one full name it begins only where a document called that person by it", () => {
    // The BBC set's "Estelle" (a singer) is not the minister Estelle Morris, whom no article calls "Estelle".
    const minister = [
      [entity("estelle morris", { "Estelle Morris": 4 })],
      [entity("estelle", { Estelle: 1 }, "person", { shortName: true })],
    ];
    expect(labelOf(minister, "estelle")).toBe("Estelle");
    // "Kylie Minogue … Kylie" in one article: elsewhere a bare "Kylie" is her.
    const singer = [
      [entity("kylie minogue", { "Kylie Minogue": 3, Kylie: 2 })],
      [entity("kylie", { Kylie: 1 }, "person", { shortName: true })],
    ];
    expect(labelOf(singer, "kylie")).toBe("Kylie Minogue");
    // A bare surname needs no such evidence.
    const surname = [
      [entity("estelle morris", { "Estelle Morris": 4 })],
      [entity("morris", { Morris: 1 }, "person", { shortName: true })],
    ];
    expect(labelOf(surname, "morris")).toBe("Estelle Morris");
  });

  it("treats a surname that the corpus's full names use more as a given name as a given name", () => {
    // BBC: "Elton John" was the one full name ending in "John", so every unexplained "John" became him.
    const john = [
      [entity("elton john", { "Elton John": 6, Elton: 2 })],
      [entity("john terry", { "John Terry": 5 })],
      [entity("john prescott", { "John Prescott": 5 })],
      [entity("john", { John: 2 }, "person", { shortName: true })],
    ];
    expect(labelOf(john, "john")).toBe("John");
    // Where a document calls him so, the salient bearer keeps it ("John Terry … Terry" over Terry Venables).
    const terry = [
      [entity("john terry", { "John Terry": 5, Terry: 4 })],
      [entity("terry venables", { "Terry Venables": 1 })],
      [entity("terry wogan", { "Terry Wogan": 1 })],
      [entity("terry", { Terry: 3 }, "person", { shortName: true })],
    ];
    expect(labelOf(terry, "terry")).toBe("John Terry");
    // A word that ends more full names than it begins is a surname, and needs no such evidence.
    const wiley = [
      [entity("alan wiley", { "Alan Wiley": 3 })],
      [entity("wiley", { Wiley: 1 }, "person", { shortName: true })],
    ];
    expect(labelOf(wiley, "wiley")).toBe("Alan Wiley");
  });

  it("does not take the last part of a hyphenated surname for the surname", () => {
    const docs = [
      [entity("mark lewis francis", { "Mark Lewis-Francis": 5 })],
      [entity("francis", { Francis: 1 }, "person", { shortName: true })],
    ];
    expect(labelOf(docs, "francis")).toBe("Francis");
    // Nor where the hyphenated name is read as a full name of its own, which the longer one dominates.
    const also = [...docs, [entity("lewis francis", { "Lewis-Francis": 1 })]];
    expect(labelOf(also, "francis")).toBe("Francis");
  });

  it("joins organisation names that differ only in their connecting words to the most mentioned", () => {
    const docs = [
      [entity("institute for fiscal studies", { "Institute for Fiscal Studies": 4 }, "organization")],
      [entity("institute of fiscal studies", { "Institute of Fiscal Studies": 3 }, "organization")],
      [entity("securities and exchange commission", { "Securities and Exchange Commission": 9 }, "organization")],
      [entity("securities & exchange commission", { "Securities & Exchange Commission": 2 }, "organization")],
      // Two words besides the connectives, or two kinds of thing, are not enough.
      [entity("bank of england", { "Bank of England": 5 }, "organization")],
      [entity("bank for england", { "Bank for England": 1 }, "organization")],
      [entity("institute of fiscal research", { "Institute of Fiscal Research": 1 }, "organization")],
    ];
    const r = resolveCorpus(docs);
    expect(labelOf(docs, "institute of fiscal studies")).toBe("Institute for Fiscal Studies");
    expect(r.joinedBy.get("institute of fiscal studies")).toBe("connective-variant");
    expect(labelOf(docs, "securities & exchange commission")).toBe("Securities and Exchange Commission");
    expect(labelOf(docs, "bank for england")).toBe("Bank for England");
    expect(labelOf(docs, "institute of fiscal research")).toBe("Institute of Fiscal Research");
  });

  it("joins a name lacking only a middle initial, and a familiar given name, to the full form", () => {
    const docs = [
      [entity("george w bush", { "George W Bush": 6 })],
      [entity("george bush", { "George Bush": 15 })],
      [entity("steven gerrard", { "Steven Gerrard": 50 })],
      [entity("steve gerrard", { "Steve Gerrard": 2 })],
    ];
    expect(labelOf(docs, "george bush")).toBe("George W Bush");
    expect(labelOf(docs, "steve gerrard")).toBe("Steven Gerrard");
  });

  it("folds a short form that a document tied to a longer name, unless the short form dominates", () => {
    const docs = [
      [entity("house of commons", { "House of Commons": 30, Commons: 5 }, "organization")],
      [entity("commons", { Commons: 60 }, "organization")],
      [entity("bbc radio liverpool", { "BBC Radio Liverpool": 2, Liverpool: 1 }, "media")],
      [entity("liverpool", { Liverpool: 150 }, "organization")],
      [entity("robert kilroy silk", { "Robert Kilroy-Silk": 80, "Kilroy-Silk": 10 })],
      [entity("kilroy silk", { "Kilroy-Silk": 24 }, "place")],
      [entity("george washington", { "George Washington": 40, Washington: 2 })],
      [entity("washington", { Washington: 30 }, "place")],
    ];
    expect(labelOf(docs, "commons")).toBe("House of Commons");
    expect(labelOf(docs, "liverpool")).toBe("Liverpool");
    expect(labelOf(docs, "kilroy silk")).toBe("Robert Kilroy-Silk");
    expect(labelOf(docs, "washington")).toBe("Washington");
  });

  it("reads the type from context votes over the recogniser's labels", () => {
    // "Chelsea" read as a person 180 times, with 38 context votes (weight 6) for a club.
    const docs = [
      [{ key: "chelsea", forms: { Chelsea: 208 }, types: { person: 180, organization: 24 + 38 * 6 }, roles: [] }],
    ];
    expect(resolveCorpus(docs).entities.get("chelsea")?.entityType).toBe("organization");
  });
});

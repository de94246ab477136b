/**
 * Decoded entity spans are repaired into names a text can have: an unmatched bracket splits a span, a possessive
 * clitic before a common noun is not part of the name, and a name that ends in 's ("Lord's") keeps it.
 */
import { describe, expect, it } from "vitest";
import { createTrainedRecogniser } from "../../src/nlp/ner/index.js";
import { wellFormedSpans } from "../../src/nlp/ner/spans.js";

const words = (s: string) => s.split(" ");
const texts = (w: readonly string[], spans: ReturnType<typeof wellFormedSpans>) =>
  spans.map((s) => `${w.slice(s.start, s.end).join(" ")}/${s.label}`);

describe("wellFormedSpans", () => {
  it("splits a span at a bracket it opens but never closes", () => {
    const w = words("of SHP ( Social Democrat Populist Party ) group");
    expect(texts(w, wellFormedSpans(w, [{ start: 1, end: 7, label: "ORG" }]))).toEqual([
      "SHP/ORG",
      "Social Democrat Populist Party/ORG",
    ]);
  });

  it("splits at a closing bracket with no opening one, and keeps matched brackets inside a name", () => {
    const w = words("( Lindsay ) Davenport and Bulgarian Socialist ( formerly Communist ) Party");
    const spans = wellFormedSpans(w, [
      { start: 1, end: 4, label: "PER" },
      { start: 5, end: 12, label: "ORG" },
    ]);
    expect(texts(w, spans)).toEqual([
      "Lindsay/PER",
      "Davenport/PER",
      "Bulgarian Socialist ( formerly Communist ) Party/ORG",
    ]);
  });

  it("drops a possessive before a common noun, keeps it when the name ends there", () => {
    const w = words("International Paper 's chairman said at Lord 's .");
    const spans = wellFormedSpans(w, [
      { start: 0, end: 3, label: "ORG" },
      { start: 6, end: 8, label: "LOC" },
    ]);
    expect(texts(w, spans)).toEqual(["International Paper/ORG", "Lord 's/LOC"]);
  });

  it("cuts a dateline's month and day out of a name, and keeps a month that is a name", () => {
    const w = words("Moscow March 5 ( ITAR-TASS ) -- Mary March said");
    const spans = wellFormedSpans(w, [
      { start: 0, end: 3, label: "ORG" },
      { start: 7, end: 9, label: "PER" },
    ]);
    expect(texts(w, spans)).toEqual(["Moscow/ORG", "Mary March/PER"]);
  });

  it('cuts a name at "or" and "nor" into the names on either side', () => {
    const w = words("John Henry Dearle or J. H. Dearle , Coalition nor Labor , Raul or");
    const spans = wellFormedSpans(w, [
      { start: 0, end: 7, label: "PER" },
      { start: 8, end: 11, label: "ORG" },
      { start: 12, end: 14, label: "PER" },
    ]);
    expect(texts(w, spans)).toEqual([
      "John Henry Dearle/PER",
      "J. H. Dearle/PER",
      "Coalition/ORG",
      "Labor/ORG",
      "Raul or/PER",
    ]);
  });

  it("drops a span that is only a bracket", () => {
    const w = words("a ( b");
    expect(wellFormedSpans(w, [{ start: 1, end: 2, label: "MISC" }])).toEqual([]);
  });
});

describe("the shipped recogniser", () => {
  const recogniser = createTrainedRecogniser();
  const mentions = (text: string) => recogniser.recognise(text).mentions.map((m) => m.text);

  // CoNLL04 dev sentences on which the tagger ran a name across the bracket and over the possessive.
  it("never returns a mention with an unmatched bracket", () => {
    const found = mentions(
      "Nihat (Marka), deputy leader of SHP (Social Democrat Populist Party) parliamentary group, said: They should have run in the elections for the sake of democracy.",
    );
    expect(found).toContain("SHP");
    expect(found).toContain("Social Democrat Populist Party");
    for (const m of found) expect((m.match(/\(/g) ?? []).length).toBe((m.match(/\)/g) ?? []).length);
  });

  it("ends an organisation before its possessive", () => {
    const found = mentions(
      "`` Our white paper, market pulp and packaging businesses turned in particularly impressive results in 1988, '' said John A. Georges, International Paper's chairman and chief executive officer.",
    );
    expect(found).toContain("International Paper");
    expect(found).not.toContain("International Paper's");
  });
});

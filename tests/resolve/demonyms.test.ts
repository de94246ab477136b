/**
 * The demonym table: world-countries' demonyms under the graph's own place names, regions, and no ambiguous form.
 */
import { describe, expect, it } from "vitest";
import { placeOfDemonym } from "../../src/resolve/lexicon/demonyms.js";

describe("demonyms", () => {
  it("reads every country's demonym from world-countries, in the singular and the plural", () => {
    expect(placeOfDemonym("Zambian")).toBe("Zambia");
    expect(placeOfDemonym("Malagasy")).toBe("Madagascar");
    expect(placeOfDemonym("Swiss")).toBe("Switzerland");
    expect(placeOfDemonym("Angolans")).toBe("Angola");
    // A demonym of a country and of a territory goes to the UN member.
    expect(placeOfDemonym("French")).toBe("France");
  });

  it("keeps the graph's own names, regions and former states, and leaves out ambiguous forms and place names", () => {
    expect(placeOfDemonym("Czech")).toBe("Czech Republic");
    expect(placeOfDemonym("English")).toBe("England");
    expect(placeOfDemonym("African")).toBe("Africa");
    expect(placeOfDemonym("Soviet")).toBe("Soviet Union");
    expect(placeOfDemonym("Korean")).toBeUndefined();
    expect(placeOfDemonym("Congolese")).toBeUndefined();
    expect(placeOfDemonym("Djibouti")).toBeUndefined();
    expect(placeOfDemonym("Vatican")).toBeUndefined();
  });
});

/** A product's code used alone ("DS") joins the product its maker's name and the code make ("Nintendo DS"). */
import { describe, expect, it } from "vitest";
import { resolveCorpus } from "../../src/resolve/corpus.js";
import type { LocalEntity } from "../../src/resolve/document.js";

const entity = (key: string, form: string, types: LocalEntity["types"]): LocalEntity => ({
  key,
  forms: { [form]: Object.values(types).reduce((a, b) => a + b, 0) },
  types,
  roles: [],
});

describe("product codes", () => {
  it("gives a bare code to the one MISC name that its maker's name and the code make", () => {
    const docs = [
      [entity("nintendo", "Nintendo", { organization: 20 }), entity("nintendo ds", "Nintendo DS", { misc: 12 })],
      [entity("ds", "DS", { organization: 3, misc: 6 })],
    ];
    expect(resolveCorpus(docs).canonicalKey.get("ds")).toBe("nintendo ds");
  });

  it("leaves a code alone when no maker is known, two products end with it, or it is a word", () => {
    const noMaker = [[entity("rayman ds", "Rayman DS", { misc: 6 })], [entity("ds", "DS", { organization: 3 })]];
    expect(resolveCorpus(noMaker).canonicalKey.has("ds")).toBe(false);
    const two = [
      [entity("sony", "Sony", { organization: 9 }), entity("sony ds", "Sony DS", { misc: 6 })],
      [entity("nintendo", "Nintendo", { organization: 9 }), entity("nintendo ds", "Nintendo DS", { misc: 6 })],
      [entity("ds", "DS", { organization: 3 })],
    ];
    expect(resolveCorpus(two).canonicalKey.has("ds")).toBe(false);
    const word = [
      [entity("apple", "Apple", { organization: 9 }), entity("apple music", "Apple Music", { misc: 6 })],
      [entity("music", "Music", { organization: 3 })],
    ];
    expect(resolveCorpus(word).canonicalKey.has("music")).toBe(false);
  });
});

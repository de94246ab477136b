/**
 * The gazetteer's snapshot of compromise's lexicon (src/models/compromise-lexicon.json.gz) is the lexicon of the
 * installed compromise: when compromise is upgraded and its lists change, this fails, and the snapshot and the
 * entity model are to be renewed together (`npm run lexicon`, then `npm run train:ner`).
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { getGazetteer, readLexicon } from "../../src/nlp/ner/gazetteer.js";
import { hashString } from "../../src/nlp/ner/hash.js";

describe("gazetteer lexicon snapshot", () => {
  it("equals the installed compromise's lexicon, entry for entry and in order", () => {
    const nlp = createRequire(import.meta.url)("compromise") as typeof import("compromise").default;
    const installed = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    const shipped = readLexicon();
    expect(Object.keys(shipped).length).toBeGreaterThan(10_000);
    expect(Object.entries(shipped)).toEqual(Object.entries(installed));
  });

  it("gives the gazetteer compromise's lists and kgraph's own", () => {
    const atoms = getGazetteer().wordAtoms("pyongyang");
    expect(atoms).toContain(hashString("cmp:City"));
    expect(getGazetteer().wordAtoms("yonhap")).toContain(hashString("kg:Outlet"));
  });

  it("names the missing file and the command that writes it", () => {
    expect(() => readLexicon("/nonexistent/compromise-lexicon.json.gz")).toThrow(
      /compromise-lexicon\.json\.gz is missing; run `npm run lexicon`/,
    );
  });
});

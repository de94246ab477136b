/**
 * Short forms that the text itself defines or implies: a hyphenated name typed with a stray space ("Kilroy -Silk"),
 * a clipped name in brackets ("Yuganskneftegas (Yugansk)"), one sense per document for a name the recogniser read as a
 * person elsewhere in it, and a club or party in brackets after a player's name ("G Henson (Neath-Swansea)").
 * Spans are chosen by hand, so that the tests do not depend on the model.
 */
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/nlp/tokenize.js";
import { createAliasIndex } from "../../src/resolve/alias-index.js";
import { cleanMentions } from "../../src/resolve/clean.js";
import { resolveCorpus } from "../../src/resolve/corpus.js";
import { resolveDocument, type LocalEntity } from "../../src/resolve/document.js";
import type { EntityLabel } from "../../src/types.js";

/** Cleans and resolves the given spans (each the first occurrence after the previous one) of one text. */
const resolve = (text: string, spans: Array<[string, EntityLabel]>) => {
  let from = 0;
  const recognised = spans.map(([span, label]) => {
    const start = text.indexOf(span, from);
    from = start + span.length;
    return { start, end: start + span.length, text: span, label, sentence: 0 };
  });
  return resolveDocument(text, cleanMentions(text, tokenize(text), recognised), createAliasIndex());
};

describe("short forms the text defines", () => {
  it("joins a hyphenated name cut at a stray space before its hyphen", () => {
    const text = "I would be interested in Kilroy -Silk opposing Geoff Hoon. Robert Kilroy-Silk said no.";
    const r = resolve(text, [
      ["Kilroy", "LOC"],
      ["Geoff Hoon", "PER"],
      ["Robert Kilroy-Silk", "PER"],
    ]);
    expect(r.mentions[0]).toMatchObject({ text: "Kilroy -Silk", entity: "robert kilroy silk" });
    // A dash between clauses has a space after it: no join.
    const dash = resolve("They met in Leeds - Smith said so.", [["Leeds", "LOC"]]);
    expect(dash.mentions[0]?.text).toBe("Leeds");
  });

  it("reads a name as the document reads it most, when the document names the person in full", () => {
    const text = "Andy Roddick won. Roddick served well. I backed Roddick. Good luck to Roddick in Paris.";
    const r = resolve(text, [
      ["Andy Roddick", "PER"],
      ["Roddick", "PER"],
      ["Roddick", "PER"],
      ["Roddick", "LOC"],
    ]);
    expect(new Set(r.mentions.map((m) => m.entity))).toEqual(new Set(["andy roddick"]));
    // Read as a place as often as a person, and a place the gazetteer lists: no one sense to follow.
    const even = resolve("Bill Dallas won. Dallas served well. Good luck to Dallas in Paris.", [
      ["Bill Dallas", "PER"],
      ["Dallas", "PER"],
      ["Dallas", "LOC"],
    ]);
    expect(even.mentions[2]?.entity).toBe("dallas");
    // A name no gazetteer lists as a place is the surname, however the recogniser read it.
    const surname = resolve("Andy Roddick won. Roddick served well. Good luck to Roddick in Paris.", [
      ["Andy Roddick", "PER"],
      ["Roddick", "PER"],
      ["Roddick", "LOC"],
    ]);
    expect(surname.mentions[2]?.entity).toBe("andy roddick");
    // Without a full name to go to, a place stays a place.
    const alone = resolve("Roddick served well. I backed Roddick. Good luck to Roddick in Paris.", [
      ["Roddick", "PER"],
      ["Roddick", "PER"],
      ["Roddick", "LOC"],
    ]);
    expect(alone.entities.find((e) => e.key === "roddick")?.types.place).toBe(1);
  });

  it("takes a capitalised clipped form in brackets as the name's short form, in the document and the corpus", () => {
    const text = "It sold its unit Yuganskneftegas (Yugansk) last month. Yugansk was bought by Rosneft.";
    const r = resolve(text, [
      ["Yuganskneftegas", "ORG"],
      ["Yugansk", "LOC"],
      ["Yugansk", "LOC"],
      ["Rosneft", "ORG"],
    ]);
    expect(r.mentions.slice(0, 3).map((m) => m.entity)).toEqual([
      "yuganskneftegas",
      "yuganskneftegas",
      "yuganskneftegas",
    ]);
    // A bracket that does not begin the name defines nothing.
    const other = resolve("Gazprom (Moscow) said so.", [
      ["Gazprom", "ORG"],
      ["Moscow", "LOC"],
    ]);
    expect(other.mentions[1]?.entity).toBe("moscow");

    const elsewhere: LocalEntity = { key: "yugansk", forms: { Yugansk: 40 }, types: { place: 40 }, roles: [] };
    const corpus = resolveCorpus([r.entities, [elsewhere]]);
    expect(corpus.canonicalKey.get("yugansk")).toBe("yuganskneftegas");
  });

  it("takes a name in brackets after a person's for their club or party, once per document", () => {
    const text = "G Henson (Neath-Swansea), S Williams (Neath-Swansea), D Peel (Llanelli), C Cullen (Ireland).";
    const r = resolve(text, [
      ["G Henson", "PER"],
      ["Neath-Swansea", "LOC"],
      ["S Williams", "PER"],
      ["Neath-Swansea", "LOC"],
      ["D Peel", "PER"],
      ["Llanelli", "LOC"],
      ["C Cullen", "PER"],
      ["Ireland", "LOC"],
    ]);
    const cues = r.mentions.filter((m) => m.entityType !== "person").map((m) => [m.text, m.cue]);
    expect(cues).toEqual([
      ["Neath-Swansea", "organization"],
      ["Neath-Swansea", undefined],
      ["Llanelli", "organization"],
      ["Ireland", undefined],
    ]);
    // An acronym the brackets define is no club.
    const ie = resolve("Microsoft's Internet Explorer (IE) lost ground.", [
      ["Internet Explorer", "PER"],
      ["IE", "ORG"],
    ]);
    expect(ie.mentions[1]?.cue).toBeUndefined();
  });

  it("reads an acronym as its expansion's own last word says (an event, a technology)", () => {
    const text = "It used the Internet Protocol (IP) for video. IP is cheap.";
    const r = resolve(text, [
      ["Internet Protocol", "ORG"],
      ["IP", "ORG"],
      ["IP", "ORG"],
    ]);
    expect(r.mentions.map((m) => m.cue)).toEqual(["misc", "misc", "misc"]);
    expect(r.entities.map((e) => e.key)).toEqual(["internet protocol"]);
  });
});

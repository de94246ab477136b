/**
 * Places glued to "-based" (src/resolve/place-prefix.ts) and the based_in fact they state
 * (src/relations/typed/based-prefix.ts), on spans as the shipped recogniser gives them for these sentences.
 */
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/nlp/tokenize.js";
import { cleanMentions } from "../../src/resolve/clean.js";
import { extractTypedRelations } from "../../src/relations/typed/index.js";
import type { EntityLabel } from "../../src/types.js";
import { relationDocument } from "../relations/fixtures.js";

const cleaned = (text: string, spans: Array<[string, EntityLabel]>) =>
  cleanMentions(
    text,
    tokenize(text),
    spans.map(([span, label]) => {
      const start = text.indexOf(span);
      return { start, end: start + span.length, text: span, label, sentence: 0 };
    }),
  ).map((m) => `${m.text}/${m.entityType}`);

describe("a place glued to -based", () => {
  it("becomes a place of its own, and the name after it keeps the rest of the span", () => {
    expect(
      cleaned("Santa Monica-based Activision agreed.", [
        ["Santa", "LOC"],
        ["Monica-based", "MISC"],
        ["Activision", "ORG"],
      ]),
    ).toEqual(["Santa Monica/place", "Activision/organization"]);
    expect(cleaned("Hong Kong-based Hutchison agreed.", [["Hong Kong-based Hutchison", "ORG"]])).toEqual([
      "Hong Kong/place",
      "Hutchison/organization",
    ]);
    expect(
      cleaned("The Paris-based OECD agreed.", [
        ["Paris-based", "MISC"],
        ["OECD", "ORG"],
      ]),
    ).toEqual(["Paris/place", "OECD/organization"]);
  });

  it("only when it is a place: listed, or a name of two words or more", () => {
    expect(cleaned("The Linux-based system failed.", [["Linux-based", "MISC"]])).toEqual(["Linux-based/misc"]);
    // Not across a sentence: "California. The Linux-based".
    expect(
      cleaned("It is in California. The Linux-based one failed.", [
        ["California", "LOC"],
        ["Linux-based", "MISC"],
      ]),
    ).toEqual(["California/place", "Linux-based/misc"]);
  });
});

describe("the fact it states", () => {
  it("relates the organisation after '-based' to the place", () => {
    const text = "Frankfurt-based Deutsche Boerse has offered £1.3bn for the exchange.";
    const doc = relationDocument(text, [
      { text: "Frankfurt", entity: "frankfurt", type: "place" },
      { text: "Deutsche Boerse", entity: "deutsche boerse", type: "organization" },
    ]);
    const found = extractTypedRelations(doc, { classifier: false }).map((r) => [
      r.source,
      r.predicate,
      r.target,
      r.rule,
    ]);
    expect(found).toEqual([["deutsche boerse", "based_in", "frankfurt", "place-based-org"]]);
  });
});

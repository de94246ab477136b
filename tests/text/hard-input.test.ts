import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/pipeline.js";
import { isEntity } from "../../src/graph/schema.js";
import { getRecogniser } from "../../src/nlp/index.js";

/** The entity labels and types of a one-document build. */
async function entitiesOf(text: string): Promise<Record<string, string>> {
  const { graph } = await buildGraph([{ id: "a.txt", path: "a.txt", title: "a", text }]);
  const out: Record<string, string> = {};
  graph.forEachNode((_n, a) => {
    if (isEntity(a)) out[a.label] = a.entityType;
  });
  return out;
}

describe("hard input degrades gracefully", () => {
  it("reads an all-capitals headline and keeps the name whole in the body", async () => {
    const entities = await entitiesOf(
      "NORTH KOREA'S KIM JONG UN HONOURS TROOPS KILLED IN RUSSIA\n\nKim Jong Un honoured the troops in Pyongyang on Sunday.",
    );
    expect(entities).toMatchObject({
      "Kim Jong Un": "person",
      "North Korea": "place",
      Russia: "place",
      Pyongyang: "place",
    });
    expect(Object.keys(entities)).not.toContain("Kim Jong");
    expect(Object.keys(entities)).not.toContain("Un");
  });

  it("tags a sports results table as teams and places, not people", async () => {
    const recogniser = await getRecogniser();
    const { mentions } = recogniser.recognise(
      "SOCCER - ENGLISH PREMIER LEAGUE RESULTS .\nLONDON 1996-08-31\nArsenal 2 Chelsea 1\nLiverpool 3 Everton 0\nManchester United 1 Leeds 1",
    );
    const labels = Object.fromEntries(mentions.map((m) => [m.text, m.label]));
    expect(labels).toMatchObject({ LONDON: "LOC", Arsenal: "ORG", Chelsea: "ORG", "Manchester United": "ORG" });
    expect(mentions.filter((m) => m.label === "PER")).toEqual([]);
  });

  it("finds names never seen in training from their context", async () => {
    const entities = await entitiesOf(
      "Zorblax Quenterville, the chief executive of Vantrolix Systems, flew to Ulaanbaatar on Monday.",
    );
    expect(entities).toMatchObject({
      "Zorblax Quenterville": "person",
      "Vantrolix Systems": "organization",
      Ulaanbaatar: "place",
    });
  });
});

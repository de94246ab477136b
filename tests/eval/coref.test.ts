import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCoref, readReDocRed } from "../../src/eval/coref.js";
import { DatasetError } from "../../src/errors.js";
import { getRecogniser } from "../../src/nlp/index.js";
import { describeWithShared, sharedPath } from "../shared-data.js";

describeWithShared("entity resolution on Re-DocRED dev", () => {
  it("keeps its figures (pairwise and B³ F1, on gold mentions and end to end)", async () => {
    const report = await evaluateCoref(sharedPath("data", "re-docred", "dev_revised.json"), await getRecogniser());
    expect(report.goldMentions.documents).toBe(500);
    // Reached: gold mentions pairwise 0.851, B³ 0.952; end to end pairwise 0.726, B³ 0.908, mention detection
    // 0.824 (2026-12-08, second session). CI guards −0.01.
    expect(report.goldMentions.pairwise.f1).toBeGreaterThanOrEqual(0.842);
    expect(report.goldMentions.bcubed.f1).toBeGreaterThanOrEqual(0.942);
    expect(report.endToEnd.pairwise.f1).toBeGreaterThanOrEqual(0.716);
    expect(report.endToEnd.bcubed.f1).toBeGreaterThanOrEqual(0.898);
    expect(report.endToEnd.mentionDetection.f1).toBeGreaterThanOrEqual(0.813);
  });
});

describe("the coreference scorer", () => {
  it("scores pairwise links and B³ against hand-counted values", async () => {
    // Doc: "Angela Merkel met Emmanuel Macron in Washington . Merkel praised George Washington ."
    // Gold: {Angela Merkel, Merkel}, {Emmanuel Macron}, {Washington (city)}, {George Washington}.
    const doc = {
      sents: [
        ["Angela", "Merkel", "met", "Emmanuel", "Macron", "in", "Washington", "."],
        ["Merkel", "praised", "George", "Washington", "."],
      ],
      vertexSet: [
        [
          { sent_id: 0, pos: [0, 2], type: "PER" },
          { sent_id: 1, pos: [0, 1], type: "PER" },
        ],
        [{ sent_id: 0, pos: [3, 5], type: "PER" }],
        [{ sent_id: 0, pos: [6, 7], type: "LOC" }],
        [{ sent_id: 1, pos: [2, 4], type: "PER" }],
      ],
    };
    // Doc 2: "Kim Jong Un met Kim Ju Ae . Kim smiled ." Gold: {Kim Jong Un, Kim}, {Kim Ju Ae}. Two full names
    // fit the bare "Kim" equally, so kgraph leaves it unresolved: the gold link is missed.
    const doc2 = {
      sents: [
        ["Kim", "Jong", "Un", "met", "Kim", "Ju", "Ae", "."],
        ["Kim", "smiled", "."],
      ],
      vertexSet: [
        [
          { sent_id: 0, pos: [0, 3], type: "PER" },
          { sent_id: 1, pos: [0, 1], type: "PER" },
        ],
        [{ sent_id: 0, pos: [4, 7], type: "PER" }],
      ],
    };
    const file = join(await mkdtemp(join(tmpdir(), "kgraph-coref-")), "tiny.json");
    await writeFile(file, JSON.stringify([doc, doc2]));
    const { goldMentions: g } = await evaluateCoref(file, await getRecogniser());
    expect(g.goldMentions).toBe(8);
    expect(g.systemMentions).toBe(7);
    // Links: gold 2 (Merkel, Kim), found 1 (Merkel), correct 1.
    expect(g.pairwise).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    // B³: every found mention is pure (P = 1); recall 1 for doc 1's five mentions, 1/2, 1/2 and 1 for doc 2's.
    expect(g.bcubed.precision).toBe(1);
    expect(g.bcubed.recall).toBeCloseTo(7 / 8, 10);
    expect(g.bcubed.f1).toBeCloseTo((2 * 7) / 8 / (1 + 7 / 8), 10);
  });
});

describe("the Re-DocRED reader", () => {
  it("writes the tokens as Wikipedia printed them, gold spans on the written words", async () => {
    const doc = {
      sents: [
        ["The", "Bernheimer", "-", "Haus", "hosts", "People", "'s", "Party", "events", ",", "1990", "-", "95", "."],
      ],
      vertexSet: [[{ sent_id: 0, pos: [1, 4], type: "LOC" }], [{ sent_id: 0, pos: [5, 8], type: "ORG" }]],
    };
    const file = join(await mkdtemp(join(tmpdir(), "kgraph-redocred-")), "one.json");
    await writeFile(file, JSON.stringify([doc]));
    const [read] = await readReDocRed(file);
    expect(read!.text).toBe("The Bernheimer-Haus hosts People's Party events, 1990-95.\n");
    expect(read!.mentions.map((m) => read!.text.slice(m.start, m.end))).toEqual(["Bernheimer-Haus", "People's Party"]);
    // The rendering CoNLL04 gets ("spaces") stays available: every token apart.
    const [spaced] = await readReDocRed(file, "spaces");
    expect(spaced!.text.startsWith("The Bernheimer - Haus hosts People 's Party")).toBe(true);
  });

  it("names the file when it is not Re-DocRED", async () => {
    await expect(readReDocRed("/nonexistent/dev.json")).rejects.toThrow(DatasetError);
    await expect(readReDocRed("/nonexistent/dev.json")).rejects.toThrow(
      /cannot read Re-DocRED file "\/nonexistent\/dev.json"/,
    );
  });
});

/**
 * CoNLL04 sentences as extra training data for the entity model: BILOU over Peop/Loc/Org/Other becomes IOB1
 * PER/LOC/ORG/MISC, with CoNLL04's dates, quantities and common nouns under `Other` left untagged (CoNLL-2003
 * does not tag them), and every entity starting with B- so adjacent entities stay apart.
 */
import { describe, expect, it } from "vitest";
import { conll04ToDocuments } from "../../src/nlp/ner/conll04.js";
import { iob1ToSpans } from "../../src/nlp/ner/labels.js";

describe("conll04ToDocuments", () => {
  const table: Array<{ tokens: string[]; tags: string[]; labels: string[] }> = [
    {
      tokens: ["President", "Lincoln", "was", "shot", "in", "Washington", "."],
      tags: ["B-Peop", "L-Peop", "O", "O", "O", "U-Loc", "O"],
      labels: ["B-PER", "I-PER", "O", "O", "O", "B-LOC", "O"],
    },
    {
      // Adjacent entities of one type stay two spans.
      tokens: ["Acme", "Corp", "Widget", "Inc", "merged"],
      tags: ["B-Org", "L-Org", "B-Org", "L-Org", "O"],
      labels: ["B-ORG", "I-ORG", "B-ORG", "I-ORG", "O"],
    },
    {
      // Other: names become MISC; dates, times and common nouns do not.
      tokens: ["The", "Civil", "War", "ended", "in", "1865", "on", "Wednesday", "at", "2100", "GMT", "with", "rice"],
      tags: ["O", "B-Other", "L-Other", "O", "O", "U-Other", "O", "U-Other", "O", "B-Other", "L-Other", "O", "U-Other"],
      labels: ["O", "B-MISC", "I-MISC", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
    },
  ];
  it.each(table)("converts $tokens.0 …", ({ tokens, tags, labels }) => {
    const [doc] = conll04ToDocuments([{ tokens, tags }]);
    expect(doc!.sentences).toEqual([tokens]);
    expect(doc!.labels).toEqual([labels]);
  });

  it("keeps spans the IOB1 reader gets back", () => {
    const [doc] = conll04ToDocuments([
      { tokens: ["Acme", "Corp", "Widget", "Inc"], tags: ["B-Org", "L-Org", "B-Org", "L-Org"] },
    ]);
    expect(iob1ToSpans(doc!.labels[0]!)).toEqual([
      { start: 0, end: 2, label: "ORG" },
      { start: 2, end: 4, label: "ORG" },
    ]);
  });
});

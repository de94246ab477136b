/**
 * Metadata of text, Markdown and JSONL articles: front matter, datelines, "By" lines, wire agencies and a title
 * from the first sentence; and the date forms chrono-node reads for kgraph.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findDate, normaliseDate } from "../../src/corpus/dates.js";
import { readCorpus } from "../../src/corpus/index.js";
import { extractTextMetadata } from "../../src/corpus/metadata.js";

describe("dates", () => {
  it.each([
    ["24 July 2015", "2015-07-24"],
    ["May 20, 2019", "2019-05-20"],
    ["Feb. 23, 2015", "2015-02-23"],
    ["Sept. 9, 2024", "2024-09-09"],
    ["3rd March 2024", "2024-03-03"],
    ["Thursday, March 14, 2024 at 9:05 a.m. ET", "2024-03-14"],
    ["Updated: Tue 3 Mar 2020 14.05 GMT", "2020-03-03"],
    ["2024-03-06T23:30:00-05:00", "2024-03-06"], // the publisher's own day, not UTC's
    ["1996-12-06", "1996-12-06"],
  ])("reads %s as %s", (written, iso) => {
    expect(normaliseDate(written)).toBe(iso);
  });

  it.each([
    ["yesterday"],
    ["on Monday"],
    ["in December"],
    ["July 2025"],
    ["2025-13-01"],
    ["31 February 2024"],
    ["05/11/2023"],
  ])("finds no date in %s (relative, partial, impossible or ambiguous)", (text) => {
    expect(normaliseDate(text)).toBeUndefined();
  });

  it("says where in a line the date lies", () => {
    expect(findDate("Published 24 July 2015, 10:31 BST")).toEqual({ date: "2015-07-24", index: 10, length: 23 });
  });
});

describe("text and Markdown metadata", () => {
  it.each([
    [
      "a dateline with an ISO date under a heading",
      "CRICKET - LEICESTER WIN\nLONDON 1996-08-30\nLeicestershire took over at the top on Friday.",
      { title: "CRICKET - LEICESTER WIN", date: "1996-08-30" },
    ],
    [
      "a dateline with a place and country as first line",
      "SIALKOT, Pakistan 1996-12-06\nPakistan beat Zimbabwe by five wickets in the one-day international.",
      { date: "1996-12-06", title: "Pakistan beat Zimbabwe by five wickets in the one-day international" },
    ],
    [
      "a dateline opening the first paragraph",
      "WASHINGTON, May 20, 2019 — The Senate voted on Monday to fund the government. It now goes to the House.",
      { date: "2019-05-20", title: "The Senate voted on Monday to fund the government" },
    ],
    [
      "a wire agency in the dateline",
      "BEIJING (Reuters) - China's exports rose for a third month in July, customs data showed. Imports rose too.",
      { outlet: "Reuters", title: "China's exports rose for a third month in July, customs data showed" },
    ],
    [
      "a By line and a published line",
      "Flood warning lifted\nBy Tom Ashworth\nPublished 21 October 2023\n\nThe agency lifted its warning.",
      { title: "Flood warning lifted", author: "Tom Ashworth", date: "2023-10-21" },
    ],
    [
      "front matter outlet and author",
      "---\ntitle: Bridge reopens\noutlet: Durham Times\nauthor: Jane Roe\n---\nThe bridge reopened.",
      { title: "Bridge reopens", outlet: "Durham Times", author: "Jane Roe" },
    ],
    [
      "front matter source as the outlet",
      "---\nsource: Harbour Times\n---\nShips waited.",
      { outlet: "Harbour Times", title: "Ships waited" },
    ],
    [
      "front matter source as a link",
      "---\nsource: https://example.org/a\n---\nShips waited.",
      { url: "https://example.org/a", title: "Ships waited" },
    ],
  ])("reads %s", (_what, text, expected) => {
    expect(extractTextMetadata(text)).toEqual(expected);
  });

  it("takes a BBC-style first line as the title and invents no date from the story", () => {
    const text =
      "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.";
    expect(extractTextMetadata(text)).toEqual({ title: "Ad sales boost Time Warner profit" });
  });

  it("cuts a long first sentence at a word for the title", () => {
    const meta = extractTextMetadata(
      " date 2025-07-01 In a surprising first, North Korea's state-run media aired footage on Monday showing leader Kim Jong-un mourning the deaths of soldiers.\n\nMore text.",
    );
    expect(meta.date).toBe("2025-07-01");
    expect(meta.title).toBe(
      "In a surprising first, North Korea's state-run media aired footage on Monday showing leader Kim Jong-un…",
    );
  });
});

describe("JSONL", () => {
  it("accepts outlet and author, and reads the text's own metadata where the line gives none", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kgraph-jsonl-"));
    await writeFile(
      join(dir, "feed.jsonl"),
      [
        {
          id: "a",
          title: "Port strike",
          outlet: "Harbour Times",
          author: "Eilidh Maclean",
          text: "Dockers walked out.",
        },
        { id: "b", text: "BEIJING (Reuters) - China's exports rose in July. Imports rose too." },
        { id: "c", outlet: 7, author: " ", text: "Non-string or blank fields are ignored." },
      ]
        .map((o) => JSON.stringify(o))
        .join("\n"),
    );
    const { documents } = await readCorpus(dir);
    expect(documents.map(({ id, title, outlet, author }) => ({ id, title, outlet, author }))).toEqual([
      { id: "feed.jsonl#a", title: "Port strike", outlet: "Harbour Times", author: "Eilidh Maclean" },
      { id: "feed.jsonl#b", title: "China's exports rose in July", outlet: "Reuters", author: undefined },
      { id: "feed.jsonl#c", title: "Non-string or blank fields are ignored", outlet: undefined, author: undefined },
    ]);
  });
});

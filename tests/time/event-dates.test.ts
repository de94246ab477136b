/**
 * Dates in the text: temporal expressions resolved against the document's date (a table of expressions and
 * non-expressions), the nearest date to a relation's entities, and the seeds' three event dates pinned.
 */
import { describe, expect, it } from "vitest";
import { evidenceText, isRelation, type KnowledgeGraph } from "../../src/graph/index.js";
import { quotes } from "../../src/query/index.js";
import { clauseBreaks, datesIn, nearestDate, readTextDates } from "../../src/time/index.js";
import { seedGraph } from "../helpers.js";

describe("datesIn", () => {
  // Reference: Tuesday 1 July 2025.
  const table: Array<[string, string | undefined, string[]]> = [
    ["Back in April, President Putin released a statement", "2025-07-01", ["2025-04"]],
    ["the first clashes with North Korean troops in November 2024", "2025-07-01", ["2024-11"]],
    ["shown at a gala event in Pyongyang on Sunday marking", "2025-07-01", ["2025-06-29"]],
    ["He arrived yesterday.", "2025-07-01", ["2025-06-30"]],
    // A bare weekday is the last one (news reports the past), unless the sentence speaks of the future.
    ["The backlog had been cleared on Friday.", "2025-03-12", ["2025-03-07"]],
    ["The talks will resume on Friday.", "2025-03-12", ["2025-03-14"]],
    ["The talks of 5 May 2019 failed.", "2025-07-01", ["2019-05-05"]],
    // A stated year needs no document date; anything relative does.
    ["The talks of 5 May 2019 failed.", undefined, ["2019-05-05"]],
    ["shown at a gala event in Pyongyang on Sunday", undefined, []],
    ["Sales rose last year, and in 2004 they fell.", undefined, []],
    // Not dates: a surname, a modal, a time alone, a score.
    ["Theresa May said the vote may be delayed.", "2025-07-01", []],
    ["The meeting starts at 10am.", "2025-07-01", []],
    ["They won 2-1 at home.", "2025-07-01", []],
  ];
  it.each(table)("%s (document of %s)", (text, documentDate, expected) => {
    expect(datesIn(text, documentDate).map((d) => d.date)).toEqual(expected);
  });

  it("gives the expression's span, without trailing punctuation", () => {
    const text = "Back in April, President Putin released a statement";
    const [found] = datesIn(text, "2025-07-01");
    expect(text.slice(found!.start, found!.end)).toBe("April");
  });
});

describe("readTextDates", () => {
  it("reads only the sentences asked for, with document offsets", () => {
    const text = "It rained on Friday. Talks resumed on Monday.";
    const sentences = [
      { start: 0, end: 20 },
      { start: 21, end: 45 },
    ];
    const dates = readTextDates(text, sentences, [1], "2025-07-01");
    expect(dates).toEqual([{ date: "2025-06-30", start: 35, end: 44, sentence: 1 }]);
    expect(text.slice(35, 44)).toBe("on Monday");
  });
});

describe("nearestDate", () => {
  it("takes each entity's closest mention and the date nearest both", () => {
    const dates = [
      { date: "2024-11", start: 10, end: 20 },
      { date: "2025-04", start: 100, end: 110 },
    ];
    expect(nearestDate(dates, [[{ start: 0, end: 5 }], [{ start: 22, end: 30 }]])?.date).toBe("2024-11");
    // An entity named twice is as near as its closest mention.
    expect(
      nearestDate(dates, [
        [
          { start: 0, end: 5 },
          { start: 90, end: 95 },
        ],
        [{ start: 112, end: 118 }],
      ])?.date,
    ).toBe("2025-04");
    expect(nearestDate([], [[{ start: 0, end: 5 }]])).toBeUndefined();
  });

  it("prefers a date in the entities' own clause to a nearer one in another", () => {
    const text =
      "Ukraine reported the first clashes in November 2024, while Kim Jong Un and Putin confirmed it in April 2025.";
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const dates = [
      { date: "2024-11", ...at("November 2024") },
      { date: "2025-04", ...at("April 2025") },
    ];
    const breaks = clauseBreaks(text, 0, text.length);
    expect(breaks).toEqual([text.indexOf(", while")]);
    expect(nearestDate(dates, [[at("Kim Jong Un")], [at("Putin")]], breaks)?.date).toBe("2025-04");
    expect(nearestDate(dates, [[at("Ukraine")], [at("clashes")]], breaks)?.date).toBe("2024-11");
  });
});

/** The event dates on the evidence of relations between two entities whose sentence contains `words`. */
function eventDates(graph: KnowledgeGraph, a: string, b: string, words: string): string[] {
  const out: string[] = [];
  graph.forEachEdge(`entity:${a}`, `entity:${b}`, (_edge, attributes) => {
    if (!isRelation(attributes)) return;
    for (const e of attributes.evidence)
      if (evidenceText(graph, e).includes(words) && e.eventDate) out.push(e.eventDate.date);
  });
  return [...new Set(out)].sort();
}

describe("event dates on the seeds (documents of 1 July 2025)", () => {
  it("dates Putin's statement April 2025 (the quotation and the relation of its sentence)", async () => {
    const graph = await seedGraph();
    const [statement] = quotes(graph, "Putin");
    expect(statement?.eventDate?.date).toBe("2025-04");
    const doc = graph.getNodeAttributes(statement!.document);
    expect(doc.kind === "document" && doc.text.slice(statement!.eventDate!.start, statement!.eventDate!.end)).toBe(
      "April",
    );
    expect(eventDates(graph, "russia", "vladimir-putin", "Back in April")).toEqual(["2025-04"]);
  });

  it("dates the first clashes November 2024, and Kim and Putin's clause of the same sentence April 2025", async () => {
    const graph = await seedGraph();
    expect(eventDates(graph, "north-korea", "ukraine", "first clashes")).toEqual(["2024-11"]);
    expect(eventDates(graph, "kim-jong-un", "vladimir-putin", "first clashes")).toEqual(["2025-04"]);
    const role: string[] = [];
    graph.forEachEdge("entity:vladimir-putin", "entity:russia", (_e, a) => {
      if (isRelation(a) && a.predicate === "role") for (const e of a.evidence) role.push(e.eventDate?.date ?? "none");
    });
    expect(role).toEqual(["2025-04"]);
  });

  it("dates the ceremony in Pyongyang Sunday 29 June 2025, in both articles", async () => {
    const graph = await seedGraph();
    expect(eventDates(graph, "north-korea", "pyongyang", "on Sunday")).toEqual(["2025-06-29"]);
    expect(eventDates(graph, "pyongyang", "russia", "on Sunday")).toEqual(["2025-06-29"]);
    let evidence = 0;
    graph.forEachEdge("entity:pyongyang", "entity:russia", (_e, a) => {
      if (isRelation(a)) evidence += a.evidence.filter((e) => e.eventDate?.date === "2025-06-29").length;
    });
    expect(evidence).toBe(2);
  });

  it("puts first and last seen on every entity and relation: the articles' date, mentions counted in July 2025", async () => {
    const graph = await seedGraph();
    let entities = 0;
    graph.forEachNode((_n, a) => {
      if (a.kind !== "entity") return;
      entities++;
      expect([a.firstSeen, a.lastSeen, a.periods, a.undated]).toEqual([
        "2025-07-01",
        "2025-07-01",
        { "2025-07": a.mentions },
        undefined,
      ]);
    });
    let relations = 0;
    graph.forEachEdge((_e, a) => {
      if (!isRelation(a)) return;
      relations++;
      expect([a.firstSeen, a.lastSeen, a.periods]).toEqual(["2025-07-01", "2025-07-01", { "2025-07": a.weight }]);
    });
    // 46 sentence relations and one quotation (Putin said → Russia).
    expect([entities, relations]).toEqual([16, 47]);
    expect(graph.getAttributes()).toMatchObject({
      firstDate: "2025-07-01",
      lastDate: "2025-07-01",
      undatedDocuments: 0,
    });
  });

  it("leaves sentences that give no date without one", async () => {
    const graph = await seedGraph();
    let undated = 0;
    graph.forEachEdge((_e, a) => {
      if (isRelation(a)) undated += a.evidence.filter((e) => !e.eventDate).length;
    });
    expect(undated).toBeGreaterThan(0);
  });
});

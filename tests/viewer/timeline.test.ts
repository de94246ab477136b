/**
 * The viewer's timeline model (viewer/src/timeline.ts), pure: bins by day, week or month with gaps filled, the
 * period a run of bins covers and back, play's steps, documents in a period, what is new in a period; and the
 * state's new URL parameters (minimum sources, "new in this period").
 */
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { computeVisibility } from "../../viewer/src/filters.js";
import { buildIndex, type ViewerGraph } from "../../viewer/src/model.js";
import { getEmptyState, queryHasFilters, stateFromQuery, stateToQuery } from "../../viewer/src/state.js";
import {
  binStart,
  binsOfPeriod,
  documentHistogram,
  documentsIn,
  newInPeriod,
  periodOfBins,
  pickGranularity,
  playSteps,
} from "../../viewer/src/timeline.js";

const display = { x: 0, y: 0, size: 1, color: "#000" };

/** Documents on these dates (undefined: undated), an entity first seen on the first, and a relation. */
function graphOf(dates: Array<string | undefined>): ViewerGraph {
  const graph = new MultiGraph({ type: "mixed" }) as unknown as ViewerGraph;
  dates.forEach((date, i) =>
    graph.addNode(`doc:${i}`, {
      ...display,
      kind: "document",
      label: `d${i}`,
      path: `${i}.txt`,
      text: "",
      ...(date ? { date } : {}),
    }),
  );
  const entity = (key: string, firstSeen: string, sources: number) =>
    graph.addNode(key, {
      ...display,
      kind: "entity",
      label: key,
      entityType: "person",
      aliases: [key],
      roles: [],
      mentions: 1,
      documents: 1,
      firstSeen,
      lastSeen: firstSeen,
      sources,
      outlets: 1,
    });
  entity("old", "2024-01-10", 3);
  entity("new", "2024-03-05", 1);
  graph.addUndirectedEdgeWithKey("r", "old", "new", {
    kind: "relation",
    predicate: "co-occurs",
    confidence: 1,
    weight: 1,
    evidence: [],
    firstSeen: "2024-03-05",
    lastSeen: "2024-03-05",
    sources: 1,
  });
  return graph;
}

describe("granularity and bins", () => {
  it("takes days, weeks or months by the span", () => {
    expect(pickGranularity("2025-03-01", "2025-04-15")).toBe("day");
    expect(pickGranularity("2025-01-01", "2025-06-30")).toBe("week");
    expect(pickGranularity("1996-08-01", "1996-12-31")).toBe("week");
    expect(pickGranularity("2024-01-10", "2025-03-12")).toBe("month");
  });

  it("starts weeks on Monday and months on the first", () => {
    expect(binStart("2025-07-01", "week")).toBe("2025-06-30");
    expect(binStart("2025-06-29", "week")).toBe("2025-06-23");
    expect(binStart("2025-07-19", "month")).toBe("2025-07-01");
  });

  it("fills the months between the first and last documents, and counts the undated apart", () => {
    const h = documentHistogram(graphOf(["2024-01-10", "2024-03-05", "2024-03-20", undefined]))!;
    expect(h.granularity).toBe("week");
    const months = documentHistogram(graphOf(["2024-01-10", "2024-03-05", "2024-03-20", undefined]), "month")!;
    expect(months.bins).toEqual([
      { start: "2024-01-01", end: "2024-01-31", count: 1 },
      { start: "2024-02-01", end: "2024-02-29", count: 0 },
      { start: "2024-03-01", end: "2024-03-31", count: 2 },
    ]);
    expect(months.undated).toBe(1);
    expect(h.bins.reduce((n, b) => n + b.count, 0)).toBe(3);
    expect(documentHistogram(graphOf([undefined]))).toBeNull();
  });
});

describe("periods, play and counts", () => {
  const { bins } = documentHistogram(graphOf(["2024-01-10", "2024-03-05", "2024-03-20", "2024-05-02"]), "month")!;

  it("turns bins into a period and back", () => {
    expect(periodOfBins(bins, 2, 0)).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(binsOfPeriod(bins, "2024-02-15", "2024-03-02")).toEqual([1, 2]);
    expect(binsOfPeriod(bins, "2023-01-01", "2023-12-31")).toBeNull();
  });

  it("plays a window of the brushed width from the first bin to the last", () => {
    expect(playSteps(bins, 2)).toEqual([
      { from: "2024-01-01", to: "2024-02-29" },
      { from: "2024-02-01", to: "2024-03-31" },
      { from: "2024-03-01", to: "2024-04-30" },
      { from: "2024-04-01", to: "2024-05-31" },
    ]);
    expect(playSteps(bins, 1)).toHaveLength(5);
  });

  it("counts the documents in a period", () => {
    const h = documentHistogram(graphOf(["2024-01-10", "2024-03-05", "2024-03-20", undefined]), "month")!;
    expect(documentsIn(h, "2024-03-01", "2024-03-31")).toBe(2);
    expect(documentsIn(h, null, null)).toBe(3);
  });
});

describe("new in a period and the sources filter", () => {
  it("finds the entities and relations first seen inside the period, and nothing without one", () => {
    const graph = graphOf(["2024-01-10", "2024-03-05"]);
    const found = newInPeriod(graph, "2024-03-01", "2024-03-31")!;
    expect([...found.nodes]).toEqual(["new"]);
    expect([...found.edges]).toEqual(["r"]);
    expect(newInPeriod(graph, null, null)).toBeNull();
  });

  it("hides relations and entities with fewer independent sources", () => {
    const graph = graphOf(["2024-01-10", "2024-03-05"]);
    const state = { ...getEmptyState(), minSources: 2 };
    const visible = computeVisibility(graph, buildIndex(graph), state);
    expect(visible.nodes.has("old")).toBe(true);
    expect(visible.nodes.has("new")).toBe(false);
    expect(visible.edges.has("r")).toBe(false);
  });

  it("keeps the minimum sources and the highlight in the URL", () => {
    const state = {
      ...getEmptyState(),
      minSources: 3,
      highlightNew: true,
      dateFrom: "2024-03-01",
      dateTo: "2024-03-31",
    };
    const query = stateToQuery(state);
    expect(query).toContain("src=3");
    expect(query).toContain("new=1");
    const back = stateFromQuery(query);
    expect([back.minSources, back.highlightNew, back.dateFrom, back.dateTo]).toEqual([
      3,
      true,
      "2024-03-01",
      "2024-03-31",
    ]);
    expect(queryHasFilters("?src=2")).toBe(true);
    expect(stateFromQuery("?src=0").minSources).toBe(1);
    expect(stateFromQuery("?src=abc").minSources).toBe(1);
  });
});

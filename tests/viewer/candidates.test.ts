/**
 * Candidate relations (typed, below kgraph's default confidence threshold) are hidden in the viewer until the
 * "Show candidate relations" filter is on, and that filter survives the URL round trip.
 */
import { describe, expect, it } from "vitest";
import { computeVisibility } from "../../viewer/src/filters.js";
import { buildIndex, loadGraph, isRelation } from "../../viewer/src/model.js";
import { getEmptyState, stateFromQuery, stateToQuery } from "../../viewer/src/state.js";
import { seedFixtureGraph } from "./fixture.js";

describe("candidate relations in the viewer", () => {
  it("are hidden by default and shown on request", () => {
    const graph = loadGraph(JSON.parse(JSON.stringify(seedFixtureGraph())));
    // Mark one typed relation of the seed graph as a candidate.
    const typed = graph.filterEdges((_e, a) => isRelation(a) && a.predicate !== "co-occurs");
    expect(typed.length).toBeGreaterThan(0);
    const edge = typed[0]!;
    graph.setEdgeAttribute(edge, "candidate", true);
    const index = buildIndex(graph);
    expect(computeVisibility(graph, index, getEmptyState()).edges.has(edge)).toBe(false);
    const shown = computeVisibility(graph, index, { ...getEmptyState(), showCandidates: true });
    expect(shown.edges.has(edge)).toBe(true);
    expect(shown.edges.has(typed[1] ?? edge)).toBe(true);
  });

  it("keep the filter in the URL", () => {
    const state = { ...getEmptyState(), showCandidates: true };
    const query = stateToQuery(state);
    expect(query).toContain("cand=1");
    expect(stateFromQuery(query).showCandidates).toBe(true);
    expect(stateFromQuery("").showCandidates).toBe(false);
  });
});

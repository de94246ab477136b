/**
 * Node sections encoded before the layout is done (src/export/nodes-ahead.ts): with the positions filled in
 * they are the section a plain write gives; the graph is left as it was; text that happens to hold a marker's
 * digits, or a position that is not a number, makes them step aside rather than write a wrong file (the files
 * are then encoded afresh: see layout-overlap.test.ts).
 */
import { describe, expect, it } from "vitest";
import { GEXF_SECTIONS } from "../../src/export/gexf.js";
import { GRAPHML_SECTIONS } from "../../src/export/graphml.js";
import { JSON_SECTIONS } from "../../src/export/json.js";
import { encodeNodesAhead, positionsOf, writeNodesAhead } from "../../src/export/nodes-ahead.js";
import type { SectionedFormat } from "../../src/export/sections.js";
import { StringSink } from "../../src/export/xml.js";
import type { KnowledgeGraph } from "../../src/graph/schema.js";
import { seedGraph } from "../helpers.js";

const FORMATS: Record<string, SectionedFormat> = { json: JSON_SECTIONS, gexf: GEXF_SECTIONS, graphml: GRAPHML_SECTIONS };

function plainNodes(graph: KnowledgeGraph, format: SectionedFormat): string {
  const sink = new StringSink();
  format.nodes(graph, sink);
  return sink.toString();
}

describe.each(Object.entries(FORMATS))("%s nodes encoded ahead", (_name, format) => {
  it("are the plain section once the positions are in, and leave the graph as it was", async () => {
    const graph: KnowledgeGraph = (await seedGraph()).copy();
    const expected = plainNodes(graph, format);
    const before = graph.mapNodes((_n, a) => [a.x, a.y]);
    // Encoded while the positions are still placeholders, filled in after the "layout".
    const positions = graph.mapNodes((_n, a) => [a.x, a.y] as const);
    graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: 0, y: 0 }), { attributes: ["x", "y"] });
    const ahead = encodeNodesAhead(graph, [format]);
    expect(graph.mapNodes((_n, a) => [a.x, a.y])).toEqual(graph.mapNodes(() => [0, 0]));
    let i = 0;
    graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: positions[i]![0], y: positions[i++]![1] }), { attributes: ["x", "y"] });
    expect(graph.mapNodes((_n, a) => [a.x, a.y])).toEqual(before);
    const pieces = ahead.pieces[0];
    expect(pieces).toBeDefined();
    expect(pieces).toHaveLength(2 * graph.order + 1);
    const sink = new StringSink();
    writeNodesAhead(pieces!, positionsOf(graph, ahead.keys)!, sink);
    expect(sink.toString()).toBe(expected);
  });

  it("step aside when an article's text holds a marker's digits", async () => {
    const graph: KnowledgeGraph = (await seedGraph()).copy();
    const node = graph.nodes()[0]!;
    graph.setNodeAttribute(node, "label", "odd -7.654321098765432e-300 label");
    expect(encodeNodesAhead(graph, [format]).pieces[0]).toBeUndefined();
  });

  it("give no positions to write when one is not a number", async () => {
    const graph: KnowledgeGraph = (await seedGraph()).copy();
    const ahead = encodeNodesAhead(graph, [format]);
    expect(positionsOf(graph, ahead.keys)).toBeDefined();
    graph.setNodeAttribute(graph.nodes()[1]!, "x", Number.NaN);
    expect(positionsOf(graph, ahead.keys)).toBeUndefined();
  });
});

describe("nodes encoded ahead for several formats", () => {
  it("mark the graph once and cut each format on its own", async () => {
    const graph: KnowledgeGraph = (await seedGraph()).copy();
    const formats = Object.values(FORMATS);
    const expected = formats.map((format) => plainNodes(graph, format));
    const ahead = encodeNodesAhead(graph, formats);
    expect(ahead.keys).toEqual(graph.nodes());
    const positions = positionsOf(graph, ahead.keys)!;
    ahead.pieces.forEach((pieces, i) => {
      const sink = new StringSink();
      writeNodesAhead(pieces!, positions, sink);
      expect(sink.toString()).toBe(expected[i]);
    });
  });
});

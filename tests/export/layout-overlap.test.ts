/**
 * Writing while the layout runs elsewhere: nodes (with slots for their positions) and edges are encoded before
 * the positions are known, the files written after; they are byte for byte those of a plain write of the
 * laid-out graph. The compiled layout worker gives exactly the positions the in-thread layout gives on a graph
 * large enough to use it.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, writeGraphFiles } from "../../src/export/index.js";
import type { KnowledgeGraph } from "../../src/graph/schema.js";
import { computeLayout } from "../../src/layout/compute.js";
import { applyLayout, LARGE_GRAPH, prepareLayout } from "../../src/layout/index.js";
import { seedGraph } from "../helpers.js";

const formats = Object.keys(EXPORT_FORMATS) as Array<keyof typeof EXPORT_FORMATS>;

async function filesOf(dir: string): Promise<string[]> {
  return Promise.all(formats.map((f) => readFile(join(dir, EXPORT_FORMATS[f]), "utf8")));
}

describe("writing during the layout", () => {
  it("gives the same files as writing the laid-out graph", async () => {
    const graph: KnowledgeGraph = (await seedGraph()).copy();
    const expected = await mkdtemp(join(tmpdir(), "kgraph-overlap-a-"));
    await writeGraphFiles(graph, expected);
    const positions = new Map<string, [number, number]>();
    graph.forEachNode((node, a) => positions.set(node, [a.x, a.y]));

    // Positions wiped, and put back only after nodes and edges have been encoded.
    graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: 0, y: 0 }), { attributes: ["x", "y"] });
    let restored = false;
    const laidOut = new Promise<void>((done) =>
      setTimeout(() => {
        graph.updateEachNodeAttributes(
          (node, a) => ({ ...a, x: positions.get(node)![0], y: positions.get(node)![1] }),
          { attributes: ["x", "y"] },
        );
        restored = true;
        done();
      }, 50),
    );
    const overlapped = await mkdtemp(join(tmpdir(), "kgraph-overlap-b-"));
    await writeGraphFiles(graph, overlapped, undefined, { laidOut });
    expect(restored).toBe(true);
    expect(await filesOf(overlapped)).toEqual(await filesOf(expected));
  });

  it("fills the position slots right whatever the text holds: the slot characters themselves, a position that is not a number, a node without one", async () => {
    const graph: KnowledgeGraph = (await seedGraph()).copy();
    const [first, second, third] = graph.nodes();
    graph.setNodeAttribute(first!, "label", "odd \u0002 label \u0001 with the slot characters");
    graph.removeNodeAttribute(third!, "y");
    const position = graph.getNodeAttribute(second!, "x");
    const expected = await mkdtemp(join(tmpdir(), "kgraph-overlap-d-"));
    const overlapped = await mkdtemp(join(tmpdir(), "kgraph-overlap-e-"));
    for (const x of [position, Number.NaN]) {
      graph.setNodeAttribute(second!, "x", x);
      await writeGraphFiles(graph, expected);
      await writeGraphFiles(graph, overlapped, undefined, { laidOut: Promise.resolve() });
      expect(await filesOf(overlapped)).toEqual(await filesOf(expected));
    }
  });

  it("writes nothing when the layout fails, and the previous files stay", async () => {
    const graph: KnowledgeGraph = (await seedGraph()).copy();
    const dir = await mkdtemp(join(tmpdir(), "kgraph-overlap-c-"));
    await writeGraphFiles(graph, dir);
    const before = await filesOf(dir);
    await expect(
      writeGraphFiles(graph, dir, undefined, { laidOut: Promise.reject(new Error("layout failed")) }),
    ).rejects.toThrow("layout failed");
    expect(await filesOf(dir)).toEqual(before);
  });
});

// The worker exists only in the compiled package (npm test builds it first).
const compiledLayout = resolve(import.meta.dirname, "../../dist/layout/index.js");
describe.runIf(existsSync(compiledLayout))("the layout worker", () => {
  it("computes the same positions as the layout in this thread", async () => {
    const { computeLayoutOffThread } = (await import(compiledLayout)) as typeof import("../../src/layout/index.js");
    // A graph above LARGE_GRAPH nodes (worker path): the seed graph's nodes, copied in rings with links between.
    const base = await seedGraph();
    const graph = base.emptyCopy() as KnowledgeGraph;
    const copies = Math.ceil((LARGE_GRAPH + 1) / base.order);
    for (let c = 0; c < copies; c++) {
      base.forEachNode((node, a) => graph.addNode(`${c}:${node}`, { ...a }));
      base.forEachEdge((edge, a, s, t) =>
        graph.addDirectedEdgeWithKey(`${c}:${edge}`, `${c}:${s}`, `${c}:${t}`, { ...a }),
      );
      if (c > 0)
        graph.addDirectedEdgeWithKey(`link:${c}`, `${c - 1}:${base.nodes()[0]}`, `${c}:${base.nodes()[0]}`, {
          ...base.getEdgeAttributes(base.edges()[0]!),
        });
    }
    expect(graph.order).toBeGreaterThan(LARGE_GRAPH);
    const input = prepareLayout(graph);
    const settings = { seed: 7, iterations: 5 };
    const here = computeLayout(input, settings);
    const { positions: there, seconds } = await computeLayoutOffThread(input, settings);
    expect(seconds).toBeGreaterThan(0);
    expect(Array.from(there)).toEqual(Array.from(here));
    applyLayout(graph, input, there);
    expect(new Set(graph.mapNodes((_n, a) => `${a.x},${a.y}`)).size).toBeGreaterThan(graph.order / 2);
  }, 60_000);
});

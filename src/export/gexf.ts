/**
 * graph.gexf: GEXF 1.3 for Gephi, written by graphology-gexf (the graphology family's writer), with node and
 * edge attributes and viz position, size and colour.
 */
import gexf from "graphology-gexf";
import { evidenceText, type KnowledgeGraph } from "../graph/schema.js";
import { GENERATOR } from "../version.js";
import { directedCopy } from "./directed-copy.js";
import { flatEdgeAttributes, flatNodeAttributes } from "./summary.js";

/** The graph as a GEXF 1.3 document. */
export function toGEXF(graph: KnowledgeGraph): string {
  const directed = directedCopy(graph);
  // GEXF's <meta> admits only creator, keywords and description: the graph's own attributes stay in the JSON.
  directed.replaceAttributes({ creator: GENERATOR, description: `kgraph knowledge graph, schema ${graph.getAttribute("schemaVersion")}` } as never);
  return gexf.write(directed, {
    version: "1.3",
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: flatNodeAttributes(a),
      viz: { color: rgb(a.color), size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (_key, a) => {
      const { weight, ...attributes } = flatEdgeAttributes(a, (e) => evidenceText(graph, e));
      return { weight: Number(weight), attributes, ...(a.kind === "relation" ? { label: a.relationLabel ?? a.predicate } : {}) };
    },
  });
}

/**
 * "#4e79a7" → "rgb(78,121,167)": given a hex colour the writer emits GEXF 1.3's `hex` attribute, which
 * NetworkX cannot read; given rgb() it writes the r/g/b attributes every reader knows.
 */
function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}

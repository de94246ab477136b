/**
 * graph.graphml: GraphML written with xmlbuilder2 (a well-kept XML builder that escapes text and attributes
 * correctly; graphology-graphml only parses). Every attribute is declared as a typed <key>.
 */
import { create } from "xmlbuilder2";
import { evidenceText, type KnowledgeGraph } from "../graph/schema.js";
import { directedCopy } from "./directed-copy.js";
import { flatEdgeAttributes, flatNodeAttributes } from "./summary.js";

type Scalar = string | number | boolean;

/** The graph as a GraphML document. */
export function toGraphML(graph: KnowledgeGraph): string {
  const directed = directedCopy(graph);
  const nodeRows: Array<[string, Record<string, Scalar>]> = [];
  directed.forEachNode((node, a) => {
    nodeRows.push([node, { label: a.label, ...flatNodeAttributes(a), x: a.x, y: a.y, size: a.size, color: a.color }]);
  });
  const edgeRows: Array<[string, string, string, Record<string, Scalar>]> = [];
  directed.forEachEdge((edge, a, source, target) => edgeRows.push([edge, source, target, flatEdgeAttributes(a, (e) => evidenceText(graph, e))]));

  const nodeKeys = declareKeys(nodeRows.map((r) => r[1]));
  const edgeKeys = declareKeys(edgeRows.map((r) => r[3]));
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("http://graphml.graphdrawing.org/xmlns", "graphml");
  for (const [name, type] of nodeKeys) root.ele("key", { id: `n_${name}`, for: "node", "attr.name": name, "attr.type": type });
  for (const [name, type] of edgeKeys) root.ele("key", { id: `e_${name}`, for: "edge", "attr.name": name, "attr.type": type });
  const g = root.ele("graph", { id: "kgraph", edgedefault: "directed" });
  for (const [node, data] of nodeRows) {
    const n = g.ele("node", { id: node });
    for (const [name, value] of Object.entries(data)) n.ele("data", { key: `n_${name}` }).txt(String(value));
  }
  for (const [edge, source, target, data] of edgeRows) {
    const e = g.ele("edge", { id: edge, source, target });
    for (const [name, value] of Object.entries(data)) e.ele("data", { key: `e_${name}` }).txt(String(value));
  }
  return root.end({ prettyPrint: true });
}

/** Attribute names in first-seen order with their GraphML type (double if every value is a number, …). */
function declareKeys(rows: ReadonlyArray<Record<string, Scalar>>): Array<[string, "string" | "double" | "boolean"]> {
  const types = new Map<string, "string" | "double" | "boolean">();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const type = typeof value === "number" ? "double" : typeof value === "boolean" ? "boolean" : "string";
      const seen = types.get(name);
      types.set(name, seen === undefined || seen === type ? type : "string");
    }
  }
  return [...types.entries()];
}

/**
 * graph.json: graphology's own serialisation (`graph.export()`), loadable with `Graph.from()`.
 */
import type { KnowledgeGraph } from "../graph/schema.js";

/** The graph as graphology serialised JSON text. */
export function toJSON(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}

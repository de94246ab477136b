/**
 * The export stage: graph.json, graph.gexf and graph.graphml, written together and atomically.
 */
import { join } from "node:path";
import type { KnowledgeGraph } from "../graph/schema.js";
import { writeFilesAtomic } from "./atomic.js";
import { toGEXF } from "./gexf.js";
import { toGraphML } from "./graphml.js";
import { toJSON } from "./json.js";

export { writeFileAtomic, writeFilesAtomic } from "./atomic.js";
export { toGEXF } from "./gexf.js";
export { toGraphML } from "./graphml.js";
export { toJSON } from "./json.js";

/** The export formats and their file names. */
export const EXPORT_FORMATS = { json: "graph.json", gexf: "graph.gexf", graphml: "graph.graphml" } as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Serialises the graph in one format. */
export function serialise(graph: KnowledgeGraph, format: ExportFormat): string {
  switch (format) {
    case "json":
      return toJSON(graph);
    case "gexf":
      return toGEXF(graph);
    case "graphml":
      return toGraphML(graph);
  }
}

/** Writes every format into `dir`; the previous files stay intact unless all new ones were written. */
export async function writeGraphFiles(graph: KnowledgeGraph, dir: string, formats: readonly ExportFormat[] = ["json", "gexf", "graphml"]): Promise<string[]> {
  const files = formats.map((format) => ({ path: join(dir, EXPORT_FORMATS[format]), content: serialise(graph, format) }));
  await writeFilesAtomic(files);
  return files.map((f) => f.path);
}

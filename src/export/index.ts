/**
 * The export stage: graph.json, graph.gexf and graph.graphml, streamed to temporary files and renamed into
 * place together, so a failed run leaves the previous outputs intact.
 */
import { join } from "node:path";
import type { KnowledgeGraph } from "../graph/schema.js";
import { writeFilesAtomic } from "./atomic.js";
import { toGEXF, writeGEXF } from "./gexf.js";
import { toGraphML, writeGraphML } from "./graphml.js";
import { toJSON, writeJSON } from "./json.js";
import type { TextSink } from "./xml.js";

export { writeFileAtomic, writeFilesAtomic } from "./atomic.js";
export { toGEXF, writeGEXF } from "./gexf.js";
export { toGraphML, writeGraphML } from "./graphml.js";
export { toJSON, writeJSON } from "./json.js";

/** The export formats and their file names. */
export const EXPORT_FORMATS = { json: "graph.json", gexf: "graph.gexf", graphml: "graph.graphml" } as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

const WRITERS: Record<ExportFormat, (graph: KnowledgeGraph, sink: TextSink) => void> = { json: writeJSON, gexf: writeGEXF, graphml: writeGraphML };

/** Serialises the graph in one format, as a string. */
export function serialise(graph: KnowledgeGraph, format: ExportFormat): string {
  return { json: toJSON, gexf: toGEXF, graphml: toGraphML }[format](graph);
}

/** Streams the graph in one format to a sink. */
export function writeFormat(graph: KnowledgeGraph, format: ExportFormat, sink: TextSink): void {
  WRITERS[format](graph, sink);
}

/** Writes every format into `dir`; the previous files stay intact unless all new ones were written. */
export async function writeGraphFiles(graph: KnowledgeGraph, dir: string, formats: readonly ExportFormat[] = ["json", "gexf", "graphml"]): Promise<string[]> {
  const files = formats.map((format) => ({ path: join(dir, EXPORT_FORMATS[format]), write: (sink: TextSink) => writeFormat(graph, format, sink) }));
  await writeFilesAtomic(files);
  return files.map((f) => f.path);
}

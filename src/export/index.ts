/**
 * The export stage: graph.json, graph.gexf and graph.graphml, written in one pass over the graph to temporary
 * files and renamed into place together, so a failed run leaves the previous outputs intact.
 */
import { join } from "node:path";
import { SettingsError } from "../errors.js";
import type { KnowledgeGraph } from "../graph/index.js";
import { writeFilesTogether } from "../util/atomic.js";
import { documentText, encodeEdges, writeDocuments, type EncodedEdges, type RecordFormat } from "./encode.js";
import { GEXF_FORMAT } from "./gexf.js";
import { GEXF_DYNAMIC_FORMAT } from "./gexf-dynamic.js";
import { GRAPHML_FORMAT } from "./graphml.js";
import { JSON_FORMAT } from "./json.js";

/** The export formats and their file names. */
export const EXPORT_FORMATS = { json: "graph.json", gexf: "graph.gexf", graphml: "graph.graphml" } as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Every format, in the order the files are written. */
export const ALL_FORMATS: readonly ExportFormat[] = ["json", "gexf", "graphml"];

const FORMATS: Record<ExportFormat, RecordFormat> = { json: JSON_FORMAT, gexf: GEXF_FORMAT, graphml: GRAPHML_FORMAT };

/** The graph in one format, as a string; `dynamic` GEXF carries spells for Gephi's timeline (gexf-dynamic.ts). */
export function serialise(graph: KnowledgeGraph, format: ExportFormat, options: { dynamic?: boolean } = {}): string {
  if (options.dynamic && format !== "gexf")
    throw new SettingsError(`kgraph: --dynamic is for GEXF only, not ${format}`);
  return documentText(graph, options.dynamic ? GEXF_DYNAMIC_FORMAT : FORMATS[format]);
}

/** The graph as a dynamic GEXF 1.3 document: nodes and edges with spells from the documents' dates. */
export function toDynamicGEXF(graph: KnowledgeGraph): string {
  return documentText(graph, GEXF_DYNAMIC_FORMAT);
}

/** The graph as graphology's serialised JSON text (graph.json). */
export function toJSON(graph: KnowledgeGraph): string {
  return serialise(graph, "json");
}

/** The graph as a GEXF 1.3 document (graph.gexf). */
export function toGEXF(graph: KnowledgeGraph): string {
  return serialise(graph, "gexf");
}

/** The graph as a GraphML document (graph.graphml). */
export function toGraphML(graph: KnowledgeGraph): string {
  return serialise(graph, "graphml");
}

/** The graph's edges encoded in these formats ahead of writing (see encode.ts), for `writeGraphFiles`. */
export interface EdgesAhead {
  formats: readonly ExportFormat[];
  encoded: EncodedEdges;
}

/**
 * Encodes the graph's edges in these formats, to be written later by `writeGraphFiles`: edges carry no
 * positions, so a build does this while its layout runs.
 */
export function encodeEdgesAhead(graph: KnowledgeGraph, formats: readonly ExportFormat[] = ALL_FORMATS): EdgesAhead {
  return {
    formats,
    encoded: encodeEdges(
      graph,
      formats.map((format) => FORMATS[format]),
    ),
  };
}

/**
 * Writes every format into `dir`, all of them in one pass over the graph; the previous files stay intact
 * unless all new ones were written. `edges`, encoded ahead from this graph, are written as they are.
 */
export async function writeGraphFiles(
  graph: KnowledgeGraph,
  dir: string,
  formats: readonly ExportFormat[] = ALL_FORMATS,
  edges?: EdgesAhead,
): Promise<string[]> {
  if (edges && edges.formats.join() !== formats.join())
    throw new Error("writeGraphFiles: edges encoded for other formats");
  const paths = formats.map((format) => join(dir, EXPORT_FORMATS[format]));
  const encoders = formats.map((format) => FORMATS[format]);
  await writeFilesTogether(paths, (sinks) => writeDocuments(graph, encoders, sinks, edges?.encoded));
  return paths;
}

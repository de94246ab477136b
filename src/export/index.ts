/**
 * The export stage: graph.json, graph.gexf and graph.graphml, streamed to temporary files and renamed into
 * place together, so a failed run leaves the previous outputs intact. While a build's layout still runs on
 * another thread, everything is encoded in memory first, with slots for the positions.
 */
import { join } from "node:path";
import type { GraphView } from "../graph/view.js";
import { writeFilesTogether } from "./atomic.js";
import { documentText, encodeAhead, writeDocuments, writeEncoded, type RecordFormat } from "./encode.js";
import { GEXF_FORMAT } from "./gexf.js";
import { GRAPHML_FORMAT } from "./graphml.js";
import { JSON_FORMAT } from "./json.js";
import type { TextSink } from "./xml.js";
import { mark } from "../util/timeline.js";

export { writeFileAtomic, writeFilesAtomic } from "./atomic.js";
export { toGEXF, writeGEXF } from "./gexf.js";
export { toGraphML, writeGraphML } from "./graphml.js";
export { toJSON, writeJSON } from "./json.js";

/** The export formats and their file names. */
export const EXPORT_FORMATS = { json: "graph.json", gexf: "graph.gexf", graphml: "graph.graphml" } as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

const FORMATS: Record<ExportFormat, RecordFormat> = { json: JSON_FORMAT, gexf: GEXF_FORMAT, graphml: GRAPHML_FORMAT };

/** Serialises the graph in one format, as a string. */
export function serialise(graph: GraphView, format: ExportFormat): string {
  return documentText(graph, FORMATS[format]);
}

/** Streams the graph in one format to a sink. */
export function writeFormat(graph: GraphView, format: ExportFormat, sink: TextSink): void {
  writeDocuments(graph, [FORMATS[format]], [sink]);
}

/** Options of `writeGraphFiles`. */
export interface WriteOptions {
  /**
   * Settles once the graph's node positions are final (a layout running on another thread). Every node and
   * edge is encoded in memory meanwhile, the nodes with slots for their positions (see encode.ts), and the
   * files are written after it.
   */
  laidOut?: Promise<unknown>;
  /** A folder where replaced files are kept, to be overwritten by the next write (see `WriteTogetherOptions`). */
  spares?: string;
}

/**
 * Writes every format into `dir`, all of them in one pass over the graph; the previous files stay intact
 * unless all new ones were written.
 */
export async function writeGraphFiles(
  graph: GraphView,
  dir: string,
  formats: readonly ExportFormat[] = ["json", "gexf", "graphml"],
  options: WriteOptions = {},
): Promise<string[]> {
  const paths = formats.map((format) => join(dir, EXPORT_FORMATS[format]));
  const encoders = formats.map((format) => FORMATS[format]);
  if (!options.laidOut) {
    await writeFilesTogether(paths, (sinks) => writeDocuments(graph, encoders, sinks), options);
    return paths;
  }
  const encoded = encodeAhead(graph, encoders);
  mark("encoded");
  await options.laidOut;
  await writeFilesTogether(
    paths,
    (sinks) => encoders.forEach((format, i) => writeEncoded(graph, format, encoded, i, sinks[i]!)),
    options,
  );
  return paths;
}

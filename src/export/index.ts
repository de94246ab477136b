/**
 * The export stage: graph.json, graph.gexf and graph.graphml, streamed to temporary files and renamed into
 * place together, so a failed run leaves the previous outputs intact. While a build's layout still runs on
 * another thread, everything but the positions is encoded in memory first.
 */
import { join } from "node:path";
import type { KnowledgeGraph } from "../graph/schema.js";
import { ChunkSink, writeFilesAtomic, type ByteSink } from "./atomic.js";
import { GEXF_SECTIONS, toGEXF } from "./gexf.js";
import { GRAPHML_SECTIONS, toGraphML } from "./graphml.js";
import { JSON_SECTIONS, toJSON } from "./json.js";
import { encodeNodesAhead, positionsOf, writeNodesAhead } from "./nodes-ahead.js";
import { writeSections, type SectionedFormat } from "./sections.js";
import type { TextSink } from "./xml.js";

export { writeFileAtomic, writeFilesAtomic } from "./atomic.js";
export { toGEXF, writeGEXF } from "./gexf.js";
export { toGraphML, writeGraphML } from "./graphml.js";
export { toJSON, writeJSON } from "./json.js";

/** The export formats and their file names. */
export const EXPORT_FORMATS = { json: "graph.json", gexf: "graph.gexf", graphml: "graph.graphml" } as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

const SECTIONS: Record<ExportFormat, SectionedFormat> = { json: JSON_SECTIONS, gexf: GEXF_SECTIONS, graphml: GRAPHML_SECTIONS };

/** Serialises the graph in one format, as a string. */
export function serialise(graph: KnowledgeGraph, format: ExportFormat): string {
  return { json: toJSON, gexf: toGEXF, graphml: toGraphML }[format](graph);
}

/** Streams the graph in one format to a sink. */
export function writeFormat(graph: KnowledgeGraph, format: ExportFormat, sink: TextSink): void {
  writeSections(SECTIONS[format], graph, sink);
}

/** Options of `writeGraphFiles`. */
export interface WriteOptions {
  /**
   * Settles once the graph's node positions are final (a layout running on another thread). The edge sections,
   * which hold no positions, are encoded in memory meanwhile, and so are the nodes, with places left for their
   * positions (see nodes-ahead.ts); the files are written after it.
   */
  laidOut?: Promise<unknown>;
}

/** Writes every format into `dir`; the previous files stay intact unless all new ones were written. */
export async function writeGraphFiles(graph: KnowledgeGraph, dir: string, formats: readonly ExportFormat[] = ["json", "gexf", "graphml"], options: WriteOptions = {}): Promise<string[]> {
  const paths = formats.map((format) => join(dir, EXPORT_FORMATS[format]));
  const sections = formats.map((format) => SECTIONS[format]);
  // With a layout still running, the nodes (with places for their positions) and the edges are encoded now.
  const nodesAhead = options.laidOut ? encodeNodesAhead(graph, sections) : undefined;
  const edgesAhead = options.laidOut
    ? sections.map((format) => {
        const sink = new ChunkSink();
        format.edges(graph, sink);
        return sink.finish();
      })
    : undefined;
  await options.laidOut;
  const positions = nodesAhead && positionsOf(graph, nodesAhead.keys);
  await writeFilesAtomic(
    sections.map((format, i) => ({
      path: paths[i]!,
      write: (sink: ByteSink) => {
        if (!edgesAhead) return writeSections(format, graph, sink);
        format.head(graph, sink);
        const pieces = nodesAhead?.pieces[i];
        if (pieces && positions) writeNodesAhead(pieces, positions, sink);
        else format.nodes(graph, sink);
        sink.writeBytes(edgesAhead[i]!);
        format.tail(graph, sink);
      },
    })),
  );
  return paths;
}

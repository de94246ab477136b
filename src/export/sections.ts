/**
 * Every export format is written in four sections, in file order: head, nodes, edges, tail. Only the nodes
 * carry layout positions, so a build can write the edge sections (most of the bytes) while the layout runs on
 * another thread, and the rest once positions are known (see `writeGraphFiles`).
 */
import type { KnowledgeGraph } from "../graph/schema.js";
import type { TextSink } from "./xml.js";

/** The four sections of one format. */
export interface SectionedFormat {
  head(graph: KnowledgeGraph, sink: TextSink): void;
  nodes(graph: KnowledgeGraph, sink: TextSink): void;
  edges(graph: KnowledgeGraph, sink: TextSink): void;
  tail(graph: KnowledgeGraph, sink: TextSink): void;
}

/** Writes a whole document: the four sections in order. */
export function writeSections(format: SectionedFormat, graph: KnowledgeGraph, sink: TextSink): void {
  format.head(graph, sink);
  format.nodes(graph, sink);
  format.edges(graph, sink);
  format.tail(graph, sink);
}

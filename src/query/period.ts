/**
 * A graph cut to a period and to well-sourced relations: what `--since`, `--until` and `--min-sources` give every
 * query and export. The cut is a new graph (the loaded one is left as it is): documents dated in the range, the
 * relation evidence from them (each edge recounted: weight, time, sources), the mentions in them and the entities
 * they still mention (recounted too); with `minSources`, relations and entities supported by fewer independent
 * sources (near-duplicate documents merged) are left out. Undated documents fall outside any range.
 */
import graphology from "graphology";
import { SettingsError } from "../errors.js";
import {
  documentFacts,
  relationTimeAndSources,
  writeTime,
  type DocumentNodeAttributes,
  type EdgeAttributes,
  type EntityNodeAttributes,
  type GraphAttributes,
  type KnowledgeGraph,
  type NodeAttributes,
  type RelationEdgeAttributes,
} from "../graph/index.js";
import { TimeTally, inRange, isBounded, isRangeEnd, type DateRange } from "../time/index.js";

/** The cut: a date range and a minimum number of independent sources. */
export interface SliceOptions extends DateRange {
  /** Keep relations and entities supported by at least this many independent sources. */
  minSources?: number;
  /**
   * Entity nodes kept even when the cut leaves them no mention (with zero counts): the entities a query is about,
   * so that it answers "no relations in this period" rather than "no such entity".
   */
  keep?: readonly string[];
}

/** Throws SettingsError unless the range's ends are dates (YYYY, YYYY-MM or YYYY-MM-DD) in order. */
export function checkRange(range: DateRange): void {
  for (const [name, value] of [
    ["since", range.since],
    ["until", range.until],
  ] as const)
    if (value !== undefined && !isRangeEnd(value))
      throw new SettingsError(`kgraph: --${name} "${value}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY`);
  if (range.since !== undefined && range.until !== undefined && range.since.slice(0, range.until.length) > range.until)
    throw new SettingsError(`kgraph: --since ${range.since} is after --until ${range.until}`);
}

/** True when the options cut anything. */
export function slices(options: SliceOptions): boolean {
  return isBounded(options) || (options.minSources ?? 0) > 1;
}

/** The graph cut to the options (the graph itself when they cut nothing). */
export function sliceGraph(graph: KnowledgeGraph, options: SliceOptions): KnowledgeGraph {
  checkRange(options);
  if (!slices(options)) return graph;
  const minSources = options.minSources ?? 0;
  const out: KnowledgeGraph = new graphology.MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: "mixed",
    allowSelfLoops: false,
  });
  out.replaceAttributes({ ...graph.getAttributes() });
  const keptDocuments = new Set<string>();
  graph.forEachNode((node, a) => {
    if (a.kind === "document" && inRange(a.date, options)) keptDocuments.add(node);
  });
  const facts = documentFacts(
    graph
      .filterNodes((node) => keptDocuments.has(node))
      .map((node) => [node, graph.getNodeAttributes(node) as DocumentNodeAttributes]),
  );
  // Entities: recounted from the mention edges of the kept documents.
  const entities = new Map<string, EntityTally>();
  graph.forEachEdge((_edge, a, source, target) => {
    if (a.kind !== "mention" || !keptDocuments.has(source)) return;
    let tally = entities.get(target);
    if (!tally) entities.set(target, (tally = emptyTally()));
    const f = facts.get(source);
    tally.mentions += a.weight;
    tally.time.add(f?.date, a.weight);
    tally.documents.add(source);
    tally.sources.add(f?.source ?? source);
    if (f?.outlet) tally.outlets.add(f.outlet);
  });
  graph.forEachNode((node, a) => {
    if (a.kind === "document") {
      if (keptDocuments.has(node)) out.addNode(node, { ...a });
      return;
    }
    const tally = entities.get(node) ?? (options.keep?.includes(node) ? emptyTally() : undefined);
    if (!tally || (tally.sources.size < minSources && !options.keep?.includes(node))) return;
    const entity: EntityNodeAttributes = {
      ...a,
      mentions: tally.mentions,
      documents: tally.documents.size,
      sources: tally.sources.size,
      outlets: tally.outlets.size,
    };
    writeTime(entity, tally.time.summary());
    out.addNode(node, entity);
  });
  graph.forEachEdge((edge, a, source, target, _s, _t, undirected) => {
    if (!out.hasNode(source) || !out.hasNode(target)) return;
    let attributes: EdgeAttributes;
    if (a.kind === "relation") {
      const evidence = a.evidence.filter((e) => keptDocuments.has(e.document));
      if (!evidence.length) return;
      const support = relationTimeAndSources(evidence, facts);
      if (support.sources < minSources) return;
      const relation: RelationEdgeAttributes = {
        ...a,
        evidence,
        weight: evidence.length,
        documents: support.documents,
        sources: support.sources,
        outlets: support.outlets,
      };
      writeTime(relation, support);
      attributes = relation;
    } else attributes = { ...a };
    if (undirected) out.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else out.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return out;
}

interface EntityTally {
  mentions: number;
  time: TimeTally;
  documents: Set<string>;
  sources: Set<string>;
  outlets: Set<string>;
}

function emptyTally(): EntityTally {
  return { mentions: 0, time: new TimeTally(), documents: new Set(), sources: new Set(), outlets: new Set() };
}

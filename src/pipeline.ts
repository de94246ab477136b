/**
 * The pipeline, one way through:
 *
 *   corpus → extract (per document; cached, on worker threads) → resolve across the corpus → assemble the graph
 *   plan → layout (a worker thread for large graphs) → graph → export (when asked to write files)
 *
 * `buildGraph` runs all of it (the library's main entry; `kgraph build` is it with an output folder).
 * `extractAll` is the first half alone (`kgraph extract`, shard extraction) and `graphFromExtractions` the second
 * (`kgraph merge`). Stage times go to the tracer in the settings, when there is one.
 */
import type { BoundCut } from "./bounds.js";
import { ExtractionCache, fingerprintOf } from "./cache/index.js";
import { assertUsable, checkDocuments, streamCorpus, type CorpusItem, type CorpusProblem } from "./corpus/index.js";
import { applyCuration, CURATION_FILE, readCurationIfPresent, type Curation } from "./curate/index.js";
import { encodeEdgesAhead, writeGraphFiles } from "./export/index.js";
import { explainAliases, graphOfPlan, planGraph, type KnowledgeGraph } from "./graph/index.js";
import { applyPositions, computePositions } from "./layout/index.js";
import { recogniserIdentity } from "./nlp/index.js";
import { createAliasIndex, resolveCorpus, type CorpusResolution } from "./resolve/index.js";
import { extractCorpus } from "./scheduler/index.js";
import { resolveSettings, type BuildSettings } from "./settings.js";
import type { CurationSummary } from "./contract.js";
import type { CorpusDocument, DocumentExtraction } from "./types.js";
import { join } from "node:path";
import { makeFolder, prepareOutputFolder } from "./util/atomic.js";
import { GENERATOR } from "./version.js";

/** A built graph with what went into it. */
export interface BuildResult {
  graph: KnowledgeGraph;
  /** Files or lines that were skipped, each with its reason. */
  problems: CorpusProblem[];
  documents: number;
  words: number;
  /** One-word names left unresolved because two full names fit equally. */
  ambiguousMentions: number;
  /** Documents whose extraction came from the cache, and how many were extracted afresh. */
  cached: number;
  extracted: number;
  /** Worker threads used for extraction (0: the main thread). */
  workers: number;
  /** The files written (with `settings.out`). */
  files: string[];
  /** Where an extraction bound (src/bounds.ts) cut work, by document path, in corpus order. */
  boundCuts: DocumentBoundCut[];
  /** What became of the curation file's decisions, when one was replayed. */
  curation?: CurationSummary;
}

/** One place where an extraction bound cut work: the document's path, the bound, the character offset. */
export interface DocumentBoundCut extends BoundCut {
  document: string;
}

/** Documents given in memory as corpus items: the usable ones, then a problem for each one skipped (checkDocuments). */
function checkedItems(
  documents: readonly CorpusDocument[],
  options: { maxDocumentMB?: number | undefined },
): CorpusItem[] {
  const checked = checkDocuments(
    documents,
    options.maxDocumentMB === undefined ? {} : { maxDocumentMB: options.maxDocumentMB },
  );
  return [...checked.documents.map((document) => ({ document })), ...checked.problems.map((problem) => ({ problem }))];
}

/** Every document's extraction, with what reading and extracting them met. */
export interface CorpusExtractions {
  extractions: DocumentExtraction[];
  problems: CorpusProblem[];
  cached: number;
  workers: number;
}

/**
 * Builds the knowledge graph of a corpus folder, or of documents already in memory; with `out` in the settings,
 * also writes graph.json, graph.gexf and graph.graphml there.
 */
export async function buildGraph(
  corpus: string | readonly CorpusDocument[],
  options: Partial<BuildSettings> = {},
): Promise<BuildResult> {
  const settings = resolveSettings(options);
  // A corpus folder's own curation file is replayed unless the settings name one.
  if (settings.curation === undefined && typeof corpus === "string") {
    const curation = readCurationIfPresent(join(corpus, CURATION_FILE));
    if (curation) settings.curation = curation;
  }
  // The output folder is checked before the work that would be written there.
  if (settings.out) prepareOutputFolder(settings.out);
  const { extractions, problems, cached, workers } = await extractAll(corpus, settings);
  if (typeof corpus === "string") assertUsable(corpus, { documents: extractions.map((x) => x.document), problems });
  const { graph, files, curation } = await graphFromExtractions(extractions, settings);
  return {
    graph,
    problems,
    documents: extractions.length,
    words: extractions.reduce((n, x) => n + x.words, 0),
    ambiguousMentions: extractions.reduce((n, x) => n + x.ambiguous, 0),
    cached,
    extracted: extractions.length - cached,
    workers,
    files,
    boundCuts: extractions.flatMap((x) => (x.bounds ?? []).map((cut) => ({ document: x.document.path, ...cut }))),
    ...(curation ? { curation } : {}),
  };
}

/**
 * Reads a corpus (a folder, or documents in memory) and extracts every document: from the extraction cache
 * when the settings name one and it holds the document, else on the extraction workers. The cache is saved
 * with the entries this run used.
 */
export async function extractAll(
  corpus: string | readonly CorpusDocument[] | AsyncIterable<CorpusItem>,
  settings: BuildSettings,
): Promise<CorpusExtractions> {
  const tracer = settings.tracer;
  if (settings.cacheDir) makeFolder(settings.cacheDir);
  const stop = tracer?.start("extract");
  const reading = { followSymlinks: settings.followSymlinks, maxDocumentMB: settings.maxDocumentMB };
  const items: AsyncIterable<CorpusItem> | CorpusItem[] =
    typeof corpus === "string"
      ? streamCorpus(corpus, reading)
      : isDocumentList(corpus)
        ? checkedItems(corpus, reading)
        : corpus;
  const cache = settings.cacheDir
    ? new ExtractionCache(settings.cacheDir, await fingerprintOf(settings), {
        read: settings.useCache,
        onWarning: settings.onWarning,
      })
    : undefined;
  const extracted = await extractCorpus(items, settings, cache, tracer);
  // Kept even if a later stage fails: the extractions are the expensive part.
  await cache?.save();
  stop?.();
  return extracted;
}

function isDocumentList(
  corpus: readonly CorpusDocument[] | AsyncIterable<CorpusItem>,
): corpus is readonly CorpusDocument[] {
  return Array.isArray(corpus);
}

/** What `graphFromExtractions` needs to know: the settings the extractions were made with, and where to write. */
export type AssemblySettings = Pick<BuildSettings, "recogniser" | "aliases" | "layout" | "out" | "tracer" | "curation">;

/**
 * The second half of a build: resolves entities across the extractions, plans the graph, lays it out and, with
 * `out`, writes the files. The layout of a large graph runs on a worker thread while this one builds the
 * graphology graph and encodes the edges (which carry no positions). The curation file in the settings is
 * replayed after resolution, before the graph is planned.
 */
export async function graphFromExtractions(
  given: readonly DocumentExtraction[],
  settings: AssemblySettings,
): Promise<{ graph: KnowledgeGraph; files: string[]; curation?: CurationSummary }> {
  const tracer = settings.tracer;
  if (settings.out) prepareOutputFolder(settings.out);
  const stopResolve = tracer?.start("resolve");
  const resolved = resolveExtractions(given, settings);
  explainAliases(given, resolved, createAliasIndex(settings.aliases));
  const { extractions, resolution, summary } = curate(given, resolved, settings.curation);
  stopResolve?.();
  tracer?.mark("resolved");

  const stopAssemble = tracer?.start("assemble");
  const identity = await recogniserIdentity(settings.recogniser);
  const plan = planGraph(extractions, resolution, {
    recogniser: `${identity.name}@${identity.version}`,
    generator: GENERATOR,
  });
  if (summary) plan.attributes.curation = summary;
  stopAssemble?.();
  tracer?.mark("planned");

  const positions = computePositions(plan.nodes, plan.edges, settings.layout, tracer);
  positions.catch(() => {}); // awaited below, after the work that overlaps it; never an unhandled rejection
  const graph = graphOfPlan(plan);
  const edges = settings.out ? encodeEdgesAhead(graph) : undefined;
  tracer?.mark("edges encoded");
  applyPositions(graph, await positions);
  tracer?.mark("laid out");
  const curation = summary ? { curation: summary } : {};
  if (!settings.out) return { graph, files: [], ...curation };
  const stopWrite = tracer?.start("write");
  const files = await writeGraphFiles(graph, settings.out, undefined, edges);
  stopWrite?.();
  tracer?.mark("written");
  return { graph, files, ...curation };
}

/** The extractions and resolution after the curation's decisions, or as they are without a curation file. */
function curate(
  extractions: readonly DocumentExtraction[],
  resolution: CorpusResolution,
  curation: Curation | undefined,
): { extractions: readonly DocumentExtraction[]; resolution: CorpusResolution; summary?: CurationSummary } {
  return curation ? applyCuration(extractions, resolution, curation) : { extractions, resolution };
}

/** The corpus-wide resolution of the extractions' entities, with the built-in and the user's aliases. */
export function resolveExtractions(
  extractions: readonly DocumentExtraction[],
  settings: Pick<BuildSettings, "aliases">,
): CorpusResolution {
  return resolveCorpus(
    extractions.map((x) => x.entities),
    createAliasIndex(settings.aliases),
  );
}

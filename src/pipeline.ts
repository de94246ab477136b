/**
 * The pipeline: read → extract (recognise, resolve in each document, relate; cached, in parallel) → resolve
 * across the corpus → assemble → lay out. `buildGraph` is the library's main entry; the CLI's `build` adds
 * writing the files and the summary. `graphFromExtractions` is the second half alone, for `kgraph merge`.
 */
import { assertUsable, streamCorpus, type CorpusProblem } from "./corpus/index.js";
import { ExtractionCache } from "./extract/cache.js";
import { extractionFingerprint } from "./extract/fingerprint.js";
import { extractCorpus } from "./extract/schedule.js";
import type { DocumentExtraction, ExtractionTimes } from "./extract/types.js";
import { graphOfPlan, planInSteps } from "./graph/assemble.js";
import type { KnowledgeGraph } from "./graph/schema.js";
import { planView, type GraphView } from "./graph/view.js";
import { computeLayoutOffThread, layoutOfShape, placeNodes, type LayoutSettings } from "./layout/index.js";
import { recogniserIdentity } from "./nlp/index.js";
import { createAliasIndex } from "./resolve/alias-index.js";
import { CorpusResolver } from "./resolve/corpus.js";
import type { AliasEntry } from "./resolve/lexicon/aliases.js";
import { resolveSettings, type BuildSettings } from "./settings.js";
import type { CorpusDocument } from "./types.js";
import { GENERATOR } from "./version.js";
import { mark } from "./util/timeline.js";

/** Seconds spent in each stage of a build. */
export interface StageTimes {
  read: number;
  /** Extraction still running after the last document was read. */
  extract: number;
  resolve: number;
  /** Planning the graph and the layout's input (the graphology graph is built later, if asked for). */
  assemble: number;
  /** The layout's own time, on whichever thread ran it. */
  layout: number;
}

/** A built graph with what went into it. */
export interface BuildResult {
  /** The graphology graph, built from `view` the first time it is read (the same attribute objects). */
  readonly graph: KnowledgeGraph;
  /** The graph's nodes and edges as planned: what the files are written from, without building `graph`. */
  view: GraphView;
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
  /** Wall-clock seconds per stage (`layout` is filled in when `laidOut` settles). */
  times: StageTimes;
  /** Settles once node positions are on the graph: at once, unless the layout runs in the background. */
  laidOut: Promise<void>;
  /** Seconds of thread time inside extraction, per part, summed over worker threads. */
  extractionTimes: ExtractionTimes;
}

/** Builds the knowledge graph of a corpus folder, or of documents already in memory. */
export async function buildGraph(
  corpus: string | readonly CorpusDocument[],
  options: Partial<BuildSettings> = {},
): Promise<BuildResult> {
  const settings = resolveSettings(options);
  const clock = stopwatch();
  const items = typeof corpus === "string" ? streamCorpus(corpus) : corpus.map((document) => ({ document }));
  const cache = cacheOf(settings);
  // The cached documents' entities are resolved while the workers extract the others.
  const resolver = new CorpusResolver();
  const {
    problems,
    extractions,
    cached,
    workers,
    times: extractionTimes,
    readSeconds,
  } = await extractCorpus(items, settings, await fingerprintOf(settings), cache, (ready) =>
    ready.forEach((x, position) => x && resolver.add(position, x.entities)),
  );
  if (typeof corpus === "string") assertUsable(corpus, { documents: extractions.map((x) => x.document), problems });
  // Reading and extraction overlap: `extract` is the time extraction ran on after the last document was read.
  const read = readSeconds;
  const extract = clock() - readSeconds;
  let assembled: AssembledGraph;
  try {
    assembled = await graphFromExtractions(
      extractions,
      {
        recogniser: settings.recogniser,
        aliases: settings.aliases,
        layout: settings.layout,
        layoutInBackground: settings.layoutInBackground,
      },
      resolver,
    );
  } finally {
    // Saved once the layout has started on its thread (writing the cache is not on the way to it), and kept
    // even if assembly fails: the extractions are the expensive part.
    await cache?.save();
  }
  const { times, laidOut } = assembled;
  const stageTimes: StageTimes = { read, extract, ...times };
  const positioned = laidOut.then(() => void (stageTimes.layout = times.layout));
  positioned.catch(() => {}); // handled by whoever awaits it (writeGraphFiles); never an unhandled rejection
  return {
    get graph() {
      return assembled.graph;
    },
    view: assembled.view,
    problems,
    documents: extractions.length,
    words: extractions.reduce((n, x) => n + x.words, 0),
    ambiguousMentions: extractions.reduce((n, x) => n + x.ambiguous, 0),
    cached,
    extracted: extractions.length - cached,
    workers,
    times: stageTimes,
    laidOut: positioned,
    extractionTimes,
  };
}

/** The fingerprint of extractions made with these settings (cache keys, shard headers). */
export async function fingerprintOf(settings: Pick<BuildSettings, "recogniser" | "aliases">): Promise<string> {
  return extractionFingerprint(
    await recogniserIdentity(settings.recogniser),
    createAliasIndex(settings.aliases).fingerprint(),
  );
}

/** Extracts every document: from the cache when allowed and valid, else in parallel, storing fresh results. */
export async function extractDocuments(
  documents: readonly CorpusDocument[],
  settings: BuildSettings,
): Promise<{ extractions: DocumentExtraction[]; cached: number; workers: number; times: ExtractionTimes }> {
  const cache = cacheOf(settings);
  const { extractions, cached, workers, times } = await extractCorpus(
    documents.map((document) => ({ document })),
    settings,
    await fingerprintOf(settings),
    cache,
  );
  await cache?.save();
  return { extractions, cached, workers, times };
}

/** The extraction cache the settings ask for, if any. */
function cacheOf(settings: BuildSettings): ExtractionCache | undefined {
  return settings.cacheDir ? new ExtractionCache(settings.cacheDir, settings.onWarning) : undefined;
}

/** What turning extractions into a graph needs to know. */
export interface AssemblySettings {
  recogniser: string;
  aliases: AliasEntry[];
  layout: LayoutSettings;
  /** See `BuildSettings.layoutInBackground`. */
  layoutInBackground?: boolean;
}

/** A graph assembled from extractions (see `graphFromExtractions`). */
export interface AssembledGraph {
  /** The graphology graph, built from `view` the first time it is read. */
  readonly graph: KnowledgeGraph;
  /** The planned nodes and edges, positioned once `laidOut` settles. */
  view: GraphView;
  times: Omit<StageTimes, "read" | "extract">;
  /** Settles once node positions are on the nodes: at once, unless the layout runs in the background. */
  laidOut: Promise<void>;
}

/**
 * Resolves entities across the extractions, plans the graph and lays it out (on a worker thread, settling
 * `laidOut` when done, with `layoutInBackground`). The graphology graph is built only when asked for: its
 * nodes and edges hold the plan's attribute objects, so positions placed on the plan are on the graph too.
 */
export async function graphFromExtractions(
  extractions: readonly DocumentExtraction[],
  settings: AssemblySettings,
  /** A resolver that already holds some of the extractions' entities (by position in `extractions`). */
  resolver = new CorpusResolver(),
): Promise<AssembledGraph> {
  const clock = stopwatch();
  const identity = await recogniserIdentity(settings.recogniser);
  extractions.forEach((x, position) => resolver.has(position) || resolver.add(position, x.entities));
  const resolution = resolver.finish(createAliasIndex(settings.aliases));
  const resolve = clock();
  mark("resolved");
  const steps = planInSteps(extractions, resolution, {
    recogniser: `${identity.name}@${identity.version}`,
    generator: GENERATOR,
  });
  const input = layoutOfShape(steps.nodes, steps.shape);
  mark("planned");
  // Started before anything else is made, the plan's edges included: the rest is not on the layout's way.
  const background = settings.layoutInBackground ? computeLayoutOffThread(input, settings.layout) : undefined;
  const plan = steps.complete();
  const times = { resolve, assemble: clock(), layout: 0 };
  let graph: KnowledgeGraph | undefined;
  const assembled: AssembledGraph = {
    get graph() {
      return (graph ??= graphOfPlan(plan));
    },
    view: planView(plan),
    times,
    laidOut: Promise.resolve(),
  };
  if (!background) {
    const { computeLayout } = await import("./layout/compute.js");
    placeNodes(plan.nodes, input, computeLayout(input, settings.layout));
    times.layout = clock();
    return assembled;
  }
  // The layout's time is its own (reported by the thread that ran it), not when this thread took delivery.
  assembled.laidOut = background.then(({ positions, seconds }) => {
    placeNodes(plan.nodes, input, positions);
    times.layout = seconds;
    mark("laid out");
  });
  // Marked as handled here: the caller awaits it later, after encoding what it can without positions.
  assembled.laidOut.catch(() => {});
  return assembled;
}

/** Returns a function giving the seconds since it was last called. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
}

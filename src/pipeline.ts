/**
 * The pipeline: read → recognise → resolve → relate → assemble → lay out.
 * `buildGraph` is the library's main entry; the CLI's `build` adds writing the files and the summary.
 */
import { readCorpus, type CorpusProblem } from "./corpus/index.js";
import { extractDocument, type DocumentExtraction } from "./extract/index.js";
import { assembleGraph } from "./graph/assemble.js";
import type { KnowledgeGraph } from "./graph/schema.js";
import { layoutGraph } from "./layout/index.js";
import { getRecogniser } from "./nlp/index.js";
import { createAliasIndex } from "./resolve/alias-index.js";
import { resolveCorpus } from "./resolve/corpus.js";
import { resolveSettings, type BuildSettings } from "./settings.js";
import type { CorpusDocument } from "./types.js";
import { GENERATOR } from "./version.js";

/** Seconds spent in each stage of a build. */
export interface StageTimes {
  read: number;
  extract: number;
  resolve: number;
  assemble: number;
  layout: number;
}

/** A built graph with what went into it. */
export interface BuildResult {
  graph: KnowledgeGraph;
  /** Files or lines that were skipped, each with its reason. */
  problems: CorpusProblem[];
  documents: number;
  words: number;
  /** One-word names left unresolved because two full names fit equally. */
  ambiguousMentions: number;
  times: StageTimes;
}

/** Builds the knowledge graph of a corpus folder, or of documents already in memory. */
export async function buildGraph(corpus: string | readonly CorpusDocument[], options: Partial<BuildSettings> = {}): Promise<BuildResult> {
  const settings = resolveSettings(options);
  const clock = stopwatch();
  const { documents, problems } = typeof corpus === "string" ? await readCorpus(corpus) : { documents: [...corpus], problems: [] };
  const read = clock();

  const context = { recogniser: await getRecogniser(settings.recogniser), aliases: createAliasIndex(settings.aliases) };
  const extractions: DocumentExtraction[] = [];
  for (const [i, document] of documents.entries()) {
    extractions.push(extractDocument(document, context));
    settings.onProgress?.(i + 1, documents.length);
  }
  const extract = clock();

  const resolution = resolveCorpus(extractions.map((x) => x.entities), context.aliases);
  const resolve = clock();
  const graph = assembleGraph(extractions, resolution, { recogniser: `${context.recogniser.name}@${context.recogniser.version}`, generator: GENERATOR });
  const assemble = clock();
  layoutGraph(graph, settings.layout);
  const layout = clock();

  return {
    graph,
    problems,
    documents: extractions.length,
    words: extractions.reduce((n, x) => n + x.words, 0),
    ambiguousMentions: extractions.reduce((n, x) => n + x.ambiguous, 0),
    times: { read, extract, resolve, assemble, layout },
  };
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

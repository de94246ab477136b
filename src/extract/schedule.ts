/**
 * Extraction of a corpus as it is read: each document is looked up in the cache the moment it arrives, and a
 * miss goes straight to the extraction workers, so reading, cache lookups, model loading and extraction overlap
 * instead of running one after the other. The extractor starts with the read when there is a cache (at the first
 * miss otherwise), one worker first and more as work queues up; results keep the corpus order. The caller
 * saves the cache (`ExtractionCache.save`) when it suits it: a build does once its layout has started.
 */
import type { CorpusItem, CorpusProblem } from "../corpus/index.js";
import type { BuildSettings } from "../settings.js";
import type { CorpusDocument } from "../types.js";
import type { ExtractionCache } from "./cache.js";
import { documentKey } from "./fingerprint.js";
import { noExtractionTimes, type DocumentExtraction, type ExtractionTimes } from "./types.js";
import { createExtractor, type Extractor } from "./parallel.js";
import { mark } from "../util/timeline.js";

/** Everything extracted from a corpus, in corpus order. */
export interface CorpusExtraction {
  documents: CorpusDocument[];
  problems: CorpusProblem[];
  extractions: DocumentExtraction[];
  cached: number;
  workers: number;
  times: ExtractionTimes;
  /** Seconds until the last item was read; extraction runs on, and usually ends later. */
  readSeconds: number;
}

/** What the scheduler needs from the build settings. */
type ScheduleSettings = Pick<BuildSettings, "recogniser" | "aliases" | "workers" | "useCache" | "onProgress">;

/** Reads `items` and extracts every document, from `cache` when it holds a valid entry. */
export async function extractCorpus(
  items: AsyncIterable<CorpusItem> | Iterable<CorpusItem>,
  settings: ScheduleSettings,
  fingerprint: string,
  cache: ExtractionCache | undefined,
  /**
   * Called once the corpus is read while extractions still run, with the extractions there are so far (by
   * corpus position; undefined where one is still running): work on those overlaps the wait.
   */
  whileExtracting?: (ready: ReadonlyArray<DocumentExtraction | undefined>) => void,
): Promise<CorpusExtraction> {
  const started = performance.now();
  const documents: CorpusDocument[] = [];
  const problems: CorpusProblem[] = [];
  const extractions: DocumentExtraction[] = [];
  const keys: string[] = [];
  const queued: number[] = []; // misses waiting for an extractor
  const running: Array<Promise<void>> = [];
  let extractor: Extractor | undefined;
  let starting: Promise<Extractor> | undefined;
  let done = 0;
  let cached = 0;

  const progress = () => settings.onProgress?.(++done, documents.length);
  const extract = (ex: Extractor, i: number): void => {
    running.push(
      ex.extract(documents[i]!).then((extraction) => {
        extractions[i] = extraction;
        cache?.put(keys[i]!, extraction);
        progress();
      }),
    );
  };
  const startExtractor = () =>
    (starting ??= createExtractor({
      recogniser: settings.recogniser,
      aliases: settings.aliases,
      workers: settings.workers,
    }).then((ex) => {
      extractor = ex;
      for (const i of queued.splice(0)) extract(ex, i);
      return ex;
    }));
  const miss = (i: number): void => {
    if (extractor) {
      extract(extractor, i);
      return;
    }
    queued.push(i);
    void startExtractor();
  };

  // With a cache, the extractor starts with the read rather than at the first miss: a rebuild is run because
  // something changed, and its first worker then loads the models on the other core while the corpus and the
  // cache are read, instead of after the changed article is reached (the BBC rebuild waited 0.4 s for it). A
  // build with nothing to extract pays that idle core's time and closes the worker.
  if (cache && settings.useCache) void startExtractor();
  for await (const item of items) {
    if ("problem" in item) {
      problems.push(item.problem);
      continue;
    }
    const i = documents.push(item.document) - 1;
    keys[i] = documentKey(item.document, fingerprint);
    if (!cache || !settings.useCache) {
      miss(i);
      continue;
    }
    const hit = cache.get(keys[i]!, documents[i]!);
    if (!hit) {
      miss(i);
      continue;
    }
    extractions[i] = hit;
    cached++;
    progress();
  }
  const readSeconds = (performance.now() - started) / 1000;
  mark("read");
  if (whileExtracting && cached < documents.length) whileExtracting(extractions);
  const ex = await starting;
  try {
    // Extractions push no new work, so one pass over what is running is complete.
    await Promise.all(running);
  } finally {
    // Not waited for: the workers wind down while the build goes on (a failure to stop one changes no result).
    ex?.close().catch(() => {});
  }
  mark("extracted");
  // A worker started for nothing (everything came from the cache) is not reported as used.
  const used = cached < documents.length;
  return {
    documents,
    problems,
    extractions,
    cached,
    workers: used ? (ex?.workers ?? 0) : 0,
    times: ex?.times ?? noExtractionTimes(),
    readSeconds,
  };
}

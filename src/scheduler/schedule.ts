/**
 * Extraction of a corpus as it is read: each document is looked up in the cache the moment it arrives, and a
 * miss goes straight to the extractor (worker threads), so reading, cache lookups, model loading and extraction
 * overlap instead of running one after the other. Results keep the corpus order.
 */
import type { CorpusItem, CorpusProblem } from "../corpus/index.js";
import { KgraphError } from "../errors.js";
import type { CorpusDocument, DocumentExtraction } from "../types.js";
import type { Tracer } from "../util/tracer.js";
import { createExtractor, type Extractor, type ExtractorOptions } from "./pool.js";

/** Everything extracted from a corpus, in corpus order. */
export interface CorpusExtraction {
  problems: CorpusProblem[];
  extractions: DocumentExtraction[];
  /** Documents whose extraction came from the cache. */
  cached: number;
  /** Worker threads that extracted (0: the main thread, or nothing was extracted). */
  workers: number;
}

/** Where extractions are looked up and stored (the extraction cache; see cache/). */
export interface ExtractionStore {
  /** The stored extraction of a document, or undefined. */
  get(document: CorpusDocument): DocumentExtraction | undefined;
  put(extraction: DocumentExtraction): void;
}

/** What the scheduler needs to know. */
export interface ScheduleOptions extends ExtractorOptions {
  /** Called after each document is extracted or found in the store (progress bars). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Reads `items` and extracts every document, from `store` when it holds the document. With a store the
 * extractor starts with the read rather than at the first miss: a rebuild is run because something changed, and
 * its first worker then loads the models on the other core while the corpus and the store are read. A build
 * with nothing to extract pays that idle core's time and closes the worker.
 *
 * A document whose extraction fails (its worker died, out of memory say, or the code threw on it) costs only
 * itself: the documents that failed are tried again one at a time once the others are done (a worker that dies
 * takes every document it held with it), and one that fails again is skipped with a problem naming it. A kgraph
 * error (a corrupt model file) fails the build: no document could be extracted.
 */
export async function extractCorpus(
  items: AsyncIterable<CorpusItem> | Iterable<CorpusItem>,
  options: ScheduleOptions,
  store: ExtractionStore | undefined,
  tracer?: Tracer,
  makeExtractor: (options: ExtractorOptions, tracer?: Tracer) => Promise<Extractor> = createExtractor,
): Promise<CorpusExtraction> {
  const documents: CorpusDocument[] = [];
  const problems: CorpusProblem[] = [];
  const extractions: DocumentExtraction[] = [];
  const running: Array<Promise<void>> = [];
  const failed: number[] = [];
  let starting: Promise<Extractor> | undefined;
  let done = 0;
  let cached = 0;

  const progress = () => options.onProgress?.(++done, documents.length);
  const extractor = () => (starting ??= makeExtractor(options, tracer));
  const finish = (i: number, extraction: DocumentExtraction) => {
    extractions[i] = extraction;
    store?.put(extraction);
    progress();
  };
  const extract = (i: number): void => {
    running.push(
      extractor()
        .then((ex) => ex.extract(documents[i]!))
        .then(
          (extraction) => finish(i, extraction),
          (error: unknown) => {
            if (error instanceof KgraphError) throw error;
            failed.push(i);
          },
        ),
    );
  };

  if (store) extractor().catch(() => {}); // a failure to start is met again by the first miss
  for await (const item of items) {
    if ("problem" in item) {
      problems.push(item.problem);
      continue;
    }
    const i = documents.push(item.document) - 1;
    const hit = store?.get(item.document);
    if (!hit) {
      extract(i);
      continue;
    }
    extractions[i] = hit;
    cached++;
    progress();
  }
  tracer?.mark("read");
  try {
    // Extractions push no new work, so one pass over what is running is complete.
    await Promise.all(running);
    for (const i of failed.sort((a, b) => a - b)) {
      const ex = await extractor();
      try {
        finish(i, await ex.extract(documents[i]!));
      } catch (error) {
        if (error instanceof KgraphError) throw error;
        problems.push(extractionProblem(documents[i]!, error));
      }
    }
  } finally {
    // Not waited for: the workers wind down while the build goes on (a failure to stop one changes no result).
    void starting?.then((ex) => ex.close()).catch(() => {});
  }
  tracer?.mark("extracted");
  // A worker started for nothing (everything came from the store) is not reported as used.
  const workers = cached < documents.length && starting ? (await starting).workers : 0;
  // Skipped documents leave holes: the extractions keep corpus order without them.
  return { problems, extractions: extractions.filter(Boolean), cached, workers };
}

/** The problem of a document whose extraction failed twice. */
function extractionProblem(document: CorpusDocument, error: unknown): CorpusProblem {
  const hash = document.path.lastIndexOf("#");
  const line = hash > 0 ? Number(document.path.slice(hash + 1)) : NaN;
  const why = error instanceof Error ? error.message : String(error);
  return {
    file: Number.isInteger(line) ? document.path.slice(0, hash) : document.path,
    ...(Number.isInteger(line) ? { line } : {}),
    problem: `extraction failed twice (${why.split("\n")[0]}); the rest of the corpus was built without it`,
    action: "skipped",
  };
}

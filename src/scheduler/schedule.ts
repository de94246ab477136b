/**
 * Extraction of a corpus as it is read: each document is looked up in the cache the moment it arrives, and a
 * miss goes straight to the extractor (worker threads), so reading, cache lookups, model loading and extraction
 * overlap instead of running one after the other. Results keep the corpus order.
 */
import type { CorpusItem, CorpusProblem } from "../corpus/index.js";
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
 */
export async function extractCorpus(
  items: AsyncIterable<CorpusItem> | Iterable<CorpusItem>,
  options: ScheduleOptions,
  store: ExtractionStore | undefined,
  tracer?: Tracer,
): Promise<CorpusExtraction> {
  const documents: CorpusDocument[] = [];
  const problems: CorpusProblem[] = [];
  const extractions: DocumentExtraction[] = [];
  const running: Array<Promise<void>> = [];
  let starting: Promise<Extractor> | undefined;
  let done = 0;
  let cached = 0;

  const progress = () => options.onProgress?.(++done, documents.length);
  const extractor = () => (starting ??= createExtractor(options, tracer));
  const extract = (i: number): void => {
    running.push(
      extractor()
        .then((ex) => ex.extract(documents[i]!))
        .then((extraction) => {
          extractions[i] = extraction;
          store?.put(extraction);
          progress();
        }),
    );
  };

  if (store) void extractor();
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
  } finally {
    // Not waited for: the workers wind down while the build goes on (a failure to stop one changes no result).
    void starting?.then((ex) => ex.close()).catch(() => {});
  }
  tracer?.mark("extracted");
  // A worker started for nothing (everything came from the store) is not reported as used.
  const workers = cached < documents.length && starting ? (await starting).workers : 0;
  return { problems, extractions, cached, workers };
}

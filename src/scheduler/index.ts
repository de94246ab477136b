/**
 * Running per-document extraction over a corpus: reading order kept, the extraction store consulted first, misses
 * extracted on worker threads (pool.ts, worker.ts). The per-document work itself is extract/'s.
 */
export { extractCorpus, type CorpusExtraction, type ExtractionStore, type ScheduleOptions } from "./schedule.js";
export { ExtractionWorkerError, type Extractor, type ExtractorOptions } from "./pool.js";

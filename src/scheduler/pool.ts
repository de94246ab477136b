/**
 * Runs per-document extraction in the main thread or over worker threads (piscina: a well-kept pool with
 * queueing, back-pressure and error propagation), with the models loaded once per worker.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { KgraphError } from "../errors.js";
import { getRecogniser } from "../nlp/index.js";
import { createAliasIndex, type AliasEntry } from "../resolve/index.js";
import type { CorpusDocument, DocumentExtraction } from "../types.js";
import type { Tracer } from "../util/tracer.js";
import type { WorkerResult, WorkerSetup } from "./worker.js";

/** Extracts documents; `close()` stops any workers. */
export interface Extractor {
  /** Threads in use (0: the main thread). */
  readonly workers: number;
  extract(document: CorpusDocument): Promise<DocumentExtraction>;
  close(): Promise<void>;
}

/**
 * Documents a worker holds before the pool starts another (each new worker loads the models again, which costs
 * more than extracting a handful of documents).
 */
const DOCUMENTS_PER_WORKER = 16;

/**
 * Young-generation size of an extraction worker. Extraction allocates many short-lived strings and arrays per
 * sentence; with V8's default (16 MB semi-spaces) a worker runs hundreds of scavenges over a large corpus, and
 * their parallel helper threads compete with the other worker for the cores. A larger young generation makes a
 * full build much faster for about 100 MB more peak memory (README "Speed devices").
 */
export const WORKER_YOUNG_GENERATION_MB = 128;

/**
 * Old-generation limit of an extraction worker. With V8's default limit the heap of a worker extracting one
 * very large document grows to about twice what is live before V8 collects (a 50 MB document: 2.5 GB, of which
 * about 1.2 GB live); with this limit V8 collects sooner and keeps the worker near what is live. A document that
 * needs more costs the worker: the scheduler skips that document and says so (`--max-document-mb` keeps such
 * documents out in the first place).
 */
export const WORKER_OLD_GENERATION_MB = 1536;

/** What an extractor is made with. */
export interface ExtractorOptions {
  recogniser: string;
  aliases: AliasEntry[];
  /** Threads: the main thread for 0 or 1. */
  workers: number;
}

/**
 * An extractor with up to `workers` threads. Uses the main thread for `workers <= 1`, and when running from the
 * TypeScript sources (tests), where no compiled worker exists. The seconds of extraction's parts, on whichever
 * thread, are added to `tracer`.
 */
export async function createExtractor(options: ExtractorOptions, tracer?: Tracer): Promise<Extractor> {
  const workerFile = fileURLToPath(new URL("./worker.js", import.meta.url));
  const threads = options.workers;
  if (threads <= 1 || !existsSync(workerFile)) {
    // Loaded here only: a build whose workers extract never runs extraction code on its main thread.
    const { extractDocument } = await import("../extract/index.js");
    const context = { recogniser: await getRecogniser(options.recogniser), aliases: createAliasIndex(options.aliases) };
    return {
      workers: 0,
      extract: async (document) => extractDocument(document, context, tracer),
      close: async () => {},
    };
  }
  const setup: WorkerSetup = { recogniser: options.recogniser, aliases: options.aliases };
  const pool = new Piscina<CorpusDocument, WorkerResult>({
    filename: workerFile,
    // One worker at once; piscina starts more (up to `threads`) once a worker holds DOCUMENTS_PER_WORKER tasks
    // and more queue, so a rebuild after an edit or two loads the models once, and a full build gets every core.
    minThreads: 1,
    maxThreads: threads,
    concurrentTasksPerWorker: DOCUMENTS_PER_WORKER,
    workerData: setup,
    idleTimeout: 60_000,
    resourceLimits: {
      maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
      maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB,
    },
  });
  // A worker that fails outside a task (at its start, when another already failed a task) is reported by the
  // pool: the tasks it held fail with their own errors, which the scheduler handles.
  pool.on("error", () => {});
  return {
    workers: threads,
    extract: async (document) => {
      const result = await pool.run(document).catch((error: unknown) => {
        throw fromWorker(error);
      });
      tracer?.addAll(result.seconds);
      return { document, ...result.stored };
    },
    close: () => pool.destroy(),
  };
}

/**
 * An error from a worker thread, as the main thread should see it. Errors cross threads as plain Errors: one
 * that kgraph threw on purpose (a corrupt model file, say; its message starts "kgraph: ") becomes a
 * KgraphError again, so that the command prints its message rather than a crash.
 */
function fromWorker(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof KgraphError || !error.message.startsWith("kgraph: ")) return error;
  return new ExtractionWorkerError(error.message.slice("kgraph: ".length), { cause: error });
}

/** A kgraph error raised in an extraction worker (its message is the original's). */
export class ExtractionWorkerError extends KgraphError {}

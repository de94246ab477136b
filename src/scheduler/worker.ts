/**
 * Extraction worker (a piscina worker thread): loads the recogniser and alias table once, then extracts the
 * documents it is sent. It returns the extraction without the document, which the main thread already holds,
 * so that no text crosses back and none is held twice.
 */
import { workerData } from "piscina";
import { getRecogniser } from "../nlp/index.js";
import { shippedModel, prepareWeights } from "../relations/index.js";
import { createAliasIndex, type AliasEntry } from "../resolve/index.js";
import { extractDocument, type ExtractionContext } from "../extract/index.js";
import type { CorpusDocument, DocumentExtraction } from "../types.js";
import { Tracer } from "../util/tracer.js";

/** What every worker is started with. */
export interface WorkerSetup {
  recogniser: string;
  aliases: AliasEntry[];
}

const setup = workerData as WorkerSetup;

/**
 * The models, loaded before this module finishes loading (a top-level await). Piscina imports this module when
 * the worker starts and then waits for tasks with Atomics.wait, which blocks the worker's event loop: models
 * loaded by a promise left running would only load once the first document arrived. Loaded here, they load
 * while the main thread is still reading the corpus, and a rebuild's changed article does not wait for them.
 */
const context: ExtractionContext = await (async () => {
  const recogniser = await getRecogniser(setup.recogniser);
  prepareWeights(shippedModel().weights);
  return { recogniser, aliases: createAliasIndex(setup.aliases) };
})();

/** What a worker sends back: the extraction without its document, and the seconds of its parts (see Tracer). */
export interface WorkerResult {
  stored: Omit<DocumentExtraction, "document">;
  seconds: Record<string, number>;
}

/** Extracts one document. */
export default async function extract(document: CorpusDocument): Promise<WorkerResult> {
  const tracer = new Tracer();
  const { document: _document, ...stored } = extractDocument(document, context, tracer);
  return { stored, seconds: tracer.seconds };
}

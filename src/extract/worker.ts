/**
 * Extraction worker (a piscina worker thread): loads the recogniser and alias table once, then extracts the
 * documents it is sent. It returns the extraction without the document, which the main thread already holds,
 * so that no text crosses back and none is held twice.
 */
import { workerData } from "piscina";
import { getRecogniser } from "../nlp/index.js";
import { shippedModel } from "../relations/typed/classifier.js";
import { createAliasIndex } from "../resolve/alias-index.js";
import type { AliasEntry } from "../resolve/lexicon/aliases.js";
import type { CorpusDocument } from "../types.js";
import type { StoredExtraction } from "./cache.js";
import { extractDocument, noExtractionTimes, type ExtractionContext, type ExtractionTimes } from "./index.js";

/** What every worker is started with. */
export interface WorkerSetup {
  recogniser: string;
  aliases: AliasEntry[];
}

const setup = workerData as WorkerSetup;
// Models load as soon as the worker starts, while the main thread is still reading the corpus.
const context: Promise<ExtractionContext> = getRecogniser(setup.recogniser).then((recogniser) => {
  shippedModel();
  return { recogniser, aliases: createAliasIndex(setup.aliases) };
});

/** What a worker sends back: the extraction without its document, and the time each part took. */
export interface WorkerResult {
  stored: StoredExtraction;
  times: ExtractionTimes;
}

/** Extracts one document. */
export default async function extract(document: CorpusDocument): Promise<WorkerResult> {
  const times = noExtractionTimes();
  const { document: _document, ...stored } = extractDocument(document, await context, times);
  return { stored, times };
}

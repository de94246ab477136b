/**
 * Extraction worker (a piscina worker thread): loads the recogniser and alias table once, then extracts the
 * documents it is sent. It returns the extraction without the document, which the main thread already holds,
 * so that no text crosses back and none is held twice.
 */
import { workerData } from "piscina";
import { getRecogniser } from "../nlp/index.js";
import { createAliasIndex } from "../resolve/alias-index.js";
import type { AliasEntry } from "../resolve/lexicon/aliases.js";
import type { CorpusDocument } from "../types.js";
import type { StoredExtraction } from "./cache.js";
import { extractDocument, type ExtractionContext } from "./index.js";

/** What every worker is started with. */
export interface WorkerSetup {
  recogniser: string;
  aliases: AliasEntry[];
}

const setup = workerData as WorkerSetup;
let context: Promise<ExtractionContext> | undefined;

/** Extracts one document. */
export default async function extract(document: CorpusDocument): Promise<StoredExtraction> {
  context ??= getRecogniser(setup.recogniser).then((recogniser) => ({ recogniser, aliases: createAliasIndex(setup.aliases) }));
  const { document: _document, ...stored } = extractDocument(document, await context);
  return stored;
}

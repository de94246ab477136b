/**
 * What an extraction depends on besides the document: code version, recogniser and alias table. It keys the
 * extraction cache, so that a new model or alias file re-extracts everything and nothing stale is reused.
 */
import { createHash } from "node:crypto";
import type { CorpusDocument } from "../types.js";
import { VERSION } from "../version.js";

/**
 * Bump when per-document extraction changes its output for the same input (clean-up or resolution rules,
 * relation patterns), so that cached extractions from older code are not reused.
 */
export const EXTRACTION_VERSION = 1;

/** The identity of everything an extraction depends on, besides the document. */
export function extractionFingerprint(recogniser: { name: string; version: string }, aliasFingerprint: string): string {
  return createHash("sha256")
    .update(JSON.stringify([EXTRACTION_VERSION, VERSION, recogniser.name, recogniser.version, aliasFingerprint]))
    .digest("hex");
}

/** The cache key of one document's extraction: its content and metadata under a fingerprint. */
export function documentKey(document: CorpusDocument, fingerprint: string): string {
  const { id, path, title, date, url, text } = document;
  return createHash("sha256").update(fingerprint).update(JSON.stringify([id, path, title, date ?? null, url ?? null])).update(text).digest("hex");
}

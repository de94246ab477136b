/**
 * What an extraction depends on besides the document: code version, recogniser and alias table. It keys the
 * extraction cache, so that a new model or alias file re-extracts everything and nothing stale is reused.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { recogniserIdentity } from "../nlp/index.js";
import { createAliasIndex, type AliasEntry } from "../resolve/index.js";
import type { CorpusDocument } from "../types.js";
import { packagePath } from "../util/package-root.js";
import { VERSION } from "../version.js";

/** The folders whose code decides what an extraction contains. */
const EXTRACTION_CODE = ["nlp", "resolve", "relations", "quotes", "extract", "time", "sources"];

let codeHash: string | undefined;

/**
 * A hash of the extraction code and models (every module of the stages above, as installed, and the shipped
 * model files), so that an edited rule or a retrained model invalidates cached extractions without anyone
 * remembering to bump a version. Reading them takes about a millisecond.
 */
export function extractionCodeHash(): string {
  if (codeHash) return codeHash;
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:js|ts|json|gz|bin)$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
        hash.update(entry.name).update(readFileSync(path));
    }
  };
  for (const folder of EXTRACTION_CODE) walk(join(root, folder));
  walk(packagePath("src", "models")); // the shipped models (entity and relation)
  return (codeHash = hash.digest("hex"));
}

/** The identity of everything an extraction depends on, besides the document. */
export function extractionFingerprint(recogniser: { name: string; version: string }, aliasFingerprint: string): string {
  return createHash("sha256")
    .update(JSON.stringify([VERSION, extractionCodeHash(), recogniser.name, recogniser.version, aliasFingerprint]))
    .digest("hex");
}

/** The cache key of one document's extraction: its content and metadata under a fingerprint. */
export function documentKey(document: CorpusDocument, fingerprint: string): string {
  const { id, path, title, date, url, text } = document;
  return createHash("sha256")
    .update(fingerprint)
    .update(JSON.stringify([id, path, title, date ?? null, url ?? null]))
    .update(text)
    .digest("hex");
}

/** The fingerprint of extractions made with this recogniser and these user aliases (cache keys, shard headers). */
export async function fingerprintOf(settings: { recogniser: string; aliases: AliasEntry[] }): Promise<string> {
  return extractionFingerprint(
    await recogniserIdentity(settings.recogniser),
    createAliasIndex(settings.aliases).fingerprint(),
  );
}

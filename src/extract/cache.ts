/**
 * The extraction cache: one JSON file per document in the output folder, keyed by the document's content
 * hash and the extraction fingerprint. A rebuild after one article changed re-extracts only that article.
 * Entries hold everything but the document itself (re-attached from the corpus), and are checked on read:
 * a corrupt or mismatched entry is reported and redone, never trusted.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { CorpusDocument } from "../types.js";
import type { DocumentExtraction } from "./types.js";

/** A cached extraction without its document (the corpus has it). */
export type StoredExtraction = Omit<DocumentExtraction, "document">;

interface CacheEntry {
  key: string;
  extraction: StoredExtraction;
}

/** Reads and writes cached extractions below one folder. */
export class ExtractionCache {
  private readonly used = new Set<string>();
  /** Cache sub-folders known to exist. */
  private readonly folders = new Set<string>();

  /** @param dir the cache folder; @param onWarning told about corrupt entries (they are then redone). */
  constructor(
    readonly dir: string,
    private readonly onWarning: (message: string) => void = () => {},
  ) {}

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /**
   * The cached extraction of a document, or undefined when absent or unusable. Read synchronously: entries are
   * small, and fs/promises' four thread-pool round trips per file cost more than the read (BBC: 2,126 entries).
   */
  get(key: string, document: CorpusDocument): DocumentExtraction | undefined {
    this.used.add(key);
    const path = this.pathOf(key);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as CacheEntry;
      if (entry.key !== key || !isStoredExtraction(entry.extraction)) throw new Error("entry does not match its key or shape");
      return { document, ...entry.extraction };
    } catch (error) {
      this.onWarning(`extraction cache entry ${path} is corrupt (${(error as Error).message}); re-extracting ${document.path}`);
      return undefined;
    }
  }

  /**
   * Stores a document's extraction under its key. Written in place, not via temp file and rename: this runs
   * once per document on the main thread, and a torn entry (a crash mid-write) is harmless, since `get`
   * finds it corrupt and the document is extracted again.
   */
  async put(key: string, extraction: DocumentExtraction): Promise<void> {
    this.used.add(key);
    const { document: _document, ...stored } = extraction;
    const path = this.pathOf(key);
    const folder = dirname(path);
    if (!this.folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    await writeFile(path, JSON.stringify({ key, extraction: stored } satisfies CacheEntry));
  }

  /** Deletes entries no document of this build used (deleted or changed articles, older fingerprints). */
  async prune(): Promise<number> {
    if (!existsSync(this.dir)) return 0;
    let removed = 0;
    for (const shard of await readdir(this.dir)) {
      const folder = join(this.dir, shard);
      for (const file of await readdir(folder).catch(() => [] as string[])) {
        if (!this.used.has(file.replace(/\.json$/, ""))) {
          await rm(join(folder, file), { force: true });
          removed++;
        }
      }
    }
    return removed;
  }
}

function isStoredExtraction(x: unknown): x is StoredExtraction {
  const e = x as StoredExtraction | undefined;
  return (
    !!e &&
    Array.isArray(e.sentences) &&
    Array.isArray(e.entities) &&
    Array.isArray(e.mentions) &&
    Array.isArray(e.relations) &&
    typeof e.words === "number" &&
    typeof e.ambiguous === "number"
  );
}

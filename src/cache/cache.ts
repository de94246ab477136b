/**
 * The extraction cache: every document's extraction, keyed by the document's content hash and the extraction
 * fingerprint, in one file in the output folder. A rebuild after one article changed re-extracts only that
 * article. New entries are appended as they are made; each build then rewrites the file with the entries it
 * used, so deleted or changed articles and older fingerprints drop out.
 *
 * One file of JSON lines, not one file per document (a rebuild would open thousands of files). Each entry is
 * the extraction as made, without its document (the corpus has it), and is checked against its document on
 * read: a corrupt entry, or one whose offsets or references do not fit the document, is reported and redone,
 * never trusted.
 *
 * The file: a header line, then one line per entry, `<key> <entry JSON>` (blank lines are skipped).
 */
import { closeSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { BOUND_NAMES } from "../bounds.js";
import type { CorpusDocument, DocumentExtraction } from "../types.js";
import { makeFolder, writeFilesTogether } from "../util/atomic.js";
import { documentKey } from "./fingerprint.js";

/** A cached extraction without its document (the corpus has it). */
export type StoredExtraction = Omit<DocumentExtraction, "document">;

/** The first line of the cache file; another one means another format, whose entries are not read. */
export const CACHE_HEADER = "kgraph-extraction-cache/4";
const CACHE_FORMAT_PREFIX = "kgraph-extraction-cache/";

/** The cache file in the cache folder. */
export const CACHE_FILE = "extractions.jsonl";

/** Reads and writes cached extractions; the scheduler uses it as its extraction store. */
export class ExtractionCache {
  /** Entry lines read from the file, by key. */
  private stored: Map<string, string> | undefined;
  /** Entry lines this build used or made, by key: what `save` writes. */
  private readonly used = new Map<string, string>();
  /** Where `put` appends: a descriptor, null when it cannot, undefined until the first `put`. */
  private appendTo: number | null | undefined;

  /**
   * @param dir the cache folder
   * @param fingerprint what the extractions depend on besides the document (see `extractionFingerprint`)
   * @param options `read: false` extracts everything again (still storing); `onWarning` is told about corrupt
   *   entries, which are then redone
   */
  constructor(
    readonly dir: string,
    private readonly fingerprint: string,
    private readonly options: { read?: boolean; onWarning?: (message: string) => void } = {},
  ) {}

  private warn(message: string): void {
    this.options.onWarning?.(message);
  }

  /** The cache file's path. */
  get path(): string {
    return join(this.dir, CACHE_FILE);
  }

  /** The entries on disk, read at the first lookup. */
  private entries(): Map<string, string> {
    if (this.stored) return this.stored;
    this.stored = new Map();
    let text: string;
    try {
      text = readFileSync(this.path, "utf8");
    } catch {
      return this.stored; // no cache yet
    }
    const lines = text.split("\n");
    if (lines[0] !== CACHE_HEADER) {
      const why = lines[0]!.startsWith(CACHE_FORMAT_PREFIX)
        ? `is in another format (${lines[0]!.slice(0, 40)}, from another kgraph version)`
        : `is not a ${CACHE_HEADER} file`;
      this.warn(`extraction cache ${this.path} ${why}; extracting every document again`);
      return this.stored;
    }
    let unreadable = 0;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const space = line.indexOf(" ");
      if (space > 0) this.stored.set(line.slice(0, space), line);
      else if (line) unreadable++;
    }
    if (unreadable)
      this.warn(
        `extraction cache ${this.path} has ${unreadable} unreadable lines; their documents are extracted again`,
      );
    return this.stored;
  }

  /** The cached extraction of a document, or undefined when absent or unusable. */
  get(document: CorpusDocument): DocumentExtraction | undefined {
    if (this.options.read === false) return undefined;
    const key = documentKey(document, this.fingerprint);
    const line = this.entries().get(key);
    if (line === undefined) return undefined;
    try {
      const stored = JSON.parse(line.slice(key.length + 1)) as StoredExtraction;
      checkFits(stored, document);
      const extraction: DocumentExtraction = { document, ...stored };
      this.used.set(key, line);
      return extraction;
    } catch (error) {
      this.warn(
        `extraction cache entry ${key} in ${this.path} is corrupt (${(error as Error).message}); re-extracting ${document.path}`,
      );
      return undefined;
    }
  }

  /**
   * Stores a document's extraction under its key. It is also appended to the file at once, so that a build that
   * fails or is stopped before `save` keeps what it extracted (minutes, on a large corpus): each line starts with
   * a newline, so a line torn by a crash spoils only itself, and the reader skips it with a warning.
   */
  put(extraction: DocumentExtraction): void {
    const key = documentKey(extraction.document, this.fingerprint);
    const { document: _document, ...stored } = extraction;
    const line = `${key} ${JSON.stringify(stored)}`;
    this.used.set(key, line);
    if (this.appendTo === undefined) this.appendTo = this.openForAppending();
    if (this.appendTo === null) return;
    try {
      // Two writes, not one of "\n" + line: a very large document's entry is hundreds of megabytes, and every
      // copy of it counts towards the build's peak memory.
      writeSync(this.appendTo, "\n");
      writeSync(this.appendTo, line);
    } catch {
      this.closeAppending(); // a full disk, say: `save` will say so
    }
  }

  /** A descriptor to append entries to (the file created, with its header, if it has none), or null. */
  private openForAppending(): number | null {
    try {
      makeFolder(this.dir);
      const fd = openSync(this.path, "a+");
      const head = Buffer.alloc(CACHE_HEADER.length);
      const read = readSync(fd, head, 0, head.length, 0);
      if (read === 0) writeSync(fd, CACHE_HEADER);
      else if (head.toString("utf8", 0, read) !== CACHE_HEADER) {
        closeSync(fd); // another format: `save` replaces it
        return null;
      }
      return fd;
    } catch {
      return null;
    }
  }

  private closeAppending(): void {
    if (typeof this.appendTo === "number") closeSync(this.appendTo);
    this.appendTo = null;
  }

  /**
   * Writes the cache file with the entries this build used or made, atomically; the others (deleted or changed
   * articles, older fingerprints) are dropped. Also removes the folders of the former one-file-per-entry cache.
   */
  async save(): Promise<void> {
    this.closeAppending();
    // Streamed line by line rather than joined into one string (a copy of the whole cache).
    await writeFilesTogether([this.path], ([sink]) => {
      sink!.write(CACHE_HEADER);
      for (const line of this.used.values()) {
        sink!.write("\n");
        sink!.write(line);
      }
      sink!.write("\n");
    });
    for (const name of await readdir(this.dir)) {
      if (/^[0-9a-f]{2}$/.test(name)) await rm(join(this.dir, name), { recursive: true, force: true });
    }
  }
}

/** Throws, saying what is wrong, unless a stored extraction fits its document: offsets inside its text,
 * mention texts as the text has them, references to entities and sentences that exist. */
function checkFits(stored: StoredExtraction, document: CorpusDocument): void {
  const { sentences, entities, mentions, relations, words, ambiguous } = stored;
  if (![sentences, entities, mentions, relations].every(Array.isArray) || !Number.isInteger(words + ambiguous)) {
    throw new Error("not an extraction entry");
  }
  const length = document.text.length;
  const inside = (span: { start: number; end: number }) =>
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= length;
  for (const s of sentences) if (!inside(s)) throw new Error(`sentence at ${s.start}-${s.end} is outside the document`);
  const keys = new Set(entities.map((e) => e.key));
  for (const m of mentions) {
    if (!inside(m) || m.end === m.start) throw new Error(`mention at ${m.start}-${m.end} is outside the document`);
    if (document.text.slice(m.start, m.end) !== m.text)
      throw new Error(`mention "${m.text}" at ${m.start} is not in the text`);
    if (!keys.has(m.entity)) throw new Error(`mention "${m.text}" names no entity of the entry`);
  }
  for (const r of relations) {
    if (!keys.has(r.source) || !keys.has(r.target)) throw new Error("a relation names no entity of the entry");
    if (!sentences[r.sentence]) throw new Error(`a relation names sentence #${r.sentence}, which the entry lacks`);
  }
  for (const q of stored.quotes ?? []) {
    if (!inside(q.quote) || (q.attribution && !inside(q.attribution)))
      throw new Error(`quotation at ${q.quote.start}-${q.quote.end} is outside the document`);
    if ((q.speaker !== undefined && !keys.has(q.speaker)) || !q.about.every((k) => keys.has(k)))
      throw new Error("a quotation names no entity of the entry");
  }
  if (stored.bounds === undefined) return;
  if (!Array.isArray(stored.bounds)) throw new Error("bound cuts are not a list");
  for (const cut of stored.bounds) {
    if (!(BOUND_NAMES as readonly string[]).includes(cut.bound)) throw new Error(`unknown bound "${cut.bound}"`);
    if (!Number.isInteger(cut.start) || cut.start < 0 || cut.start > length)
      throw new Error(`bound cut at ${cut.start} is outside the document`);
  }
}

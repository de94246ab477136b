/**
 * The corpus stage: reads a folder of articles (recursively: .txt, .md, .html/.htm, .jsonl) into documents.
 * Bad files never stop the corpus: each becomes a CorpusProblem naming the file (and line) and is skipped.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { readdir, readlink, realpath, stat } from "node:fs/promises";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { CorpusError } from "../errors.js";
import type { CorpusDocument } from "../types.js";
import { decodeText } from "./decode.js";
import { parseJsonl } from "./jsonl.js";
import type { HtmlArticle } from "./html/index.js";
import { extractTextMetadata, titleFromFileName, type TextMetadata } from "./metadata.js";
import { DEFAULT_MAX_DOCUMENT_MB, tooLargeProblem } from "./limits.js";
import type { CorpusProblem } from "./problems.js";

export { formatProblem, type CorpusProblem } from "./problems.js";
export { normaliseDate } from "./metadata.js";
export { decodeText } from "./decode.js";
export { checkDocuments, type CheckedDocuments } from "./check.js";
export { DEFAULT_MAX_DOCUMENT_MB } from "./limits.js";

/** File endings kgraph reads; anything else in the folder is ignored silently (images, PDFs…). */
export const CORPUS_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".jsonl"] as const;

/** What one step of reading yields: a document, or a problem with one file or line. */
export type CorpusItem = { document: CorpusDocument } | { problem: CorpusProblem };

/** How a corpus folder is read. */
export interface CorpusOptions {
  /**
   * Read files and folders that symbolic links inside the corpus point to outside it (default false: such links
   * are skipped with a message, so that a link such as `passwd.txt → /etc/passwd` never becomes a document).
   */
  followSymlinks?: boolean;
  /** Largest document read, in megabytes (default DEFAULT_MAX_DOCUMENT_MB); larger ones are skipped with a message. */
  maxDocumentMB?: number;
}

/** Everything read from a corpus. */
export interface Corpus {
  documents: CorpusDocument[];
  problems: CorpusProblem[];
}

/** Reads a whole corpus folder into memory. Throws CorpusError if the folder is missing or yields no document. */
export async function readCorpus(dir: string, options: CorpusOptions = {}): Promise<Corpus> {
  const corpus: Corpus = { documents: [], problems: [] };
  for await (const item of streamCorpus(dir, options)) {
    if ("document" in item) corpus.documents.push(item.document);
    else corpus.problems.push(item.problem);
  }
  assertUsable(dir, corpus);
  return corpus;
}

/** Throws CorpusError, saying why, when a corpus read yielded no document. */
export function assertUsable(dir: string, corpus: Corpus): void {
  if (corpus.documents.length > 0) return;
  const why = corpus.problems.length
    ? `every file was skipped (${corpus.problems.length} problems)`
    : `it has no ${CORPUS_EXTENSIONS.join("/")} files`;
  throw new CorpusError(`corpus "${dir}" has no usable document: ${why}`);
}

/**
 * Streams a corpus folder in a stable order (sorted relative paths), one document at a time, so that large
 * corpora are never held twice. Duplicate documents (same text) are reported against the first copy; links out
 * of the folder and documents over the size limit are skipped with a message (see CorpusOptions).
 */
export async function* streamCorpus(dir: string, options: CorpusOptions = {}): AsyncGenerator<CorpusItem> {
  const entries = await scanCorpus(dir, options);
  const maxBytes = (options.maxDocumentMB ?? DEFAULT_MAX_DOCUMENT_MB) * (1 << 20);
  const seen = new Map<string, string>();
  const ids = new Set<string>();
  for (const { path: file, problem: skipped } of entries) {
    const rel = relative(dir, file).split(sep).join("/");
    if (skipped) {
      yield { problem: { file: rel, problem: skipped, action: "skipped" } };
      continue;
    }
    // A JSONL file holds many documents: its lines are measured one by one (documentsOfFile).
    const size = extname(file).toLowerCase() === ".jsonl" ? 0 : sizeOf(file);
    if (size > maxBytes) {
      yield { problem: { file: rel, problem: tooLargeProblem(size, maxBytes / (1 << 20)), action: "skipped" } };
      continue;
    }
    const read = readBytes(file);
    if (!Buffer.isBuffer(read)) {
      yield { problem: { file: rel, problem: `cannot be read (${read.code ?? read.message})`, action: "skipped" } };
      continue;
    }
    const bytes: Buffer = read;
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      yield { problem: { file: rel, problem: decoded.problem, action: "skipped" } };
      continue;
    }
    for (const item of await documentsOfFile(rel, decoded.text, maxBytes)) {
      if ("problem" in item) {
        yield item;
        continue;
      }
      const hash = createHash("sha256").update(item.document.text.trim()).digest("hex");
      const first = seen.get(hash);
      if (first !== undefined) {
        yield {
          problem: {
            file: rel,
            ...lineOf(item.document),
            problem: `duplicate of ${first} (same text)`,
            action: "skipped",
          },
        };
        continue;
      }
      if (ids.has(item.document.id)) {
        yield {
          problem: {
            file: rel,
            ...lineOf(item.document),
            problem: `document id "${item.document.id}" is used twice; give each line its own id`,
            action: "skipped",
          },
        };
        continue;
      }
      seen.set(hash, item.document.path);
      ids.add(item.document.id);
      yield item;
    }
  }
}

/**
 * A file's bytes, or the error that stopped reading them. Synchronous on purpose: articles are small, and a
 * blocking read of one costs microseconds, where fs/promises pays four thread-pool round trips (open, stat, read,
 * close); README "Speed devices" has the measured difference.
 */
function readBytes(file: string): Buffer | NodeJS.ErrnoException {
  try {
    return readFileSync(file);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/** A file's size in bytes (0 when it cannot be read: reading it then says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function lineOf(doc: CorpusDocument): { line?: number } {
  const m = /#(\d+)$/.exec(doc.path);
  return m ? { line: Number(m[1]) } : {};
}

/** All corpus files below `dir` that are read, sorted by path (see `scanCorpus`). */
export async function listCorpusFiles(dir: string, options: CorpusOptions = {}): Promise<string[]> {
  return (await scanCorpus(dir, options)).filter((e) => !e.problem).map((e) => e.path);
}

/** A corpus file found by the scan, or a link skipped with the reason. */
export interface ScannedFile {
  path: string;
  problem?: string;
}

/**
 * The corpus files below `dir`, sorted by path; hidden files and folders (and node_modules) are skipped. A symbolic
 * link to a file is followed when its target lies inside the corpus folder; a linked folder there is not walked
 * (its files are read where they are). A link pointing outside is listed with a problem unless `followSymlinks`,
 * which also walks linked folders outside (each real folder once, so link cycles end).
 */
export async function scanCorpus(dir: string, options: CorpusOptions = {}): Promise<ScannedFile[]> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new CorpusError(`corpus folder "${dir}" does not exist; pass the folder that holds your articles`);
  }
  if (!info.isDirectory())
    throw new CorpusError(`corpus "${dir}" is not a folder; pass the folder that holds your articles`);
  const root = await realpath(dir);
  const inside = (target: string) => target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);
  const isCorpusFile = (name: string) => (CORPUS_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
  const files: ScannedFile[] = [];
  const walked = new Set<string>([root]);
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isSymbolicLink()) await followLink(path, entry.name);
      else if (isCorpusFile(entry.name)) files.push({ path });
    }
  };
  const followLink = async (path: string, name: string): Promise<void> => {
    const target = await realpath(path).catch(async () =>
      resolve(dirname(path), await readlink(path).catch(() => path)),
    );
    const targetInfo = await stat(path).catch(() => undefined);
    if (targetInfo?.isDirectory()) {
      if (inside(target)) return;
      if (!options.followSymlinks) {
        files.push({
          path,
          problem: `symbolic link to a folder outside the corpus (${target}); pass --follow-symlinks to read it`,
        });
        return;
      }
      if (walked.has(target)) return;
      walked.add(target);
      await walk(path);
      return;
    }
    if (!isCorpusFile(name)) return;
    // A dangling link inside the corpus is listed: reading it says "cannot be read (ENOENT)".
    if (!inside(target) && !options.followSymlinks) {
      files.push({
        path,
        problem: `symbolic link to a file outside the corpus (${target}); pass --follow-symlinks to read it`,
      });
      return;
    }
    files.push({ path });
  };
  await walk(dir);
  return files;
}

let htmlModule: Promise<typeof import("./html/index.js")> | undefined;
/** The HTML reader, loaded at the first HTML file: its parser and entity tables take tens of milliseconds to load. */
const htmlReader = () => (htmlModule ??= import("./html/index.js"));

/**
 * Turns one decoded file into its documents (several for JSONL), or problems. A JSONL line whose text is larger
 * than `maxBytes` (in UTF-8) is skipped with a message, as a larger file is by `streamCorpus`.
 */
export async function documentsOfFile(
  rel: string,
  content: string,
  maxBytes: number = DEFAULT_MAX_DOCUMENT_MB * (1 << 20),
): Promise<CorpusItem[]> {
  const ext = extname(rel).toLowerCase();
  if (ext === ".jsonl") {
    return parseJsonl(content).map((record): CorpusItem => {
      if (!record.ok) return { problem: { file: rel, line: record.line, problem: record.problem, action: "skipped" } };
      if (!record.text.trim())
        return { problem: { file: rel, line: record.line, problem: "empty document (no text)", action: "skipped" } };
      // Characters first: a text of fewer characters than the limit has fewer bytes than three times as many.
      if (record.text.length * 3 > maxBytes && Buffer.byteLength(record.text) > maxBytes)
        return {
          problem: {
            file: rel,
            line: record.line,
            problem: tooLargeProblem(Buffer.byteLength(record.text), maxBytes / (1 << 20)),
            action: "skipped",
          },
        };
      const meta = extractTextMetadata(record.text);
      const doc: CorpusDocument = {
        id: `${rel}#${record.id ?? record.line}`,
        path: `${rel}#${record.line}`,
        title: record.title ?? meta.title ?? `${titleFromFileName(rel)} #${record.id ?? record.line}`,
        text: record.text,
      };
      const date = record.date ?? meta.date;
      if (date) doc.date = date;
      if (record.url) doc.url = record.url;
      const outlet = record.outlet ?? meta.outlet;
      if (outlet) doc.outlet = outlet;
      const author = record.author ?? meta.author;
      if (author) doc.author = author;
      return { document: doc };
    });
  }
  let article: HtmlArticle | (TextMetadata & { text: string });
  if (ext === ".html" || ext === ".htm") {
    try {
      article = (await htmlReader()).extractHtmlArticle(content);
    } catch (error) {
      // The DOM and Readability survive broken markup; should either still fail, the file is skipped, not the corpus.
      return [
        {
          problem: {
            file: rel,
            problem: `cannot read this HTML page (${(error as Error).message})`,
            action: "skipped",
          },
        },
      ];
    }
  } else article = { text: content, ...extractTextMetadata(content) };
  if (!article.text.trim()) return [{ problem: { file: rel, problem: "empty document (no text)", action: "skipped" } }];
  const doc: CorpusDocument = {
    id: rel,
    path: rel,
    title: article.title ?? titleFromFileName(rel),
    text: article.text,
  };
  if (article.date) doc.date = article.date;
  if (article.url) doc.url = article.url;
  if (article.outlet) doc.outlet = article.outlet;
  if (article.author) doc.author = article.author;
  return [{ document: doc }];
}

/**
 * The corpus stage: reads a folder of articles (recursively: .txt, .md, .html/.htm, .jsonl) into documents.
 * Bad files never stop the corpus: each becomes a CorpusProblem naming the file (and line) and is skipped.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { CorpusError } from "../errors.js";
import type { CorpusDocument } from "../types.js";
import { decodeText } from "./decode.js";
import { parseJsonl } from "./jsonl.js";
import type { HtmlArticle } from "./html/index.js";
import { extractTextMetadata, titleFromFileName, type TextMetadata } from "./metadata.js";
import type { CorpusProblem } from "./problems.js";

export { formatProblem, type CorpusProblem } from "./problems.js";
export { normaliseDate } from "./metadata.js";
export { decodeText } from "./decode.js";

/** File endings kgraph reads; anything else in the folder is ignored silently (images, PDFs…). */
export const CORPUS_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".jsonl"] as const;

/** What one step of reading yields: a document, or a problem with one file or line. */
export type CorpusItem = { document: CorpusDocument } | { problem: CorpusProblem };

/** Everything read from a corpus. */
export interface Corpus {
  documents: CorpusDocument[];
  problems: CorpusProblem[];
}

/** Reads a whole corpus folder into memory. Throws CorpusError if the folder is missing or yields no document. */
export async function readCorpus(dir: string): Promise<Corpus> {
  const corpus: Corpus = { documents: [], problems: [] };
  for await (const item of streamCorpus(dir)) {
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
 * corpora are never held twice. Duplicate documents (same text) are reported against the first copy.
 */
export async function* streamCorpus(dir: string): AsyncGenerator<CorpusItem> {
  const files = await listCorpusFiles(dir);
  const seen = new Map<string, string>();
  const ids = new Set<string>();
  for (const file of files) {
    const rel = relative(dir, file).split(sep).join("/");
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
    for (const item of await documentsOfFile(rel, decoded.text)) {
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

function lineOf(doc: CorpusDocument): { line?: number } {
  const m = /#(\d+)$/.exec(doc.path);
  return m ? { line: Number(m[1]) } : {};
}

/** All corpus files below `dir`, sorted by path; hidden files and folders (and node_modules) are skipped. */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new CorpusError(`corpus folder "${dir}" does not exist; pass the folder that holds your articles`);
  }
  if (!info.isDirectory())
    throw new CorpusError(`corpus "${dir}" is not a folder; pass the folder that holds your articles`);
  const files: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if ((CORPUS_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) files.push(path);
    }
  };
  await walk(dir);
  return files;
}

let htmlModule: Promise<typeof import("./html/index.js")> | undefined;
/** The HTML reader, loaded at the first HTML file: its parser and entity tables take tens of milliseconds to load. */
const htmlReader = () => (htmlModule ??= import("./html/index.js"));

/** Turns one decoded file into its documents (several for JSONL), or problems. */
export async function documentsOfFile(rel: string, content: string): Promise<CorpusItem[]> {
  const ext = extname(rel).toLowerCase();
  if (ext === ".jsonl") {
    return parseJsonl(content).map((record): CorpusItem => {
      if (!record.ok) return { problem: { file: rel, line: record.line, problem: record.problem, action: "skipped" } };
      if (!record.text.trim())
        return { problem: { file: rel, line: record.line, problem: "empty document (no text)", action: "skipped" } };
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

/**
 * Checks documents handed to the library in memory (`buildGraph(documents)`) as the folder reader checks files:
 * each bad one becomes a CorpusProblem naming it and is skipped, instead of a raw TypeError or graphology error
 * deep in the build (a duplicate id, a text that is not a string) or a silent empty or repeated document.
 */
import { createHash } from "node:crypto";
import type { CorpusDocument } from "../types.js";
import { DEFAULT_MAX_DOCUMENT_MB, tooLargeProblem } from "./limits.js";
import type { CorpusProblem } from "./problems.js";

/** The usable documents, in their order, and a problem for each one skipped. */
export interface CheckedDocuments {
  documents: CorpusDocument[];
  problems: CorpusProblem[];
}

/** Optional string fields of a document: absent is fine, anything but a string is not. */
const OPTIONAL_STRINGS = ["date", "url"] as const;

/**
 * Validates in-memory documents: each must be an object with a non-empty string `id` used once and a string
 * `text` that is not blank, not the same text as an earlier document, and within `maxDocumentMB`; `path` and
 * `title`, when absent, default to the id; `path`, `title`, `date` and `url` must be strings when present.
 * Never throws: whatever the input, the result says what was kept and what was skipped and why.
 */
export function checkDocuments(
  documents: readonly unknown[],
  options: { maxDocumentMB?: number } = {},
): CheckedDocuments {
  const maxDocumentMB = options.maxDocumentMB ?? DEFAULT_MAX_DOCUMENT_MB;
  const maxBytes = maxDocumentMB * (1 << 20);
  const out: CheckedDocuments = { documents: [], problems: [] };
  if (!Array.isArray(documents)) {
    out.problems.push({ file: "(documents)", problem: "expected an array of documents", action: "skipped" });
    return out;
  }
  const ids = new Set<string>();
  const texts = new Map<string, string>();
  documents.forEach((value, index) => {
    const o = (value && typeof value === "object" ? value : undefined) as Record<string, unknown> | undefined;
    const id = typeof o?.id === "string" ? o.id : undefined;
    // How the problem names the document: its path, else its id, else its place in the array.
    const file =
      typeof o?.path === "string" && o.path ? o.path : id ? id : `document #${index + 1} of the in-memory corpus`;
    const skip = (problem: string) => void out.problems.push({ file, problem, action: "skipped" });
    if (!o || Array.isArray(o)) return skip(`expected a document object with "id" and "text", got ${kindOf(value)}`);
    if (!id || !id.trim()) return skip(`"id" must be a non-empty string, got ${kindOf(o.id)}`);
    if (typeof o.text !== "string") return skip(`"text" must be a string, got ${kindOf(o.text)}`);
    for (const field of ["path", "title", ...OPTIONAL_STRINGS]) {
      if (o[field] !== undefined && typeof o[field] !== "string")
        return skip(`"${field}" must be a string when given, got ${kindOf(o[field])}`);
    }
    const text = o.text;
    if (!text.trim()) return skip("empty document (no text)");
    if (text.length * 3 > maxBytes && Buffer.byteLength(text) > maxBytes)
      return skip(tooLargeProblem(Buffer.byteLength(text), maxDocumentMB));
    // The same tests, in the same order, as the folder reader: a repeated text first, then a repeated id.
    const hash = createHash("sha256").update(text.trim()).digest("hex");
    const first = texts.get(hash);
    if (first !== undefined) return skip(`duplicate of ${first} (same text)`);
    if (ids.has(id)) return skip(`document id "${id}" is used twice; give each document its own id`);
    ids.add(id);
    const document: CorpusDocument = {
      id,
      path: typeof o.path === "string" && o.path ? o.path : id,
      title: typeof o.title === "string" ? o.title : id,
      text,
    };
    if (typeof o.date === "string") document.date = o.date;
    if (typeof o.url === "string") document.url = o.url;
    texts.set(hash, document.path);
    out.documents.push(document);
  });
  return out;
}

/** A short description of a value's kind for messages: "a number", "null", "an array". */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  const kind = typeof value;
  return kind === "object" ? "an object" : `a ${kind}`;
}

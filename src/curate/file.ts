/**
 * The curation file, kgraph-curation.yaml: read (each decision with its line, errors naming file, line and
 * problem) and edited in place through the yaml package's Document API, so that a person's comments, the order
 * of decisions and the file's layout survive `kgraph curate` and the viewer's writes. Writes are atomic.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Document, LineCounter } from "yaml";
import { CurationError } from "../errors.js";
import { writeFileAtomic } from "../util/atomic.js";
import { yamlModule } from "../util/yaml.js";
import { decisionOf, DecisionFormatError, entryOf, type Decision } from "./decisions.js";

/** The curation file's name in a corpus folder, read by every build of that corpus. */
export const CURATION_FILE = "kgraph-curation.yaml";

/** The decisions of one curation file, in file order. */
export interface Curation {
  /** The path it was read from. */
  file: string;
  decisions: Decision[];
}

/** What a new curation file starts with. */
const HEADER =
  "# kgraph curation: decisions that every `kgraph build` of this corpus replays, in order, after resolution.\n" +
  '# Edit by hand or with `kgraph curate`; entities are named by name or alias. See README "Curation".\n' +
  "decisions: []\n";

/** Reads a curation file. Throws CurationError naming the file, the line and the problem. */
export function readCurationFile(path: string): Curation {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CurationError(`curation file "${path}" cannot be read: ${(error as Error).message}`);
  }
  return { file: path, decisions: decisionsOf(parse(path, text), path) };
}

/** The curation file at `path` when there is one. */
export function readCurationIfPresent(path: string): Curation | undefined {
  return existsSync(path) ? readCurationFile(path) : undefined;
}

/** Appends a decision to a curation file (made with a header when missing), keeping what it holds. */
export async function addDecision(path: string, decision: Decision): Promise<Curation> {
  const parsed = parse(path, existsSync(path) ? readFileSync(path, "utf8") : HEADER);
  const { doc } = parsed;
  const seq = decisionList(parsed, path, true)!;
  const { line: _line, ...plain } = decision;
  const node = doc.createNode(entryOf(plain as Decision));
  // Lists of names read best on one line: merge: [A, B].
  for (const key of ["merge", "reject"]) {
    const list = node.get(key, true) as { flow?: boolean } | undefined;
    if (list) list.flow = true;
  }
  seq.flow = false;
  seq.items.push(node);
  await writeFileAtomic(path, doc.toString(FORMAT));
  return readCurationFile(path);
}

/** Removes the decision at `index` (from 1) of a curation file; returns it. */
export async function removeDecision(path: string, index: number): Promise<Decision> {
  const curation = readCurationFile(path);
  const decision = curation.decisions[index - 1];
  if (!decision)
    throw new CurationError(
      `curation file "${path}" has ${curation.decisions.length} decision(s); there is no ${index}`,
    );
  const parsed = parse(path, readFileSync(path, "utf8"));
  decisionList(parsed, path, false)!.items.splice(index - 1, 1);
  await writeFileAtomic(path, parsed.doc.toString(FORMAT));
  return decision;
}

/** How edited files are written: long lines kept whole, name lists as "[A, B]" (as people write them). */
const FORMAT = { lineWidth: 0, flowCollectionPadding: false } as const;

interface Parsed {
  doc: Document;
  lines: LineCounter;
}

function parse(path: string, text: string): Parsed {
  const yaml = yamlModule();
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    throw new CurationError(
      `curation file "${path}"${at ? `, line ${at.line}` : ""}: ${error.message.split("\n")[0]} (not valid YAML)`,
    );
  }
  return { doc, lines };
}

/** The `decisions` sequence (made when `create` and missing); undefined for a file with none. */
function decisionList({ doc }: Parsed, path: string, create: boolean) {
  const yaml = yamlModule();
  const contents: unknown = doc.contents;
  if (contents === null || (yaml.isScalar(contents) && contents.value === null)) {
    if (!create) return undefined;
    // A file of comments alone: they stay above the list.
    const comment = doc.commentBefore;
    doc.contents = doc.createNode({ decisions: [] });
    doc.commentBefore = comment;
  }
  if (!yaml.isMap(doc.contents))
    throw new CurationError(`curation file "${path}": the file must be a map with a "decisions:" list`);
  let seq: unknown = doc.contents.get("decisions", true);
  if (seq === undefined || (yaml.isScalar(seq) && seq.value === null)) {
    if (!create) return undefined;
    seq = doc.createNode([]);
    doc.contents.set("decisions", seq);
  }
  if (!yaml.isSeq(seq)) throw new CurationError(`curation file "${path}": "decisions" must be a list`);
  return seq;
}

function decisionsOf(parsed: Parsed, path: string): Decision[] {
  const yaml = yamlModule();
  const seq = decisionList(parsed, path, false);
  if (!seq) return [];
  return seq.items.map((item, i) => {
    const line = yaml.isNode(item) && item.range ? parsed.lines.linePos(item.range[0]).line : undefined;
    try {
      const decision = decisionOf(yaml.isNode(item) ? item.toJSON() : item);
      return line === undefined ? decision : { ...decision, line };
    } catch (error) {
      if (!(error instanceof DecisionFormatError)) throw error;
      throw new CurationError(
        `curation file "${path}", decision ${i + 1}${line ? ` (line ${line})` : ""}: ${error.message}`,
      );
    }
  });
}

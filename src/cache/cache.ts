/**
 * The extraction cache: every document's extraction, keyed by the document's content hash and the extraction
 * fingerprint, in one file in the output folder. A rebuild after one article changed re-extracts only that
 * article. New entries are appended as they are made; each build then rewrites the file with the entries it
 * used, so deleted or changed articles and older fingerprints drop out.
 *
 * One file, not one per document: a rebuild of the BBC corpus opened, read and closed 2,126 entry files and
 * listed 256 folders to prune them. Entries are compact: mentions and relations as flat number arrays with their
 * strings in a table (18 MB of JSON became 6, parsed in half the time), mention texts read back from the document.
 * Each entry is checked on read: a corrupt or mismatched one is reported and redone, never trusted.
 *
 * The file: a header line, then one line per entry, `<key> <entry JSON>` (blank lines are skipped).
 */
import { closeSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { ExtractionStore } from "../scheduler/index.js";
import type {
  CorpusDocument,
  DocumentExtraction,
  EntityType,
  ExtractedMention,
  LocalEntity,
  SentenceRelation,
} from "../types.js";
import { writeFileAtomic } from "../util/atomic.js";
import { documentKey } from "./fingerprint.js";

/** A cached extraction without its document (the corpus has it). */
export type StoredExtraction = Omit<DocumentExtraction, "document">;

/** The first line of the cache file; another one means another format, whose entries are not read. */
export const CACHE_HEADER = "kgraph-extraction-cache/3";
const CACHE_FORMAT_PREFIX = "kgraph-extraction-cache/";

/** The cache file in the cache folder. */
export const CACHE_FILE = "extractions.jsonl";

/** Numbers per mention in an entry: start, end, entity, type, flags (1: adjectival), role (-1: none). */
const MENTION_FIELDS = 6;
/** Numbers per relation: source, target, predicate, relation label (-1: none), rule, sentence. */
const RELATION_FIELDS = 6;

/** Flags of a stored entity. */
const SHORT_NAME = 1;
/** Its `shortName` was set before its `canonical`: kept so that a cached entity's fields come in the fresh one's order. */
const SHORT_NAME_FIRST = 2;

/**
 * An entry as stored. Strings (names, types, roles, predicates, labels, rules) are indices into `t`; entities
 * are referred to by their index in the document's list.
 */
interface CompactEntry {
  /** Sentence offsets: start, end, start, end… */
  s: number[];
  /**
   * Entities, each as: key, canonical (-1: none), flags, then the number of forms and (form, count) pairs, the
   * number of types and (type, votes) pairs, the number of roles and the roles. Flat numbers, not objects: an
   * object of surface forms per entity (names as property names) made JSON.parse build a hidden class for
   * every name (reading back the BBC corpus's 2,134 entries took 220 ms that way, 170 ms this way).
   */
  e: number[];
  m: number[];
  r: number[];
  /** Relation confidences. */
  c: number[];
  t: string[];
  w: number;
  a: number;
}

/** Reads and writes cached extractions in one file below a folder. */
export class ExtractionCache implements ExtractionStore {
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
      const extraction = expand(JSON.parse(line.slice(key.length + 1)) as CompactEntry, document);
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
    const line = `${key} ${JSON.stringify(compact(extraction))}`;
    this.used.set(key, line);
    if (this.appendTo === undefined) this.appendTo = this.openForAppending();
    if (this.appendTo === null) return;
    try {
      writeSync(this.appendTo, `\n${line}`);
    } catch {
      this.closeAppending(); // a full disk, say: `save` will say so
    }
  }

  /** A descriptor to append entries to (the file created, with its header, if it has none), or null. */
  private openForAppending(): number | null {
    try {
      mkdirSync(this.dir, { recursive: true });
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
    await writeFileAtomic(this.path, `${[CACHE_HEADER, ...this.used.values()].join("\n")}\n`);
    for (const name of await readdir(this.dir)) {
      if (/^[0-9a-f]{2}$/.test(name)) await rm(join(this.dir, name), { recursive: true, force: true });
    }
  }
}

/** An extraction in its stored form. */
function compact(x: DocumentExtraction): CompactEntry {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (value: string | undefined): number => {
    if (value === undefined) return -1;
    let i = stringIndex.get(value);
    if (i === undefined) stringIndex.set(value, (i = strings.push(value) - 1));
    return i;
  };
  const e: number[] = [];
  for (const entity of x.entities) {
    const fields = Object.keys(entity);
    const shortNameFirst =
      entity.canonical !== undefined &&
      fields.indexOf("shortName") >= 0 &&
      fields.indexOf("shortName") < fields.indexOf("canonical");
    e.push(
      str(entity.key),
      str(entity.canonical),
      (entity.shortName ? SHORT_NAME : 0) | (entity.shortName && shortNameFirst ? SHORT_NAME_FIRST : 0),
    );
    const forms = Object.keys(entity.forms);
    e.push(forms.length);
    for (const form of forms) e.push(str(form), entity.forms[form]!);
    const types = Object.keys(entity.types) as EntityType[];
    e.push(types.length);
    for (const type of types) e.push(str(type), entity.types[type]!);
    e.push(entity.roles.length);
    for (const role of entity.roles) e.push(str(role));
  }
  const entityIndex = new Map(x.entities.map((entity, i) => [entity.key, i]));
  const entity = (key: string): number => {
    const i = entityIndex.get(key);
    if (i === undefined) throw new Error(`extraction of ${x.document.path}: "${key}" is not one of its entities`);
    return i;
  };
  const m: number[] = [];
  for (const mention of x.mentions)
    m.push(
      mention.start,
      mention.end,
      entity(mention.entity),
      str(mention.entityType),
      mention.adjectival ? 1 : 0,
      str(mention.role),
    );
  const r: number[] = [];
  const c: number[] = [];
  for (const relation of x.relations) {
    r.push(
      entity(relation.source),
      entity(relation.target),
      str(relation.predicate),
      str(relation.relationLabel),
      str(relation.rule),
      relation.sentence,
    );
    c.push(relation.confidence);
  }
  return { s: x.sentences.flatMap((s) => [s.start, s.end]), e, m, r, c, t: strings, w: x.words, a: x.ambiguous };
}

/** An extraction from its stored form; throws, saying what is wrong, on an entry that does not fit. */
function expand(entry: CompactEntry, document: CorpusDocument): DocumentExtraction {
  const { s, e, m, r, c, t, w, a } = entry;
  if (![s, e, m, r, c, t].every(Array.isArray) || typeof w !== "number" || typeof a !== "number")
    throw new Error("not an extraction entry");
  if (
    s.length % 2 ||
    m.length % MENTION_FIELDS ||
    r.length % RELATION_FIELDS ||
    r.length / RELATION_FIELDS !== c.length
  )
    throw new Error("arrays of the wrong length");
  const string = (i: number | undefined): string => {
    const value = t[i!];
    if (typeof value !== "string") throw new Error(`no string #${i}`);
    return value;
  };
  const entities = expandEntities(e, string);
  const entityKey = (i: number | undefined): string => {
    const key = entities[i!]?.key;
    if (typeof key !== "string") throw new Error(`no entity #${i}`);
    return key;
  };
  const sentences: DocumentExtraction["sentences"] = [];
  for (let i = 0; i < s.length; i += 2) sentences.push({ start: s[i]!, end: s[i + 1]! });
  const mentions: ExtractedMention[] = [];
  for (let i = 0; i < m.length; i += MENTION_FIELDS) {
    const start = m[i]!;
    const end = m[i + 1]!;
    if (!(start >= 0 && end > start && end <= document.text.length))
      throw new Error(`mention at ${start}-${end} is outside the document`);
    const mention: ExtractedMention = {
      start,
      end,
      text: document.text.slice(start, end),
      entity: entityKey(m[i + 2]),
      entityType: string(m[i + 3]) as EntityType,
    };
    if (m[i + 4] === 1) mention.adjectival = true;
    if (m[i + 5]! >= 0) mention.role = string(m[i + 5]);
    mentions.push(mention);
  }
  const relations: SentenceRelation[] = [];
  for (let i = 0, k = 0; i < r.length; i += RELATION_FIELDS, k++) {
    // Fields in the order extraction makes them, so that a shard file prints a cached extraction as a fresh one.
    const relation = {
      source: entityKey(r[i]),
      target: entityKey(r[i + 1]),
      predicate: string(r[i + 2]),
    } as SentenceRelation;
    if (r[i + 3]! >= 0) relation.relationLabel = string(r[i + 3]);
    relation.confidence = c[k]!;
    relation.sentence = r[i + 5]!;
    relation.rule = string(r[i + 4]);
    relations.push(relation);
  }
  return { document, sentences, entities, mentions, relations, words: w, ambiguous: a };
}

/**
 * The entities of a stored entry. Their forms and types are objects without a prototype: built one name at a
 * time, a plain object takes a new hidden class per name (see `CompactEntry.e`).
 */
function expandEntities(e: readonly number[], string: (i: number | undefined) => string): LocalEntity[] {
  const entities: LocalEntity[] = [];
  let i = 0;
  /** The count at `i`, checked against what is left of the list (`width` numbers per item). */
  const count = (width: number): number => {
    const n = e[i++];
    if (!(typeof n === "number" && n >= 0 && i + n * width <= e.length)) throw new Error("entity list cut short");
    return n;
  };
  while (i < e.length) {
    const key = string(e[i]);
    const canonical = e[i + 1]! >= 0 ? string(e[i + 1]) : undefined;
    const flags = e[i + 2]!;
    i += 3;
    const forms: Record<string, number> = Object.create(null);
    for (let n = count(2); n > 0; n--, i += 2) forms[string(e[i])] = e[i + 1]!;
    const types: Partial<Record<EntityType, number>> = Object.create(null);
    for (let n = count(2); n > 0; n--, i += 2) types[string(e[i]) as EntityType] = e[i + 1]!;
    const roles: string[] = [];
    for (let n = count(1); n > 0; n--) roles.push(string(e[i++]));
    const entity: LocalEntity = { key, forms, types, roles };
    if (flags & SHORT_NAME_FIRST) entity.shortName = true;
    if (canonical !== undefined) entity.canonical = canonical;
    if (flags & SHORT_NAME) entity.shortName = true;
    entities.push(entity);
  }
  return entities;
}

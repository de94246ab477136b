/**
 * Finds a text or Markdown article's title, date, URL, outlet and author. In order of preference:
 * - YAML front matter (`title:`, `date:`, `url:`, `outlet:` or `source:`, `author:`) at the very top;
 * - then the first lines of the text: a labelled date ("date 2025-07-01", "Published: 3 March 2024"), a short line
 *   that holds a date (a wire dateline "SIALKOT, Pakistan 1996-12-06", "LONDON 1996-08-30", or "March 3, 2024"),
 *   a wire agency in a dateline ("BEIJING (Reuters) -" gives the outlet Reuters), a "By Name" line for the author
 *   and a "url:" line;
 * - the title is the first line when it reads as a heading; when the first line is a whole paragraph, it is the
 *   paragraph's first sentence (after any date or dateline that opens it), shortened at a word if it is long.
 */
import { findDate, normaliseDate } from "./dates.js";
import { parseYaml } from "../util/yaml.js";

export { normaliseDate } from "./dates.js";

/** Metadata found in a text; each field only when it was actually found. */
export interface TextMetadata {
  title?: string;
  date?: string;
  url?: string;
  /** The publication that published the article ("Reuters", "The Guardian"). */
  outlet?: string;
  /** Who wrote it, as the article names them. */
  author?: string;
}

const DATE_LABEL = /^\s*(?:date|published|posted|updated|dateline)\b\s*(?:on\b)?\s*[:=]?\s*/i;
const URL_LINE = /^\s*(?:url|source|link)\s*[:=]\s*(https?:\/\/\S+)\s*$/i;
/** "By Jane Doe", "By Jane Doe and John Roe, Political Correspondent": capitalised words after "By". */
export const BY_LINE =
  /^[Bb]y\s+((?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von|der|da|di|bin|al-\p{L}+))*)\s*(?:[,|–—-].*)?$/u;
/** A wire dateline's agency: "BEIJING (Reuters) -", "PARIS (AFP) —". */
const AGENCY = /^\p{Lu}[\p{Lu} .,'’-]*(?:,\s*\p{L}[\p{L} .'-]*)?\s*\(([\p{L}][\p{L} .&-]{1,40})\)\s*[-–—]/u;
/** A line this short that holds a full date is a date line (dateline, "Published …"), not a sentence of the story. */
const DATE_LINE_LENGTH = 80;
const BY_LINE_LENGTH = 80;
const HEADER_LINES = 6;
const MAX_TITLE_LENGTH = 160;
/** A title taken from a first sentence is cut at a word near this length. */
const SENTENCE_TITLE_LENGTH = 110;

/** Splits off YAML front matter (`---` … `---` at the very top); returns its fields and the body offset. */
export function readFrontMatter(text: string): { fields: Record<string, unknown>; bodyStart: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  try {
    const fields = parseYaml(m[1]!) as unknown;
    if (fields && typeof fields === "object" && !Array.isArray(fields)) {
      return { fields: fields as Record<string, unknown>, bodyStart: m[0].length };
    }
  } catch {
    // Not YAML after all: treat the block as ordinary text.
  }
  return undefined;
}

/** Extracts title, date, URL, outlet and author from a plain-text or Markdown article. */
export function extractTextMetadata(text: string): TextMetadata {
  const meta: TextMetadata = {};
  let body = text;
  const front = readFrontMatter(text);
  if (front) {
    Object.assign(meta, frontMatterMetadata(front.fields));
    body = text.slice(front.bodyStart);
  }
  // Only the head of a long text can hold its metadata: split no more of it than that.
  const lines = body
    .slice(0, 4000)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, HEADER_LINES);
  for (const [index, line] of lines.entries()) {
    const agency = AGENCY.exec(line);
    if (agency && !meta.outlet) meta.outlet = agency[1]!.trim();
    if (!meta.date) {
      const date = dateOfLine(line);
      if (date) {
        meta.date = date;
        if (index > 0 || line.length <= DATE_LINE_LENGTH) continue;
      }
    }
    if (!meta.url) {
      const url = URL_LINE.exec(line);
      if (url) {
        meta.url = url[1]!;
        continue;
      }
    }
    if (!meta.author && line.length <= BY_LINE_LENGTH) {
      const by = BY_LINE.exec(line);
      if (by) {
        meta.author = by[1]!;
        continue;
      }
    }
    // The title is the first line that is not metadata: a dateline or "By" line above the story is skipped.
    if (!meta.title && index <= 2) meta.title = titleOfFirstLine(line);
  }
  return meta;
}

/** Front matter fields kgraph knows; `source:` is the outlet unless it is a link. */
function frontMatterMetadata(fields: Record<string, unknown>): TextMetadata {
  const meta: TextMetadata = {};
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
  const title = str(fields.title);
  if (title) meta.title = title;
  const date = fields.date instanceof Date ? fields.date.toISOString().slice(0, 10) : str(fields.date);
  const iso = date ? normaliseDate(date) : undefined;
  if (iso) meta.date = iso;
  const source = str(fields.source);
  const url = str(fields.url) ?? (source && /^https?:\/\//.test(source) ? source : undefined);
  if (url && /^https?:\/\//.test(url)) meta.url = url;
  const outlet = str(fields.outlet) ?? (source && !/^https?:\/\//.test(source) ? source : undefined);
  if (outlet) meta.outlet = outlet;
  const author =
    str(fields.author) ??
    (Array.isArray(fields.author) ? fields.author.filter((a) => typeof a === "string").join(", ") : undefined);
  if (author) meta.author = author;
  return meta;
}

/**
 * A wire dateline opening a paragraph: a place in capitals (and its region), or a weekday in capitals, then the
 * date: "WASHINGTON, May 20, 2019 —", "MONDAY, Feb. 23, 2015 (HealthDay News) --", "SIALKOT, Pakistan 1996-12-06".
 */
const DATELINE_PLACE = /^\p{Lu}{2,}[\p{Lu} .'’-]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?,?\s*$/u;

/** The date a header line states: after a "date"/"published" label, in a dateline, or anywhere in a short line. */
function dateOfLine(line: string): string | undefined {
  const labelled = DATE_LABEL.exec(line);
  if (labelled) return normaliseDate(line.slice(labelled[0].length, labelled[0].length + 60));
  if (line.length <= DATE_LINE_LENGTH) return findDate(line)?.date;
  const head = findDate(line.slice(0, 60));
  if (head && DATELINE_PLACE.test(line.slice(0, head.index))) return head.date;
  return undefined;
}

/** The first line as a title: itself when it reads as a heading, else the first sentence of the paragraph. */
function titleOfFirstLine(line: string): string | undefined {
  const heading = line.replace(/^#+\s*/, "");
  if (heading.length <= MAX_TITLE_LENGTH && !/[.,;]$/.test(heading) && !DATE_LABEL.test(heading)) return heading;
  return firstSentenceTitle(heading);
}

/** The sentence splitter, made once: making one costs more than splitting a paragraph. */
let sentences: Intl.Segmenter | undefined;

/** A title from a paragraph's first sentence, after any label, date or wire dateline that opens it. */
export function firstSentenceTitle(paragraph: string): string | undefined {
  let rest = paragraph;
  const labelled = DATE_LABEL.exec(rest);
  if (labelled) rest = rest.slice(labelled[0].length);
  const date = findDate(rest.slice(0, 60));
  if (date && (date.index === 0 || DATELINE_PLACE.test(rest.slice(0, date.index))))
    rest = rest.slice(date.index + date.length);
  rest = rest
    .replace(AGENCY, "")
    .replace(/^[\s,:;–—-]+/, "")
    .replace(/^\([\p{L} ]+\)\s*[-–—]+\s*/u, "");
  sentences ??= new Intl.Segmenter("en", { granularity: "sentence" });
  const sentence = sentences.segment(rest)[Symbol.iterator]().next().value?.segment.trim();
  if (!sentence) return undefined;
  const clean = sentence.replace(/\s+/g, " ").replace(/\s*[.!?]+$/, "");
  if (clean.length <= SENTENCE_TITLE_LENGTH) return clean;
  const cut = clean.slice(0, SENTENCE_TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:–—-]+$/, "")}…`;
}

/** A readable title from a file name: "2025-07-01-kim-jong-un-honors-troops.txt" → "Kim jong un honors troops". */
export function titleFromFileName(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const words = stem
    .replace(/^\d{4}-\d{2}-\d{2}[-_ ]*/, "")
    .replace(/^\d+[-_ ]+(?=\D)/, "")
    .split(/[-_\s]+/)
    .filter(Boolean);
  const title = words.join(" ");
  return title ? title[0]!.toUpperCase() + title.slice(1) : stem;
}

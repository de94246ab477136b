/**
 * Finds a document's title, date and URL in plain text: YAML front matter when present, otherwise a short
 * first line as title, a date line ("date 2025-07-01", "July 1, 2025") and a "url:" line near the top.
 */
import { parseYaml } from "../util/yaml.js";

/** Metadata found in a text; each field only when it was actually found. */
export interface TextMetadata {
  title?: string;
  date?: string;
  url?: string;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_PATTERN = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_PATTERN}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, "i");
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s+${MONTH_PATTERN},?\\s+(\\d{4})$`, "i");
const DATE_LABEL = /^\s*(?:date|published|dateline)\s*[:=]?\s*/i;
const URL_LINE = /^\s*(?:url|source|link)\s*[:=]\s*(https?:\/\/\S+)\s*$/i;
const HEADER_LINES = 6;
const MAX_TITLE_LENGTH = 160;

/** Normalises a date written as ISO, "July 1, 2025" or "1 July 2025" to YYYY-MM-DD; undefined otherwise. */
export function normaliseDate(raw: string): string | undefined {
  const s = raw.trim();
  const iso = ISO_DATE.exec(s);
  if (iso && validDate(+iso[1]!, +iso[2]!, +iso[3]!)) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) return isoFrom(+mdy[3]!, monthNumber(mdy[1]!), +mdy[2]!);
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) return isoFrom(+dmy[3]!, monthNumber(dmy[2]!), +dmy[1]!);
  return undefined;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(".", "");
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function isoFrom(y: number, m: number, d: number): string | undefined {
  if (!validDate(y, m, d)) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

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

/** Extracts title, date and URL from a plain-text or Markdown article. */
export function extractTextMetadata(text: string): TextMetadata {
  const meta: TextMetadata = {};
  let body = text;
  const front = readFrontMatter(text);
  if (front) {
    const { title, date, url } = front.fields;
    if (typeof title === "string" && title.trim()) meta.title = title.trim();
    const dateText = date instanceof Date ? date.toISOString().slice(0, 10) : typeof date === "string" ? date : undefined;
    if (dateText) {
      const iso = normaliseDate(dateText);
      if (iso) meta.date = iso;
    }
    if (typeof url === "string" && /^https?:\/\//.test(url)) meta.url = url;
    body = text.slice(front.bodyStart);
  }
  const lines = body.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0).slice(0, HEADER_LINES);
  for (const [index, line] of lines.entries()) {
    if (!meta.date) {
      const labelled = DATE_LABEL.exec(line);
      const candidate = labelled ? line.slice(labelled[0].length).split(/\s+/).slice(0, 3).join(" ") : line;
      const iso = labelled ? normaliseDate(candidate) ?? normaliseDate(candidate.split(" ")[0] ?? "") : normaliseDate(line);
      if (iso) {
        meta.date = iso;
        continue;
      }
    }
    if (!meta.url) {
      const url = URL_LINE.exec(line);
      if (url) {
        meta.url = url[1]!;
        continue;
      }
    }
    if (!meta.title && index === 0) {
      const heading = line.replace(/^#+\s*/, "");
      if (heading.length <= MAX_TITLE_LENGTH && !DATE_LABEL.test(heading) && !/[.,;]$/.test(heading)) meta.title = heading;
    }
  }
  return meta;
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

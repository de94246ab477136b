/**
 * JSONL corpora: one article per line, `{id?, title?, date?, url?, outlet?, author?, text}`.
 */
import { normaliseDate } from "./metadata.js";

/** One parsed JSONL line: an article, or why the line is unusable. */
export type JsonlRecord =
  | {
      ok: true;
      line: number;
      id?: string;
      title?: string;
      date?: string;
      url?: string;
      outlet?: string;
      author?: string;
      text: string;
    }
  | { ok: false; line: number; problem: string };

/** Parses every non-blank line of a JSONL file; malformed lines become problem records, never exceptions. */
export function parseJsonl(content: string): JsonlRecord[] {
  const records: JsonlRecord[] = [];
  const lines = content.split("\n");
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (!raw.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      records.push({ ok: false, line, problem: `malformed JSON (${(error as Error).message})` });
      continue;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      records.push({ ok: false, line, problem: 'expected a JSON object with a "text" field' });
      continue;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.text !== "string") {
      records.push({ ok: false, line, problem: 'missing or non-string "text" field' });
      continue;
    }
    const record: JsonlRecord = { ok: true, line, text: o.text };
    if (typeof o.id === "string" || typeof o.id === "number") record.id = String(o.id);
    if (typeof o.title === "string" && o.title.trim()) record.title = o.title.trim();
    if (typeof o.date === "string") {
      const date = normaliseDate(o.date.slice(0, 10)) ?? normaliseDate(o.date);
      if (date) record.date = date;
    }
    if (typeof o.url === "string" && /^https?:\/\//.test(o.url)) record.url = o.url;
    if (typeof o.outlet === "string" && o.outlet.trim()) record.outlet = o.outlet.trim();
    if (typeof o.author === "string" && o.author.trim()) record.author = o.author.trim();
    records.push(record);
  }
  return records;
}

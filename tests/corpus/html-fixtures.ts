/**
 * The hand-made HTML test pages (tests/corpus/fixtures/html): each page under pages/ has its expected article text
 * and metadata under expected/, judged by the rules in the folder's README. Word F1 scores an extraction.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** The folder of test pages. */
export const FIXTURE_DIR = join(import.meta.dirname, "fixtures", "html");
/** The pages themselves: a corpus kgraph can build. */
export const PAGES_DIR = join(FIXTURE_DIR, "pages");

/** One test page and what a reader should get from it. */
export interface HtmlFixture {
  name: string;
  html: string;
  text: string;
  title: string;
  date?: string;
  /** Where the page states its date: jsonld, meta, itemprop-content, itemprop-datetime, time, text. */
  dateFrom?: string;
  author?: string;
  outlet?: string;
  url?: string;
}

/** The pages written after the reader was frozen: scored, never tuned on. */
export const HELDOUT_DIR = join(FIXTURE_DIR, "heldout");

/** Every test page (of `dir`: the development set by default) with its expected text and metadata, in file order. */
export function loadHtmlFixtures(dir = FIXTURE_DIR): HtmlFixture[] {
  const pages = join(dir, "pages");
  return readdirSync(pages)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, "");
      const expected = readFileSync(join(dir, "expected", `${name}.md`), "utf8");
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(expected);
      if (!m) throw new Error(`expected/${name}.md: no front matter`);
      const fields = parse(m[1]!) as Record<string, string | undefined>;
      return {
        name,
        html: readFileSync(join(pages, file), "utf8"),
        text: m[2]!.trim(),
        title: fields.title!,
        ...(fields.date ? { date: String(fields.date) } : {}),
        ...(fields.dateFrom ? { dateFrom: fields.dateFrom } : {}),
        ...(fields.author ? { author: fields.author } : {}),
        ...(fields.outlet ? { outlet: fields.outlet } : {}),
        ...(fields.url ? { url: fields.url } : {}),
      };
    });
}

/** Lower-cased words (letters and digits) of a text. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Word precision, recall and F1 of an extracted text against the expected one, counting repeated words. */
export function wordF1(extracted: string, expected: string): { precision: number; recall: number; f1: number } {
  const want = new Map<string, number>();
  for (const w of words(expected)) want.set(w, (want.get(w) ?? 0) + 1);
  const got = words(extracted);
  let overlap = 0;
  for (const w of got) {
    const n = want.get(w) ?? 0;
    if (n > 0) {
      overlap++;
      want.set(w, n - 1);
    }
  }
  const precision = got.length ? overlap / got.length : 0;
  const expectedCount = words(expected).length;
  const recall = expectedCount ? overlap / expectedCount : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

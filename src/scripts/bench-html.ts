/**
 * HTML reading speed: pages per second that the HTML reader (parse, metadata, furniture removal, Readability,
 * text) gets through on one core, on the hand-written test pages (tests/corpus/fixtures/html, development and
 * held-out) or on the .html/.htm files of the folder given as the first argument. Prints one line for people and
 * a final JSON line for the bench: {"htmlPages", "htmlBytes", "htmlPagesPerSecond", "htmlMegabytesPerSecond"}.
 *
 *   node dist/scripts/bench-html.js [folder]
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { listCorpusFiles } from "../corpus/index.js";
import { extractHtmlArticle } from "../corpus/html/index.js";
import { packagePath } from "../util/package-root.js";

/** Timed passes go on until this many seconds have passed, so that short page sets still give a steady figure. */
const MIN_SECONDS = 2;

const folders = process.argv[2]
  ? [resolve(process.argv[2])]
  : [
      packagePath("tests", "corpus", "fixtures", "html", "pages"),
      packagePath("tests", "corpus", "fixtures", "html", "heldout", "pages"),
    ];
const files = (await Promise.all(folders.map((f) => listCorpusFiles(f)))).flat().filter((f) => /\.html?$/i.test(f));
if (!files.length) throw new Error(`no .html or .htm pages in ${folders.join(", ")}`);
const pages = files.map((f) => readFileSync(f, "utf8"));
const bytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p), 0);

// One untimed pass: module loading (linkedom, chrono) and the JIT's warm-up are no part of the steady speed.
for (const page of pages) extractHtmlArticle(page);
let read = 0;
const started = performance.now();
while (performance.now() - started < MIN_SECONDS * 1000) {
  for (const page of pages) extractHtmlArticle(page);
  read++;
}
const seconds = (performance.now() - started) / 1000;
const pagesPerSecond = (read * pages.length) / seconds;
const megabytesPerSecond = (read * bytes) / 1e6 / seconds;
console.log(
  `HTML reader: ${pages.length} pages (${(bytes / 1024).toFixed(0)} KiB), ${pagesPerSecond.toFixed(0)} pages/s, ` +
    `${megabytesPerSecond.toFixed(2)} MB/s on one core`,
);
console.log(
  JSON.stringify({
    htmlPages: pages.length,
    htmlBytes: bytes,
    htmlPagesPerSecond: Math.round(pagesPerSecond),
    htmlMegabytesPerSecond: Math.round(megabytesPerSecond * 100) / 100,
  }),
);

// Lists BBC articles in the drawing order of the judged quotations (see README.md beside this file).
// Usage: node tests/quotes/judged/draw.mjs <from> <to> [bbc-news folder]
// The corpus's .txt paths, sorted, shuffled by Fisher–Yates with mulberry32 seed 18; articles <from>..<to> printed
// with paragraph marks (¶), for reading.
import { readFileSync, readdirSync } from "node:fs";
const root = process.argv[4] ?? new URL("../../../../shared/data/bbc-news", import.meta.url).pathname;
const files = [];
for (const d of readdirSync(root, { withFileTypes: true }))
  if (d.isDirectory())
    for (const f of readdirSync(`${root}/${d.name}`)) if (f.endsWith(".txt")) files.push(`${d.name}/${f}`);
files.sort();
let a = 18;
const rng = () => {
  a |= 0;
  a = (a + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
for (let i = files.length - 1; i > 0; i--) {
  const j = Math.floor(rng() * (i + 1));
  [files[i], files[j]] = [files[j], files[i]];
}
const [from, to] = process.argv.slice(2).map(Number);
for (const f of files.slice(from, to)) {
  let text;
  try {
    text = readFileSync(`${root}/${f}`, "utf8");
  } catch {
    continue;
  }
  const n = (text.match(/"/g) || []).length;
  console.log(`=== ${f} (${n} marks)`);
  if (n) console.log(text.replace(/\n\n/g, "\n¶ ").trim());
}

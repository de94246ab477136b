import { extractHtmlArticle } from "/work/wt-16/src/corpus/html/index.js";
import { loadHtmlFixtures, wordF1 } from "/work/wt-16/tests/corpus/html-fixtures.js";
const only = process.argv[2];
let sum = 0, n = 0;
for (const f of loadHtmlFixtures()) {
  if (only && !f.name.includes(only)) continue;
  const a = extractHtmlArticle(f.html);
  const s = wordF1(a.text, f.text);
  sum += s.f1; n++;
  const bad: string[] = [];
  for (const k of ["title", "date", "author", "outlet", "url"] as const) if ((a as any)[k] !== (f as any)[k]) bad.push(`${k}: got ${JSON.stringify((a as any)[k])} want ${JSON.stringify((f as any)[k])}`);
  console.log(`${f.name} F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} ${bad.join(" | ")}`);
  if (only) console.log(a.text);
}
console.log("mean F1", (sum / n).toFixed(4), n);

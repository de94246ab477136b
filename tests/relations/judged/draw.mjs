// Draws the judged sample of typed relation edges from a built BBC graph (see README.md beside this file).
// Usage: node tests/relations/judged/draw.mjs <graph.json> <count> [seed] [exclude.jsonl] [rule-prefix] > sample.jsonl
// (exclude may be "-" for none; with a rule prefix only edges with evidence of such a rule are drawn.)
// Seed 18 unless given, mulberry32; edges sorted by (source label, predicate, target label) before the shuffle, so the draw
// depends only on the graph's set of typed edges, not on its key order.
import { readFileSync } from "node:fs";

const [file, countText, seedText, excludeArg, rulePrefix] = process.argv.slice(2);
const excludeFile = excludeArg === "-" ? undefined : excludeArg;
const SEED = Number(seedText ?? 18);
// Edges already judged in another sample (by source, predicate, target) are not drawn again.
const excluded = new Set(
  excludeFile
    ? readFileSync(excludeFile, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line))
        .map((e) => `${e.source}\u0000${e.predicate}\u0000${e.target}`)
    : [],
);
const count = Number(countText ?? 260);
const graph = JSON.parse(readFileSync(file, "utf8"));
const nodes = new Map(graph.nodes.map((n) => [n.key, n.attributes]));

function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const typed = graph.edges
  .filter((e) => e.attributes.kind === "relation" && e.attributes.predicate !== "co-occurs")
  .map((e) => ({ source: nodes.get(e.source).label, target: nodes.get(e.target).label, a: e.attributes }))
  .filter((e) => !excluded.has(`${e.source}\u0000${e.a.predicate}\u0000${e.target}`))
  // Candidates (below the default confidence threshold) are not drawn; the graphs of the first samples had none.
  .filter((e) => !e.a.candidate)
  .filter((e) => !rulePrefix || e.a.evidence.some((ev) => ev.rule?.startsWith(rulePrefix)))
  .sort((x, y) =>
    `${x.source}\u0000${x.a.predicate}\u0000${x.target}` < `${y.source}\u0000${y.a.predicate}\u0000${y.target}`
      ? -1
      : 1,
  );
const rng = mulberry32(SEED);
for (let i = typed.length - 1; i > 0; i--) {
  const j = Math.floor(rng() * (i + 1));
  [typed[i], typed[j]] = [typed[j], typed[i]];
}
for (const e of typed.slice(0, count)) {
  const shown = rulePrefix ? e.a.evidence.filter((ev) => ev.rule?.startsWith(rulePrefix)) : e.a.evidence;
  const evidence = shown.slice(0, 3).map((ev) => ({
    document: ev.document.replace(/^doc:/, ""),
    sentence: nodes.get(ev.document).text.slice(ev.start, ev.end),
    rule: ev.rule,
  }));
  console.log(
    JSON.stringify({
      source: e.source,
      predicate: e.a.predicate,
      target: e.target,
      relationLabel: e.a.relationLabel,
      confidence: e.a.confidence,
      weight: e.a.weight,
      evidence,
    }),
  );
}

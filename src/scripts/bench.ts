/**
 * `npm run bench`: kgraph at corpus scale, on the BBC news set (../shared/data/bbc-news, or the folder given
 * as the first argument). Prints a table and one final JSON line:
 *   - compromise's full parse `nlp(text)` and tokenizer `nlp.tokenize(text)` in words/s on the same texts;
 *   - a full `kgraph build --no-cache`: wall time, words/s, peak RSS, the time of each stage;
 *   - a rebuild after touching one article (three times, a different article each time: the median);
 *   - builds of 25 %, 50 % and 100 % of the corpus and the fitted growth exponent;
 *   - the output sizes, and how long the viewer takes to open the graph in headless Chromium;
 *   - bench-scaling (documents of unusual shape and size, one at a time) and bench-html (the HTML reader).
 * Builds run as separate `kgraph build` processes, so their memory and time are their own.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { BuildReport } from "../cli/commands/build.js";
import { listCorpusFiles, readCorpus } from "../corpus/index.js";
import { extractDocument } from "../extract/index.js";
import { getRecogniser, loadCompromise } from "../nlp/index.js";
import { tokenize } from "../nlp/tokenize.js";
import { createAliasIndex } from "../resolve/index.js";
import { Tracer } from "../util/tracer.js";
import { startServer } from "../serve/index.js";
import { packagePath } from "../util/package-root.js";
import { growthExponent } from "./growth.js";

const exec = promisify(execFile);
const CLI = packagePath("dist", "cli", "main.js");
const CHROMIUM = "/usr/bin/chromium";

/** Words as kgraph counts them: tokens with a letter or digit. */
function countWords(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (/[\p{L}\p{N}]/u.test(t.text)) n++;
  return n;
}

/** Runs `fn` over every text and returns words per second. */
function wordsPerSecond<T>(texts: readonly T[], words: number, fn: (text: T) => unknown): number {
  const started = performance.now();
  for (const text of texts) fn(text);
  return words / ((performance.now() - started) / 1000);
}

/** One `kgraph build` in its own process; returns its report and wall time. */
async function build(
  corpus: string,
  out: string,
  extra: string[] = [],
): Promise<BuildReport & { wallSeconds: number }> {
  const report = join(out, "report.json");
  const started = performance.now();
  await exec("node", [CLI, "build", corpus, "--out", out, "--quiet", "--report", report, ...extra], {
    maxBuffer: 64 << 20,
  }).catch((error: { code?: number; stderr?: string }) => {
    // Exit code 2 means "built, some files skipped" (the BBC set has duplicate articles): still a build.
    if (error.code !== 2) throw new Error(`kgraph build failed: ${error.stderr ?? String(error)}`);
  });
  const wallSeconds = (performance.now() - started) / 1000;
  return { ...(JSON.parse(await readFile(report, "utf8")) as BuildReport), wallSeconds };
}

/** Copies the first `fraction` of the corpus files (in sorted order) into a new folder. */
async function subCorpus(files: readonly string[], root: string, fraction: number, into: string): Promise<string> {
  const dir = join(into, `corpus-${Math.round(fraction * 100)}`);
  for (const file of files.slice(0, Math.round(files.length * fraction))) {
    const target = join(dir, file.slice(root.length + 1));
    await mkdir(resolve(target, ".."), { recursive: true });
    await cp(file, target);
  }
  return dir;
}

/** How many one-article rebuilds are timed; the median counts. */
const REBUILDS = 3;

/** How many times the viewer is opened; the median counts (one load swings by seconds on this machine). */
const VIEWER_LOADS = 3;

/**
 * Seconds from opening the viewer to the graph being drawn, in headless Chromium, for each of VIEWER_LOADS loads;
 * undefined without Chromium. One browser, a fresh context (no cache, no storage) per load, as when a reader
 * opens the viewer in the browser they have running; the first load also pays the browser's own start.
 */
async function viewerLoadSeconds(graphDir: string): Promise<number[] | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { chromium } = await import("playwright-core");
  const server = await startServer({ graphDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const seconds: number[] = [];
    for (let i = 0; i < VIEWER_LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      try {
        const page = await context.newPage();
        const started = performance.now();
        await page.goto(server.url);
        // The viewer sets data-ready on <body> once the graph is loaded and drawn. A selector, not a script: the
        // viewer's Content-Security-Policy forbids evaluating strings in the page.
        await page.waitForSelector('body[data-ready="true"]', { state: "attached", timeout: 120_000 });
        seconds.push((performance.now() - started) / 1000);
      } finally {
        await context.close();
      }
    }
    return seconds;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * A rebuild's wall time by phase, from its timeline (seconds since its process started): Node's start and the
 * modules, reading corpus and cache, the extraction still running after the read, resolution, planning up to the
 * layout's start, from there to the positions (the layout's own time in brackets), writing the files, exit.
 * The layout's phase runs from its start to the positions being on the graph; the graph is built and its edges
 * encoded meanwhile ("edges encoded" marks the end of that, on the main thread).
 */
function rebuildBreakdown(r: BuildReport & { wallSeconds: number }): string {
  const t = r.timeline;
  const at = (moment: string) => t[moment] ?? NaN;
  const phases: Array<[string, number]> = [
    ["start", at("started")],
    ["read", at("read") - at("started")],
    ["extraction after the read", at("extracted") - at("read")],
    ["resolve", at("resolved") - at("extracted")],
    ["plan", at("planned") - at("resolved")],
    [`graph and edges (during the layout)`, at("edges encoded") - at("planned")],
    [`layout (own ${fmt(layoutSeconds(r))})`, at("laid out") - at("planned")],
    ["files", at("written") - at("laid out")],
    ["exit", r.wallSeconds - at("written")],
  ];
  return phases.map(([name, seconds]) => `${name} ${fmt(seconds)}`).join(", ");
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

/**
 * Runs another bench script (dist/scripts/<name>.js) in its own process, prints what it prints for people and
 * returns its final JSON line.
 */
async function benchScript(name: string, args: string[]): Promise<unknown> {
  console.log(`\n${name}:`);
  const { stdout } = await exec("node", [packagePath("dist", "scripts", `${name}.js`), ...args], {
    maxBuffer: 64 << 20,
  });
  const lines = stdout.trimEnd().split("\n");
  for (const line of lines.slice(0, -1)) console.log(`  ${line}`);
  return JSON.parse(lines.at(-1)!);
}

/** A build's stage seconds (0 for a stage that did not run). */
const stage = (r: BuildReport, name: string) => r.seconds[name] ?? 0;
const layoutSeconds = (r: BuildReport) => stage(r, "layout");

async function main(): Promise<void> {
  const corpus = resolve(process.argv[2] ?? packagePath("..", "shared", "data", "bbc-news"));
  if (!existsSync(corpus)) {
    console.error(
      `bench: corpus "${corpus}" not found; pass the BBC folder (../shared/data/bbc-news) as the first argument`,
    );
    process.exitCode = 1;
    return;
  }
  if (!existsSync(CLI)) throw new Error(`bench: ${CLI} is missing; run "npm run build" first (npm run bench does)`);
  const work = await mkdtemp(join(tmpdir(), "kgraph-bench-"));
  console.log(
    `kgraph benchmark on ${corpus} (${cpus().length} cores: ${cpus()[0]?.model ?? "unknown CPU"}; Node ${process.version})`,
  );

  // Reference points: compromise on the very texts kgraph builds from.
  const nlp = await loadCompromise();
  const { documents } = await readCorpus(corpus);
  const texts = documents.map((d) => d.text);
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  const compromiseTokenizeWordsPerSec = wordsPerSecond(texts, words, (t) => nlp.tokenize(t));
  const compromiseParseWordsPerSec = wordsPerSecond(texts, words, (t) => nlp(t));
  console.log(
    `compromise: nlp(text) ${fmt(compromiseParseWordsPerSec, 0)} words/s, nlp.tokenize(text) ${fmt(compromiseTokenizeWordsPerSec, 0)} words/s (${documents.length} documents, ${words} words, one core)`,
  );
  // kgraph's per-document extraction (recognise, resolve, relate) on one core, on the same texts.
  const context = { recogniser: await getRecogniser(), aliases: createAliasIndex() };
  const extraction = new Tracer();
  const kgraphExtractWordsPerSec = wordsPerSecond(documents, words, (d) => extractDocument(d, context, extraction));
  const part = (name: string) => extraction.seconds[`extract.${name}`] ?? 0;
  console.log(`kgraph extraction: ${fmt(kgraphExtractWordsPerSec, 0)} words/s on one core`);

  // Full build from scratch on a private copy (the rebuild below edits an article).
  const files = await listCorpusFiles(corpus);
  const full = await subCorpus(files, corpus, 1, work);
  const fresh = await build(full, join(work, "out"), ["--no-cache"]);
  const buildWordsPerSec = fresh.words / fresh.wallSeconds;

  // Rebuild after touching one article (the cache is warm from the build above), REBUILDS times, a different
  // article each time; the median counts, as for the viewer (one rebuild swings by seconds on this machine).
  const copied = await listCorpusFiles(full);
  const rebuilds: Array<Awaited<ReturnType<typeof build>>> = [];
  for (let i = 0; i < REBUILDS; i++) {
    await appendFile(
      copied[Math.floor(files.length / 2) + i]!,
      "\nThe article was updated with a statement from Downing Street.\n",
    );
    rebuilds.push(await build(full, join(work, "out")));
  }
  const rebuild = [...rebuilds].sort((a, b) => a.wallSeconds - b.wallSeconds)[REBUILDS >> 1]!;
  const besidesLayout = median(rebuilds.map((r) => r.wallSeconds - layoutSeconds(r)));

  // Growth: builds of a quarter, a half and the whole corpus, from scratch.
  const growth = [{ fraction: 1, words: fresh.words, seconds: fresh.wallSeconds }];
  for (const fraction of [0.25, 0.5]) {
    const part = await subCorpus(files, corpus, fraction, work);
    const r = await build(part, join(work, `out-${fraction}`), ["--no-cache"]);
    growth.unshift({ fraction, words: r.words, seconds: r.wallSeconds });
  }
  const exponent = growthExponent(growth);
  const viewerLoads = await viewerLoadSeconds(join(work, "out"));
  const viewer = viewerLoads && median(viewerLoads);
  // Documents of unusual shape and size (issue 21's scaling section), and the HTML reader's speed.
  const scaling = await benchScript("bench-scaling", [corpus, "--memory"]);
  const html = await benchScript("bench-html", []);

  const s = (name: string) => fmt(stage(fresh, name));
  const mb = (bytes: number | undefined) => (bytes ?? 0) / (1 << 20);
  const rows: Array<[string, string, string]> = [
    ["compromise nlp(text)", `${fmt(compromiseParseWordsPerSec, 0)} words/s`, ""],
    ["compromise nlp.tokenize(text)", `${fmt(compromiseTokenizeWordsPerSec, 0)} words/s`, ""],
    [
      "kgraph extraction, one core",
      `${fmt(kgraphExtractWordsPerSec, 0)} words/s`,
      `${fmt(kgraphExtractWordsPerSec / compromiseParseWordsPerSec)}× compromise nlp(text); recognise ${fmt(part("recognise"))} s, resolve ${fmt(part("resolve"))} s, relations ${fmt(part("relations"))} s`,
    ],
    [
      "kgraph build --no-cache",
      `${fmt(fresh.wallSeconds)} s`,
      `target < ${fmt(words / (3 * compromiseParseWordsPerSec))} s (3× compromise)`,
    ],
    ["  words/s", `${fmt(buildWordsPerSec, 0)}`, `${fmt(buildWordsPerSec / compromiseParseWordsPerSec)}× compromise`],
    [
      "  stages (s)",
      `read and extract ${s("extract")}, resolve ${s("resolve")}, assemble ${s("assemble")}, layout ${s("layout")}, write ${s("write")}`,
      "",
    ],
    [
      "  extraction thread-seconds",
      `recognise ${s("extract.recognise")}, resolve ${s("extract.resolve")}, relations ${s("extract.relations")}`,
      `${fresh.workers} workers`,
    ],
    ["  peak RSS", `${fmt(fresh.peakRssMB, 0)} MB`, "target < 1536 MB"],
    [
      "rebuild after touching one article",
      `${fmt(rebuild.wallSeconds)} s`,
      `median of ${REBUILDS}: ${rebuilds.map((r) => `${fmt(r.wallSeconds)} (layout ${fmt(layoutSeconds(r))})`).join(", ")} s; besides the layout ${fmt(besidesLayout)} s, target ≤ 2.6 s`,
    ],
    [
      "  where its time goes (s)",
      rebuildBreakdown(rebuild),
      "from the build's timeline; the layout runs on its own thread",
    ],
    ...growth.map((g): [string, string, string] => [
      `build ${g.fraction * 100} % (${g.words} words)`,
      `${fmt(g.seconds)} s`,
      "",
    ]),
    ["growth exponent", fmt(exponent, 3), "target ≤ 1.1"],
    ["graph.json", `${fmt(mb(fresh.outputBytes["graph.json"]), 1)} MB`, "target < 60 MB"],
    [
      "graph.gexf / graph.graphml",
      `${fmt(mb(fresh.outputBytes["graph.gexf"]), 1)} MB / ${fmt(mb(fresh.outputBytes["graph.graphml"]), 1)} MB`,
      "",
    ],
    [
      "viewer load (headless Chromium)",
      viewer === undefined ? "not measured: /usr/bin/chromium absent" : `${fmt(viewer)} s`,
      viewerLoads
        ? `median of ${viewerLoads.length} loads: ${viewerLoads.map((v) => fmt(v)).join(", ")} s; target < 5 s`
        : "target < 5 s",
    ],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log("");
  for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value}${note ? `   (${note})` : ""}`);
  console.log(
    JSON.stringify({
      documents: fresh.documents,
      words: fresh.words,
      compromiseParseWordsPerSec: Math.round(compromiseParseWordsPerSec),
      compromiseTokenizeWordsPerSec: Math.round(compromiseTokenizeWordsPerSec),
      kgraphExtractWordsPerSecOneCore: Math.round(kgraphExtractWordsPerSec),
      buildSeconds: +fmt(fresh.wallSeconds, 3),
      buildWordsPerSec: Math.round(buildWordsPerSec),
      speedupOverCompromiseParse: +fmt(buildWordsPerSec / compromiseParseWordsPerSec, 2),
      stageSeconds: { ...fresh.seconds },
      workers: fresh.workers,
      rebuildSeconds: +fmt(rebuild.wallSeconds, 3),
      rebuildLayoutSeconds: +fmt(layoutSeconds(rebuild), 3),
      rebuildBesidesLayoutSeconds: +fmt(besidesLayout, 3),
      rebuildRuns: rebuilds.map((r) => ({
        seconds: +fmt(r.wallSeconds, 3),
        layoutSeconds: +fmt(layoutSeconds(r), 3),
        extracted: r.extracted,
        timeline: r.timeline,
      })),
      peakRssMB: Math.round(fresh.peakRssMB),
      growth: growth.map((g) => ({ fraction: g.fraction, words: g.words, seconds: +fmt(g.seconds, 3) })),
      growthExponent: +fmt(exponent, 3),
      graphJsonMB: +fmt(mb(fresh.outputBytes["graph.json"]), 2),
      graphGexfMB: +fmt(mb(fresh.outputBytes["graph.gexf"]), 2),
      graphGraphmlMB: +fmt(mb(fresh.outputBytes["graph.graphml"]), 2),
      viewerLoadSeconds: viewer === undefined ? null : +fmt(viewer, 3),
      viewerLoadRuns: viewerLoads?.map((v) => +fmt(v, 3)) ?? null,
      scaling,
      html,
    }),
  );
  await rm(work, { recursive: true, force: true });
}

await main();

/**
 * `node dist/scripts/bench-scaling.js [corpus] [--quick] [--memory]`: per-document extraction against the shape
 * and size of one document. Times `extractDocument` directly, in this process on one core (no build, no cache,
 * no workers), on documents made from the corpus's articles (../shared/data/bbc-news, else the repository's
 * corpus/): ordinary text and the same words unpunctuated at 10 KB, 100 KB, 1 MB and 10 MB, and lists of
 * "First Last," names at 10 KB, 100 KB and 1 MB; the fastest of three runs below 10 MB. Prints words/s for each, how often the bounds of src/bounds.ts
 * cut work, the growth exponent within one document per shape (slope of log time against log words: 1 is linear),
 * the corpus's own words/s for comparison, the issue's targets, and one final JSON line.
 *   --quick   stops at 1 MB (the 10 MB documents take a minute or more on a busy machine);
 *   --memory  also extracts a 50 MB ordinary document in a child process and reports its peak memory. The child
 *             runs with a 1536 MB old-generation limit (MEMORY_CHILD_HEAP_MB): with V8's default limit the heap
 *             grows to about twice what is live before collecting (2.5 GB peak for 50 MB, of which about 1.2 GB
 *             live); with the limit V8 collects sooner and the same document peaks at about 1.3 GB.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { readCorpus } from "../corpus/index.js";
import { extractDocument } from "../extract/index.js";
import { getRecogniser } from "../nlp/index.js";
import { createAliasIndex } from "../resolve/alias-index.js";
import type { CorpusDocument } from "../types.js";
import { packagePath } from "../util/package-root.js";
import { makeDocument, SHAPES, type Shape } from "./document-shapes.js";
import { growthExponent } from "./growth.js";

const KB = 1024;
const MB = 1024 * KB;
const SIZES: Record<Shape, number[]> = {
  ordinary: [10 * KB, 100 * KB, MB, 10 * MB],
  unpunctuated: [10 * KB, 100 * KB, MB, 10 * MB],
  names: [10 * KB, 100 * KB, MB],
};

/** One measured document. */
interface Run {
  shape: Shape;
  chars: number;
  words: number;
  seconds: number;
  wordsPerSec: number;
  cuts: number;
}

/** Runs per document below 10 MB; the fastest counts. */
const REPEATS = 3;

/** The heap limit of the `--memory` child, as an extraction worker would be given (see the file comment). */
const MEMORY_CHILD_HEAP_MB = 1536;

const label = (chars: number) => (chars >= MB ? `${chars / MB} MB` : `${chars / KB} KB`);
const fmt = (n: number, digits = 2) => n.toFixed(digits);

/** The child of `--memory`: extracts one ordinary document of `chars` characters and prints its peak RSS. */
async function memoryChild(corpus: string, chars: number): Promise<void> {
  const articles = (await readCorpus(corpus)).documents.map((d) => d.text);
  const context = { recogniser: await getRecogniser(), aliases: createAliasIndex() };
  const text = makeDocument("ordinary", chars, articles);
  articles.length = 0;
  const started = performance.now();
  const result = extractDocument({ id: "big", path: "big.txt", title: "big", text }, context);
  const seconds = (performance.now() - started) / 1000;
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ chars, words: result.words, seconds, peakRssMB }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const child = args.indexOf("--memory-child");
  const positional = args.filter((a, i) => !a.startsWith("--") && (child < 0 || i !== child + 1));
  const shared = packagePath("..", "shared", "data", "bbc-news");
  const corpus = resolve(positional[0] ?? (existsSync(shared) ? shared : packagePath("corpus")));
  if (child >= 0) return memoryChild(corpus, Number(args[child + 1]));
  const quick = args.includes("--quick");

  const { documents } = await readCorpus(corpus);
  const articles = documents.map((d) => d.text);
  const context = { recogniser: await getRecogniser(), aliases: createAliasIndex() };
  console.log(`kgraph scaling benchmark: documents made from ${documents.length} articles of ${corpus}; one core`);

  // The corpus's own speed, document by document (also warms the code up before the timed documents).
  let corpusWords = 0;
  const corpusStarted = performance.now();
  for (const d of documents) corpusWords += extractDocument(d, context).words;
  const corpusWordsPerSec = corpusWords / ((performance.now() - corpusStarted) / 1000);
  console.log(`corpus: ${corpusWords} words, ${fmt(corpusWordsPerSec, 0)} words/s`);

  const runs: Run[] = [];
  for (const shape of SHAPES) {
    for (const chars of SIZES[shape]) {
      if (quick && chars > MB) continue;
      const document: CorpusDocument = {
        id: `${shape}-${chars}`,
        path: `${shape}.txt`,
        title: shape,
        text: makeDocument(shape, chars, articles),
      };
      // The best of REPEATS below 10 MB: on a shared machine one run can take several times as long as the next.
      let seconds = Infinity;
      let result: ReturnType<typeof extractDocument> | undefined;
      for (let i = 0; i < (chars < 10 * MB ? REPEATS : 1); i++) {
        const started = performance.now();
        result = extractDocument(document, context);
        seconds = Math.min(seconds, (performance.now() - started) / 1000);
      }
      if (!result) throw new Error("bench-scaling: nothing measured");
      const run = {
        shape,
        chars,
        words: result.words,
        seconds,
        wordsPerSec: result.words / seconds,
        cuts: result.bounds?.length ?? 0,
      };
      runs.push(run);
      console.log(
        `${shape.padEnd(12)} ${label(chars).padStart(7)}  ${fmt(seconds).padStart(7)} s  ${fmt(run.wordsPerSec, 0).padStart(7)} words/s  ${run.cuts} bound cuts`,
      );
    }
  }

  const exponents = Object.fromEntries(
    SHAPES.map((shape) => [shape, growthExponent(runs.filter((r) => r.shape === shape))]),
  ) as Record<Shape, number>;
  for (const shape of SHAPES) console.log(`growth exponent, ${shape}: ${fmt(exponents[shape], 3)} (target ≤ 1.1)`);
  const at = (shape: Shape, chars: number) => runs.find((r) => r.shape === shape && r.chars === chars);
  for (const shape of ["unpunctuated", "names"] as const) {
    const r = at(shape, 100 * KB)!;
    console.log(`100 KB ${shape}: ${fmt(r.seconds)} s (target < 2 s)`);
  }
  for (const shape of ["ordinary", "unpunctuated"] as const) {
    const r = at(shape, 10 * MB);
    if (r)
      console.log(`10 MB ${shape}: ${fmt(r.wordsPerSec / corpusWordsPerSec)}× the corpus's words/s (target ≥ 0.5×)`);
  }

  let memory: { chars: number; words: number; seconds: number; peakRssMB: number } | undefined;
  if (args.includes("--memory")) {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        `--max-old-space-size=${MEMORY_CHILD_HEAP_MB}`,
        fileURLToPath(import.meta.url),
        corpus,
        "--memory-child",
        String(50 * MB),
      ],
      { maxBuffer: 1 << 20 },
    );
    memory = JSON.parse(stdout.trim().split("\n").pop()!) as typeof memory;
    console.log(
      `50 MB ordinary: ${fmt(memory!.seconds)} s, peak ${fmt(memory!.peakRssMB, 0)} MB with a ${MEMORY_CHILD_HEAP_MB} MB heap limit (target < 2048 MB)`,
    );
  }
  console.log(
    JSON.stringify({
      corpusWordsPerSec: Math.round(corpusWordsPerSec),
      runs: runs.map((r) => ({ ...r, seconds: +fmt(r.seconds, 3), wordsPerSec: Math.round(r.wordsPerSec) })),
      growthExponents: Object.fromEntries(SHAPES.map((s) => [s, +fmt(exponents[s], 3)])),
      memory: memory ?? null,
    }),
  );
}

await main();

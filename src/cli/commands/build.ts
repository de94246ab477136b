/**
 * `kgraph build [corpus] [--out dir]`: builds the graph of a corpus and writes graph.json, .gexf and .graphml.
 */
import { stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Command } from "commander";
import { formatProblem } from "../../corpus/index.js";
import { buildGraph, type BuildResult, type DocumentBoundCut } from "../../pipeline.js";
import { graphCounts, type GraphCounts } from "../../query/index.js";
import type { CurationSummary } from "../../contract.js";
import { readCurationFile } from "../../curate/index.js";
import { readAliasFile } from "../../resolve/index.js";
import type { BuildSettings } from "../../settings.js";
import { writeFileAtomic } from "../../util/atomic.js";
import { Tracer } from "../../util/tracer.js";
import { parseCount, parsePositive } from "../options.js";
import { createProgress } from "../progress.js";

/** Options of `kgraph build`. */
export interface BuildCommandOptions {
  out: string;
  recogniser?: string;
  aliases?: string;
  workers?: number;
  /** commander's `--no-cache` sets this to false. */
  cache?: boolean;
  quiet?: boolean;
  /** Write a machine-readable build report (stage times, memory, sizes) to this file. */
  report?: string;
  /** Read files that links in the corpus point to outside it. */
  followSymlinks?: boolean;
  /** Largest document read, in megabytes. */
  maxDocumentMb?: number;
  /** The curation file to replay (default: the corpus folder's kgraph-curation.yaml, when there is one). */
  curation?: string;
}

/** The JSON written by `--report`: what a benchmark needs to know about one build. */
export interface BuildReport {
  documents: number;
  words: number;
  extracted: number;
  cached: number;
  workers: number;
  /**
   * Seconds per stage (extract: reading and extracting, which overlap; resolve; assemble; layout: its own
   * time, on its thread; write), "total", and the thread seconds of extraction's parts ("extract.recognise"…,
   * summed over worker threads).
   */
  seconds: Record<string, number>;
  peakRssMB: number;
  /** Moments of the build in seconds since the process started (started, read, extracted, resolved, planned, edges encoded, laid out, written). */
  timeline: Record<string, number>;
  outputBytes: Record<string, number>;
  /** Where an extraction bound cut work: how often per bound, and each place (document path, character offset). */
  bounds: { counts: Record<string, number>; cuts: DocumentBoundCut[] };
  /** What became of the curation file's decisions, when one was replayed. */
  curation?: CurationSummary;
}

/** The build settings that the common command-line options ask for. */
export function settingsFromOptions(
  options: Pick<BuildCommandOptions, "recogniser" | "aliases" | "workers" | "followSymlinks" | "maxDocumentMb">,
): Partial<BuildSettings> {
  return {
    ...(options.followSymlinks ? { followSymlinks: true } : {}),
    ...(options.maxDocumentMb !== undefined ? { maxDocumentMB: options.maxDocumentMb } : {}),
    ...(options.recogniser ? { recogniser: options.recogniser } : {}),
    ...(options.aliases ? { aliases: readAliasFile(options.aliases) } : {}),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
  };
}

/** Builds and writes the graph; returns the build result and the graph's counts. Throws if nothing could be built. */
export async function runBuild(
  corpus: string,
  options: BuildCommandOptions,
): Promise<{ result: BuildResult; stats: GraphCounts }> {
  const tracer = options.report ? new Tracer() : undefined;
  tracer?.mark("started");
  const stop = tracer?.start("total");
  const progress = createProgress("extracting", options.quiet);
  const result = await buildGraph(corpus, {
    ...settingsFromOptions(options),
    ...(options.curation ? { curation: readCurationFile(options.curation) } : {}),
    out: options.out,
    cacheDir: join(options.out, ".cache", "extractions"),
    useCache: options.cache !== false,
    onProgress: (done, total) => progress.update(done, total),
    onWarning: (message) => console.error(`kgraph: warning: ${message}`),
    tracer,
  });
  progress.done();
  stop?.();
  if (options.report && tracer) {
    const report: BuildReport = {
      documents: result.documents,
      words: result.words,
      extracted: result.extracted,
      cached: result.cached,
      workers: result.workers,
      seconds: tracer.seconds,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      timeline: tracer.moments,
      outputBytes: Object.fromEntries(
        await Promise.all(result.files.map(async (f) => [basename(f), (await stat(f)).size] as const)),
      ),
      bounds: { counts: countBounds(result.boundCuts), cuts: result.boundCuts },
      ...(result.curation ? { curation: result.curation } : {}),
    };
    await writeFileAtomic(options.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  return { result, stats: graphCounts(result.graph) };
}

/** The build summary: documents, entities by type, relations, skipped files. */
export function formatBuildSummary(result: BuildResult, stats: GraphCounts = graphCounts(result.graph)): string {
  const lines = [
    `documents: ${result.documents} (${result.words} words; ${result.extracted} extracted${result.workers ? ` on ${result.workers} workers` : ""}, ${result.cached} from cache)`,
    `entities:  ${stats.entities} (${Object.entries(stats.entitiesByType)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ")})`,
    `relations: ${stats.relations} (${Object.entries(stats.relationsByPredicate)
      .map(([p, n]) => `${p} ${n}`)
      .join(", ")})`,
    ...boundLines(result.boundCuts),
    ...(result.curation
      ? [
          `curation:  ${result.curation.file}: ${result.curation.applied} of ${result.curation.decisions} decision(s) applied` +
            (result.curation.stale.length ? `, ${result.curation.stale.length} no longer apply (see above)` : ""),
        ]
      : []),
    `skipped:   ${result.problems.length}`,
    ...result.problems.map((p) => `  ${formatProblem(p)}`),
    `written:   ${result.files.join(", ")}`,
  ];
  return lines.join("\n");
}

/** How many cuts each bound made, by bound name in a fixed order. */
function countBounds(cuts: readonly DocumentBoundCut[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const cut of [...cuts].sort((a, b) => (a.bound < b.bound ? -1 : a.bound > b.bound ? 1 : 0)))
    counts[cut.bound] = (counts[cut.bound] ?? 0) + 1;
  return counts;
}

/** Shown at most: the first places where a bound cut work (all of them are in `--report`). */
const BOUND_PLACES_SHOWN = 5;

/** The summary's lines about extraction bounds: none when no bound cut anything. */
function boundLines(cuts: readonly DocumentBoundCut[]): string[] {
  if (!cuts.length) return [];
  const documents = new Set(cuts.map((c) => c.document)).size;
  const counts = Object.entries(countBounds(cuts))
    .map(([bound, n]) => `${bound} ${n}`)
    .join(", ");
  return [
    `bounded:   ${cuts.length} cut(s) in ${documents} document(s) (${counts}); every place is in --report`,
    ...cuts.slice(0, BOUND_PLACES_SHOWN).map((c) => `  ${c.document} at character ${c.start}: ${c.bound}`),
    ...(cuts.length > BOUND_PLACES_SHOWN ? [`  … and ${cuts.length - BOUND_PLACES_SHOWN} more`] : []),
  ];
}

/** Registers `build`. Exit code 0: all read; 2: built, but some files or lines were skipped. */
export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("build the knowledge graph of a corpus folder (.txt, .md, .html, .jsonl, read recursively)")
    .argument("[corpus]", "corpus folder", "corpus")
    .option("-o, --out <dir>", "output folder", "graph-output")
    .option("--recogniser <name>", "entity recogniser")
    .option("--aliases <file>", "your own alias file (JSON or YAML), added to the built-in aliases")
    .option("-w, --workers <n>", "extraction threads (default: one per core)", parseCount)
    .option("--no-cache", "extract every document again instead of reusing the extraction cache")
    .option("-q, --quiet", "no progress bar")
    .option("--report <file>", "write a JSON report of the build: stage times, peak memory, output sizes")
    .option("--follow-symlinks", "read files that links in the corpus point to outside it (skipped by default)")
    .option("--max-document-mb <mb>", "skip documents larger than this many megabytes (default 20)", parsePositive)
    .option("--curation <file>", "curation file to replay (default: kgraph-curation.yaml in the corpus folder)")
    .action(async (corpus: string, options: BuildCommandOptions) => {
      const { result, stats } = await runBuild(corpus, options);
      // Decisions that no longer apply are said, never silently dropped; they do not fail the build.
      for (const s of result.curation?.stale ?? [])
        console.error(
          `kgraph: warning: ${result.curation!.file}${s.line ? `:${s.line}` : ""}: decision ${s.index} (${s.decision}) no longer applies: ${s.problem}`,
        );
      console.log(formatBuildSummary(result, stats));
      if (result.problems.length) {
        console.error(`kgraph: ${result.problems.length} file(s) or line(s) skipped; see above`);
        process.exitCode = 2;
      }
    });
}

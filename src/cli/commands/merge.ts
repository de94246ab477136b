/**
 * `kgraph merge <extractions…> [--out dir]`: joins the files of `kgraph extract --shard i/n` into one graph,
 * the same graph a single `kgraph build` of the whole corpus gives.
 */
import type { Command } from "commander";
import { readShards } from "../../cache/index.js";
import { formatProblem } from "../../corpus/index.js";
import { graphFromExtractions } from "../../pipeline.js";
import { resolveSettings } from "../../settings.js";

/** Merges extraction files and writes the graph files into `out`; returns the files written and the problems carried. */
export async function runMerge(
  paths: readonly string[],
  out: string,
): Promise<{ files: string[]; documents: number; problems: string[] }> {
  const { header, extractions, problems } = await readShards(paths);
  const settings = resolveSettings({ recogniser: header.recogniser, aliases: header.aliases, out });
  const { files } = await graphFromExtractions(extractions, settings);
  return { files, documents: extractions.length, problems: problems.map(formatProblem) };
}

/** Registers `merge`. */
export function registerMerge(program: Command): void {
  program
    .command("merge")
    .description("build the graph from extraction files made by `kgraph extract --shard i/n`")
    .argument("<files...>", "extraction files, one per shard")
    .option("-o, --out <dir>", "output folder", "graph-output")
    .action(async (files: string[], options: { out: string }) => {
      const result = await runMerge(files, options.out);
      console.log(`documents: ${result.documents}\nskipped:   ${result.problems.length}`);
      for (const p of result.problems) console.log(`  ${p}`);
      console.log(`written:   ${result.files.join(", ")}`);
      if (result.problems.length) process.exitCode = 2;
    });
}

/**
 * `kgraph merge <extractions…> [--out dir]`: joins the files of `kgraph extract --shard i/n` into one graph,
 * the same graph a single `kgraph build` of the whole corpus gives.
 */
import type { Command } from "commander";
import { readShards } from "../../cache/index.js";
import { formatProblem } from "../../corpus/index.js";
import { readCurationFile } from "../../curate/index.js";
import { graphFromExtractions } from "../../pipeline.js";
import { resolveSettings } from "../../settings.js";

/** Merges extraction files and writes the graph files into `out`; returns the files written and the problems carried. */
export async function runMerge(
  paths: readonly string[],
  out: string,
  curationFile?: string,
): Promise<{ files: string[]; documents: number; problems: string[]; stale: string[] }> {
  const { header, extractions, problems } = await readShards(paths);
  const settings = resolveSettings({
    recogniser: header.recogniser,
    aliases: header.aliases,
    out,
    ...(curationFile ? { curation: readCurationFile(curationFile) } : {}),
  });
  const { files, curation } = await graphFromExtractions(extractions, settings);
  const stale = (curation?.stale ?? []).map(
    (s) =>
      `${curation!.file}${s.line ? `:${s.line}` : ""}: decision ${s.index} (${s.decision}) no longer applies: ${s.problem}`,
  );
  return { files, documents: extractions.length, problems: problems.map(formatProblem), stale };
}

/** Registers `merge`. */
export function registerMerge(program: Command): void {
  program
    .command("merge")
    .description("build the graph from extraction files made by `kgraph extract --shard i/n`")
    .argument("<files...>", "extraction files, one per shard")
    .option("-o, --out <dir>", "output folder", "graph-output")
    .option("--curation <file>", "curation file to replay (a build of the corpus folder reads its own)")
    .action(async (files: string[], options: { out: string; curation?: string }) => {
      const result = await runMerge(files, options.out, options.curation);
      for (const line of result.stale) console.error(`kgraph: warning: ${line}`);
      console.log(`documents: ${result.documents}\nskipped:   ${result.problems.length}`);
      for (const p of result.problems) console.log(`  ${p}`);
      console.log(`written:   ${result.files.join(", ")}`);
      if (result.problems.length) process.exitCode = 2;
    });
}

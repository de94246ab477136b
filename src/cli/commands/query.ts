/**
 * Query commands over a built graph: `neighbours`, `path`, `stats`.
 */
import type { Command } from "commander";
import { ENTITY_TYPES, PREDICATES, explain, graphStats, loadGraph, neighbours } from "../../query/index.js";
import { formatExplanation, formatNeighbours, formatStats } from "../format.js";
import { DEFAULT_GRAPH, collectList, parseCount, parseNumber } from "../options.js";

interface NeighboursCommandOptions {
  graph: string;
  depth: number;
  type?: string[];
  predicate?: string[];
  minWeight?: number;
  candidates?: boolean;
  json?: boolean;
}

/** Registers `neighbours`, `path` and `stats`. */
export function registerQueries(program: Command): void {
  program
    .command("neighbours")
    .alias("neighbors")
    .description("the entities related to an entity, with predicates, weights and evidence sentences")
    .argument("<name>", "an entity's name or alias")
    .option("-g, --graph <file>", "graph to query", DEFAULT_GRAPH)
    .option("-d, --depth <n>", "hops", parseCount, 1)
    .option("-t, --type <types>", `keep neighbours of these entity types (${ENTITY_TYPES.join(", ")})`, collectList)
    .option(
      "-p, --predicate <predicates>",
      `keep relations with these predicates (${PREDICATES.join(", ")})`,
      collectList,
    )
    .option("--min-weight <w>", "keep relations with at least this weight", parseNumber)
    .option("--candidates", "also follow candidate relations (typed, below the default confidence threshold)")
    .option("--json", "JSON output")
    .action(async (name: string, options: NeighboursCommandOptions) => {
      const graph = await loadGraph(options.graph);
      const result = neighbours(graph, name, {
        depth: options.depth,
        ...(options.type ? { types: options.type } : {}),
        ...(options.predicate ? { predicates: options.predicate } : {}),
        ...(options.minWeight !== undefined ? { minWeight: options.minWeight } : {}),
        candidates: options.candidates ?? false,
      });
      console.log(options.json ? JSON.stringify(result) : formatNeighbours(result));
    });

  program
    .command("path")
    .description("how two entities are connected: direct relations, or the shortest path with evidence for each hop")
    .argument("<a>", "an entity's name or alias")
    .argument("<b>", "another entity's name or alias")
    .option("-g, --graph <file>", "graph to query", DEFAULT_GRAPH)
    .option("--candidates", "also use candidate relations (typed, below the default confidence threshold)")
    .option("--json", "JSON output")
    .action(async (a: string, b: string, options: { graph: string; candidates?: boolean; json?: boolean }) => {
      const result = explain(await loadGraph(options.graph), a, b, { candidates: options.candidates ?? false });
      console.log(options.json ? JSON.stringify(result) : formatExplanation(result));
      if (!result.direct.length && !result.path.length) process.exitCode = 1;
    });

  program
    .command("stats")
    .description("counts of documents, entities by type and relations by predicate; the most mentioned entities")
    .option("-g, --graph <file>", "graph to query", DEFAULT_GRAPH)
    .option("--json", "JSON output")
    .action(async (options: { graph: string; json?: boolean }) => {
      const stats = graphStats(await loadGraph(options.graph));
      console.log(options.json ? JSON.stringify(stats) : formatStats(stats));
    });
}

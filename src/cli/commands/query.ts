/**
 * Query commands over a built graph: `neighbours`, `path`, `stats`.
 */
import type { Command } from "commander";
import {
  ENTITY_TYPES,
  PREDICATES,
  explain,
  findEntity,
  graphStats,
  loadGraph,
  neighbours,
  sliceGraph,
  timeline,
} from "../../query/index.js";
import { formatExplanation, formatNeighbours, formatStats, formatTimeline } from "../format.js";
import {
  DEFAULT_GRAPH,
  collectList,
  parseCount,
  parseNumber,
  sliceOptions,
  withPeriodOptions,
  type PeriodCommandOptions,
} from "../options.js";

/**
 * The graph file named by the options, cut to their period and minimum sources. The entities named are found in
 * the whole graph (an unknown name is an error with suggestions) and kept in the cut even when it leaves them
 * nothing, so that a query answers "no relations then" rather than "no such entity".
 */
async function loadSlice(options: PeriodCommandOptions & { graph: string }, names: readonly string[] = []) {
  const graph = await loadGraph(options.graph);
  return sliceGraph(graph, { ...sliceOptions(options), keep: names.map((name) => findEntity(graph, name)) });
}

interface NeighboursCommandOptions extends PeriodCommandOptions {
  graph: string;
  depth: number;
  type?: string[];
  predicate?: string[];
  minWeight?: number;
  candidates?: boolean;
  json?: boolean;
}

/** Registers `neighbours`, `path`, `stats` and `timeline`. */
export function registerQueries(program: Command): void {
  withPeriodOptions(program.command("neighbours"))
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
      const graph = await loadSlice(options, [name]);
      const result = neighbours(graph, name, {
        depth: options.depth,
        ...(options.type ? { types: options.type } : {}),
        ...(options.predicate ? { predicates: options.predicate } : {}),
        ...(options.minWeight !== undefined ? { minWeight: options.minWeight } : {}),
        candidates: options.candidates ?? false,
      });
      console.log(options.json ? JSON.stringify(result) : formatNeighbours(result));
    });

  withPeriodOptions(program.command("path"))
    .description("how two entities are connected: direct relations, or the shortest path with evidence for each hop")
    .argument("<a>", "an entity's name or alias")
    .argument("<b>", "another entity's name or alias")
    .option("-g, --graph <file>", "graph to query", DEFAULT_GRAPH)
    .option("--candidates", "also use candidate relations (typed, below the default confidence threshold)")
    .option("--json", "JSON output")
    .action(
      async (
        a: string,
        b: string,
        options: PeriodCommandOptions & { graph: string; candidates?: boolean; json?: boolean },
      ) => {
        const result = explain(await loadSlice(options, [a, b]), a, b, { candidates: options.candidates ?? false });
        console.log(options.json ? JSON.stringify(result) : formatExplanation(result));
        if (!result.direct.length && !result.path.length) process.exitCode = 1;
      },
    );

  withPeriodOptions(program.command("stats"))
    .description("counts of documents, entities by type and relations by predicate; the most mentioned entities")
    .option("-g, --graph <file>", "graph to query", DEFAULT_GRAPH)
    .option("--json", "JSON output")
    .action(async (options: PeriodCommandOptions & { graph: string; json?: boolean }) => {
      const stats = graphStats(await loadSlice(options));
      console.log(options.json ? JSON.stringify(stats) : formatStats(stats));
    });

  withPeriodOptions(program.command("timeline"))
    .description("an entity's mentions per month and its relations in order of first appearance")
    .argument("<name>", "an entity's name or alias")
    .option("-g, --graph <file>", "graph to query", DEFAULT_GRAPH)
    .option("--candidates", "also list candidate relations (typed, below the default confidence threshold)")
    .option("--json", "JSON output")
    .action(
      async (name: string, options: PeriodCommandOptions & { graph: string; candidates?: boolean; json?: boolean }) => {
        const result = timeline(await loadSlice(options, [name]), name, { candidates: options.candidates ?? false });
        console.log(options.json ? JSON.stringify(result) : formatTimeline(result));
      },
    );
}

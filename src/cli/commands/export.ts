/**
 * `kgraph export --format json|gexf|graphml`: re-exports a built graph in one format, to a file or stdout.
 */
import { Option, type Command } from "commander";
import { EXPORT_FORMATS, serialise, type ExportFormat } from "../../export/index.js";
import { writeFileAtomic } from "../../util/atomic.js";
import { loadGraph, sliceGraph, subgraph } from "../../query/index.js";
import {
  DEFAULT_GRAPH,
  collectList,
  parseCount,
  sliceOptions,
  withPeriodOptions,
  type PeriodCommandOptions,
} from "../options.js";

/** Registers `export`. */
export function registerExport(program: Command): void {
  withPeriodOptions(program.command("export"))
    .description(
      "export a built graph, or the neighbourhood of some entities, as JSON (graphology), GEXF 1.3 (Gephi) or GraphML",
    )
    .addOption(
      new Option("-f, --format <format>", "output format").choices(Object.keys(EXPORT_FORMATS)).makeOptionMandatory(),
    )
    .option("-g, --graph <file>", "graph to export", DEFAULT_GRAPH)
    .option("-o, --out <file>", "output file (default: standard output)")
    .option(
      "--around <names>",
      "export only the neighbourhood of these entities (comma-separated or repeated)",
      collectList,
    )
    .option("-d, --depth <n>", "with --around: hops from those entities", parseCount, 1)
    .option("--dynamic", "GEXF only: a dynamic graph whose nodes and edges carry spells from the documents' dates")
    .action(
      async (
        options: PeriodCommandOptions & {
          format: ExportFormat;
          graph: string;
          out?: string;
          around?: string[];
          depth: number;
          dynamic?: boolean;
        },
      ) => {
        const full = sliceGraph(await loadGraph(options.graph), sliceOptions(options));
        const graph = options.around ? subgraph(full, options.around, { depth: options.depth }) : full;
        const content = serialise(graph, options.format, { dynamic: options.dynamic ?? false });
        if (options.out) {
          await writeFileAtomic(options.out, content);
          console.error(`kgraph: wrote ${options.out}`);
        } else process.stdout.write(content.endsWith("\n") ? content : `${content}\n`);
      },
    );
}

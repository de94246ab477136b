/**
 * `kgraph eval quotes <judged-file> --graph <graph.json>`: quotation finding and speaker attribution on a judged set.
 */
import type { Command } from "commander";
import { evaluateJudgedQuotes, formatQuoteEvaluation, readJudgedQuotes } from "../../eval/index.js";
import { loadGraph } from "../../query/index.js";

/** Adds the `quotes` subcommand to the `eval` parent command. */
export function registerEvalQuotes(evalCommand: Command): Command {
  return evalCommand
    .command("quotes")
    .description("quotations found and speakers attributed, on a judged set (tests/quotes/judged/bbc-quotes.jsonl)")
    .argument("<judged>", "judged quotes JSONL")
    .requiredOption("--graph <file>", "graph.json built from the corpus of the judged set")
    .option("--verbose", "list the wrong and the missed quotations")
    .option("--json", "one JSON object")
    .action(async (judged: string, options: { graph: string; verbose?: boolean; json?: boolean }) => {
      const e = evaluateJudgedQuotes(await loadGraph(options.graph), readJudgedQuotes(judged));
      console.log(
        options.json
          ? JSON.stringify({
              judged: e.judged,
              found: e.found,
              right: e.right,
              recall: e.recall,
              attribution: e.attribution,
            })
          : formatQuoteEvaluation(e, options.verbose),
      );
    });
}

/**
 * `kgraph eval relations <judged-file> --graph <graph.json>`: precision of typed relations on a hand-judged sample
 * of a graph's edges (tests/relations/judged/bbc-relations.jsonl for the BBC graph), per predicate and overall.
 */
import type { Command } from "commander";
import { evaluateJudgedRelations, formatJudgedEvaluation, readJudgedRelations } from "../../eval/index.js";
import { loadGraph } from "../../query/index.js";

/** Adds the `relations` subcommand to the `eval` parent command. */
export function registerEvalRelations(evalCommand: Command): Command {
  return evalCommand
    .command("relations")
    .description("precision of typed relations on a judged sample of a graph's edges, per predicate and overall")
    .argument("<judged>", "judged JSONL, e.g. tests/relations/judged/bbc-relations.jsonl")
    .requiredOption("--graph <file>", "graph.json built from the corpus the sample was drawn from")
    .option("--candidates", "count candidate edges (below the default threshold) as produced")
    .option("--verbose", "list the wrong edges still produced and the right edges no longer produced")
    .option("--json", "one JSON object")
    .action(
      async (judged: string, options: { graph: string; candidates?: boolean; verbose?: boolean; json?: boolean }) => {
        const evaluation = evaluateJudgedRelations(await loadGraph(options.graph), readJudgedRelations(judged), {
          candidates: options.candidates ?? false,
        });
        console.log(
          options.json
            ? JSON.stringify({ overall: evaluation.overall, perPredicate: evaluation.perPredicate })
            : formatJudgedEvaluation(evaluation, options.verbose),
        );
      },
    );
}

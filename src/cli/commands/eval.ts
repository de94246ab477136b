/**
 * `kgraph eval …`: the evaluations against public data sets (entity recognition, relations, coreference).
 */
import type { Command } from "commander";
import {
  evaluateCoref,
  evaluateJudgedFile,
  formatCorefReport,
  formatJudgedReport,
  judgedReportJson,
} from "../../eval/index.js";
import { getRecogniser } from "../../nlp/index.js";
import { registerEvalConll } from "./eval-conll.js";
import { registerEvalConll04 } from "./eval-conll04.js";
import { registerEvalQuotes } from "./eval-quotes.js";
import { registerEvalRelations } from "./eval-relations.js";

/** Registers `eval` and its subcommands. */
export function registerEval(program: Command): Command {
  const evalCommand = program.command("eval").description("evaluate kgraph on public data sets");
  registerEvalConll(evalCommand);
  registerEvalConll04(evalCommand);
  registerEvalRelations(evalCommand);
  registerEvalQuotes(evalCommand);
  evalCommand
    .command("coref")
    .description(
      "entity resolution on Re-DocRED: pairwise-link and B³ precision/recall/F1, on gold mentions and end to end",
    )
    .argument("<file>", "Re-DocRED JSON, e.g. ../shared/data/re-docred/dev_revised.json")
    .option("--recogniser <name>", "entity recogniser for the end-to-end setting")
    .option("--json", "one JSON object")
    .action(async (file: string, options: { recogniser?: string; json?: boolean }) => {
      const report = await evaluateCoref(file, await getRecogniser(options.recogniser));
      console.log(options.json ? JSON.stringify(report) : formatCorefReport(report));
    });
  evalCommand
    .command("judged")
    .description("a built graph against a judged development set: share correct (most mentioned, random), groups split")
    .argument("<file>", "judged set, e.g. tests/resolve/judged/bbc-news.json")
    .option("--graph <file>", "graph.json to score", "graph-output/graph.json")
    .option("--wrong", "list the items judged wrong, with the reason")
    .option("--json", "one JSON object")
    .action(async (file: string, options: { graph: string; wrong?: boolean; json?: boolean }) => {
      const report = await evaluateJudgedFile(file, options.graph);
      console.log(options.json ? judgedReportJson(report) : formatJudgedReport(report, options.wrong));
    });
  return evalCommand;
}

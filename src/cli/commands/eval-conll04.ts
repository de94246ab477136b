/**
 * `kgraph eval conll04 <file> [--json]`: relation extraction scores on a CoNLL04 file (SpERT JSON): strict
 * P/R/F1 per relation type and overall, with gold entities and end to end with kgraph's own recogniser.
 */
import type { Command } from "commander";
import { conll04EvaluationJson, evaluateConll04File, formatConll04Evaluation } from "../../eval/index.js";
import { getRecogniser } from "../../nlp/index.js";

/** Adds the `conll04` subcommand to the `eval` parent command. */
export function registerEvalConll04(evalCommand: Command): Command {
  return evalCommand
    .command("conll04")
    .description("relation extraction on CoNLL04: strict P/R/F1 per relation type, with gold entities and end to end")
    .argument("<file>", "CoNLL04 JSON, e.g. ../shared/data/conll04/conll04_dev.json")
    .option("--recogniser <name>", "entity recogniser for the end-to-end setting (default: the trained model)")
    .option("--json", "print one JSON object line")
    .action(async (file: string, options: { recogniser?: string; json?: boolean }) => {
      const recogniser = await getRecogniser(options.recogniser);
      const result = evaluateConll04File(file, recogniser);
      console.log(options.json ? conll04EvaluationJson(result) : formatConll04Evaluation(result, recogniser.name));
    });
}

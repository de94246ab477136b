/**
 * `kgraph eval conll <file> [--json]`: entity-recognition scores of the trained model on a CoNLL-2003 file
 * (exact-span P/R/F1 per type, overall over PER/LOC/ORG, and tagging speed).
 */
import type { Command } from "commander";
import { evaluateConllFile, formatConllEvaluation, type ConllEvaluation, prfOf } from "../../eval/index.js";

const prf = prfOf;

/** The one-line JSON shape of `--json`: P/R/F1 per type, overall, and tokens per second. */
export function conllEvaluationJson(e: ConllEvaluation): string {
  return JSON.stringify({
    overall: prf(e.overall),
    PER: prf(e.PER),
    LOC: prf(e.LOC),
    ORG: prf(e.ORG),
    MISC: prf(e.MISC),
    tokensPerSecond: Math.round(e.tokensPerSecond),
  });
}

/** Adds the `conll` subcommand to the `eval` parent command. */
export function registerEvalConll(evalCommand: Command): Command {
  return evalCommand
    .command("conll")
    .description("named-entity recognition on CoNLL-2003 (IOB1): exact-span P/R/F1, overall over PER/LOC/ORG")
    .argument("<file>", "CoNLL-2003 file, e.g. ../shared/data/conll2003/eng.testa")
    .option("--json", "print one JSON object line")
    .action((file: string, options: { json?: boolean }) => {
      const result = evaluateConllFile(file);
      console.log(options.json ? conllEvaluationJson(result) : formatConllEvaluation(result));
    });
}

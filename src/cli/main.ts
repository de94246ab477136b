#!/usr/bin/env node
/**
 * The `kgraph` command. Only the CLI touches process.argv, exit codes and the console; every command is a
 * plain function underneath that tests and the library can call.
 */
import { Command } from "commander";
import { KgraphError } from "../errors.js";
import { VERSION } from "../version.js";
import { registerBuild } from "./commands/build.js";
import { registerEval } from "./commands/eval.js";
import { registerExport } from "./commands/export.js";
import { registerExtract } from "./commands/extract.js";
import { registerMerge } from "./commands/merge.js";
import { registerQueries } from "./commands/query.js";
import { registerServe } from "./commands/serve.js";

/** The command-line program with every command registered (commander: the standard Node argument parser). */
export function createProgram(): Command {
  const program = new Command()
    .name("kgraph")
    .description("Build a knowledge graph of people, places, organisations and media outlets from news articles.")
    .version(VERSION)
    .showHelpAfterError();
  registerBuild(program);
  registerExtract(program);
  registerQueries(program);
  registerMerge(program);
  registerExport(program);
  registerEval(program);
  registerServe(program);
  return program;
}

try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof KgraphError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
}

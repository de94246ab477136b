#!/usr/bin/env -S node --max-semi-space-size=64
/**
 * The `kgraph` command. Only the CLI touches process.argv, exit codes and the console; every command is a
 * plain function underneath that tests and the library can call.
 *
 * Node runs it with 64 MB semi-spaces (the shebang; `npm start` and the bench pass the same option). A build's
 * main thread parses every cached extraction and builds the graph: with V8's default young generation it spent
 * a fifth of its time in scavenges; three alternating pairs of BBC rebuilds reached the layout 0.6-1.9 s sooner
 * with the option, for a larger young generation (up to about 200 MB). The option cannot be set from inside the
 * process (v8.setFlagsFromString comes too late to resize the heap).
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

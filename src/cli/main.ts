#!/usr/bin/env node
/**
 * The `kgraph` command. Only the CLI touches process.argv, exit codes and the console; every command is a
 * plain function underneath that tests and the library can call.
 */
import { Command } from "commander";
import { KgraphError } from "../errors.js";
import { VERSION } from "../version.js";
/** Registers one or more commands on the program. */
type Register = (program: Command) => void;

/**
 * The commands, in the order help lists them, each with the module that registers it. A run loads only the
 * module of the command it names: the others' libraries (the evaluation sets' readers, the web server, the
 * query engine…) took a tenth of a second of every `kgraph build`.
 */
const COMMANDS: ReadonlyArray<{ names: readonly string[]; load: () => Promise<Register> }> = [
  { names: ["build"], load: async () => (await import("./commands/build.js")).registerBuild },
  { names: ["extract"], load: async () => (await import("./commands/extract.js")).registerExtract },
  {
    names: ["neighbours", "neighbors", "path", "stats", "timeline"],
    load: async () => (await import("./commands/query.js")).registerQueries,
  },
  { names: ["quotes"], load: async () => (await import("./commands/quotes.js")).registerQuotes },
  { names: ["merge"], load: async () => (await import("./commands/merge.js")).registerMerge },
  { names: ["export"], load: async () => (await import("./commands/export.js")).registerExport },
  { names: ["eval"], load: async () => (await import("./commands/eval.js")).registerEval },
  { names: ["serve"], load: async () => (await import("./commands/serve.js")).registerServe },
  { names: ["why"], load: async () => (await import("./commands/why.js")).registerWhy },
  { names: ["curate"], load: async () => (await import("./commands/curate.js")).registerCurate },
  { names: ["report"], load: async () => (await import("./commands/report.js")).registerReport },
];

/**
 * The command-line program (commander: the standard Node argument parser) with the command `argv` names
 * registered, or every command when it names none it knows (help, a typo: commander then lists them all).
 */
export async function createProgram(argv: readonly string[] = process.argv): Promise<Command> {
  const program = new Command()
    .name("kgraph")
    .description("Build a knowledge graph of people, places, organisations and media outlets from news articles.")
    .version(VERSION)
    .showHelpAfterError();
  const named = COMMANDS.find((c) => c.names.includes(argv[2] ?? ""));
  for (const command of named ? [named] : COMMANDS) (await command.load())(program);
  return program;
}

try {
  await (await createProgram()).parseAsync(process.argv);
} catch (error) {
  if (error instanceof KgraphError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
}

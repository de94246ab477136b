/**
 * `kgraph serve`: serves the viewer and a built graph on 127.0.0.1 and prints the URL; runs until Ctrl-C.
 */
import type { Command } from "commander";
import { join } from "node:path";
import { CURATION_FILE } from "../../curate/index.js";
import { KgraphError } from "../../errors.js";
import { startServer } from "../../serve/index.js";

/** Options of `kgraph serve` as commander parses them. */
interface ServeCommandOptions {
  port: string;
  graphDir: string;
  host: string;
  corpus: string;
  curation?: string;
  readOnly?: boolean;
}

/** Registers `kgraph serve [--port] [--graph-dir] [--host]` on the program. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the interactive viewer for a built graph")
    .option("-p, --port <port>", "port to listen on (0 = any free port)", "8080")
    .option("-g, --graph-dir <dir>", "folder holding graph.json (the build's --out)", "graph-output")
    .option("--host <host>", "interface to bind (keep 127.0.0.1 unless you mean to share the graph)", "127.0.0.1")
    .option("-c, --corpus <dir>", "corpus folder whose kgraph-curation.yaml the viewer's decisions go to", "corpus")
    .option("--curation <file>", "curation file the viewer's decisions go to (instead of the corpus folder's)")
    .option("--read-only", "accept no curation from the viewer (for sharing the graph)")
    .action(async (options: ServeCommandOptions) => {
      await runServe(options);
    });
}

/** Starts the server, prints its URL and resolves only after SIGINT/SIGTERM has closed it. */
async function runServe(options: ServeCommandOptions): Promise<void> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`kgraph: --port must be an integer from 0 to 65535, got "${options.port}"`);
    process.exitCode = 1;
    return;
  }
  let server;
  try {
    server = await startServer({
      graphDir: options.graphDir,
      port,
      host: options.host,
      curationFile: options.curation ?? join(options.corpus, CURATION_FILE),
      readOnly: options.readOnly ?? false,
    });
  } catch (error) {
    if (error instanceof KgraphError || (error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      console.error((error as Error).message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  console.log(`kgraph viewer: ${server.url}  (Ctrl-C to stop)`);
  console.log(
    options.readOnly
      ? "curation: read-only"
      : `curation: the viewer's decisions go to ${options.curation ?? join(options.corpus, CURATION_FILE)}; rebuild to replay them`,
  );
  const running = server;
  await new Promise<void>((resolvePromise) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void running.close().then(resolvePromise, resolvePromise);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

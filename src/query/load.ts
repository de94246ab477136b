/**
 * Loading a graph written by `kgraph build` (graph.json) back into graphology.
 */
import { readFile } from "node:fs/promises";
import graphology from "graphology";
import { GraphFileError } from "../errors.js";
import { SCHEMA_VERSION, type KnowledgeGraph } from "../graph/index.js";

/** Reads graph.json; throws GraphFileError naming the file when it is missing, not JSON, or not a kgraph graph. */
export async function loadGraph(path: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new GraphFileError(
      `cannot read graph "${path}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); run "kgraph build" first`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(`graph "${path}" is not valid JSON (${(error as Error).message})`);
  }
  const version = (data as { attributes?: { schemaVersion?: unknown } })?.attributes?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new GraphFileError(
      `"${path}" is not a kgraph graph of schema ${SCHEMA_VERSION} (found ${JSON.stringify(version)}); rebuild it with "kgraph build"`,
    );
  }
  return graphology.MultiGraph.from(data as never) as unknown as KnowledgeGraph;
}

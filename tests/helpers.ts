/**
 * Shared test fixtures: the seed-corpus graph, built once per test file.
 */
import { join } from "node:path";
import type { KnowledgeGraph } from "../src/graph/schema.js";
import { buildGraph, type BuildResult } from "../src/pipeline.js";
import { repoRoot } from "./shared-data.js";

let seed: Promise<BuildResult> | undefined;

/** The build of the bundled seed corpus (cached for the test file). */
export function seedBuild(): Promise<BuildResult> {
  seed ??= buildGraph(join(repoRoot, "corpus"));
  return seed;
}

/** The seed corpus graph. */
export async function seedGraph(): Promise<KnowledgeGraph> {
  return (await seedBuild()).graph;
}

/** Path of the built CLI (npm test builds it first). */
export const cliPath = join(repoRoot, "dist", "cli", "main.js");

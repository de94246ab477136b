/**
 * Shared test fixtures: the seed-corpus graph, built once per test file.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
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

/** Runs the built CLI; resolves with stdout, stderr and the exit code (never rejects on a non-zero exit). */
export async function kgraph(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await promisify(execFile)("node", [cliPath, ...args], {
      cwd: repoRoot,
      maxBuffer: 64 << 20,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

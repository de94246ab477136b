/**
 * Locates `../shared` (the project's shared data sets, present in CI, absent on a fresh clone).
 * Tests that need it use `describeWithShared`, which skips them with a clear reason when it is absent.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe } from "vitest";

/** Repository root (the folder holding package.json). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Absolute path of ../shared, or undefined when it is not beside the repository. */
export const sharedDir: string | undefined = (() => {
  const dir = process.env.KGRAPH_SHARED ?? resolve(repoRoot, "..", "shared");
  return existsSync(resolve(dir, "data")) ? dir : undefined;
})();

/** A path inside ../shared; only call it inside a `describeWithShared` block. */
export function sharedPath(...parts: string[]): string {
  if (!sharedDir) throw new Error("../shared is absent: this test needs the shared data sets");
  return resolve(sharedDir, ...parts);
}

/** `describe` that runs only when ../shared is present, and says why it was skipped otherwise. */
export const describeWithShared: typeof describe = sharedDir
  ? describe
  : (((name: string, ...rest: unknown[]) =>
      (describe.skip as (...a: unknown[]) => void)(
        `${name} (skipped: ../shared not found beside the repository)`,
        ...rest,
      )) as unknown as typeof describe);

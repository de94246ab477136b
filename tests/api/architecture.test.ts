/**
 * The README's table of who imports whom ("How it works") is the code's: every arrow is an import between stage
 * folders of src/, and every such import is an arrow. The shared modules (types, contract, bounds, errors, version, util/) and
 * the scripts are left out, as the README says.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../shared-data.js";

const SRC = join(repoRoot, "src");
const SHARED = new Set(["types", "contract", "bounds", "errors", "version", "util", "scripts"]);

/** The stage of a file: its folder under src/, or the file's own name for a top-level module. */
function stageOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.[jt]s$/, "");
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Stage → the stages it imports (static and dynamic imports, re-exports). */
function importsInCode(): Map<string, Set<string>> {
  const imports = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = stageOf(file);
    if (SHARED.has(from)) continue;
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/(?:from|import\()\s*"(\.[^"]+)"/g)) {
      const to = stageOf(normalize(join(dirname(file), spec!)));
      if (to === from || SHARED.has(to)) continue;
      if (!imports.has(from)) imports.set(from, new Set());
      imports.get(from)!.add(to);
    }
  }
  return imports;
}

/** The table in the README, after the `<!-- stage-imports -->` marker. */
function importsInReadme(): Map<string, Set<string>> {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const block = /<!-- stage-imports -->\s*```\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error("README.md has no stage-imports table");
  const imports = new Map<string, Set<string>>();
  for (const line of block[1]!.trim().split("\n")) {
    const [from, to] = line.split("→").map((part) => part.trim());
    imports.set(from!, new Set(to!.split(/\s+/)));
  }
  return imports;
}

const sorted = (map: Map<string, Set<string>>) =>
  Object.fromEntries([...map].map(([from, to]) => [from, [...to].sort()]).sort(([a], [b]) => (a! < b! ? -1 : 1)));

describe("the README's stage imports", () => {
  it("are the imports between stages in src/, no more and no fewer", () => {
    expect(sorted(importsInReadme())).toEqual(sorted(importsInCode()));
  });

  it("have no cycle", () => {
    const imports = importsInCode();
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (stage: string, path: string[]): void => {
      if (done.has(stage)) return;
      if (visiting.has(stage)) throw new Error(`import cycle: ${[...path, stage].join(" → ")}`);
      visiting.add(stage);
      for (const next of imports.get(stage) ?? []) visit(next, [...path, stage]);
      visiting.delete(stage);
      done.add(stage);
    };
    for (const stage of imports.keys()) visit(stage, []);
  });
});

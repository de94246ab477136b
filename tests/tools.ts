/**
 * External test tools (xmllint, python3 with networkx, chromium). On a developer's fresh clone a missing tool
 * skips the tests that need it, with the reason; in CI (CI=true) a missing tool fails them, since .ci/run
 * installs every tool and a silent skip there would hide a broken check.
 */
import { spawnSync } from "node:child_process";
import { describe } from "vitest";

/** True when `command args…` runs and exits 0. */
export function toolWorks(command: string, args: string[]): boolean {
  const r = spawnSync(command, args, { stdio: "ignore" });
  return r.status === 0;
}

/** `describe` that runs when the tool works (or in CI, where it must), and skips with the reason otherwise. */
export function describeWithTool(tool: string, works: boolean): typeof describe {
  if (works || process.env.CI) return describe;
  return ((name: string, ...rest: unknown[]) =>
    (describe.skip as (...a: unknown[]) => void)(
      `${name} (skipped: ${tool} not available; CI installs it)`,
      ...rest,
    )) as unknown as typeof describe;
}

export const hasXmllint = toolWorks("xmllint", ["--version"]);
export const hasNetworkx = toolWorks("python3", ["-c", "import networkx"]);

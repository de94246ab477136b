/**
 * What the Chromium tests share: the viewer built from source (never a stale viewer/dist) and choosing an entity
 * through the search box.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { describe } from "vitest";
import { repoRoot } from "../viewer/fixture.js";

/** Builds the viewer from its sources into `outDir`. */
export async function buildViewer(outDir: string): Promise<void> {
  await build({
    root: join(repoRoot, "viewer"),
    configFile: join(repoRoot, "viewer", "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
}

/** Types `query` in the search box, takes the suggestion for `label`, and waits for its details panel. */
export async function searchAndChoose(page: Page, query: string, label: string): Promise<void> {
  const search = page.getByRole("combobox", { name: "Search entities" });
  await search.fill(query);
  await page
    .getByRole("option", { name: new RegExp(label) })
    .first()
    .waitFor();
  await search.press("Enter");
  await page.getByRole("region", { name: "Details" }).getByRole("heading", { name: label, exact: true }).waitFor();
}

/** Debian's Chromium, which the browser tests drive with playwright-core. */
export const CHROMIUM = "/usr/bin/chromium";

/** `describe` when Chromium is installed; otherwise a skip that says how to install it. */
export const describeBrowser: typeof describe = existsSync(CHROMIUM)
  ? describe
  : (((name: string, ...rest: unknown[]) =>
      (describe.skip as (...a: unknown[]) => void)(
        `${name} (skipped: ${CHROMIUM} not found; install it with \`apt-get install -y chromium\`)`,
        ...rest,
      )) as unknown as typeof describe);

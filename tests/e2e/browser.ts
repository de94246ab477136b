/**
 * What the Chromium tests share: the viewer built from source (never a stale viewer/dist) and choosing an entity
 * through the search box.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
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

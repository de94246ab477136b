/**
 * What the Chromium tests share: the viewer built from source (never a stale viewer/dist) and choosing an entity
 * through the search box.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
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

/**
 * Opens `url` in a new page of `context` and waits until the viewer has drawn the graph; records page errors and
 * dialogs (a dialog would mean injected code ran), dismissing the dialogs.
 */
export async function openViewerPage(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector("body[data-ready='true']", { timeout: 30_000 });
  return { page, errors, dialogs };
}

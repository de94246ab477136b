/**
 * End-to-end, the quality report in headless Chromium: built from a corpus whose articles and titles carry
 * markup and script, its static HTML runs nothing and shows that text as text; its entity links open the viewer
 * (served by startServer) at the entity. Skips with a reason when Chromium is absent.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { writeGraphFiles } from "../../src/export/index.js";
import { buildGraph } from "../../src/pipeline.js";
import { qualityReport, reportHtml } from "../../src/report/index.js";
import { startServer, type RunningServer } from "../../src/serve/index.js";
import { buildViewer, CHROMIUM, describeBrowser } from "./browser.js";
import type { CorpusDocument } from "../../src/types.js";
import { PLANTED } from "../report/planted.js";

/** The planted corpus with markup and script around every name and in every title. */
const HOSTILE: CorpusDocument[] = PLANTED.map((d, i) => ({
  ...d,
  title: `<script>alert("title ${i}")</script><img src=x onerror=alert(${i})>`,
  text: d.text
    .replace(/\bsaid\b/, `said <img src=x onerror="alert('img ${i}')"> <script>alert("text ${i}")</script>`)
    .replace(/ on /, ` <svg onload=alert(${i})></svg> on `),
}));

let context: BrowserContext;
let userDataDir: string;
let dir: string;

describeBrowser("the quality report in Chromium", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kgraph-report-e2e-"));
    userDataDir = mkdtempSync(join(tmpdir(), "kgraph-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
  });
  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it("runs nothing from an XSS corpus, and shows its markup as text", async () => {
    const { graph } = await buildGraph(HOSTILE, { workers: 0 });
    const report = qualityReport(graph);
    expect(report.total).toBeGreaterThanOrEqual(3);
    const file = join(dir, "report.html");
    writeFileSync(file, reportHtml(report));
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href);
    await page.waitForLoadState("load");
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    const injected = await page.evaluate(() => ({
      elements: document.querySelectorAll("script, img, svg, iframe, object, embed").length,
      handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))
        .length,
    }));
    expect(injected).toEqual({ elements: 0, handlers: 0 });
    const text = await page.locator("body").innerText();
    expect(text).toContain('<script>alert("title');
    expect(text).toMatch(/<img src=x onerror="alert\('img \d+'\)">/);
    await page.close();
  });

  it("links each entity to the viewer, which opens at it", async () => {
    const viewerDir = join(dir, "viewer");
    await buildViewer(viewerDir);
    const { graph } = await buildGraph(PLANTED, { workers: 0 });
    const out = join(dir, "out");
    await writeGraphFiles(graph, out);
    const server: RunningServer = await startServer({ graphDir: out, viewerDir });
    try {
      const file = join(dir, "linked.html");
      writeFileSync(file, reportHtml(qualityReport(graph), { viewerUrl: server.url }));
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      const link = page.getByRole("link", { name: "Jonathon Smithers" }).first();
      expect(await link.getAttribute("href")).toBe(`${server.url}#entity=entity%3Ajonathon-smithers`);
      await link.click();
      await page.waitForSelector("body[data-ready='true']", { timeout: 30_000 });
      await page
        .getByRole("region", { name: "Details" })
        .getByRole("heading", { name: "Jonathon Smithers", exact: true })
        .waitFor();
      await page.close();
    } finally {
      await server.close();
    }
  });
});

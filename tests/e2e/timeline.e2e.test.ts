/**
 * End-to-end: the viewer's timeline in headless Chromium (Debian's /usr/bin/chromium, playwright-core) on a dated
 * corpus built by kgraph: the wire-story fixture (one story run by four outlets in March 2025, a follow-up, an
 * undated note) and five short stories of 2024. Brushing a period filters the graph, the counts and the URL; play
 * steps through to the end; an entity's timeline and a relation's sources by outlet open in Details.
 * Screenshots go to test-output/. Skips with a reason when Chromium is absent; CI installs it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildGraph } from "../../src/pipeline.js";
import { startServer, type RunningServer } from "../../src/serve/index.js";
import { computeVisibility } from "../../viewer/src/filters.js";
import { buildIndex, loadGraph } from "../../viewer/src/model.js";
import { getEmptyState } from "../../viewer/src/state.js";
import { repoRoot } from "../viewer/fixture.js";
import { buildViewer, CHROMIUM, describeBrowser, openViewerPage } from "./browser.js";

const outputDir = join(repoRoot, "test-output");

/** Stories of 2024, written for this test, so that the timeline spans fifteen months. */
const STORIES_2024: Array<[string, string, string, string]> = [
  [
    "2024-01-10",
    "Harbour Times",
    "Rotterdam plans a deeper channel",
    "Allard Castelein, the chief executive of the Port of Rotterdam Authority, presented a plan to deepen the channel.",
  ],
  // An outlet name is untrusted text like any other: it must reach the page as text.
  [
    "2024-03-05",
    '<img src=x onerror="document.title=1">Farm Wire',
    "Farmers protest",
    "Farmers in Belgium protested in Brussels against new rules.",
  ],
  [
    "2024-06-20",
    "Valley Herald",
    "Union warns of strikes",
    "Niek Stam of the FNV union warned of strikes in Rotterdam over night shifts.",
  ],
  ["2024-09-15", "Northern Ledger", "Storms close ports", "Ships waited in the North Sea as storms closed Antwerp."],
  [
    "2024-12-01",
    "Daily Meridian",
    "Record cargo",
    "Allard Castelein said Rotterdam handled record cargo in November, more than Hamburg.",
  ],
];

let context: BrowserContext;
let server: RunningServer;
let graphFile: string;
const temporary: string[] = [];

function openPage(query = ""): Promise<{ page: Page; errors: string[] }> {
  return openViewerPage(context, `${server.url}${query}`);
}

/** The nodes and edges the viewer should show for these filters, computed by its own pure filter on the same file. */
function expectedCounts(filters: { dateFrom?: string; dateTo?: string; minSources?: number }): [number, number] {
  const graph = loadGraph(JSON.parse(readFileSync(graphFile, "utf8")));
  const visible = computeVisibility(graph, buildIndex(graph), { ...getEmptyState(), ...filters });
  return [visible.nodes.size, visible.edges.size];
}

async function shown(page: Page): Promise<[number, number]> {
  const status = page.locator("#status");
  return [Number(await status.getAttribute("data-nodes")), Number(await status.getAttribute("data-edges"))];
}

/** Drags across the timeline from the bin starting at `from` to the bin starting at `to`. */
async function brush(page: Page, from: string, to: string): Promise<void> {
  const a = await page.locator(`rect.timeline-bin[data-start="${from}"]`).boundingBox();
  const b = await page.locator(`rect.timeline-bin[data-start="${to}"]`).boundingBox();
  const chart = await page.locator("svg.timeline-chart").boundingBox();
  if (!a || !b || !chart) throw new Error("timeline not drawn");
  const y = chart.y + chart.height / 2;
  await page.mouse.move(a.x + a.width / 2, y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x + b.width) / 2, y, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, y, { steps: 4 });
  await page.mouse.up();
}

describeBrowser("the viewer's timeline in Chromium", () => {
  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    const corpus = mkdtempSync(join(tmpdir(), "kgraph-timeline-corpus-"));
    const graphDir = mkdtempSync(join(tmpdir(), "kgraph-timeline-graph-"));
    const viewerDir = mkdtempSync(join(tmpdir(), "kgraph-timeline-viewer-"));
    temporary.push(corpus, graphDir, viewerDir);
    cpSync(join(repoRoot, "tests", "graph", "fixtures", "wire"), corpus, { recursive: true });
    STORIES_2024.forEach(([date, outlet, title, text], i) =>
      writeFileSync(
        join(corpus, `2024-${i}.md`),
        `---\ntitle: ${title}\ndate: ${date}\noutlet: ${outlet}\n---\n${text}\n`,
      ),
    );
    await buildGraph(corpus, { out: graphDir });
    graphFile = join(graphDir, "graph.json");
    await buildViewer(viewerDir);
    server = await startServer({ graphDir, viewerDir });
    const userDataDir = mkdtempSync(join(tmpdir(), "kgraph-chromium-"));
    temporary.push(userDataDir);
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 850 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
  }, 240_000);
  afterAll(async () => {
    await context?.close();
    await server?.close();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it("draws documents per month, brushes a period, and the graph, counts and URL follow", async () => {
    const { page, errors } = await openPage();
    const timeline = page.getByRole("region", { name: "Timeline" });
    await timeline.waitFor();
    // January 2024 to March 2025: fifteen months, the empty ones included.
    expect(await page.locator("rect.timeline-bin").count()).toBe(15);
    expect(await page.locator('rect.timeline-bin[data-start="2025-03-01"]').getAttribute("data-count")).toBe("5");
    expect(await page.getByTestId("timeline-period").textContent()).toBe("All dates · 10 documents (1 undated apart)");
    const all = await shown(page);
    expect(all).toEqual(expectedCounts({}));

    await brush(page, "2025-03-01", "2025-03-01");
    await expect.poll(() => page.url()).toContain("from=2025-03-01&to=2025-03-31");
    await expect
      .poll(() => page.getByTestId("timeline-period").textContent())
      .toMatch(/^2025-03-01 to 2025-03-31 · 5 documents/);
    const march = expectedCounts({ dateFrom: "2025-03-01", dateTo: "2025-03-31" });
    await expect.poll(() => shown(page)).toEqual(march);
    expect(march[0]).toBeLessThan(all[0]);
    await page.screenshot({ path: join(outputDir, "timeline-march-2025.png") });

    // Across several bins, right to left: the first half of 2024.
    await brush(page, "2024-06-01", "2024-01-01");
    await expect.poll(() => page.url()).toContain("from=2024-01-01&to=2024-06-30");
    await expect.poll(() => shown(page)).toEqual(expectedCounts({ dateFrom: "2024-01-01", dateTo: "2024-06-30" }));
    // The date inputs of the filters follow the brush too.
    expect(
      await page.locator("input[type=date]").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(["2024-01-01", "2024-06-30"]);

    // Sources: the wire story's four copies are one source.
    await page.getByRole("button", { name: "All dates" }).click();
    await page.getByRole("spinbutton", { name: /independent sources/ }).fill("2");
    await page.getByRole("spinbutton", { name: /independent sources/ }).press("Enter");
    await expect.poll(() => page.url()).toContain("src=2");
    const twoSources = expectedCounts({ minSources: 2 });
    await expect.poll(() => shown(page)).toEqual(twoSources);
    expect(twoSources[1]).toBeLessThan(all[1]);

    // The URL reproduces the view.
    const { page: again } = await openPage("?from=2025-03-01&to=2025-03-31");
    await expect.poll(() => shown(again)).toEqual(march);
    await again.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("plays the timeline through, a window of the brushed width at a time", async () => {
    const { page, errors } = await openPage("?from=2024-01-01&to=2024-03-31");
    const timeline = page.getByRole("region", { name: "Timeline" });
    await page.getByRole("button", { name: "▶ Play" }).click();
    await expect.poll(() => timeline.getAttribute("data-playing")).toBe("true");
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          seen.add(new URL(page.url()).search);
          return timeline.getAttribute("data-playing");
        },
        { timeout: 20_000, intervals: [100] },
      )
      .toBe("false");
    // Thirteen steps of three months; it ends on the last three.
    await expect.poll(() => page.url()).toContain("from=2025-01-01&to=2025-03-31");
    expect(seen.size).toBeGreaterThan(3);
    await expect.poll(() => shown(page)).toEqual(expectedCounts({ dateFrom: "2025-01-01", dateTo: "2025-03-31" }));
    // "New in this period": the URL keeps it.
    await page.getByRole("checkbox", { name: "New in this period" }).check();
    await expect.poll(() => page.url()).toContain("new=1");
    await page.screenshot({ path: join(outputDir, "timeline-played.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens an entity's timeline, then a relation's sources grouped by outlet", async () => {
    const { page, errors } = await openPage();
    const search = page.getByRole("combobox", { name: "Search entities" });
    await search.fill("Castelein");
    await page
      .getByRole("option", { name: /Allard Castelein/ })
      .first()
      .waitFor();
    await search.press("Enter");
    const details = page.getByRole("region", { name: "Details" });
    const over = details.getByTestId("entity-timeline");
    await over.waitFor();
    expect(
      await over.locator("li[data-period]").evaluateAll((items) => items.map((i) => i.getAttribute("data-period"))),
    ).toEqual(["2024-01", "2024-12", "2025-03"]);
    expect(await over.locator(".time-summary").textContent()).toMatch(
      /^first seen 2024-01-10, last seen 2025-03-12 · 4 independent sources/,
    );
    // First seen first: the Port of Rotterdam Authority (January 2024) before Amsterdam (March 2025).
    const firsts = await over.locator("ol.first-seen li").allTextContents();
    expect(firsts[0]).toMatch(/^2024-01-10/);
    expect(firsts.at(-1)).toMatch(/^2025-03-12.*Amsterdam/);
    await page.screenshot({ path: join(outputDir, "timeline-entity.png") });

    await over.getByRole("button", { name: /chief executive of Port of Rotterdam Authority/ }).click();
    const sources = details.getByTestId("edge-sources");
    await sources.waitFor();
    const outlets = await sources
      .locator(".outlet-group")
      .evaluateAll((groups) => groups.map((g) => g.getAttribute("data-outlet")));
    expect(outlets).toEqual(
      expect.arrayContaining(["Harbour Times", "Coastal Wire", "Northern Ledger", "Daily Meridian"]),
    );
    // The three republications of the wire story say whose copy they are.
    expect(await sources.locator("li[data-copy='true']").count()).toBe(3);
    expect(await sources.locator("li[data-copy='true']").first().textContent()).toContain(
      "copy of “Port of Rotterdam strike ends after three days”",
    );
    await page.screenshot({ path: join(outputDir, "timeline-edge-sources.png") });

    // A document's panel says whose copy it is, and the original lists its copies.
    const { page: copy } = await openPage("?node=doc%3A3-northern-ledger.md");
    await expect
      .poll(() => copy.getByTestId("document-copies").textContent())
      .toBe("A near-duplicate of “Port of Rotterdam strike ends after three days”: counted with it as one source.");
    await copy.goto(`${server.url}?node=doc%3A1-harbour-times.md`);
    await expect
      .poll(() => copy.getByTestId("document-copies").textContent())
      .toMatch(
        /^Republished with small edits as “Rotterdam dock strike ends after three days”, “Rotterdam strike over”/,
      );
    await copy.close();

    // A hostile outlet name is shown as text, and nothing runs.
    await search.fill("Brussels");
    await page
      .getByRole("option", { name: /Brussels/ })
      .first()
      .waitFor();
    await search.press("Enter");
    await details
      .getByTestId("entity-timeline")
      .getByRole("button", { name: /Belgium/ })
      .first()
      .click();
    const farm = details.getByTestId("edge-sources").locator(".outlet-group h4");
    await expect
      .poll(() => farm.first().textContent())
      .toBe('<img src=x onerror="document.title=1">Farm Wire · 1 document');
    expect(await details.locator("img").count()).toBe(0);
    expect(await page.title()).toBe("kgraph viewer");
    expect(errors).toEqual([]);
    await page.close();
  });
});

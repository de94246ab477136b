/**
 * End-to-end curation: the built viewer in headless Chromium against `kgraph serve` (startServer) on a copy of the
 * seed corpus. The page merges two entities, splits an alias off, removes one, renames and undoes; each change
 * shows at once and lands in the corpus's kgraph-curation.yaml; after `kgraph build` and a reload, the graph holds
 * the decisions. The panel shows how each alias joined ("Putin — short name …").
 * Skips with a reason when Chromium or the built CLI is absent.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDecision, readCurationFile } from "../../src/curate/index.js";
import { startServer, type RunningServer } from "../../src/serve/index.js";
import { buildViewer, CHROMIUM, openViewerPage, searchAndChoose } from "./browser.js";
import { repoRoot } from "../viewer/fixture.js";

const cli = join(repoRoot, "dist", "cli", "main.js");
const ready = existsSync(CHROMIUM) && existsSync(cli);

const describeBrowser: typeof describe = ready
  ? describe
  : (((name: string, ...rest: unknown[]) =>
      (describe.skip as (...a: unknown[]) => void)(
        `${name} (skipped: needs ${CHROMIUM} and the built CLI: apt-get install -y chromium; npm run build)`,
        ...rest,
      )) as unknown as typeof describe);

/** Polls wait for the page and the server; two shared cores under load answer slowly, hence the generous limit. */
const POLL = { timeout: 20_000 };

let context: BrowserContext;
let userDataDir: string;
let server: RunningServer;
let dir: string;
let curationFile: string;

function kgraphBuild(): void {
  execFileSync("node", [cli, "build", "corpus", "--out", "out", "--quiet"], { cwd: dir, stdio: "pipe" });
}

function open(query = ""): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  return openViewerPage(context, `${server.url}${query}`);
}

function details(page: Page) {
  return page.getByRole("region", { name: "Details" });
}

function decisionCount(): number {
  return existsSync(curationFile) ? readCurationFile(curationFile).decisions.length : 0;
}

describeBrowser("curation in the viewer (Chromium)", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kgraph-curation-e2e-"));
    cpSync(join(repoRoot, "corpus"), join(dir, "corpus"), { recursive: true });
    curationFile = join(dir, "corpus", "kgraph-curation.yaml");
    kgraphBuild();
    const viewerDir = join(dir, "viewer");
    await buildViewer(viewerDir);
    server = await startServer({ graphDir: join(dir, "out"), viewerDir, curationFile });
    userDataDir = mkdtempSync(join(tmpdir(), "kgraph-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it("shows how an alias joined: Putin, with its rule and the document", async () => {
    const { page, errors } = await open();
    await searchAndChoose(page, "Vladimir Putin", "Vladimir Putin");
    const putin = details(page).locator("li.alias[data-alias='Putin']");
    await expect.poll(() => putin.textContent(), POLL).toMatch(/^Putin — short name that one full name of the corpus/);
    await putin.locator("button.alias-source").click();
    await expect
      .poll(() => details(page).locator("[data-testid='document-text'] mark").allTextContents(), POLL)
      .toContain("Putin");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("merges two entities, splits an alias, removes one and undoes a rename; a rebuild keeps the decisions", async () => {
    const { page, errors, dialogs } = await open();
    const bar = page.getByTestId("curation-bar");

    // Merge: mark Olga Lyubimova, select Vladimir Putin, merge her into him.
    await searchAndChoose(page, "Olga", "Olga Lyubimova");
    await details(page).getByRole("button", { name: "Mark for merge" }).click();
    await searchAndChoose(page, "Vladimir Putin", "Vladimir Putin");
    await details(page).getByRole("button", { name: "Merge “Olga Lyubimova” into this" }).click();
    await expect.poll(() => bar.textContent(), POLL).toMatch(/Saved: merge "Vladimir Putin" \+ "Olga Lyubimova"/);
    await expect.poll(() => details(page).locator("li.alias[data-alias='Olga Lyubimova']").count(), POLL).toBe(1);
    expect(decisionCount()).toBe(1);
    mkdirSync(join(repoRoot, "test-output"), { recursive: true });
    await page.screenshot({ path: join(repoRoot, "test-output", "viewer-curation-merge.png") });

    // Split "Kim" off Kim Jong Un: the alias leaves the list at once.
    await searchAndChoose(page, "Kim Jong Un", "Kim Jong Un");
    await details(page).locator("li.alias[data-alias='Kim']").getByRole("button", { name: "Split off" }).click();
    await expect.poll(() => bar.textContent(), POLL).toMatch(/Saved: split "Kim" off "Kim Jong Un"/);
    await expect.poll(() => details(page).locator("li.alias[data-alias='Kim']").count(), POLL).toBe(0);

    // Remove Europe: the panel closes and search no longer finds it.
    await searchAndChoose(page, "Europe", "Europe");
    await details(page).getByRole("button", { name: "Remove" }).click();
    await expect.poll(() => bar.textContent(), POLL).toMatch(/Saved: remove "Europe"/);
    await page.getByRole("combobox", { name: "Search entities" }).fill("Europe");
    await page.getByText("No entity matches").waitFor();

    // Rename Moscow, then undo: the file and the page are back as they were.
    await searchAndChoose(page, "Moscow", "Moscow");
    await details(page).getByRole("textbox", { name: "New name" }).fill("Moskva");
    await details(page).getByRole("button", { name: "Rename" }).click();
    await details(page).getByRole("heading", { name: "Moskva" }).waitFor();
    await expect.poll(() => decisionCount(), POLL).toBe(4);
    await bar.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => bar.textContent(), POLL).toMatch(/Undone: rename "Moscow" → "Moskva"/);
    expect(decisionCount()).toBe(3);
    await page.getByRole("combobox", { name: "Search entities" }).fill("Moskva");
    await page.getByText("No entity matches").waitFor();

    expect(readCurationFile(curationFile).decisions.map((d) => d.action)).toEqual(["merge", "split", "remove"]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();

    // A decision the next build cannot apply: the page says so after the reload.
    await addDecision(curationFile, { action: "remove", entity: "Atlantis" });
    // The next build replays the file; a reload shows its graph.
    kgraphBuild();
    const graph = JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8")) as {
      nodes: Array<{ key: string; attributes: { label?: string; curated?: boolean } }>;
    };
    expect(graph.nodes.find((n) => n.key === "entity:kim")?.attributes).toMatchObject({ label: "Kim", curated: true });
    const reloaded = await open("?node=entity%3Avladimir-putin");
    await details(reloaded.page).getByRole("heading", { name: "Vladimir Putin", exact: true }).waitFor();
    await expect
      .poll(() => details(reloaded.page).locator("li.alias[data-alias='Olga Lyubimova']").textContent(), POLL)
      .toMatch(/user curation: merged/);
    await expect
      .poll(() => reloaded.page.getByTestId("curation-bar").textContent(), POLL)
      .toMatch(/1 curation decision no longer applies: remove "Atlantis" \(no entity is named "Atlantis" any more\)/);
    await reloaded.page.getByRole("combobox", { name: "Search entities" }).fill("Europe");
    await reloaded.page.getByText("No entity matches").waitFor();
    await searchAndChoose(reloaded.page, "Kim Jong Un", "Kim Jong Un");
    expect(await details(reloaded.page).locator("li.alias[data-alias='Kim']").count()).toBe(0);
    await reloaded.page.goto(`${server.url}?node=entity%3Akim`);
    await details(reloaded.page).getByRole("heading", { name: "Kim", exact: true }).waitFor();
    expect(reloaded.errors).toEqual([]);
    await reloaded.page.close();
  });

  it("says why a write was refused and puts the graph back (a page whose token is stale)", async () => {
    // The page as a previous run of the server served it: its token is not this run's.
    const stale = await context.newPage();
    await stale.route(server.url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /name="kgraph-token" content="[0-9a-f]+"/,
        'name="kgraph-token" content="0"',
      );
      await route.fulfill({ response, body });
    });
    await stale.goto(server.url);
    await stale.waitForSelector("body[data-ready='true']");
    await searchAndChoose(stale, "Moscow", "Moscow");
    const before = decisionCount();
    await details(stale).getByRole("button", { name: "Remove" }).click();
    await expect.poll(() => stale.getByTestId("curation-bar").textContent(), POLL).toMatch(/Not saved: .*token/);
    expect(decisionCount()).toBe(before);
    // Moscow is back.
    await stale.getByRole("combobox", { name: "Search entities" }).fill("Moscow");
    await stale
      .getByRole("option", { name: /Moscow/ })
      .first()
      .waitFor();
    await stale.close();
  });
});

/**
 * End-to-end: the built viewer in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core) against
 * `startServer`. On the seed corpus: search, select, Details with evidence, open a document, filters, URL state,
 * layout, export. On hostile corpora: nothing from the data ever runs. Screenshots go to test-output/.
 * Skips with a reason when Chromium is absent (fresh dev machine); CI installs it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TYPE_COLORS } from "../../src/graph/schema.js";
import { startServer, type RunningServer } from "../../src/serve/index.js";
import { buildViewer, CHROMIUM, describeBrowser, openViewerPage, searchAndChoose } from "./browser.js";
import {
  buildFixtureGraph,
  repoRoot,
  seedFixtureGraph,
  seedGraphDir,
  writeGraph,
  type FixtureDocument,
} from "../viewer/fixture.js";
import { execFileSync } from "node:child_process";

const cli = join(repoRoot, "dist", "cli", "main.js");
const hasBuild = existsSync(cli);
const outputDir = join(repoRoot, "test-output");

let viewerDir: string;
let context: BrowserContext;
let userDataDir: string;

const openPage = (url: string) => openViewerPage(context, url);

/** "#59a14f" as the browser reports a computed colour: "rgb(89, 161, 79)". */
function cssRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

async function shownNodes(page: Page): Promise<number> {
  return Number(await page.locator("#status").getAttribute("data-nodes"));
}

describeBrowser("viewer in Chromium", () => {
  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    // Build the viewer from source into a temporary folder, so the test never runs a stale viewer/dist.
    viewerDir = mkdtempSync(join(tmpdir(), "kgraph-viewer-"));
    await buildViewer(viewerDir);
    userDataDir = mkdtempSync(join(tmpdir(), "kgraph-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 850 },
      acceptDownloads: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  });
  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  // The same checks on the fixture (always) and on the real build of corpus/ (once `npm run build` has run).
  const sources = [
    {
      name: "fixture graph of the seed corpus",
      make: (dir: string) => writeGraph(dir, seedFixtureGraph()),
      skip: false,
    },
    { name: "kgraph build of the seed corpus", make: (dir: string) => seedGraphDir(dir).dir, skip: !hasBuild },
  ];
  describe.each(sources)("$name", ({ name, make, skip }) => {
    let server: RunningServer;
    const slug = name.startsWith("fixture") ? "fixture" : "build";

    beforeAll(async () => {
      if (skip) return;
      const dir = make(mkdtempSync(join(tmpdir(), "kgraph-graph-")));
      server = await startServer({ graphDir: dir, viewerDir });
    });
    afterAll(async () => {
      await server?.close();
    });

    // Quotations are read by the build: the fixture graph has none.
    it.skipIf(skip || slug === "fixture")(
      "shows what Putin said, Russia marked, and opens it in its document",
      async () => {
        const { page, errors } = await openPage(server.url);
        await searchAndChoose(page, "Putin", "Vladimir Putin");
        const details = page.getByRole("region", { name: "Details" });
        const said = details.locator("[data-testid='quotes-said']");
        await said.waitFor();
        expect(await said.getByRole("heading").textContent()).toBe("Said · 1");
        const words = said.locator("blockquote.sentence");
        expect(await words.textContent()).toMatch(/^The Russian people will never forget the heroism/);
        expect(await words.locator("mark").allTextContents()).toEqual(expect.arrayContaining(["Russian", "Russia"]));
        await page.screenshot({ path: join(outputDir, `viewer-${slug}-said.png`) });
        await said.locator("[data-testid='quote-source']").click();
        const text = details.locator("[data-testid='document-text']");
        await text.waitFor();
        expect(await text.textContent()).toContain("The Russian people will never forget");

        // Russia's panel lists the quotation under "Quoted about it", with its speaker.
        await searchAndChoose(page, "Russia", "Russia");
        const about = details.locator("[data-testid='quotes-quoted-about']");
        await about.waitFor();
        expect(await about.getByRole("button", { name: "Vladimir Putin" }).count()).toBe(1);
        expect(errors).toEqual([]);
        await page.close();
      },
    );

    it.skipIf(skip)("loads, searches Putin, shows Russia with its sentence, opens the document", async () => {
      const { page, errors } = await openPage(server.url);
      await expect.poll(() => page.locator("#status").textContent()).toMatch(/^\d+ nodes · \d+ edges shown$/);
      await page.screenshot({ path: join(outputDir, `viewer-${slug}-overview.png`) });

      await searchAndChoose(page, "Putin", "Vladimir Putin");
      const details = page.getByRole("region", { name: "Details" });
      await expect.poll(() => page.url()).toContain("node=entity%3Avladimir-putin");
      await details.getByRole("heading", { name: "Relations" }).waitFor();
      const russia = details
        .locator("li.relation")
        .filter({ has: page.getByRole("button", { name: "Russia", exact: true }) })
        .first();
      expect(
        await russia.count(),
        `${name}: Vladimir Putin has no relation to Russia ("Russian President Vladimir Putin" should give one)`,
      ).toBe(1);
      // The supporting sentence names Putin, and the two names are marked.
      const sentence = russia.locator("blockquote.sentence").first();
      await expect.poll(() => sentence.textContent()).toMatch(/Putin/);
      // "… while Kim Jong Un and Russian President Vladimir Putin confirmed their presence in Kursk …": the build
      // marks the demonym "Russian", the fixture's alias matcher the "Russia" in it.
      expect(await sentence.locator("mark").allTextContents()).toEqual([
        expect.stringMatching(/^Russian?$/),
        "Vladimir Putin",
      ]);
      await page.screenshot({ path: join(outputDir, `viewer-${slug}-putin.png`) });

      // The evidence's document opens with every mention of Putin marked.
      await russia.locator("[data-testid='evidence-source']").first().click();
      const text = details.locator("[data-testid='document-text']");
      await text.waitFor();
      // The article (…-honors-troops-killed-in-russia.txt) names him once.
      expect(await text.locator("mark").allTextContents()).toEqual(["Vladimir Putin"]);
      await page.screenshot({ path: join(outputDir, `viewer-${slug}-document.png`) });

      // Back, then the relation's own evidence (the edge view).
      await details.getByRole("button", { name: /Back to Vladimir Putin/ }).click();
      await russia.getByRole("button", { name: "edge" }).click();
      await details.getByRole("heading", { name: /Evidence/ }).waitFor();

      // Escape clears the selection.
      await page
        .locator("#graph")
        .click({ position: { x: 5, y: 5 } })
        .catch(() => undefined);
      await page.keyboard.press("Escape");
      await details.getByRole("heading", { name: "kgraph" }).waitFor();
      expect(errors).toEqual([]);
      await page.close();
    });

    it.skipIf(skip)("filters by type without reloading, and the URL keeps the filter", async () => {
      const { page, errors } = await openPage(server.url);
      // The legend shows the graph's own node colours (the build's palette), read from the nodes.
      for (const [name, color] of [
        ["Show place entities", TYPE_COLORS.place],
        ["Show document nodes", TYPE_COLORS.document],
      ] as const) {
        const chip = page.locator("label.check", { has: page.getByRole("checkbox", { name }) }).locator(".chip");
        expect(await chip.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(cssRgb(color));
      }
      const before = await shownNodes(page);
      await page.getByRole("checkbox", { name: "Show place entities" }).uncheck();
      await expect.poll(() => shownNodes(page)).toBeLessThan(before);
      const afterPlaces = await shownNodes(page);
      await page.getByRole("checkbox", { name: "Show document nodes" }).uncheck();
      await expect.poll(() => shownNodes(page)).toBeLessThan(afterPlaces);
      // The URL is updated a moment after each change: wait until it holds both filters before sharing it.
      await expect.poll(() => page.url()).toContain("hide=place");
      await expect.poll(() => page.url()).toContain("docs=0");
      await page.screenshot({ path: join(outputDir, `viewer-${slug}-filtered.png`) });

      // A shared link restores the filters.
      const link = page.url();
      const second = await openPage(link);
      expect(await second.page.getByRole("checkbox", { name: "Show place entities" }).isChecked()).toBe(false);
      expect(await shownNodes(second.page)).toBe(await shownNodes(page));
      expect([...errors, ...second.errors]).toEqual([]);
      await second.page.close();
      await page.close();
    });

    it.skipIf(skip)("runs and resets the layout, colours by community, and exports PNG and GEXF", async () => {
      const { page, errors } = await openPage(server.url);
      await page.getByRole("button", { name: "Run layout" }).click();
      await page.waitForTimeout(700);
      await page.getByRole("button", { name: "Stop layout" }).click();
      await page.getByRole("button", { name: "Reset layout" }).click();
      await page.getByLabel("Colour nodes by").selectOption("community");
      await expect.poll(() => page.url()).toContain("color=community");
      // The community legend appears, one distinct colour per community, and (on a graph this small, all shown)
      // its communities hold every entity the type legend counts.
      const communities = page.locator(".community-legend li");
      await expect.poll(() => communities.count()).toBeGreaterThan(1);
      const members = (await communities.allTextContents()).map((t) => Number(/\((\d+)\)$/.exec(t)?.[1]));
      const entities = (await page.locator(".legend-group label:has(input[data-type]) .count").allTextContents()).map(
        Number,
      );
      expect(members.reduce((a, b) => a + b, 0)).toBe(entities.reduce((a, b) => a + b, 0));
      const chips = await communities
        .locator(".chip")
        .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
      expect(new Set(chips).size).toBe(chips.length);

      const [gexf] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "GEXF" }).click(),
      ]);
      const gexfText = readFileSync((await gexf.path())!, "utf8");
      expect(gexfText).toContain("<gexf");
      const [png] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "PNG" }).click(),
      ]);
      const pngBytes = readFileSync((await png.path())!);
      expect(pngBytes.subarray(1, 4).toString("latin1")).toBe("PNG");

      // "/" focuses the search box.
      await page.locator("body").press("/");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe("big graph (3,000 entities, 30,000 relations, 500 documents)", () => {
    let server: RunningServer;
    beforeAll(async () => {
      // Synthetic but shaped like a real build: heavy-tailed weights, evidence by offsets only (no text).
      let seed = 11;
      const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      const types = ["person", "place", "organization", "media"];
      const nodes: object[] = [];
      const edges: object[] = [];
      const text = "Lorem ipsum dolor sit amet. ".repeat(20);
      for (let d = 0; d < 500; d++) {
        nodes.push({
          key: `doc:${d}`,
          attributes: {
            kind: "document",
            label: `Document ${d}`,
            path: `${d}.txt`,
            date: `2024-${String((d % 12) + 1).padStart(2, "0")}-01`,
            text,
            x: rnd() * 1000,
            y: rnd() * 1000,
            size: 2,
            color: "#bab0ac",
          },
        });
      }
      for (let i = 0; i < 3000; i++) {
        nodes.push({
          key: `entity:${i}`,
          attributes: {
            kind: "entity",
            label: `Entity ${i}`,
            entityType: types[i % 4],
            aliases: [`E${i}`],
            roles: [],
            mentions: 3,
            documents: 1,
            x: rnd() * 1000,
            y: rnd() * 1000,
            size: 3,
            color: "#4e79a7",
          },
        });
        edges.push({
          key: `m${i}`,
          source: `doc:${i % 500}`,
          target: `entity:${i}`,
          attributes: { kind: "mention", weight: 1, spans: [{ start: 0, end: 5, text: "Lorem" }] },
        });
      }
      for (let k = 0; k < 30_000; k++) {
        const a = Math.floor(rnd() * 3000);
        const b = Math.floor(rnd() * 3000);
        if (a === b) continue;
        // Entities from 2,500 on only ever co-occur once: hidden with the light edges by default.
        const weight = a >= 2500 || b >= 2500 ? 1 : Math.max(1, Math.floor(1 / (rnd() + 0.04)));
        edges.push({
          key: `r${k}`,
          source: `entity:${a}`,
          target: `entity:${b}`,
          undirected: true,
          attributes: {
            kind: "relation",
            predicate: "co-occurs",
            weight,
            evidence: [{ document: `doc:${a % 500}`, start: 0, end: 27 }],
          },
        });
      }
      const graph = {
        attributes: { schemaVersion: 1, name: "big", generator: "test" },
        options: { type: "mixed", multi: true, allowSelfLoops: false },
        nodes,
        edges,
      };
      server = await startServer({
        graphDir: writeGraph(mkdtempSync(join(tmpdir(), "kgraph-big-")), graph),
        viewerDir,
      });
    });
    afterAll(async () => {
      await server?.close();
    });

    it("loads in a few seconds, hides low-weight edges and says so, and stays responsive", async () => {
      const started = Date.now();
      const { page, errors } = await openPage(server.url);
      const loadMs = Date.now() - started;
      console.log(
        `big graph: page ready in ${loadMs} ms (viewer says ${await page.evaluate(() => document.body.dataset.loadMs)} ms)`,
      );
      // Generous for a shared 2-core CI machine; a desktop takes about a second.
      expect(loadMs).toBeLessThan(15_000);
      await expect.poll(() => page.locator("#notice").isVisible()).toBe(true);
      expect(await page.locator("#notice").textContent()).toMatch(/hidden to keep the view responsive/);
      expect(Number(await page.locator("#status").getAttribute("data-edges"))).toBeLessThanOrEqual(15_000);
      // Entities those hidden edges alone connected are hidden too, until the reader asks for them.
      expect(await page.locator("#notice").textContent()).toMatch(/entities left without a shown edge/);
      await expect.poll(() => page.locator("#hide-unlinked").isChecked()).toBe(true);
      const linkedOnly = Number(await page.locator("#status").getAttribute("data-nodes"));
      expect(linkedOnly).toBeLessThanOrEqual(2500);
      await page.locator("#hide-unlinked").uncheck();
      await expect.poll(async () => Number(await page.locator("#status").getAttribute("data-nodes"))).toBe(3000);
      await expect.poll(() => page.url()).toMatch(/minw=\d/);
      expect(page.url()).not.toContain("unlinked=");
      const selectStarted = Date.now();
      await searchAndChoose(page, "Entity 42", "Entity 42");
      expect(Date.now() - selectStarted).toBeLessThan(5_000);
      await page.screenshot({ path: join(outputDir, "viewer-big.png") });
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe("hostile corpus", () => {
    const payloads = {
      // No full stops inside the payloads, so sentence splitting keeps each sentence whole.
      script: "<script>__xss = 'script'</script>",
      img: `<img src=x onerror="__xss='img';alert(1)">`,
      svg: `<svg onload="__xss='svg'">`,
      url: "javascript:__xss='url';alert(1)",
    };
    let server: RunningServer;
    let buildServer: RunningServer | undefined;

    beforeAll(async () => {
      const docs: FixtureDocument[] = [
        {
          id: "evil",
          path: "evil.txt",
          title: `Evil ${payloads.img}`,
          date: "2025-07-02",
          url: payloads.url,
          text: `Vladimir Putin met ${payloads.img} in Russia. ${payloads.script} Putin said ${payloads.svg} to Acme ${payloads.img}.`,
        },
      ];
      const graph = buildFixtureGraph(docs, [
        { key: "putin", label: "Vladimir Putin", entityType: "person", aliases: ["Vladimir Putin", "Putin"] },
        { key: "russia", label: "Russia", entityType: "place", aliases: ["Russia"] },
        {
          key: "acme",
          label: `Acme ${payloads.img}`,
          entityType: "organization",
          aliases: [`Acme ${payloads.img}`, payloads.script],
        },
      ]);
      server = await startServer({
        graphDir: writeGraph(mkdtempSync(join(tmpdir(), "kgraph-xss-")), graph),
        viewerDir,
      });

      if (hasBuild) {
        // The same payloads through the real pipeline: front matter title/url and body text.
        const corpus = mkdtempSync(join(tmpdir(), "kgraph-xss-corpus-"));
        writeFileSync(
          join(corpus, "evil.md"),
          `---\ntitle: "Evil ${payloads.img.replace(/"/g, "'")}"\ndate: 2025-07-02\nurl: "${payloads.url}"\n---\n` +
            `Vladimir Putin visited Moscow in Russia. ${payloads.script}\n\nPutin met ${payloads.img} officials in Moscow, Russia. ${payloads.svg}\n\n` +
            `"Russia will never forget ${payloads.script} or this day," Vladimir Putin said.\n`,
        );
        const out = mkdtempSync(join(tmpdir(), "kgraph-xss-out-"));
        try {
          execFileSync(process.execPath, [cli, "build", corpus, "--out", out], {
            cwd: repoRoot,
            stdio: "pipe",
            timeout: 300_000,
          });
          if (existsSync(join(out, "graph.json"))) buildServer = await startServer({ graphDir: out, viewerDir });
        } catch {
          buildServer = undefined;
        }
      }
    });
    afterAll(async () => {
      await server?.close();
      await buildServer?.close();
    });

    async function expectInert(url: string, shot: string, quoted = false): Promise<void> {
      const { page, errors, dialogs } = await openPage(url);
      await searchAndChoose(page, "Putin", "Vladimir Putin");
      const details = page.getByRole("region", { name: "Details" });
      // The built corpus quotes Putin: the quotation, payload and all, is text in "Said".
      if (quoted) expect(await details.locator("[data-testid='quotes-said']").textContent()).toContain("<script>");
      await details.locator("[data-testid='evidence-source']").first().click();
      await details.locator("[data-testid='document-text']").waitFor();
      // Payloads show as text…
      expect(await details.textContent()).toContain("<script>");
      // …never as elements, and the javascript: URL is not a link.
      expect(await page.locator("#details img, #details script, #details svg, #details iframe").count()).toBe(0);
      expect(await page.locator("#details a[href^='javascript']").count()).toBe(0);
      const acme = page.getByRole("combobox", { name: "Search entities" });
      await acme.fill("acme");
      await page.waitForTimeout(200);
      expect(await page.locator("#search-results img").count()).toBe(0);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(outputDir, shot) });
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }

    it("renders fixture payloads as text and runs nothing", async () => {
      await expectInert(server.url, "viewer-xss-fixture.png");
    });

    it.skipIf(!hasBuild)("renders payloads that went through kgraph build as text and runs nothing", async () => {
      if (!buildServer) throw new Error("kgraph build failed on the hostile corpus (see dist/cli/main.js build)");
      await expectInert(buildServer.url, "viewer-xss-build.png", true);
    });
  });
});

/**
 * The HTML reader on 29 hand-written saved pages (tests/corpus/fixtures/html, judged by the rules in its README):
 * article text by word F1, metadata field by field, and the page furniture kept out of the graph's entities.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/index.js";
import { extractHtmlArticle, type HtmlArticle } from "../../src/corpus/html/index.js";
import { isEntity, type KnowledgeGraph } from "../../src/graph/schema.js";
import { buildGraph } from "../../src/pipeline.js";
import { HELDOUT_DIR, PAGES_DIR, loadHtmlFixtures, wordF1, type HtmlFixture } from "./html-fixtures.js";

const fixtures = loadHtmlFixtures();
const extracted = new Map<string, HtmlArticle>(fixtures.map((f) => [f.name, extractHtmlArticle(f.html)]));
const got = (f: HtmlFixture) => extracted.get(f.name)!;

describe("the test pages", () => {
  it("are at least 25, with every kind of furniture and metadata the reader must handle", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    const pagesWith = (pattern: RegExp) => fixtures.filter((f) => pattern.test(f.html)).length;
    expect(pagesWith(/class="[^"]*comment|id="comments"|disqus/i)).toBeGreaterThanOrEqual(10);
    expect(pagesWith(/share/i)).toBeGreaterThanOrEqual(15);
    const related =
      /related|more on this story|more (?:from|in|for you|features)|also read|recommended|most (?:read|viewed)|trending|also in the news/i;
    expect(pagesWith(related)).toBeGreaterThanOrEqual(20);
    expect(pagesWith(/sponsor|paid (post|partner)|taboola/i)).toBeGreaterThanOrEqual(8);
    expect(pagesWith(/<nav\b|(?:class|id)="[^"]*(?:nav|menu)/i)).toBeGreaterThanOrEqual(12);
    expect(pagesWith(/cookie|consent|gdpr/i)).toBeGreaterThanOrEqual(5);
    expect(pagesWith(/application\/ld\+json/)).toBeGreaterThanOrEqual(8);
    expect(pagesWith(/property="og:/)).toBeGreaterThanOrEqual(15);
  });

  it("state their dates in every form the reader reads: JSON-LD, meta, itemprop, <time> and the text", () => {
    const forms = new Set(fixtures.map((f) => f.dateFrom).filter(Boolean));
    expect([...forms].sort()).toEqual(["itemprop-content", "itemprop-datetime", "jsonld", "meta", "text", "time"]);
    // The written forms the issue names, each on a page whose only date is in its text.
    for (const written of ["24 July 2015", "May 20, 2019", "Feb. 23, 2015", "20 May 2019"]) {
      const pages = fixtures.filter((f) => f.dateFrom === "text" && f.html.includes(written));
      expect(pages.length, written).toBeGreaterThan(0);
    }
  });
});

describe("article text", () => {
  const scores = fixtures.map((f) => ({ name: f.name, ...wordF1(got(f).text, f.text) }));

  it("scores word F1 ≥ 0.95 on average and ≥ 0.85 on every page", () => {
    const mean = scores.reduce((sum, s) => sum + s.f1, 0) / scores.length;
    expect(mean).toBeGreaterThanOrEqual(0.95);
    for (const s of scores) expect(s.f1, s.name).toBeGreaterThanOrEqual(0.85);
  });

  it("keeps every paragraph of the article (recall ≥ 0.9 on every page)", () => {
    for (const s of scores) expect(s.recall, s.name).toBeGreaterThanOrEqual(0.9);
  });

  it("starts with the headline and is the text the corpus stores", async () => {
    const { documents } = await readCorpus(PAGES_DIR);
    expect(documents).toHaveLength(fixtures.length);
    for (const doc of documents) {
      const f = fixtures.find((x) => `${x.name}.html` === doc.path)!;
      expect(doc.text).toBe(got(f).text);
      expect(doc.text.startsWith(`${doc.title}\n\n`), doc.path).toBe(true);
    }
  });
});

describe("the held-out pages, written after the reader was tuned", () => {
  const heldout = loadHtmlFixtures(HELDOUT_DIR);

  it("score word F1 ≥ 0.95 on average and ≥ 0.85 on every page, with their metadata right", () => {
    expect(heldout.length).toBeGreaterThanOrEqual(4);
    const scores = heldout.map((f) => ({ f, a: extractHtmlArticle(f.html) }));
    const f1 = scores.map(({ f, a }) => wordF1(a.text, f.text).f1);
    expect(f1.reduce((x, y) => x + y, 0) / f1.length).toBeGreaterThanOrEqual(0.95);
    for (const [i, { f, a }] of scores.entries()) {
      expect(f1[i], f.name).toBeGreaterThanOrEqual(0.85);
      expect({ title: a.title, date: a.date, author: a.author, outlet: a.outlet, url: a.url }, f.name).toEqual({
        title: f.title,
        date: f.date,
        author: f.author,
        outlet: f.outlet,
        url: f.url,
      });
    }
  });
});

describe("odd pages", () => {
  it.each([
    [
      "a fragment",
      "<p>Heavy rain fell in Oslo on Tuesday.</p><p>Roads were closed.</p>",
      "Heavy rain fell in Oslo on Tuesday.\n\nRoads were closed.",
    ],
    ["plain text in an .html file", "Rain fell in Oslo.", "Rain fell in Oslo."],
    [
      "broken markup",
      "<html><body><div><p>Rain in <b>Paris <i>and</b> Lyon</i><div>Snow in Berlin",
      "Rain in Paris and Lyon\n\nSnow in Berlin",
    ],
    [
      "entities",
      "<h1>Caf&eacute; &amp; Bar</h1><p>Prices rose in Z&uuml;rich &mdash; said M&uuml;ller.</p>",
      "Café & Bar\n\nPrices rose in Zürich — said Müller.",
    ],
  ])("reads %s", (_what, html, text) => {
    expect(extractHtmlArticle(html).text).toBe(text);
  });

  it("makes an empty document of a page without a story, which the corpus then skips by name", async () => {
    for (const html of [
      "",
      "<html><head><title>Only a title</title></head><body></body></html>",
      "<body><script>x()</script></body>",
    ]) {
      expect(extractHtmlArticle(html).text).toBe("");
    }
  });

  it("survives a broken JSON-LD block and reads the other sources", () => {
    const page = extractHtmlArticle(
      '<html><head><script type="application/ld+json">{not json</script><meta property="og:title" content="Storm in Lyon">' +
        '<meta property="article:published_time" content="2024-01-05T08:00:00+01:00"></head><body><p>Wind hit Lyon.</p></body></html>',
    );
    expect(page).toMatchObject({ title: "Storm in Lyon", date: "2024-01-05", text: "Storm in Lyon\n\nWind hit Lyon." });
  });
});

describe("metadata", () => {
  it.each(fixtures.map((f) => [f.name, f] as const))("%s: title, date, author, outlet and URL", (_name, f) => {
    const a = got(f);
    expect(a.title).toBe(f.title);
    // Where the page states no date (or author, outlet, URL), none is invented.
    expect(a.date).toBe(f.date);
    expect(a.author).toBe(f.author);
    expect(a.outlet).toBe(f.outlet);
    expect(a.url).toBe(f.url);
  });
});

describe("the graph of the test pages", () => {
  let graph: KnowledgeGraph;
  beforeAll(async () => {
    graph = (await buildGraph(PAGES_DIR)).graph;
  }, 60_000);

  it("has no entity mention in a comment, share bar, related-story list, sponsored block or other furniture", () => {
    const expectedText = new Map(fixtures.map((f) => [`${f.name}.html`, squash(f.text)]));
    const leaks: string[] = [];
    let mentions = 0;
    graph.forEachEdge((_e, a, source, target) => {
      if (a.kind !== "mention") return;
      const doc = graph.getNodeAttributes(source);
      if (doc.kind !== "document") return;
      const entity = graph.getNodeAttributes(target);
      const article = expectedText.get(doc.path)!;
      for (const span of a.spans) {
        mentions++;
        expect(doc.text.slice(span.start, span.end)).toBe(span.text); // offsets point into the stored text
        // The paragraph the mention lies in must be a paragraph of the article as judged by hand.
        const start = doc.text.lastIndexOf("\n\n", span.start) + 1;
        const end = doc.text.indexOf("\n\n", span.end);
        const paragraph = squash(doc.text.slice(start, end === -1 ? undefined : end));
        if (!article.includes(paragraph))
          leaks.push(`${doc.path}: "${span.text}" (${isEntity(entity) ? entity.label : "?"}) in "${paragraph}"`);
      }
    });
    expect(mentions).toBeGreaterThan(200);
    expect(leaks).toEqual([]);
  });

  it("makes no entity of a word that only furniture uses", () => {
    const labels: string[] = [];
    graph.forEachNode((_n, a) => {
      if (isEntity(a)) labels.push(a.label, ...a.aliases);
    });
    for (const furniture of [
      "Taboola",
      "Click",
      "LinkedIn",
      "Skip Ad",
      "Facebook",
      "Disqus",
      "Graham Whitlock",
      "Hank",
      "Wilko",
      "Agincourt",
      "Sedona",
      "Peel Ports",
      "SunPower Partners",
    ]) {
      expect(
        labels.filter((l) => l.includes(furniture)),
        furniture,
      ).toEqual([]);
    }
  });

  it("gives document nodes their outlet and author", () => {
    const docs = graph.filterNodes((_n, a) => a.kind === "document").map((n) => graph.getNodeAttributes(n));
    const rotterdam = docs.find((d) => d.kind === "document" && d.path.startsWith("01-"));
    expect(rotterdam).toMatchObject({ outlet: "Harbour Times", author: "Eilidh Maclean", date: "2024-03-12" });
  });
});

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A page's title, date, author, outlet and URL, read from its markup before Readability rewrites it. Each field
 * takes the first source that has it, in this order of preference (README, "Adding your own articles"):
 * - title: og:title, JSON-LD headline, the article's <h1>, <title> less the site's name;
 * - date: JSON-LD datePublished, article:published_time (and the other publication-date <meta> names),
 *   itemprop="datePublished" with content or datetime, the first <time> of the story, then a date printed at the top
 *   of the story (near the headline or in its first paragraph, see headerDate);
 * - author: the byline (rel=author, itemprop=author, a byline/author class), JSON-LD author, <meta name=author>;
 * - outlet: og:site_name, JSON-LD publisher.name, else the host of the canonical URL;
 * - URL: <link rel=canonical>, og:url, JSON-LD url.
 */
import { findDate, normaliseDate } from "../dates.js";
import { isElement, squashedText, type DomDocument, type DomElement, type DomNode } from "./dom.js";

/** What the markup says about the page; each field only when it says it. */
export interface PageMetadata {
  title?: string;
  date?: string;
  author?: string;
  outlet?: string;
  url?: string;
  /** The headline element, kept when furniture is removed. */
  headline?: DomElement;
  /** The summary line under the headline ("standfirst", "dek"), which Readability leaves out with the header. */
  standfirst?: string;
}

/** Where a standfirst is, near the headline. */
const STANDFIRST_SELECTOR =
  "[class*=dek], [class*=standfirst], [class*=subheadline], [data-qa=subheadline], [class*=summary], [id*=summary], [class*=subtitle], [class*=sub-title], [class*=sub-header], [class*=lede], [class*=intro], [data-gu-name*=standfirst], [data-component*=standfirst]";

/** The <meta> names and properties that carry a publication date, after article:published_time. */
const DATE_METAS = [
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
];
/** Schema.org types of a news story or blog post in JSON-LD. */
const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting/;
/** Where a byline is, most telling first: the first of these (outside comment sections) that holds a name. */
const BYLINE_SELECTORS = [
  "[rel~=author]",
  "[itemprop~=author]",
  "[class*=byline], [class*=Byline], [id*=byline]",
  "[class*=author], [class*=Author]",
  // A link to a writer's profile page ("/@ravi.menon", "/authors/nadia-hussain/") names the writer.
  'a[href*="/@"], a[href*="/author/"], a[href*="/authors/"], a[href*="/by/"], a[href*="/people/"], a[href*="/profile/"]',
];
/** Containers whose dates and bylines are not the story's: a commenter's name is no byline. */
const NOT_STORY = /comment|related|recommend|sponsor|promo|more-|most-|trending|taboola|outbrain|sidebar/i;

/** Reads the page's metadata; `document` is not changed. */
export function readPageMetadata(document: DomDocument): PageMetadata {
  const metas = metaValues(document);
  const ld = jsonLdArticle(document);
  const headline = headlineElement(document);
  const meta: PageMetadata = {};
  if (headline) meta.headline = headline;

  const url =
    httpUrl(document.querySelector("link[rel=canonical]")?.getAttribute("href")) ??
    httpUrl(metas.get("og:url")) ??
    httpUrl(stringOf(ld?.url)) ??
    httpUrl(stringOf(ld?.mainEntityOfPage));
  if (url) meta.url = url;

  const outlet =
    metas.get("og:site_name") ?? nameOf(ld?.publisher) ?? hostOf(url) ?? titleSiteName(titleText(document));
  if (outlet) meta.outlet = outlet;

  const title =
    cleanTitle(metas.get("og:title"), outlet) ??
    cleanTitle(stringOf(ld?.headline), outlet) ??
    (headline ? squashedText(headline) || undefined : undefined) ??
    cleanTitle(titleText(document), outlet, true);
  if (title) meta.title = title;

  const date =
    normaliseDate(stringOf(ld?.datePublished) ?? "") ??
    firstDefined(DATE_METAS, (name) => normaliseDate(metas.get(name) ?? "")) ??
    itempropDate(document) ??
    timeDate(document) ??
    headerDate(headline ?? document.body ?? undefined, headline ? 12 : 30);
  if (date) meta.date = date;

  const standfirst = standfirstOf(headline);
  if (standfirst) meta.standfirst = standfirst;

  const author =
    bylineAuthor(document) ?? headerByline(headline) ?? authorOf(ld?.author) ?? cleanAuthor(metas.get("author") ?? "");
  if (author) meta.author = author;
  return meta;
}

/** <meta> values by lower-cased property, name or itemprop; the first one of each name wins. */
function metaValues(document: DomDocument): Map<string, string> {
  const values = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll("meta"))) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "")
      .toLowerCase()
      .trim();
    const content = (el.getAttribute("content") ?? "").replace(/\s+/g, " ").trim();
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

type Json = Record<string, unknown>;

/** The page's JSON-LD article object (NewsArticle, BlogPosting…), from any script, @graph or array. */
function jsonLdArticle(document: DomDocument): Json | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse((script.textContent ?? "").trim());
    } catch {
      continue; // A broken block says nothing; the other sources still may.
    }
    const queue: unknown[] = [parsed];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === "object") {
        const o = item as Json;
        const types = ([] as unknown[]).concat(o["@type"] ?? []).map(String);
        if (types.some((t) => ARTICLE_TYPE.test(t))) return o;
        if (o["@graph"]) queue.push(o["@graph"]);
      }
    }
  }
  return undefined;
}

/** The story's headline: the <h1> inside an article or main element, else the page's first <h1>. */
function headlineElement(document: DomDocument): DomElement | undefined {
  const inStory = document.querySelector("article h1, main h1, [role=main] h1, [itemprop=headline]");
  if (inStory) return inStory;
  const h1 = Array.from(document.querySelectorAll("h1")).find((el) => !isLogo(el));
  if (h1) return h1;
  // Old templates make the site's logo the <h1> and the story's headline an <h2>: the one <title> names.
  const title = titleText(document)?.toLowerCase() ?? "";
  return Array.from(document.querySelectorAll("h2")).find((el) => {
    const text = squashedText(el).toLowerCase();
    return text.length >= 10 && title.includes(text);
  });
}

/** An <h1> that is the site's logo: it links to the home page, or it sits in the masthead without the story. */
function isLogo(h1: DomElement): boolean {
  if (h1.querySelector('a[href="/"], a[href="./"], a[href="index.html"], img')) return true;
  return /masthead|logo|brand|site-?(?:title|name|header)/i.test(
    `${h1.getAttribute("class") ?? ""} ${h1.getAttribute("id") ?? ""} ${h1.parentElement?.getAttribute("class") ?? ""} ${h1.parentElement?.getAttribute("id") ?? ""}`,
  );
}

function titleText(document: DomDocument): string | undefined {
  const title = document.querySelector("title");
  return title ? squashedText(title) : undefined;
}

/**
 * A title without the site's name around it: "Storm hits Oslo | The Paper" → "Storm hits Oslo". The name goes when
 * it is the outlet's; from <title> (`loose`), a short first or last part goes too (see splitSiteName).
 */
function cleanTitle(raw: string | undefined, outlet: string | undefined, loose = false): string | undefined {
  const title = raw?.replace(/\s+/g, " ").trim();
  if (!title) return undefined;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const simple = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/[^a-z0-9]/g, "");
  if (outlet && simple(parts[parts.length - 1]!) === simple(outlet)) return parts.slice(0, -1).join(" | ");
  if (outlet && simple(parts[0]!) === simple(outlet)) return parts.slice(1).join(" | ");
  return loose ? (splitSiteName(title)?.title ?? title) : title;
}

/** " | ", " - ", " – ", " — ", " · " and " :: " between a headline and a site name. */
const TITLE_SEPARATOR = /\s+(?:[|–—·-]|::)\s+/;

/**
 * A <title> of two or more parts split into headline and site name: the site name is a short (≤ 5 words) first
 * or last part, whichever is shorter than the rest ("Valley Herald - School board approves four-day week").
 */
function splitSiteName(raw: string | undefined): { title: string; site: string } | undefined {
  const parts = raw?.split(TITLE_SEPARATOR).map((p) => p.trim()) ?? [];
  if (parts.length < 2) return undefined;
  const count = (s: string) => s.split(" ").length;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (count(last) <= 5 && count(last) <= count(first)) return { title: parts.slice(0, -1).join(" | "), site: last };
  if (count(first) <= 5 && count(first) < count(last)) return { title: parts.slice(1).join(" | "), site: first };
  return undefined;
}

/** itemprop="datePublished" on any element, from its content or datetime attribute (or its text). */
function itempropDate(document: DomDocument): string | undefined {
  for (const el of Array.from(document.querySelectorAll("[itemprop~=datePublished]"))) {
    const date = normaliseDate(el.getAttribute("content") ?? el.getAttribute("datetime") ?? squashedText(el));
    if (date) return date;
  }
  return undefined;
}

/** The first <time> of the story (pubdate first), skipping those of comments and related-story lists. */
function timeDate(document: DomDocument): string | undefined {
  const times = [
    ...Array.from(document.querySelectorAll("time[pubdate]")),
    ...Array.from(document.querySelectorAll("time")),
  ];
  for (const el of times) {
    if (outsideStory(el)) continue;
    const date = normaliseDate(el.getAttribute("datetime") ?? "") ?? normaliseDate(squashedText(el));
    if (date) return date;
  }
  return undefined;
}

/**
 * A date printed near the headline (or at the top of a page without one): in the short lines of text that follow it ("24 July 2015", "Updated Feb. 23,
 * 2015 at 10:02"). The story's first paragraph is read for a dateline later, from the extracted text.
 */
function headerDate(start: DomElement | undefined, texts: number): string | undefined {
  if (!start) return undefined;
  let seen = 0;
  for (const text of start.tagName.toLowerCase() === "body" ? textsIn(start) : textsAfter(start)) {
    if (++seen > texts) break;
    const parent = text.parentNode;
    const line = parent && squashedText(parent).length <= 100 ? squashedText(parent) : squashedText(text);
    if (line.length > 100) continue;
    const date = findDate(line);
    if (date) return date.date;
  }
  return undefined;
}

/** The non-empty text nodes inside `root`, in document order, outside comment and related-story blocks. */
function* textsIn(root: DomElement): Generator<DomNode> {
  const first = root.childNodes[0];
  if (!first) return;
  if (first.nodeType === 3 && (first.textContent ?? "").trim()) yield first;
  yield* textsAfter(first, root);
}

/** The non-empty text nodes after `start` in document order (within `root`), outside furniture blocks. */
function* textsAfter(start: DomNode, root?: DomNode): Generator<DomNode> {
  const next = (n: DomNode): DomNode | null => {
    let cur: DomNode | null = n;
    while (cur && cur !== root && !cur.nextSibling) cur = cur.parentNode;
    if (cur === root) return null;
    return cur ? cur.nextSibling : null;
  };
  let node = next(start);
  const stack: DomNode[] = [];
  while (node) {
    stack.push(node);
    while (stack.length) {
      const n = stack.pop()!;
      if (n.nodeType === 3) {
        if ((n.textContent ?? "").trim()) yield n;
      } else if (isElement(n) && !/^(script|style|noscript|template)$/i.test(n.tagName) && !outsideStory(n)) {
        const kids = Array.from(n.childNodes);
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      }
    }
    node = next(node);
  }
}

/** The byline's author names: "By Kari Nordmann, Oslo correspondent" → "Kari Nordmann". */
function bylineAuthor(document: DomDocument): string | undefined {
  const candidates = BYLINE_SELECTORS.flatMap((selector) => Array.from(document.querySelectorAll(selector)));
  for (const el of candidates) {
    if (outsideStory(el) || el.tagName.toLowerCase() === "meta" || el.tagName.toLowerCase() === "link") continue;
    // A name marked up inside a "By X and Y" line: the whole line names every author.
    const line = el.parentElement ? squashedText(el.parentElement) : "";
    if (/^by\s/i.test(line) && line.length < 100) {
      const author = cleanAuthor(line);
      if (author) return author;
    }
    // One name marked up inside is the name alone, without the role or date around it; with several, the
    // byline's own words join them ("X and Y").
    const named = el.querySelectorAll(
      "[itemprop~=name], [class*=author], [class*=Author], [class*=name], [class*=Name]",
    );
    const author = cleanAuthor(named.length === 1 ? squashedText(named[0]!) : squashedText(el));
    if (author) return author;
  }
  return undefined;
}

/** A "By Name" line among the short lines after the headline, for bylines that no class or rel marks. */
function headerByline(headline: DomElement | undefined): string | undefined {
  if (!headline) return undefined;
  let seen = 0;
  for (const text of textsAfter(headline)) {
    if (++seen > 12) break;
    // The line is the text's element when that is short, else the text alone ("Posted: …<br>By Maria Lopes").
    const parent = text.parentNode;
    for (const line of [parent ? squashedText(parent) : "", squashedText(text)]) {
      if (/^by\s+\p{Lu}/iu.test(line) && line.length <= 100) return cleanAuthor(line);
    }
  }
  return undefined;
}

/**
 * A person's name from byline text: "By" and a date or role after a comma, bar or dash go; a line that is no name
 * (too long, a URL, "Comments") gives nothing.
 */
function cleanAuthor(raw: string): string | undefined {
  let s = raw.replace(/\s+/g, " ").trim();
  if (!s || s.length > 100 || /https?:|www\.|@/.test(s)) return undefined;
  s = s.replace(/^(?:(?:written|story|words)\s+)?by[:\s]+|^(?:author|writer|reporter)s?:\s*/i, "");
  const date = findDate(s);
  if (date) s = s.slice(0, date.index);
  s = s.split(/\s*(?:[,|•·]|\s[–—-]\s|\bupdated\b|\bpublished\b|\bposted\b)\s*/i)[0]!.trim();
  s = s.split(/\s+(?:at|in|for)\s+/)[0]!; // "Callum Duffy at Celtic Park", "Lukas Brenner in Zurich"
  s = s.replace(/\b(?:on|at)$/i, "").trim();
  if (!s || s.split(" ").length > 8 || !/^\p{Lu}/u.test(s)) return undefined;
  return s;
}

/** JSON-LD author: a name, a {name}, or a list of them, joined with ", ". */
function authorOf(value: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((a) => (typeof a === "string" ? a : nameOf(a)))
    .filter((n): n is string => !!n && !/^https?:/.test(n));
  return names.length ? names.join(", ") : undefined;
}

function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === "object") return stringOf((value as Json).name);
  return undefined;
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim()) return value.replace(/\s+/g, " ").trim();
  if (value && typeof value === "object" && !Array.isArray(value)) return stringOf((value as Json)["@id"]);
  return undefined;
}

function httpUrl(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  return v && /^https?:\/\/[^\s]+$/.test(v) ? v : undefined;
}

/** "https://www.example-news.com/a/b" → "example-news.com". */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || undefined;
  } catch {
    return undefined;
  }
}

/** Whether an element lies in a comment section, related-story list or other block that is not the story. */
function outsideStory(el: DomElement): boolean {
  for (let cur: DomElement | null = el; cur; cur = cur.parentElement) {
    const tag = cur.tagName.toLowerCase();
    if (tag === "aside" || tag === "footer" || tag === "nav") return true;
    const names = `${cur.getAttribute("class") ?? ""} ${cur.getAttribute("id") ?? ""}`;
    if (NOT_STORY.test(names)) return true;
  }
  return false;
}

function firstDefined<T, R>(items: readonly T[], f: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const r = f(item);
    if (r !== undefined) return r;
  }
  return undefined;
}

/** The standfirst: a summary element in the headline's header (up to three levels up), of sentence length. */
function standfirstOf(headline: DomElement | undefined): string | undefined {
  let scope = headline?.parentElement;
  for (let level = 0; scope && level < 3; level++, scope = scope.parentElement) {
    for (const el of Array.from(scope.querySelectorAll(STANDFIRST_SELECTOR))) {
      if (el.contains(headline!) || outsideStory(el)) continue;
      const text = squashedText(el);
      if (text.length >= 30 && text.length <= 400) return text;
    }
  }
  return undefined;
}

/** The site's name in <title> ("Heatwave diary | The Allotment Diary"): the last resort for the outlet. */
function titleSiteName(title: string | undefined): string | undefined {
  return splitSiteName(title)?.site;
}

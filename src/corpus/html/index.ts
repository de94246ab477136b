/**
 * Article text and metadata from a saved HTML page. The page is parsed with linkedom, a light server-side DOM;
 * its metadata is read first (page-metadata.ts), page furniture is removed (boilerplate.ts), and Mozilla's
 * Readability — the extractor behind Firefox's Reader View — picks the story. The stored text is the headline, a
 * blank line, then the story one paragraph per block; every offset kgraph records points into that text, and it
 * is what the viewer shows.
 *
 * Why linkedom over jsdom: Readability needs only a standard DOM, and linkedom parses a news page several times
 * faster than jsdom with a fraction of its install (jsdom brings a CSS engine, a URL and fetch stack, and ~20
 * packages kgraph would never use). Readability's own test suite runs on JSDOMParser, a minimal DOM: it asks for no
 * layout, so linkedom's lack of one costs nothing. tests/corpus/html-articles.test.ts holds it to word F1 ≥ 0.95.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { BY_LINE, extractTextMetadata, type TextMetadata } from "../metadata.js";
import { blockText } from "./block-text.js";
import { removeFurniture } from "./boilerplate.js";
import type { DomDocument, DomElement } from "./dom.js";
import { readPageMetadata } from "./page-metadata.js";

/** Plain text and metadata extracted from an HTML page. */
export interface HtmlArticle extends TextMetadata {
  text: string;
}

/** Extracts the article's text and its title, date, author, outlet and URL from an HTML page. */
export function extractHtmlArticle(html: string): HtmlArticle {
  const document = parseHTML(wholePage(html)).document as unknown as DomDocument;
  const page = readPageMetadata(document);
  removeFurniture(document, page.headline);
  const rawStory = storyText(document);
  let story = dropBylines(rawStory);
  if (page.standfirst && !story.includes(page.standfirst))
    story = story ? `${page.standfirst}\n\n${story}` : page.standfirst;
  // What the markup did not say, the top of the story may: a dateline, a "By" line, a wire agency, a title.
  const fromText = page.date && page.author && page.outlet && page.title ? {} : extractTextMetadata(rawStory);
  const title = page.title ?? fromText.title;
  // A page without a story (a title and nothing else) is an empty document, not a document made of its title.
  const text = !story ? "" : title && !story.startsWith(title) ? `${title}\n\n${story}` : story;

  const article: HtmlArticle = { text };
  if (title) article.title = title;
  const date = page.date ?? fromText.date;
  if (date) article.date = date;
  const author = page.author ?? fromText.author;
  if (author) article.author = author;
  const outlet = page.outlet ?? fromText.outlet;
  if (outlet) article.outlet = outlet;
  if (page.url) article.url = page.url;
  return article;
}

/** The story as Readability finds it; the whole page's text when Readability finds no story (a short page). */
function storyText(document: DomDocument): string {
  // Readability changes the document it reads; it is ours to change, since the metadata has been read already.
  const reader = new Readability(document as never, { serializer: (node: unknown) => node, charThreshold: 200 });
  let result: ReturnType<typeof reader.parse> | undefined;
  try {
    result = reader.parse();
  } catch {
    result = undefined; // Readability gives up on some broken pages: the page's text is then the best we have.
  }
  const content = result?.content as DomElement | null | undefined;
  const text = content ? blockText(content) : "";
  if (text) return text;
  return document.body ? blockText(document.body) : "";
}

/**
 * A "By Jane Doe" paragraph among the story's first three is its byline, not its text (the author is read from
 * it), and so is a short line of title-case words right after it: the writer's role ("HealthDay Reporter").
 */
function dropBylines(story: string): string {
  const paragraphs = story.split("\n\n");
  const at = paragraphs.slice(0, 3).findIndex((p) => p.length <= 80 && BY_LINE.test(p));
  if (at === -1) return story;
  const role = paragraphs[at + 1];
  const isRole = role !== undefined && role.split(" ").length <= 4 && /^(?:\p{Lu}[\p{L}'’-]*\s?)+$/u.test(role);
  paragraphs.splice(at, isRole ? 2 : 1);
  return paragraphs.join("\n\n");
}

/**
 * The page as a whole document: a saved fragment ("<p>…</p>", or plain text in an .html file) is wrapped in
 * <html><body>, since linkedom gives a fragment no body and Readability then finds nothing.
 */
function wholePage(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  return /<body[\s>]/i.test(html)
    ? `<html>${html}</html>`
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

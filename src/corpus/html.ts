/**
 * Article text from HTML, with htmlparser2 (a fast, well-kept streaming parser that decodes entities and
 * survives broken markup). Scripts, styles, navigation and page furniture are dropped; block elements become
 * paragraph breaks so that sentences do not run into each other.
 */
import { Parser } from "htmlparser2";
import { normaliseDate, type TextMetadata } from "./metadata.js";

/** Elements whose content is never article text. */
const SKIPPED = new Set(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe", "template", "button", "select", "head", "figure"]);
/** Elements that end a paragraph or line. */
const BLOCKS = new Set(["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "tr", "table", "blockquote", "pre", "hr", "dd", "dt", "figcaption", "title"]);

/** Plain text and metadata extracted from an HTML page. */
export interface HtmlArticle extends TextMetadata {
  text: string;
}

/** Extracts the readable article text and its title, date and URL from an HTML document. */
export function extractHtmlArticle(html: string): HtmlArticle {
  const parts: string[] = [];
  const meta: HtmlArticle = { text: "" };
  let skipDepth = 0;
  let inTitle = false;
  let titleText = "";
  let inH1 = false;
  let h1Text = "";
  let ogTitle: string | undefined;
  const paragraphBreak = () => {
    if (parts.length && parts[parts.length - 1] !== "\n\n") parts.push("\n\n");
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "title") inTitle = true;
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
          const content = attrs.content ?? "";
          if (key === "og:title" && content.trim()) ogTitle = content.trim();
          if (!meta.date && /(article:published_time|datepublished|pubdate|date)$/.test(key)) {
            const date = normaliseDate(content.slice(0, 10)) ?? normaliseDate(content);
            if (date) meta.date = date;
          }
          if (!meta.url && key === "og:url" && /^https?:\/\//.test(content)) meta.url = content;
        }
        if (name === "link" && attrs.rel === "canonical" && attrs.href && /^https?:\/\//.test(attrs.href)) meta.url = attrs.href;
        if (name === "time" && !meta.date && attrs.datetime) {
          const date = normaliseDate(attrs.datetime.slice(0, 10));
          if (date) meta.date = date;
        }
        if (SKIPPED.has(name)) skipDepth++;
        if (name === "h1" && skipDepth === 0) inH1 = true;
        if (BLOCKS.has(name)) paragraphBreak();
      },
      ontext(data) {
        if (inTitle) titleText += data;
        if (skipDepth > 0) return;
        if (inH1) h1Text += data;
        parts.push(data.replace(/[ \t\r\n]+/g, " "));
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "h1") inH1 = false;
        if (SKIPPED.has(name) && skipDepth > 0) skipDepth--;
        if (BLOCKS.has(name)) paragraphBreak();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  meta.text = parts
    .join("")
    .split("\n\n")
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join("\n\n");
  const title = ogTitle ?? (h1Text.trim() || titleText.trim());
  if (title) meta.title = title.replace(/\s+/g, " ");
  return meta;
}

/**
 * Plain text from an element: one paragraph per block (paragraph, heading, list item, quote, table row), joined
 * by blank lines so that sentences of different blocks never run together; white space inside a block is squashed.
 */
import { findDate } from "../dates.js";
import { isElement, wordsMeet, type DomNode } from "./dom.js";

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dd",
  "dt",
  "tr",
  "table",
  "blockquote",
  "pre",
  "hr",
  "br",
  "figcaption",
  "address",
  "details",
  "summary",
]);
/** Elements whose content is never text to read. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "button", "select", "iframe", "head"]);

/** The text of `root`, paragraph by paragraph. */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const p = current.replace(/\s+/g, " ").trim();
    if (p && !isStamp(p)) paragraphs.push(p);
    current = "";
  };
  // Set at every tag: two inline elements styled as separate lines ("<span>Washington</span><span>Daily
  // Meridian</span>") touch in the markup; a lower-case letter meeting a capital at a tag is read as two words.
  let atTag = false;
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? "";
      if (atTag && wordsMeet(current, text)) current += " ";
      current += text;
      atTag = false;
      return;
    }
    atTag = true;
    if (!isElement(node)) return;
    const tag = node.tagName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    atTag = true;
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

/** Longest paragraph that can be a bare date stamp ("June 8, 2023", "Updated 10:32 AM EDT, Thu March 14, 2024"). */
const STAMP_LENGTH = 60;

/**
 * Paragraphs that are no prose: no letter at all (a comment count, "|"), or a short line that holds a date and
 * does not end a sentence (a time stamp). Neither is article text, and a stamp's words would only make noise.
 */
function isStamp(paragraph: string): boolean {
  if (!/\p{L}/u.test(paragraph)) return true;
  return paragraph.length <= STAMP_LENGTH && !/[.!?"”]$/.test(paragraph) && findDate(paragraph) !== undefined;
}

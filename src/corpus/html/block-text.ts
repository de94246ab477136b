/**
 * Plain text from an element: one paragraph per block (paragraph, heading, list item, quote, table row), joined
 * by blank lines so that sentences of different blocks never run together; white space inside a block is squashed.
 */
import { isElement, type DomNode } from "./dom.js";

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set(["p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "tr", "table", "blockquote", "pre", "hr", "br", "figcaption", "address", "details", "summary"]);
/** Elements whose content is never text to read. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "button", "select", "iframe", "head"]);

/** The text of `root`, paragraph by paragraph. */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const p = current.replace(/\s+/g, " ").trim();
    if (p) paragraphs.push(p);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

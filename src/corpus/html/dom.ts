/**
 * The small part of the DOM that the HTML reader uses, typed here because kgraph compiles without the browser's
 * DOM types: linkedom (the server-side DOM we parse pages with) implements all of it.
 */

/** A node of a parsed page: an element, a text node or a comment. */
export interface DomNode {
  /** 1 for elements, 3 for text, 8 for comments. */
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly nextSibling: DomNode | null;
}

/** An element of a parsed page. */
export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  contains(other: DomNode): boolean;
  closest(selector: string): DomElement | null;
  remove(): void;
}

/** A parsed page. */
export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Whether a node is an element. */
export const isElement = (node: DomNode): node is DomElement => node.nodeType === 1;

/**
 * A node's text with runs of white space made one space, trimmed. Where a tag separates a lower-case letter
 * from a capital ("<span>Jordan Walters</span><span>Senior Editor</span>"), the two are read as two words:
 * page builders style such spans as separate lines, and glued they would make one false word. With `max`, only
 * about that many characters are read: enough to see how a block opens without reading all of it.
 */
export function squashedText(node: DomNode, max = Infinity): string {
  let text = "";
  const walk = (n: DomNode, atTag: boolean): boolean => {
    if (text.length >= max) return atTag;
    if (n.nodeType === 3) {
      const t = n.textContent ?? "";
      text += atTag && wordsMeet(text, t) ? ` ${t}` : t;
      return false;
    }
    if (!isElement(n) || /^(script|style|template)$/i.test(n.tagName)) return atTag;
    let tag = true;
    for (let i = 0; i < n.childNodes.length; i++) tag = walk(n.childNodes[i]!, tag);
    return true;
  };
  walk(node, false);
  const squashed = text.replace(/\s+/g, " ").trim();
  return max < Infinity ? squashed.slice(0, max) : squashed;
}

/** Whether text `next`, after a tag, starts a new word that the markup glued to `before`. */
export function wordsMeet(before: string, next: string): boolean {
  return /[\p{Ll}\p{N}.,;:!?)]$/u.test(before) && /^\p{Lu}/u.test(next);
}

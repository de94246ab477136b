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

/** An element's text with runs of white space made one space, trimmed. */
export function squashedText(node: DomNode): string {
  return (node.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * DOM helpers of the viewer's panels. Corpus text only ever reaches the page through these as text nodes
 * (textContent / createTextNode), never parsed as HTML.
 */

/** A character range to mark, with the class it gets. */
export interface Mark {
  start: number;
  end: number;
  className: string;
  /** Entity key, for marks the reader can click to select that entity. */
  entity?: string;
}

/** Creates an element with optional class and text (text set with textContent, so never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A button that looks like a link. */
export function linkButton(text: string, onClick: () => void, className = "link"): HTMLButtonElement {
  const button = el("button", className, text);
  button.type = "button";
  button.addEventListener("click", onClick);
  return button;
}

/**
 * Appends `text` to `parent` with the given ranges marked: mention ranges become <mark>, other ranges <span>.
 * Ranges may nest (a mention inside a sentence); the text is cut at every boundary and each piece gets the classes
 * of the ranges covering it. Out-of-range or empty ranges are ignored.
 */
export function appendMarkedText(parent: HTMLElement, text: string, marks: readonly Mark[]): void {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    if (covering.length === 0) {
      parent.append(document.createTextNode(piece));
      continue;
    }
    const mention = covering.find((m) => m.className.startsWith("mention"));
    const node = el(mention ? "mark" : "span", [...new Set(covering.map((m) => m.className))].join(" "), piece);
    if (mention?.entity) node.dataset.entity = mention.entity;
    parent.append(node);
  }
}

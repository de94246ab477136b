/**
 * Time and sources in the Details panel, appended under what panel.ts renders: for an entity, its mentions per
 * month, when it was first and last seen, its independent sources, and its relations in order of first appearance;
 * for a relation, its sources grouped by outlet (copies of a story marked as such) and the event dates its sentences
 * give. Every corpus string goes in as text (el / textContent), never as HTML.
 */
import { el } from "./dom.js";
import type { PanelActions } from "./panel.js";
import {
  CO_OCCURS,
  isRelation,
  type DocumentNodeAttributes,
  type EntityNodeAttributes,
  type ViewerGraph,
} from "./model.js";

/** Relations listed by first appearance before the list is cut. */
const FIRST_SEEN_SHOWN = 30;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "first seen 2025-03-04, last seen 2025-03-12" or "in no dated document". */
function seen(first: string | undefined, last: string | undefined): string {
  if (!first) return "in no dated document";
  return first === last ? `seen ${first}` : `first seen ${first}, last seen ${last}`;
}

/** Appends an entity's "Over time" section: mentions per month, sightings, sources, relations by first appearance. */
export function appendEntityTime(
  container: HTMLElement,
  graph: ViewerGraph,
  node: string,
  actions: PanelActions,
): void {
  const attr = graph.getNodeAttributes(node) as EntityNodeAttributes;
  const section = el("section", "time-section");
  section.dataset.testid = "entity-timeline";
  section.append(el("h3", undefined, "Over time"));
  const summary = [seen(attr.firstSeen, attr.lastSeen)];
  if (attr.sources !== undefined)
    summary.push(`${plural(attr.sources, "independent source")}, ${plural(attr.outlets ?? 0, "outlet")}`);
  if (attr.undated) summary.push(`${plural(attr.undated, "mention")} in undated documents`);
  section.append(el("p", "time-summary", `${summary.join(" · ")}.`));
  const periods = Object.entries(attr.periods ?? {});
  if (periods.length) {
    const most = Math.max(...periods.map(([, n]) => n));
    const list = el("ul", "time-bars");
    list.setAttribute("aria-label", "Mentions per month");
    for (const [month, n] of periods) {
      const item = el("li");
      const bar = el("span", "time-bar");
      bar.style.width = `${Math.max(4, (n / most) * 100)}%`;
      item.append(el("span", "date", month), bar, el("span", "count", String(n)));
      item.dataset.period = month;
      list.append(item);
    }
    section.append(list);
  }
  const relations: Array<{ edge: string; first: string | undefined; other: string; wording: string }> = [];
  graph.forEachEdge(node, (edge, e, source, target) => {
    if (!isRelation(e) || e.candidate) return;
    const other = source === node ? target : source;
    const wording = e.predicate === CO_OCCURS ? "with" : (e.relationLabel ?? e.predicate.replace(/_/g, " "));
    relations.push({ edge, first: e.firstSeen, other, wording });
  });
  if (relations.length) {
    const never = "\uffff";
    relations.sort((a, b) => (a.first ?? never).localeCompare(b.first ?? never) || a.edge.localeCompare(b.edge));
    section.append(el("h4", undefined, "By first appearance"));
    const list = el("ol", "first-seen");
    for (const r of relations.slice(0, FIRST_SEEN_SHOWN)) {
      const item = el("li");
      const open = el("button", "link", `${r.wording} ${graph.getNodeAttribute(r.other, "label")}`);
      open.type = "button";
      open.addEventListener("click", () => actions.selectEdge(r.edge));
      item.append(el("span", "date", r.first ?? "undated"), open);
      list.append(item);
    }
    section.append(list);
    if (relations.length > FIRST_SEEN_SHOWN)
      section.append(el("p", "muted", `… and ${relations.length - FIRST_SEEN_SHOWN} more`));
  }
  placeAfterFacts(container, section);
}

/** Puts a section right under the panel's facts (above the long lists of evidence), or at the end without them. */
function placeAfterFacts(container: HTMLElement, section: HTMLElement): void {
  const facts = container.querySelector("dl.facts");
  if (facts) facts.after(section);
  else container.append(section);
}

/** Appends a relation's "Sources" section: its documents grouped by outlet, copies marked, and its event dates. */
export function appendEdgeSources(container: HTMLElement, graph: ViewerGraph, edge: string): void {
  const attr = graph.getEdgeAttributes(edge);
  if (!isRelation(attr)) return;
  const section = el("section", "time-section");
  section.dataset.testid = "edge-sources";
  section.append(el("h3", undefined, "Sources"));
  const summary = [seen(attr.firstSeen, attr.lastSeen)];
  if (attr.sources !== undefined)
    summary.push(`${plural(attr.sources, "independent source")} in ${plural(attr.documents ?? 0, "document")}`);
  section.append(el("p", "time-summary", `${summary.join(" · ")}.`));
  const byOutlet = new Map<string, Map<string, DocumentNodeAttributes>>();
  for (const e of attr.evidence ?? []) {
    if (!graph.hasNode(e.document)) continue;
    const doc = graph.getNodeAttributes(e.document);
    if (doc.kind !== "document") continue;
    const outlet = doc.outlet ?? "No outlet named";
    let docs = byOutlet.get(outlet);
    if (!docs) byOutlet.set(outlet, (docs = new Map()));
    docs.set(e.document, doc);
  }
  const outlets = [...byOutlet].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
  for (const [outlet, docs] of outlets) {
    const group = el("div", "outlet-group");
    group.dataset.outlet = outlet;
    group.append(el("h4", undefined, `${outlet} · ${plural(docs.size, "document")}`));
    const list = el("ul", "outlet-documents");
    for (const [key, doc] of [...docs].sort((a, b) => (a[1].date ?? "").localeCompare(b[1].date ?? ""))) {
      const item = el("li");
      item.append(el("span", "date", doc.date ?? "undated"), document.createTextNode(doc.label));
      if (doc.copyOf) {
        const original = graph.hasNode(doc.copyOf) ? graph.getNodeAttribute(doc.copyOf, "label") : doc.copyOf;
        item.append(el("span", "copy-of", ` — copy of “${original}”`));
        item.dataset.copy = "true";
      }
      item.dataset.document = key;
      list.append(item);
    }
    group.append(list);
    section.append(group);
  }
  const events = new Map<string, string>();
  for (const e of attr.evidence ?? []) {
    if (!e.eventDate || !graph.hasNode(e.document)) continue;
    const doc = graph.getNodeAttributes(e.document);
    const words = doc.kind === "document" ? doc.text.slice(e.eventDate.start, e.eventDate.end) : "";
    if (!events.has(e.eventDate.date)) events.set(e.eventDate.date, words);
  }
  if (events.size) {
    section.append(el("h4", undefined, "Dates the sentences give"));
    const list = el("ul", "outlet-documents");
    for (const [date, words] of [...events].sort()) {
      const item = el("li");
      item.append(el("span", "date", date), document.createTextNode(`“${words}”`));
      list.append(item);
    }
    section.append(list);
  }
  placeAfterFacts(container, section);
}

/**
 * Appends to a document's panel what near-duplicate detection says of it: the document it is a copy of, or the
 * documents that copy it (each counted with it as one source).
 */
export function appendDocumentCopies(container: HTMLElement, graph: ViewerGraph, node: string): void {
  const attr = graph.getNodeAttributes(node);
  if (attr.kind !== "document") return;
  const copies: string[] = [];
  graph.forEachNode((_other, a) => {
    if (a.kind === "document" && a.copyOf === node) copies.push(a.label);
  });
  if (!attr.copyOf && !copies.length) return;
  const note = el("p", "copy-note");
  note.dataset.testid = "document-copies";
  if (attr.copyOf) {
    const original = graph.hasNode(attr.copyOf) ? graph.getNodeAttribute(attr.copyOf, "label") : attr.copyOf;
    note.textContent = `A near-duplicate of “${original}”: counted with it as one source.`;
  } else
    note.textContent = `Republished with small edits as ${copies.map((c) => `“${c}”`).join(", ")}: counted as one source.`;
  placeAfterFacts(container, note);
}

/**
 * The Details panel: an entity (facts, its quotations, relations grouped by predicate, evidence sentences with both
 * names marked), an edge (its evidence), or a document (its text with mentions marked).
 * Every corpus string is untrusted: it only ever reaches the page as a text node (textContent / createTextNode),
 * never through innerHTML, and only http(s) URLs become links.
 */
import {
  CO_OCCURS,
  SAID,
  TYPE_LABELS,
  evidenceText,
  isEntity,
  mentionSpans,
  type DocumentNodeAttributes,
  type EntityNodeAttributes,
  type Evidence,
  type GraphIndex,
  type RelationEdgeAttributes,
  type ViewerGraph,
} from "./model.js";
import { renderAliases } from "./aliases-view.js";
import { appendMarkedText, el, linkButton, type Mark } from "./dom.js";
import { renderQuotes } from "./quotes-view.js";

/** What the panel asks the app to do when the reader clicks something in it. */
export interface PanelActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  /** Opens a document, marking `entity`'s mentions and scrolling to `focus` (an evidence sentence). */
  openDocument(document: string, entity: string | null, focus: { start: number; end: number } | null): void;
  clearSelection(): void;
  /** Curation controls (viewer/src/curation.ts), when the page may curate; null where there are none. */
  entityControls?(node: string): HTMLElement | null;
  edgeControls?(edge: string): HTMLElement | null;
  aliasControl?(node: string, alias: string): HTMLElement | null;
}

/** Evidence items shown per relation before "show more". */
const EVIDENCE_PREVIEW = 2;
/** Relations shown per predicate group before "show all". */
const RELATIONS_PREVIEW = 25;

/** Only absolute http(s) URLs may become links: `javascript:` and friends stay plain text. */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Ranges of an entity's names inside a sentence: from the mention spans when the build gives them, else by alias. */
function namesInSentence(
  graph: ViewerGraph,
  ev: Evidence,
  sentence: string,
  entity: string,
  className: string,
): Mark[] {
  const spans = mentionSpans(graph, ev.document, entity)
    .filter((s) => s.start >= ev.start && s.end <= ev.end)
    .map((s) => ({ start: s.start - ev.start, end: s.end - ev.start, className }));
  if (spans.length && spans.every((s) => sentence.slice(s.start, s.end).length === s.end - s.start)) return spans;
  // No spans (e.g. evidence text kept but mentions not): find the label or an alias in the sentence.
  const attr = graph.getNodeAttributes(entity);
  if (!isEntity(attr)) return [];
  const names = [...new Set([attr.label, ...(attr.aliases ?? [])])]
    .filter((n) => n.length > 1)
    .sort((a, b) => b.length - a.length);
  const found: Mark[] = [];
  for (const name of names) {
    let from = 0;
    for (let at = sentence.indexOf(name, from); at >= 0; at = sentence.indexOf(name, from)) {
      if (!found.some((f) => f.start < at + name.length && at < f.end))
        found.push({ start: at, end: at + name.length, className });
      from = at + name.length;
    }
  }
  return found;
}

function documentOf(graph: ViewerGraph, key: string): DocumentNodeAttributes | null {
  if (!graph.hasNode(key)) return null;
  const attr = graph.getNodeAttributes(key);
  return attr.kind === "document" ? attr : null;
}

/** One evidence item: the sentence (both names marked) and a button naming its document and date. */
function renderEvidence(
  graph: ViewerGraph,
  ev: Evidence,
  a: string,
  b: string,
  focusEntity: string,
  actions: PanelActions,
): HTMLLIElement {
  const item = el("li", "evidence");
  const sentence = evidenceText(graph, ev);
  const quote = el("blockquote", "sentence");
  appendMarkedText(quote, sentence, [
    ...namesInSentence(graph, ev, sentence, a, "mention name-a"),
    ...namesInSentence(graph, ev, sentence, b, "mention name-b"),
  ]);
  item.append(quote);
  const doc = documentOf(graph, ev.document);
  const source = linkButton(
    doc ? doc.label || doc.path : ev.document,
    () => actions.openDocument(ev.document, focusEntity, { start: ev.start, end: ev.end }),
    "link source",
  );
  source.title = "Open the document";
  source.dataset.testid = "evidence-source";
  const cite = el("div", "cite");
  cite.append(source);
  if (doc?.date) cite.append(el("span", "date", doc.date));
  item.append(cite);
  return item;
}

/** An evidence list with the first few items and a "show more" button. */
function renderEvidenceList(
  graph: ViewerGraph,
  evidence: readonly Evidence[],
  a: string,
  b: string,
  focusEntity: string,
  actions: PanelActions,
  preview: number,
): HTMLElement {
  const list = el("ul", "evidence-list");
  const show = (count: number) => {
    list.replaceChildren();
    for (const ev of evidence.slice(0, count)) list.append(renderEvidence(graph, ev, a, b, focusEntity, actions));
    if (evidence.length > count) {
      const more = el("li", "more");
      more.append(
        linkButton(`Show ${evidence.length - count} more sentence${evidence.length - count === 1 ? "" : "s"}`, () =>
          show(evidence.length),
        ),
      );
      list.append(more);
    }
  };
  show(preview);
  return list;
}

/** A definition list row. */
function fact(dl: HTMLDListElement, term: string, value: string | HTMLElement): void {
  dl.append(el("dt", undefined, term));
  const dd = el("dd");
  if (typeof value === "string") dd.textContent = value;
  else dd.append(value);
  dl.append(dd);
}

/** Header of the panel: a colour chip, a title and a close button. */
function header(title: string, color: string, subtitle: string, actions: PanelActions): HTMLElement {
  const head = el("header", "panel-head");
  const chip = el("span", "chip");
  chip.style.background = color;
  const h2 = el("h2", "panel-title", title);
  h2.prepend(chip);
  const close = linkButton("×", () => actions.clearSelection(), "close");
  close.setAttribute("aria-label", "Close details");
  head.append(h2, close, el("p", "subtitle", subtitle));
  return head;
}

/** Human name of a predicate group. */
function predicateTitle(predicate: string, label: string | undefined): string {
  if (predicate === CO_OCCURS) return "Co-occurs with";
  return label ?? predicate.replace(/_/g, " ");
}

/** Renders an entity: facts, then its relations grouped by predicate (typed first), each with evidence. */
export function renderEntity(container: HTMLElement, graph: ViewerGraph, node: string, actions: PanelActions): void {
  const attr = graph.getNodeAttributes(node) as EntityNodeAttributes;
  container.replaceChildren();
  container.append(header(attr.label, attr.color, TYPE_LABELS[attr.entityType] ?? attr.entityType, actions));

  const dl = el("dl", "facts");
  fact(dl, "Type", TYPE_LABELS[attr.entityType] ?? String(attr.entityType));
  const aliases = (attr.aliases ?? []).filter((a) => a !== attr.label);
  if (aliases.length) fact(dl, "Also called", renderAliases(graph, node, attr, actions));
  if (attr.roles?.length) fact(dl, "Roles", attr.roles.join(", "));
  fact(dl, "Mentions", `${attr.mentions ?? 0} in ${attr.documents ?? 0} document${attr.documents === 1 ? "" : "s"}`);
  container.append(dl);
  const controls = actions.entityControls?.(node);
  if (controls) container.append(controls);

  // Group relations by predicate and, for typed ones, by wording and direction ("President of" vs "has President").
  type Row = { edge: string; other: string; attr: RelationEdgeAttributes; outgoing: boolean; directed: boolean };
  const groups = new Map<string, { title: string; typed: boolean; rows: Row[] }>();
  graph.forEachEdge(node, (edge, edgeAttr, source, target) => {
    // Quotations have their own sections ("Said", "Quoted about it"), one row per quotation.
    if (edgeAttr.kind !== "relation" || edgeAttr.predicate === SAID) return;
    const outgoing = source === node;
    const directed = graph.isDirected(edge);
    const wording = predicateTitle(edgeAttr.predicate, edgeAttr.relationLabel);
    const title = directed && !outgoing ? `${wording} (incoming)` : wording;
    const key = `${edgeAttr.predicate}\u0000${title}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { title, typed: edgeAttr.predicate !== CO_OCCURS, rows: [] }));
    group.rows.push({ edge, other: outgoing ? target : source, attr: edgeAttr, outgoing, directed });
  });

  container.append(...renderQuotes(graph, node, actions));

  const relations = el("section", "relations");
  relations.append(el("h3", undefined, "Relations"));
  if (groups.size === 0) relations.append(el("p", "muted", "No relations found for this entity."));
  const ordered = [...groups.values()].sort(
    (a, b) => Number(b.typed) - Number(a.typed) || a.title.localeCompare(b.title),
  );
  for (const group of ordered) {
    const section = el("section", "relation-group");
    section.dataset.predicate = group.rows[0]?.attr.predicate ?? "";
    section.append(el("h4", undefined, `${group.title} · ${group.rows.length}`));
    const list = el("ul", "relation-list");
    group.rows.sort(
      (a, b) =>
        (b.attr.weight ?? 0) - (a.attr.weight ?? 0) ||
        graph.getNodeAttribute(a.other, "label").localeCompare(graph.getNodeAttribute(b.other, "label")),
    );
    const show = (count: number) => {
      list.replaceChildren();
      for (const row of group.rows.slice(0, count)) {
        const item = el("li", "relation");
        const line = el("div", "relation-line");
        const otherAttr = graph.getNodeAttributes(row.other);
        const chip = el("span", "chip small");
        chip.style.background = otherAttr.color;
        line.append(
          chip,
          linkButton(otherAttr.label, () => actions.selectNode(row.other), "link entity-link"),
        );
        const n = row.attr.evidence?.length ?? row.attr.weight;
        const meta = el(
          "span",
          "meta",
          `${n} sentence${n === 1 ? "" : "s"}${row.attr.confidence !== undefined ? ` · ${Math.round(row.attr.confidence * 100)}%` : ""}`,
        );
        line.append(
          meta,
          linkButton("edge", () => actions.selectEdge(row.edge), "link edge-link"),
        );
        item.append(
          line,
          renderEvidenceList(graph, row.attr.evidence ?? [], node, row.other, node, actions, EVIDENCE_PREVIEW),
        );
        list.append(item);
      }
      if (group.rows.length > count) {
        const more = el("li", "more");
        more.append(linkButton(`Show all ${group.rows.length}`, () => show(group.rows.length)));
        list.append(more);
      }
    };
    show(RELATIONS_PREVIEW);
    section.append(list);
    relations.append(section);
  }
  container.append(relations);
}

/** Renders one edge: its two ends, predicate, and every supporting sentence. */
export function renderEdge(container: HTMLElement, graph: ViewerGraph, edge: string, actions: PanelActions): void {
  const attr = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  container.replaceChildren();
  const sourceLabel = graph.getNodeAttribute(source, "label");
  const targetLabel = graph.getNodeAttribute(target, "label");
  if (attr.kind === "mention") {
    // A document → entity edge: show the document with the entity marked.
    renderDocument(container, graph, source, target, null, actions);
    return;
  }
  const wording = attr.predicate === CO_OCCURS ? "co-occurs with" : (attr.relationLabel ?? attr.predicate);
  container.append(
    header(
      `${sourceLabel} ${graph.isDirected(edge) ? "→" : "—"} ${targetLabel}`,
      "#6b6b6b",
      `Relation: ${wording}`,
      actions,
    ),
  );
  const dl = el("dl", "facts");
  const ends = el("span");
  ends.append(
    linkButton(sourceLabel, () => actions.selectNode(source), "link entity-link"),
    document.createTextNode(` ${wording} `),
    linkButton(targetLabel, () => actions.selectNode(target), "link entity-link"),
  );
  fact(dl, "Relation", ends);
  fact(dl, "Predicate", attr.predicate);
  if (attr.confidence !== undefined) fact(dl, "Confidence", `${Math.round(attr.confidence * 100)}%`);
  fact(dl, "Weight", String(attr.weight));
  container.append(dl);
  const controls = actions.edgeControls?.(edge);
  if (controls) container.append(controls);
  const section = el("section", "relations");
  section.append(el("h3", undefined, `Evidence · ${attr.evidence?.length ?? 0}`));
  section.append(renderEvidenceList(graph, attr.evidence ?? [], source, target, source, actions, 50));
  container.append(section);
}

/**
 * Renders a document: title, date, outlet, author, path, link (http(s) only), and its text with `entity`'s mentions marked
 * (or every entity's mentions, clickable, when no entity is given); scrolls to `focus` when given.
 */
export function renderDocument(
  container: HTMLElement,
  graph: ViewerGraph,
  docKey: string,
  entity: string | null,
  focus: { start: number; end: number } | null,
  actions: PanelActions,
  back?: { label: string; onClick: () => void },
): void {
  const doc = documentOf(graph, docKey);
  container.replaceChildren();
  if (!doc) {
    container.append(el("p", "muted", "This document is not in the graph."));
    return;
  }
  if (back) container.append(linkButton(`← ${back.label}`, back.onClick, "link back"));
  const entityLabel = entity ? graph.getNodeAttribute(entity, "label") : null;
  container.append(
    header(
      doc.label || doc.path,
      doc.color,
      entityLabel ? `Document · mentions of ${entityLabel} marked` : "Document",
      actions,
    ),
  );
  const dl = el("dl", "facts");
  if (doc.date) fact(dl, "Date", doc.date);
  if (doc.outlet) fact(dl, "Outlet", doc.outlet);
  if (doc.author) fact(dl, "Author", doc.author);
  fact(dl, "File", doc.path);
  if (doc.url) {
    const href = safeHttpUrl(doc.url);
    if (href) {
      const a = el("a", "url", doc.url);
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      fact(dl, "URL", a);
    } else fact(dl, "URL", doc.url);
  }
  container.append(dl);

  const marks: Mark[] = [];
  if (entity) {
    for (const s of mentionSpans(graph, docKey, entity))
      marks.push({ start: s.start, end: s.end, className: "mention", entity });
  } else {
    graph.forEachOutEdge(docKey, (_edge, attr, _source, target) => {
      if (attr.kind !== "mention") return;
      for (const s of attr.spans ?? [])
        marks.push({ start: s.start, end: s.end, className: "mention", entity: target });
    });
  }
  if (focus) marks.push({ start: focus.start, end: focus.end, className: "focus" });
  const text = el("div", "doc-text");
  text.dataset.testid = "document-text";
  appendMarkedText(text, doc.text ?? "", marks);
  // Clicking a marked name selects that entity (one listener; data-entity was set through the DOM, not parsed).
  text.addEventListener("click", (event) => {
    const target = event.target as HTMLElement | null;
    const key = target?.closest("mark")?.getAttribute("data-entity");
    if (key && key !== entity && graph.hasNode(key)) actions.selectNode(key);
  });
  container.append(text);
  const first = text.querySelector(".focus") ?? text.querySelector("mark");
  if (first) requestAnimationFrame(() => first.scrollIntoView({ block: "center" }));
}

/** Renders the panel with nothing selected: a summary of the graph and how to use it. */
export function renderOverview(container: HTMLElement, graph: ViewerGraph, index: GraphIndex): void {
  container.replaceChildren();
  const name = typeof graph.getAttribute("name") === "string" ? graph.getAttribute("name") : "Knowledge graph";
  container.append(el("h2", "panel-title", name));
  const dl = el("dl", "facts");
  fact(dl, "Entities", index.entityCount.toLocaleString("en"));
  fact(dl, "Documents", index.documentCount.toLocaleString("en"));
  const relations = index.relationCountAtLeast[0] ?? 0;
  fact(dl, "Relations", relations.toLocaleString("en"));
  if (index.dateRange)
    fact(
      dl,
      "Dates",
      index.dateRange[0] === index.dateRange[1] ? index.dateRange[0] : `${index.dateRange[0]} – ${index.dateRange[1]}`,
    );
  container.append(dl);
  const help = el("ul", "help");
  for (const line of [
    "Search a name (press / to focus the search box).",
    "Click a node to see its relations and the sentences behind them.",
    "Click an edge to see its evidence; click a source to read the document.",
    "Escape clears the selection.",
  ])
    help.append(el("li", undefined, line));
  container.append(help);
}

/**
 * Who said what, from a built graph: the quotations the build stored on each document node (read from its text and
 * its mentions' entities at assembly, see src/quotes/extract.ts) and queries over them, by speaker and by the entity
 * quoted about.
 */
import type { EventDate, KnowledgeGraph } from "../graph/index.js";
import type { Quote } from "../quotes/index.js";
import { datesIn, nearestDate } from "../time/index.js";
import { findEntity } from "./find.js";

/** One quotation as a query returns it. */
export interface QuoteView {
  /** Key of the document node. */
  document: string;
  title: string;
  date?: string;
  /** The speaker's label and node key; absent when the attribution names nobody. */
  speaker?: string;
  speakerNode?: string;
  /** The quoted words and their offsets in the document's text. */
  text: string;
  start: number;
  end: number;
  /** The attributing words ("said Jason Daw at Merrill Lynch") and their offsets, when the quote has its own. */
  attribution?: { text: string; start: number; end: number };
  /** Labels of the entities named inside the quotation. */
  about: string[];
  /**
   * The date its sentence gives for the statement ("Back in April, President Putin said…" in a document of July
   * 2025: 2025-04), the expression nearest the attribution, with its offsets in the document's text.
   */
  eventDate?: EventDate;
}

/** Options of `quotes`. */
export interface QuoteOptions {
  /** Only quotations naming this entity (name or alias). */
  about?: string;
}

/** The quotations of one document node, as the build stored them (`quotes`, read by src/quotes at assembly). */
export function documentQuotes(graph: KnowledgeGraph, document: string): readonly Quote[] {
  const attributes = graph.getNodeAttributes(document);
  return attributes.kind === "document" ? (attributes.quotes ?? []) : [];
}

/** Every quotation of the graph, as views, in document order. */
export function allQuotes(graph: KnowledgeGraph): QuoteView[] {
  const out: QuoteView[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "document") return;
    for (const q of documentQuotes(graph, node)) out.push(view(graph, node, q));
  });
  return out;
}

/** The quotations an entity (by name or alias) said, optionally only those naming another entity. */
export function quotes(graph: KnowledgeGraph, name: string, options: QuoteOptions = {}): QuoteView[] {
  const speaker = findEntity(graph, name);
  const about = options.about !== undefined ? findEntity(graph, options.about) : undefined;
  return collect(graph, (q) => q.speaker === speaker && (about === undefined || q.about.includes(about)));
}

/** The quotations that name an entity (by name or alias), whoever said them. */
export function quotesAbout(graph: KnowledgeGraph, name: string): QuoteView[] {
  const about = findEntity(graph, name);
  return collect(graph, (q) => q.about.includes(about));
}

function collect(graph: KnowledgeGraph, keep: (q: Quote) => boolean): QuoteView[] {
  const out: QuoteView[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "document") return;
    for (const q of documentQuotes(graph, node)) if (keep(q)) out.push(view(graph, node, q));
  });
  return out.sort(
    (a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.document.localeCompare(b.document) || a.start - b.start,
  );
}

function view(graph: KnowledgeGraph, document: string, q: Quote): QuoteView {
  const doc = graph.getNodeAttributes(document);
  const text = doc.kind === "document" ? doc.text : "";
  const v: QuoteView = {
    document,
    title: doc.label,
    text: text.slice(q.quote.start, q.quote.end).trim(),
    start: q.quote.start,
    end: q.quote.end,
    about: q.about.map((n) => graph.getNodeAttribute(n, "label")),
  };
  if (doc.kind === "document" && doc.date) v.date = doc.date;
  if (q.speaker) {
    v.speaker = graph.getNodeAttribute(q.speaker, "label");
    v.speakerNode = q.speaker;
  }
  if (q.attribution)
    v.attribution = { text: text.slice(q.attribution.start, q.attribution.end).trim(), ...q.attribution };
  const eventDate = quoteDate(text, q, doc.kind === "document" ? doc.date : undefined);
  if (eventDate) v.eventDate = eventDate;
  return v;
}

/** Characters read around a quotation for its date: its own sentence, not the whole paragraph. */
const MAX_LEAD = 300;

/**
 * The date a quotation's sentence gives: the text from the start of the sentence that opens the quotation or its
 * attribution (whichever comes first) to the end of both, read by chrono at query time (quotations are not
 * stored); the expression nearest the attribution wins.
 */
function quoteDate(text: string, q: Quote, documentDate: string | undefined): EventDate | undefined {
  const first = Math.min(q.quote.start, q.attribution?.start ?? Infinity);
  const last = Math.max(q.quote.end, q.attribution?.end ?? 0);
  let start = first;
  while (start > 0 && first - start < MAX_LEAD && !/[.!?\n]/.test(text[start - 1]!)) start--;
  const found = datesIn(text.slice(start, last), documentDate).map((d) => ({
    date: d.date,
    start: d.start + start,
    end: d.end + start,
  }));
  return nearestDate(found, [[q.attribution ?? q.quote]]);
}

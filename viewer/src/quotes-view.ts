/**
 * "Said" and "Quoted about it" in the entity panel: the quotations the build stored on each document (`quotes`,
 * src/quotes) whose speaker is the entity, and those that name it, each with its words (the entities named in it
 * marked), its speaker, and its document and date as a link that opens the document at the quotation.
 * Quotations are corpus text: they reach the page as text nodes only (dom.ts).
 */
import { appendMarkedText, el, linkButton, type Mark } from "./dom.js";
import { mentionSpans, type DocumentQuote, type ViewerGraph } from "./model.js";

/** What the quotation lists ask the app to do. */
export interface QuoteViewActions {
  selectNode(node: string): void;
  openDocument(document: string, entity: string | null, focus: { start: number; end: number } | null): void;
}

/** A quotation with the document it is in. */
interface PlacedQuote {
  document: string;
  quote: DocumentQuote;
}

/** The graph's quotations by speaker and by each entity they name. */
interface QuoteIndex {
  bySpeaker: Map<string, PlacedQuote[]>;
  byAbout: Map<string, PlacedQuote[]>;
}

/** Quotations shown per list before "show more". */
const QUOTES_PREVIEW = 3;

const indexes = new WeakMap<ViewerGraph, QuoteIndex>();

/** The quotation index of a graph, made on first use (one walk over the documents). */
function quoteIndex(graph: ViewerGraph): QuoteIndex {
  let index = indexes.get(graph);
  if (index) return index;
  index = { bySpeaker: new Map(), byAbout: new Map() };
  const add = (map: Map<string, PlacedQuote[]>, key: string, placed: PlacedQuote) => {
    const list = map.get(key);
    if (list) list.push(placed);
    else map.set(key, [placed]);
  };
  graph.forEachNode((document, attr) => {
    if (attr.kind !== "document") return;
    for (const quote of attr.quotes ?? []) {
      const placed = { document, quote };
      if (quote.speaker) add(index!.bySpeaker, quote.speaker, placed);
      for (const about of quote.about) add(index!.byAbout, about, placed);
    }
  });
  indexes.set(graph, index);
  return index;
}

/** The two sections for an entity, or nothing when it neither spoke nor was named in a quotation. */
export function renderQuotes(graph: ViewerGraph, node: string, actions: QuoteViewActions): HTMLElement[] {
  const { bySpeaker, byAbout } = quoteIndex(graph);
  const sections: HTMLElement[] = [];
  const said = bySpeaker.get(node) ?? [];
  const about = byAbout.get(node) ?? [];
  if (said.length) sections.push(quoteSection(graph, "Said", "said", said, node, actions, false));
  if (about.length) sections.push(quoteSection(graph, "Quoted about it", "quoted-about", about, node, actions, true));
  return sections;
}

function quoteSection(
  graph: ViewerGraph,
  title: string,
  name: string,
  quotes: readonly PlacedQuote[],
  node: string,
  actions: QuoteViewActions,
  showSpeaker: boolean,
): HTMLElement {
  const section = el("section", "quotes");
  section.dataset.testid = `quotes-${name}`;
  section.append(el("h3", undefined, `${title} · ${quotes.length}`));
  const list = el("ul", "evidence-list");
  const show = (count: number) => {
    list.replaceChildren();
    for (const placed of quotes.slice(0, count)) list.append(quoteItem(graph, placed, node, actions, showSpeaker));
    if (quotes.length > count) {
      const more = el("li", "more");
      const rest = quotes.length - count;
      more.append(linkButton(`Show ${rest} more quotation${rest === 1 ? "" : "s"}`, () => show(quotes.length)));
      list.append(more);
    }
  };
  show(QUOTES_PREVIEW);
  section.append(list);
  return section;
}

/** One quotation: its words with the entities it names marked, then speaker, document and date. */
function quoteItem(
  graph: ViewerGraph,
  placed: PlacedQuote,
  node: string,
  actions: QuoteViewActions,
  showSpeaker: boolean,
): HTMLLIElement {
  const { quote } = placed;
  const item = el("li", "evidence quote");
  const doc = graph.getNodeAttributes(placed.document);
  const text = doc.kind === "document" ? doc.text : "";
  const { start, end } = quote.quote;
  const marks: Mark[] = quote.about.flatMap((entity) =>
    mentionSpans(graph, placed.document, entity)
      .filter((s) => s.start >= start && s.end <= end)
      .map((s) => ({
        start: s.start - start,
        end: s.end - start,
        className: entity === node ? "mention name-a" : "mention name-b",
        entity,
      })),
  );
  const words = el("blockquote", "sentence");
  appendMarkedText(words, text.slice(start, end), marks);
  item.append(words);
  const cite = el("div", "cite");
  if (showSpeaker) {
    const speaker = quote.speaker && graph.hasNode(quote.speaker) ? quote.speaker : null;
    if (speaker)
      cite.append(
        linkButton(graph.getNodeAttribute(speaker, "label"), () => actions.selectNode(speaker), "link entity-link"),
      );
    else cite.append(el("span", "muted", "speaker not named"));
  }
  const source = linkButton(
    doc.label || (doc.kind === "document" ? doc.path : placed.document),
    () => actions.openDocument(placed.document, node, { start, end }),
    "link source",
  );
  source.title = "Open the document at the quotation";
  source.dataset.testid = "quote-source";
  cite.append(source);
  if (doc.kind === "document" && doc.date) cite.append(el("span", "date", doc.date));
  item.append(cite);
  return item;
}

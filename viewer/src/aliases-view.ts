/**
 * "Also called" in the entity panel: each alias with how it joined the entity (the build's `aliasJoins`: "Putin —
 * surname or first name of a person named in full in the same document, joined in <document>"), the document a
 * link that opens it at the mention, and, when the page may curate, a button to split the alias off.
 * Every string is set as text, never parsed as HTML: aliases and titles come from the corpus.
 */
import type { EntityNodeAttributes, ViewerGraph } from "./model.js";

/** What the list needs from the app. */
export interface AliasViewActions {
  openDocument(document: string, entity: string | null, focus: { start: number; end: number } | null): void;
  /** A control to split this alias off the entity, or null when the page cannot curate. */
  aliasControl?(node: string, alias: string): HTMLElement | null;
}

/** The entity's aliases (label excepted), each with its reason when the graph records one. */
export function renderAliases(
  graph: ViewerGraph,
  node: string,
  attributes: EntityNodeAttributes,
  actions: AliasViewActions,
): HTMLElement {
  const list = document.createElement("ul");
  list.className = "alias-list";
  const joins = new Map((attributes.aliasJoins ?? []).map((j) => [j.alias, j]));
  for (const alias of attributes.aliases.filter((a) => a !== attributes.label)) {
    const item = document.createElement("li");
    item.className = "alias";
    item.dataset.alias = alias;
    const name = document.createElement("span");
    name.className = "alias-name";
    name.textContent = alias;
    item.append(name);
    const join = joins.get(alias);
    if (join) {
      const why = document.createElement("span");
      why.className = "alias-why";
      why.textContent = ` — ${join.why}${join.note ? ` (${join.note})` : ""}`;
      item.append(why);
      if (join.document && graph.hasNode(join.document)) {
        const doc = graph.getNodeAttributes(join.document);
        const link = document.createElement("button");
        link.type = "button";
        link.className = "link alias-source";
        link.textContent = doc.label || join.document;
        link.title = "Open the document where the alias joined";
        const focus = join.start !== undefined && join.end !== undefined ? { start: join.start, end: join.end } : null;
        link.addEventListener("click", () => actions.openDocument(join.document!, node, focus));
        item.append(document.createTextNode(", joined in "), link);
      }
    }
    const control = actions.aliasControl?.(node, alias);
    if (control) item.append(document.createTextNode(" "), control);
    list.append(item);
  }
  return list;
}

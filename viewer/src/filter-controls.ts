/**
 * The filter controls (entity types with the colour legend, predicates, minimum edge weight, entities without a
 * shown edge, candidate relations, document nodes, date range) and the colour-mode switch. Each control is labelled; every change
 * goes through `onChange` with a patch of the state, and `update` re-syncs the controls from the state (URL
 * load, Escape, reset).
 */
import { CO_OCCURS, FALLBACK_COLOR, TYPE_LABELS, type GraphIndex } from "./model.js";
import { el } from "./dom.js";
import type { ColorMode, ViewState } from "./state.js";

/** A change the controls ask for. */
export type StatePatch = Partial<
  Pick<
    ViewState,
    | "hiddenTypes"
    | "hiddenPredicates"
    | "minEdgeWeight"
    | "hideDocuments"
    | "hideUnlinked"
    | "showCandidates"
    | "dateFrom"
    | "dateTo"
    | "colorMode"
  >
>;

/** Handle on the rendered controls. */
export interface FilterControls {
  /** Re-syncs every control from the state. */
  update(state: ViewState): void;
  /** Replaces the legend (used by community colouring). */
  setCommunityLegend(items: { color: string; label: string }[] | null): void;
}

let uid = 0;
/** A labelled checkbox row. */
function checkbox(
  label: string,
  color: string | null,
  onToggle: (checked: boolean) => void,
): { row: HTMLLabelElement; input: HTMLInputElement; count: HTMLSpanElement } {
  const row = el("label", "check");
  const input = el("input");
  input.type = "checkbox";
  input.id = `f${++uid}`;
  input.addEventListener("change", () => onToggle(input.checked));
  row.append(input);
  if (color) {
    const chip = el("span", "chip");
    chip.style.background = color;
    chip.setAttribute("aria-hidden", "true");
    row.append(chip);
  }
  row.append(el("span", "check-label", label));
  const count = el("span", "count");
  row.append(count);
  return { row, input, count };
}

/** Builds the controls in `container`. */
export function renderFilterControls(
  container: HTMLElement,
  index: GraphIndex,
  typeCounts: Map<string, number>,
  initial: ViewState,
  onChange: (patch: StatePatch) => void,
): FilterControls {
  let state = initial;
  container.replaceChildren();

  // Colour by: type (with legend) or community.
  const colorSection = el("fieldset", "group");
  colorSection.append(el("legend", undefined, "Colour by"));
  const colorSelect = el("select");
  colorSelect.id = "color-mode";
  colorSelect.setAttribute("aria-label", "Colour nodes by");
  for (const [value, text] of [
    ["type", "Entity type"],
    ["community", "Community (Louvain)"],
  ] as const) {
    const option = el("option", undefined, text);
    option.value = value;
    colorSelect.append(option);
  }
  colorSelect.addEventListener("change", () => onChange({ colorMode: colorSelect.value as ColorMode }));
  const communityLegend = el("ul", "community-legend");
  communityLegend.hidden = true;
  colorSection.append(colorSelect, communityLegend);
  container.append(colorSection);

  // Entity types: the legend doubles as the type filter.
  const typeSection = el("fieldset", "group legend-group");
  typeSection.append(el("legend", undefined, "Entity types"));
  const typeBoxes = new Map<string, HTMLInputElement>();
  for (const t of index.entityTypes) {
    const { row, input, count } = checkbox(TYPE_LABELS[t], index.typeColors.get(t) ?? FALLBACK_COLOR, (checked) => {
      const hidden = new Set(state.hiddenTypes);
      if (checked) hidden.delete(t);
      else hidden.add(t);
      onChange({ hiddenTypes: hidden });
    });
    input.setAttribute("aria-label", `Show ${TYPE_LABELS[t].toLowerCase()} entities`);
    input.dataset.type = t;
    count.textContent = String(typeCounts.get(t) ?? 0);
    typeBoxes.set(t, input);
    typeSection.append(row);
  }
  const docColor = index.typeColors.get("document") ?? FALLBACK_COLOR;
  const docs = checkbox(TYPE_LABELS.document, docColor, (checked) => onChange({ hideDocuments: !checked }));
  docs.input.setAttribute("aria-label", "Show document nodes");
  docs.input.id = "show-documents";
  docs.count.textContent = String(index.documentCount);
  typeSection.append(docs.row);
  container.append(typeSection);

  // Predicates: typed relations and co-occurrence.
  const predicateBoxes = new Map<string, HTMLInputElement>();
  if (index.predicates.length) {
    const predSection = el("fieldset", "group");
    predSection.append(el("legend", undefined, "Relations"));
    for (const p of index.predicates) {
      const { row, input } = checkbox(p === CO_OCCURS ? "co-occurrence" : p.replace(/_/g, " "), null, (checked) => {
        const hidden = new Set(state.hiddenPredicates);
        if (checked) hidden.delete(p);
        else hidden.add(p);
        onChange({ hiddenPredicates: hidden });
      });
      input.setAttribute("aria-label", `Show ${p === CO_OCCURS ? "co-occurrence" : p.replace(/_/g, " ")} relations`);
      input.dataset.predicate = p;
      predicateBoxes.set(p, input);
      row.classList.add(p === CO_OCCURS ? "cooccurs" : "typed");
      predSection.append(row);
    }
    container.append(predSection);
  }

  // Minimum edge weight.
  const weightSection = el("fieldset", "group");
  weightSection.append(el("legend", undefined, "Edges"));
  const weightLabel = el("label", "field");
  weightLabel.append(el("span", undefined, "Minimum weight"));
  const weight = el("input");
  weight.type = "number";
  weight.min = "1";
  weight.step = "1";
  weight.id = "min-weight";
  weight.setAttribute("aria-label", "Minimum edge weight");
  weight.addEventListener("change", () => {
    const value = Number(weight.value);
    if (Number.isFinite(value) && value >= 0) onChange({ minEdgeWeight: value });
  });
  weightLabel.append(weight);
  weightSection.append(weightLabel);
  const unlinked = checkbox("Hide entities without a shown edge", null, (checked) =>
    onChange({ hideUnlinked: checked }),
  );
  unlinked.input.id = "hide-unlinked";
  unlinked.input.setAttribute("aria-label", "Hide entities none of whose edges is shown");
  weightSection.append(unlinked.row);
  const candidates = checkbox("Show candidate relations (low confidence)", null, (checked) =>
    onChange({ showCandidates: checked }),
  );
  candidates.input.id = "show-candidates";
  candidates.input.setAttribute("aria-label", "Show typed relations below the default confidence threshold");
  weightSection.append(candidates.row);
  container.append(weightSection);

  // Date range, only when documents are dated.
  let from: HTMLInputElement | null = null;
  let to: HTMLInputElement | null = null;
  if (index.dateRange) {
    const dateSection = el("fieldset", "group");
    dateSection.append(el("legend", undefined, "Dates"));
    const make = (text: string, id: string, key: "dateFrom" | "dateTo") => {
      const label = el("label", "field");
      label.append(el("span", undefined, text));
      const input = el("input");
      input.type = "date";
      input.id = id;
      input.min = index.dateRange![0];
      input.max = index.dateRange![1];
      input.setAttribute("aria-label", `Documents ${text.toLowerCase()}`);
      input.addEventListener("change", () => onChange({ [key]: input.value || null }));
      label.append(input);
      dateSection.append(label);
      return input;
    };
    from = make("From", "date-from", "dateFrom");
    to = make("To", "date-to", "dateTo");
    container.append(dateSection);
  }

  const controls: FilterControls = {
    update(next) {
      state = next;
      colorSelect.value = next.colorMode;
      typeSection.classList.toggle("muted-legend", next.colorMode === "community");
      for (const [t, input] of typeBoxes) input.checked = !next.hiddenTypes.has(t as never);
      docs.input.checked = !next.hideDocuments;
      for (const [p, input] of predicateBoxes) input.checked = !next.hiddenPredicates.has(p);
      weight.value = String(next.minEdgeWeight);
      unlinked.input.checked = next.hideUnlinked;
      candidates.input.checked = next.showCandidates;
      if (from) from.value = next.dateFrom ?? "";
      if (to) to.value = next.dateTo ?? "";
    },
    setCommunityLegend(items) {
      communityLegend.replaceChildren();
      communityLegend.hidden = !items;
      for (const item of items ?? []) {
        const li = el("li");
        const chip = el("span", "chip");
        chip.style.background = item.color;
        li.append(chip, el("span", undefined, item.label));
        communityLegend.append(li);
      }
    },
  };
  controls.update(initial);
  return controls;
}

/**
 * The viewer's state: one small plain object that every view (reducers, panel, filters, status) is derived from,
 * and its round trip through the URL query so a link reproduces the selection and filters.
 * Pure: no DOM here, so tests can exercise it directly.
 */
import { ENTITY_TYPES, type EntityType } from "./model.js";

/** How nodes are coloured. */
export type ColorMode = "type" | "community";

/** Filters: what is shown. Persisted in the URL. */
export interface Filters {
  /** Entity types not shown. */
  hiddenTypes: Set<EntityType>;
  /** Predicates not shown (e.g. "co-occurs" to keep only typed relations). */
  hiddenPredicates: Set<string>;
  /** Relation edges lighter than this are hidden. */
  minEdgeWeight: number;
  /** Hide document nodes (and so their mention edges). */
  hideDocuments: boolean;
  /** Hide entities none of whose edges is shown (the selected node excepted). */
  hideUnlinked: boolean;
  /** Show candidate relations (typed relations below kgraph's default confidence threshold); hidden by default. */
  showCandidates: boolean;
  /** Inclusive ISO date bounds (YYYY-MM-DD); null = unbounded. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Relations and entities supported by fewer independent sources (near-duplicates merged) are hidden. */
  minSources: number;
  /** Highlight the entities and relations first seen inside the date range. */
  highlightNew: boolean;
}

/** The whole view state. */
export interface ViewState extends Filters {
  /** Selected node (shown in Details, the rest faded). */
  selectedNode: string | null;
  /** Selected edge (its evidence in Details). */
  selectedEdge: string | null;
  /** Node under the pointer (not persisted). */
  hoveredNode: string | null;
  colorMode: ColorMode;
}

/** The state of a freshly opened viewer. */
export function getEmptyState(): ViewState {
  return {
    selectedNode: null,
    selectedEdge: null,
    hoveredNode: null,
    colorMode: "type",
    hiddenTypes: new Set(),
    hiddenPredicates: new Set(),
    minEdgeWeight: 1,
    hideDocuments: false,
    hideUnlinked: false,
    showCandidates: false,
    dateFrom: null,
    dateTo: null,
    minSources: 1,
    highlightNew: false,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a state from a URL query string ("?node=…&hide=person,place…"); unknown or malformed values are ignored. */
export function stateFromQuery(query: string, base: ViewState = getEmptyState()): ViewState {
  const params = new URLSearchParams(query);
  const state: ViewState = {
    ...base,
    hiddenTypes: new Set(base.hiddenTypes),
    hiddenPredicates: new Set(base.hiddenPredicates),
  };
  const node = params.get("node");
  if (node) state.selectedNode = node;
  const edge = params.get("edge");
  if (edge) state.selectedEdge = edge;
  const hide = params.get("hide");
  if (hide !== null) {
    state.hiddenTypes = new Set(
      hide.split(",").filter((t): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t)),
    );
  }
  const preds = params.get("preds");
  if (preds !== null) state.hiddenPredicates = new Set(preds.split(",").filter(Boolean));
  const minw = Number(params.get("minw"));
  if (params.has("minw") && Number.isFinite(minw) && minw >= 0) state.minEdgeWeight = minw;
  if (params.get("docs") === "0") state.hideDocuments = true;
  if (params.get("docs") === "1") state.hideDocuments = false;
  if (params.get("unlinked") === "0") state.hideUnlinked = true;
  if (params.get("unlinked") === "1") state.hideUnlinked = false;
  if (params.get("cand") === "1") state.showCandidates = true;
  if (params.get("cand") === "0") state.showCandidates = false;
  const from = params.get("from");
  if (from && DATE.test(from)) state.dateFrom = from;
  const to = params.get("to");
  if (to && DATE.test(to)) state.dateTo = to;
  if (params.get("color") === "community") state.colorMode = "community";
  const minSources = Number(params.get("src"));
  if (params.has("src") && Number.isInteger(minSources) && minSources >= 1) state.minSources = minSources;
  if (params.get("new") === "1") state.highlightNew = true;
  return state;
}

/** Writes the shareable part of the state as a query string (without "?"); defaults are left out to keep links short. */
export function stateToQuery(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selectedNode) params.set("node", state.selectedNode);
  if (state.selectedEdge) params.set("edge", state.selectedEdge);
  if (state.hiddenTypes.size) params.set("hide", [...state.hiddenTypes].sort().join(","));
  if (state.hiddenPredicates.size) params.set("preds", [...state.hiddenPredicates].sort().join(","));
  if (state.minEdgeWeight !== 1) params.set("minw", String(state.minEdgeWeight));
  if (state.hideDocuments) params.set("docs", "0");
  if (state.hideUnlinked) params.set("unlinked", "0");
  if (state.showCandidates) params.set("cand", "1");
  if (state.dateFrom) params.set("from", state.dateFrom);
  if (state.dateTo) params.set("to", state.dateTo);
  if (state.colorMode !== "type") params.set("color", state.colorMode);
  if (state.minSources !== 1) params.set("src", String(state.minSources));
  if (state.highlightNew) params.set("new", "1");
  return params.toString();
}

/** True when the query names any filter, so the viewer must not override it with its own defaults. */
export function queryHasFilters(query: string): boolean {
  const params = new URLSearchParams(query);
  return ["hide", "preds", "minw", "docs", "unlinked", "cand", "from", "to", "src"].some((k) => params.has(k));
}

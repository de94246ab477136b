/**
 * Sigma node and edge reducers: the display of each node and edge as a pure function of its attributes,
 * the view state and values derived from it (visibility, focus). The graph is never mutated for display.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { CO_OCCURS, type EdgeAttributes, type GraphIndex, type NodeAttributes } from "./model.js";
import type { Visibility } from "./filters.js";
import type { ViewState } from "./state.js";

/** Colour of nodes and edges pushed to the background by a selection or hover. */
export const FADED_COLOR = "#e8e8e8";
/** Edge colours by kind: typed relations stand out, co-occurrence is context, mentions are faint. */
export const EDGE_COLORS = { typed: "#6b6b6b", cooccurs: "#c4c9d0", mention: "#e6e1dc", selected: "#d62728" } as const;

/** Values derived from the state once per change, shared by every reducer call. */
export interface Derived {
  visibility: Visibility;
  /** Selected node and its visible neighbours, or null when nothing is selected. */
  focus: Set<string> | null;
  /** Hovered node and its visible neighbours, or null. */
  hoverFocus: Set<string> | null;
  /** Community colour of each node when colouring by community. */
  communityColors: Map<string, string> | null;
  /** Source and target of the selected edge, which stay in full colour. */
  edgeEnds: Set<string> | null;
  /** Entities and relations first seen in the brushed period, when "new in this period" is on (timeline.ts). */
  newItems?: { nodes: Set<string>; edges: Set<string> } | null;
}

/** Colour of what is new in the brushed period. */
export const NEW_COLOR = "#e15759";

/** Document titles are long: on the canvas they are cut to this many characters (the panel shows them whole). */
export const DOCUMENT_LABEL_LENGTH = 32;

/** Cuts a label to `max` characters at a word boundary, with an ellipsis. */
export function shorten(label: string, max: number): string {
  if (typeof label !== "string" || label.length <= max) return label;
  const cut = label.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Display data of one node. */
export function reduceNode(
  node: string,
  data: NodeAttributes,
  state: ViewState,
  derived: Derived,
  index: GraphIndex,
): Partial<NodeDisplayData> {
  if (!derived.visibility.nodes.has(node)) return { ...data, hidden: true };
  // Colour by type is the build's node colour; by community, the community's.
  const baseColor = state.colorMode === "community" ? (derived.communityColors?.get(node) ?? data.color) : data.color;
  const display: Partial<NodeDisplayData> = {
    x: data.x,
    y: data.y,
    label: data.kind === "document" ? shorten(data.label, DOCUMENT_LABEL_LENGTH) : data.label,
    size: index.baseSize.get(node) ?? data.size,
    color: baseColor,
    zIndex: data.kind === "entity" ? 1 : 0,
  };
  const focus = derived.focus ?? derived.edgeEnds ?? derived.hoverFocus;
  if (focus && !focus.has(node)) {
    // Faded nodes lose their label so the focus's labels are the only ones competing for space.
    display.color = FADED_COLOR;
    display.label = "";
    display.zIndex = 0;
    // Shrink faded nodes too, so they don't hide the focus's edges on dense graphs.
    display.size = Math.min(3, (display.size ?? 3) * 0.5);
  } else if (focus) {
    display.forceLabel = true;
    display.zIndex = 2;
  }
  if (derived.newItems?.nodes.has(node) && !(focus && !focus.has(node))) {
    display.highlighted = true;
    display.forceLabel = true;
    display.zIndex = Math.max(display.zIndex ?? 0, 2);
  }
  if (node === state.selectedNode || node === state.hoveredNode) {
    display.highlighted = true;
    display.zIndex = 3;
  }
  return display;
}

/** Display data of one edge; `directed` says whether to draw an arrow. */
export function reduceEdge(
  edge: string,
  data: EdgeAttributes,
  ends: { source: string; target: string; directed: boolean },
  state: ViewState,
  derived: Derived,
): Partial<EdgeDisplayData> {
  if (!derived.visibility.edges.has(edge)) return { hidden: true };
  const weight = Number.isFinite(data.weight) ? data.weight : 1;
  const display: Partial<EdgeDisplayData> = {
    size: data.kind === "mention" ? 0.5 : Math.min(6, 0.6 + Math.log2(weight + 1) * 0.8),
    color:
      data.kind === "mention"
        ? EDGE_COLORS.mention
        : data.predicate === CO_OCCURS
          ? EDGE_COLORS.cooccurs
          : EDGE_COLORS.typed,
    type: ends.directed ? "arrow" : "line",
    label: "",
    zIndex: data.kind === "mention" ? 0 : data.predicate === CO_OCCURS ? 1 : 2,
  };
  if (derived.newItems?.edges.has(edge)) {
    display.color = NEW_COLOR;
    display.zIndex = 3;
  }
  if (edge === state.selectedEdge) {
    return {
      ...display,
      color: EDGE_COLORS.selected,
      size: (display.size ?? 1) + 1.5,
      zIndex: 4,
      label: edgeLabel(data),
    };
  }
  const focusNode = state.selectedNode ?? (derived.edgeEnds ? null : state.hoveredNode);
  if (focusNode !== null) {
    if (ends.source !== focusNode && ends.target !== focusNode) return { ...display, hidden: true };
    // Around a selected node, typed relations say what they are.
    return {
      ...display,
      zIndex: 3,
      label: data.kind === "relation" && data.predicate !== CO_OCCURS ? edgeLabel(data) : "",
    };
  }
  if (derived.edgeEnds) return { ...display, color: FADED_COLOR };
  return display;
}

/** The label shown on a relation edge: its human wording, else its predicate. */
export function edgeLabel(data: EdgeAttributes): string {
  if (data.kind !== "relation") return "";
  return data.relationLabel ?? data.predicate;
}

/**
 * The viewer app: loads `graph/graph.json` (served by `kgraph serve` under /graph/), renders it with sigma,
 * and wires search, selection, Details, filters, layout, colouring, export and the shareable URL.
 * All display state lives in one `ViewState`; sigma's reducers derive the picture from it.
 */
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import "./style.css";
import { computeCommunities } from "./communities.js";
import { Curation } from "./curation.js";
import { entityFromHash } from "./hash-link.js";
import { DisplayGraph } from "./display-graph.js";
import { downloadText, exportPNG, visibleGexf } from "./export.js";
import { renderFilterControls, type StatePatch } from "./filter-controls.js";
import { EDGE_BUDGET, computeVisibility, defaultMinEdgeWeight, visibleNeighbourhood } from "./filters.js";
import { LayoutController } from "./layout-worker.js";
import {
  FALLBACK_COLOR,
  buildIndex,
  loadGraph,
  type EdgeAttributes,
  type GraphIndex,
  type NodeAttributes,
  type ViewerGraph,
} from "./model.js";
import { el } from "./dom.js";
import { renderDocument, renderEdge, renderEntity, renderOverview, type PanelActions } from "./panel.js";
import { reduceEdge, reduceNode, type Derived } from "./reducers.js";
import { setupSearchBox } from "./search-box.js";
import { buildSearchIndex } from "./search.js";
import { queryHasFilters, stateFromQuery, stateToQuery, type ViewState } from "./state.js";
import { appendDocumentCopies, appendEdgeSources, appendEntityTime } from "./time-panel.js";
import { documentHistogram, newInPeriod } from "./timeline.js";
import { TimelineView } from "./timeline-view.js";

/** Where the server puts the graph (relative, so the page also works under a sub-path). */
const GRAPH_URL = "graph/graph.json";
/** Above this many documents, document nodes start hidden (they add one mention edge per entity they name). */
const DOCUMENT_BUDGET = 400;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`kgraph viewer: #${id} missing from index.html`);
  return element as T;
}

const statusLine = byId<HTMLParagraphElement>("status");
const notice = byId<HTMLParagraphElement>("notice");
const details = byId<HTMLElement>("details");

async function main(): Promise<void> {
  statusLine.textContent = "Loading graph…";
  const started = performance.now();
  const response = await fetch(GRAPH_URL);
  if (!response.ok)
    throw new Error(
      `could not load ${GRAPH_URL} (HTTP ${response.status}): build the graph with \`kgraph build\`, then run \`kgraph serve\``,
    );
  const graph = loadGraph(await response.json());
  const index = buildIndex(graph);
  const searchIndex = buildSearchIndex(graph);
  // Curation changes names: the search box's index is refreshed in place.
  const app = new App(graph, index, () => searchIndex.splice(0, searchIndex.length, ...buildSearchIndex(graph)));
  setupSearchBox(
    byId("search"),
    byId("search-results"),
    searchIndex,
    (node) => app.select(node, { moveCamera: true }),
    () => app.clearSelection(),
  );
  // Ready once the first frame is on screen: sigma draws in an animation frame, the timer runs after it.
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  document.body.dataset.ready = "true";
  document.body.dataset.loadMs = String(Math.round(performance.now() - started));
}

/** The running viewer: state, derived values, renderer and the DOM around it. */
class App {
  private state: ViewState;
  private derived: Derived;
  private readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  /** What sigma draws: the visible nodes and edges only (see display-graph.ts). */
  private readonly display: DisplayGraph;
  private readonly layout: LayoutController;
  private readonly controls: ReturnType<typeof renderFilterControls>;
  private communityColors: Map<string, string> | null = null;
  /** The timeline under the graph (timeline-view.ts); it changes the date range, sources and "new" highlight. */
  private readonly timeline: TimelineView;
  private readonly actions: PanelActions;
  private urlTimer = 0;

  constructor(
    private readonly graph: ViewerGraph,
    private index: GraphIndex,
    private readonly onGraphChanged: () => void,
  ) {
    const query = location.search;
    this.state = stateFromQuery(query);
    const notes: string[] = [];
    if (!queryHasFilters(query)) {
      // Big graphs: start with what a browser can draw smoothly, and say what was hidden.
      const minWeight = defaultMinEdgeWeight(index, EDGE_BUDGET);
      if (minWeight > 1) {
        this.state.minEdgeWeight = minWeight;
        // The entities those edges alone connected would be a field of dots around the drawn graph.
        this.state.hideUnlinked = true;
        notes.push(
          `Edges with weight below ${minWeight} are hidden to keep the view responsive (${(index.relationCountAtLeast[0] ?? 0).toLocaleString("en")} relations in all), and so are the entities left without a shown edge; lower “Minimum weight” or untick “Hide entities without a shown edge” to see them.`,
        );
      }
      if (index.documentCount > DOCUMENT_BUDGET) {
        this.state.hideDocuments = true;
        notes.push(
          `Document nodes are hidden (${index.documentCount.toLocaleString("en")}); tick “Document” to show them.`,
        );
      }
    }
    const linked = entityFromHash(location.hash);
    if (linked && graph.hasNode(linked)) this.state.selectedNode = linked;
    if (this.state.selectedNode && !graph.hasNode(this.state.selectedNode)) this.state.selectedNode = null;
    if (this.state.selectedEdge && !graph.hasEdge(this.state.selectedEdge)) this.state.selectedEdge = null;
    notice.textContent = notes.join(" ");
    notice.hidden = notes.length === 0;

    this.actions = {
      selectNode: (node) => this.select(node, { moveCamera: true }),
      selectEdge: (edge) => this.selectEdge(edge),
      openDocument: (doc, entity, focus) => this.openDocument(doc, entity, focus),
      clearSelection: () => this.clearSelection(),
    };
    // Colours by type as loaded, so that a retype finds its colour even after a type's last entity went.
    const typeColors = new Map(index.typeColors);
    const curation = new Curation({
      graph,
      changed: (select) => this.graphChanged(select),
      typeColor: (type) => typeColors.get(type) ?? FALLBACK_COLOR,
    });
    if (curation.mode !== "none") {
      this.actions.entityControls = (node) => curation.entityControls(node);
      this.actions.edgeControls = (edge) => curation.edgeControls(edge);
      this.actions.aliasControl = (node, alias) => curation.aliasControl(node, alias);
    }

    if (this.state.colorMode === "community") this.communityColors = computeCommunities(graph).colors;
    this.derived = this.derive();
    this.display = new DisplayGraph(graph);
    this.display.sync(this.derived.visibility);
    const big = graph.size > 20_000;
    this.renderer = new Sigma<NodeAttributes, EdgeAttributes>(this.display.graph as never, byId("graph"), {
      nodeReducer: (node, data) => reduceNode(node, data, this.state, this.derived, index) as Partial<NodeDisplayData>,
      edgeReducer: (edge, data) => {
        const [source, target] = graph.extremities(edge);
        return reduceEdge(
          edge,
          data,
          { source, target, directed: graph.isDirected(edge) },
          this.state,
          this.derived,
        ) as Partial<EdgeDisplayData>;
      },
      enableEdgeEvents: true,
      renderEdgeLabels: true,
      hideEdgesOnMove: big,
      // Labels: only nodes big enough on screen, one per grid cell, so they never pile up.
      labelRenderedSizeThreshold: graph.order < 300 ? 0 : 7,
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      labelSize: 13,
      labelWeight: "500",
      edgeLabelSize: 11,
      edgeLabelColor: { color: "#555" },
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      stagePadding: 40,
    });
    // Framed on every node, drawn or not, so that filters never move the picture; the live layout reframes it.
    this.renderer.setCustomBBox(this.display.frame());
    graph.on("eachNodeAttributesUpdated", () => this.renderer.setCustomBBox(this.display.frame()));
    this.layout = new LayoutController(graph);

    const typeCounts = new Map<string, number>();
    graph.forEachNode((_n, attr) => {
      if (attr.kind === "entity") typeCounts.set(attr.entityType, (typeCounts.get(attr.entityType) ?? 0) + 1);
    });
    this.controls = renderFilterControls(byId("filters"), index, typeCounts, this.state, (patch) =>
      this.applyFilters(patch),
    );
    this.timeline = new TimelineView(byId("graph"), documentHistogram(graph), this.state, {
      setRange: (dateFrom, dateTo) => this.applyTimeline({ dateFrom, dateTo }),
      setMinSources: (minSources) => this.applyTimeline({ minSources }),
      setHighlightNew: (highlightNew) => this.applyTimeline({ highlightNew }),
    });
    this.updateCommunityLegend();
    this.bindGraphEvents();
    this.bindToolbar();
    this.bindKeyboard();
    window.addEventListener("hashchange", () => {
      const node = entityFromHash(location.hash);
      if (node) this.select(node, { moveCamera: true });
    });
    this.renderDetails();
    this.renderStatus();
    if (this.state.selectedNode) this.focusCamera(this.state.selectedNode, false);
  }

  /**
   * After a curation change to the graph (curation.ts): the index, search and drawing are made again from it,
   * and `select` (when given) becomes the selection.
   */
  private graphChanged(select?: string | null): void {
    this.index = buildIndex(this.graph);
    this.onGraphChanged();
    // Nodes kept their keys but not their attributes: the drawn graph is made again, not patched.
    this.display.graph.clear();
    const patch: Partial<ViewState> = { hoveredNode: null };
    if (select !== undefined) Object.assign(patch, { selectedNode: select, selectedEdge: null });
    else {
      if (this.state.selectedNode && !this.graph.hasNode(this.state.selectedNode)) patch.selectedNode = null;
      if (this.state.selectedEdge && !this.graph.hasEdge(this.state.selectedEdge)) patch.selectedEdge = null;
    }
    this.setState(patch);
    this.renderer.setCustomBBox(this.display.frame());
  }

  /** Recomputes the derived values (visibility, focus sets) from the state. */
  private derive(): Derived {
    const visibility = computeVisibility(this.graph, this.index, this.state, this.state.selectedNode);
    const { selectedNode, hoveredNode, selectedEdge } = this.state;
    return {
      visibility,
      focus:
        selectedNode && visibility.nodes.has(selectedNode)
          ? visibleNeighbourhood(this.graph, visibility, selectedNode)
          : null,
      hoverFocus: hoveredNode ? visibleNeighbourhood(this.graph, visibility, hoveredNode) : null,
      communityColors: this.communityColors,
      edgeEnds: selectedEdge && this.graph.hasEdge(selectedEdge) ? new Set(this.graph.extremities(selectedEdge)) : null,
      newItems: this.state.highlightNew ? newInPeriod(this.graph, this.state.dateFrom, this.state.dateTo) : null,
    };
  }

  /** A change from the timeline: the filters follow it, and the filter controls show it. */
  private applyTimeline(patch: Pick<Partial<ViewState>, "dateFrom" | "dateTo" | "minSources" | "highlightNew">): void {
    this.setState(patch, { details: false });
    this.controls.update(this.state);
  }

  /** Applies a state change: re-derives, refreshes sigma, and syncs the URL, status and panel as needed. */
  private setState(patch: Partial<ViewState>, options: { details?: boolean; skipIndexation?: boolean } = {}): void {
    this.state = { ...this.state, ...patch };
    this.derived = this.derive();
    this.display.sync(this.derived.visibility);
    this.renderer.refresh(options.skipIndexation ? { skipIndexation: true } : undefined);
    if (options.details !== false) this.renderDetails();
    this.renderStatus();
    // Absent only while the constructor runs (the timeline is made after the first state).
    this.timeline?.update(this.state);
    this.scheduleUrlUpdate();
  }

  private applyFilters(patch: StatePatch): void {
    if (patch.colorMode && patch.colorMode !== this.state.colorMode) {
      if (patch.colorMode === "community" && !this.communityColors)
        this.communityColors = computeCommunities(this.graph).colors;
    }
    this.setState(patch, { details: false });
    this.controls.update(this.state);
    this.updateCommunityLegend();
  }

  /** Selects a node: the rest fades, Details shows it; optionally moves the camera to it. */
  select(node: string, options: { moveCamera: boolean }): void {
    if (!this.graph.hasNode(node)) return;
    // A node hidden by the filters is shown anyway when chosen explicitly (search, a relation link).
    const attr = this.graph.getNodeAttributes(node);
    const patch: Partial<ViewState> = { selectedNode: node, selectedEdge: null };
    if (attr.kind === "entity" && this.state.hiddenTypes.has(attr.entityType)) {
      const hiddenTypes = new Set(this.state.hiddenTypes);
      hiddenTypes.delete(attr.entityType);
      patch.hiddenTypes = hiddenTypes;
    }
    if (attr.kind === "document" && this.state.hideDocuments) patch.hideDocuments = false;
    this.setState(patch);
    this.controls.update(this.state);
    if (options.moveCamera) this.focusCamera(node, true);
  }

  selectEdge(edge: string): void {
    if (!this.graph.hasEdge(edge)) return;
    this.setState({ selectedEdge: edge, selectedNode: null });
  }

  clearSelection(): void {
    this.setState({ selectedNode: null, selectedEdge: null });
  }

  private openDocument(doc: string, entity: string | null, focus: { start: number; end: number } | null): void {
    const returnTo = this.state.selectedEdge
      ? { edge: this.state.selectedEdge }
      : this.state.selectedNode
        ? { node: this.state.selectedNode }
        : null;
    const back = returnTo
      ? {
          label: `Back to ${returnTo.edge ? "the relation" : this.graph.getNodeAttribute(returnTo.node!, "label")}`,
          onClick: () => this.renderDetails(),
        }
      : undefined;
    renderDocument(details, this.graph, doc, entity, focus, this.actions, back);
    appendDocumentCopies(details, this.graph, doc);
    details.scrollTop = 0;
  }

  private renderDetails(): void {
    const { selectedNode, selectedEdge } = this.state;
    if (selectedEdge && this.graph.hasEdge(selectedEdge)) {
      renderEdge(details, this.graph, selectedEdge, this.actions);
      appendEdgeSources(details, this.graph, selectedEdge);
    } else if (selectedNode && this.graph.hasNode(selectedNode)) {
      if (this.graph.getNodeAttribute(selectedNode, "kind") === "document") {
        renderDocument(details, this.graph, selectedNode, null, null, this.actions);
        appendDocumentCopies(details, this.graph, selectedNode);
      } else {
        renderEntity(details, this.graph, selectedNode, this.actions);
        appendEntityTime(details, this.graph, selectedNode, this.actions);
      }
    } else renderOverview(details, this.graph, this.index);
    details.scrollTop = 0;
  }

  private renderStatus(): void {
    const { nodes, edges } = this.derived.visibility;
    statusLine.textContent = `${nodes.size.toLocaleString("en")} nodes · ${edges.size.toLocaleString("en")} edges shown`;
    statusLine.dataset.nodes = String(nodes.size);
    statusLine.dataset.edges = String(edges.size);
  }

  private scheduleUrlUpdate(): void {
    window.clearTimeout(this.urlTimer);
    this.urlTimer = window.setTimeout(() => {
      const query = stateToQuery(this.state);
      history.replaceState(null, "", `${location.pathname}${query ? `?${query}` : ""}`);
    }, 150);
  }

  /** Animates the camera (or jumps) to a node, zoomed so its visible neighbours fit on screen. */
  private focusCamera(node: string, animate: boolean): void {
    // Display data exists only after the first render: wait a frame if needed.
    const go = () => {
      const data = this.renderer.getNodeDisplayData(node);
      if (!data) return;
      let minX = data.x;
      let maxX = data.x;
      let minY = data.y;
      let maxY = data.y;
      for (const n of this.derived.focus ?? []) {
        const d = this.renderer.getNodeDisplayData(n);
        if (!d) continue;
        minX = Math.min(minX, d.x);
        maxX = Math.max(maxX, d.x);
        minY = Math.min(minY, d.y);
        maxY = Math.max(maxY, d.y);
      }
      // Camera coordinates are the normalised graph frame (ratio 1 = whole graph): centre on the node and
      // zoom out far enough that the farthest neighbour stays in view.
      const reach = Math.max(maxX - data.x, data.x - minX, maxY - data.y, data.y - minY);
      const ratio = Math.min(1.2, Math.max(0.08, reach * 2.4));
      const camera = this.renderer.getCamera();
      const target = { x: data.x, y: data.y, ratio };
      if (animate) void camera.animate(target, { duration: 450 });
      else camera.setState(target);
    };
    if (this.renderer.getNodeDisplayData(node)) go();
    else requestAnimationFrame(go);
  }

  private updateCommunityLegend(): void {
    if (this.state.colorMode !== "community" || !this.communityColors) {
      this.controls.setCommunityLegend(null);
      return;
    }
    // Name each colour after its largest visible entity, so the legend says something.
    const best = new Map<string, { label: string; size: number; count: number }>();
    for (const node of this.derived.visibility.nodes) {
      const attr = this.graph.getNodeAttributes(node);
      if (attr.kind !== "entity") continue;
      const color = this.communityColors.get(node) ?? "#c0c0c0";
      const size = this.index.baseSize.get(node) ?? 0;
      const current = best.get(color);
      if (!current) best.set(color, { label: attr.label, size, count: 1 });
      else {
        current.count += 1;
        if (size > current.size) Object.assign(current, { label: attr.label, size });
      }
    }
    const items = [...best]
      .sort((a, b) => b[1].count - a[1].count)
      .slice(0, 12)
      .map(([color, v]) => ({ color, label: `${v.label} (${v.count})` }));
    this.controls.setCommunityLegend(items);
  }

  private bindGraphEvents(): void {
    const container = byId("graph");
    this.renderer.on("enterNode", ({ node }) => {
      container.style.cursor = "pointer";
      this.setState({ hoveredNode: node }, { details: false, skipIndexation: true });
    });
    this.renderer.on("leaveNode", () => {
      container.style.cursor = "";
      this.setState({ hoveredNode: null }, { details: false, skipIndexation: true });
    });
    this.renderer.on("enterEdge", () => (container.style.cursor = "pointer"));
    this.renderer.on("leaveEdge", () => (container.style.cursor = ""));
    this.renderer.on("clickNode", ({ node }) => this.select(node, { moveCamera: false }));
    this.renderer.on("clickEdge", ({ edge }) => this.selectEdge(edge));
    this.renderer.on("clickStage", () => {
      if (this.state.selectedNode || this.state.selectedEdge) this.clearSelection();
    });
  }

  private bindToolbar(): void {
    const run = byId<HTMLButtonElement>("layout-run");
    const reset = byId<HTMLButtonElement>("layout-reset");
    const syncRun = () => {
      const running = this.layout.isRunning();
      run.textContent = running ? "Stop layout" : "Run layout";
      run.setAttribute("aria-pressed", String(running));
    };
    run.addEventListener("click", () => {
      if (this.layout.isRunning()) this.layout.stop();
      else this.layout.start();
      syncRun();
    });
    reset.addEventListener("click", () => {
      this.layout.reset();
      syncRun();
      this.renderer.getCamera().animatedReset({ duration: 300 });
    });
    byId<HTMLButtonElement>("zoom-in").addEventListener(
      "click",
      () => void this.renderer.getCamera().animatedZoom({ duration: 250 }),
    );
    byId<HTMLButtonElement>("zoom-out").addEventListener(
      "click",
      () => void this.renderer.getCamera().animatedUnzoom({ duration: 250 }),
    );
    byId<HTMLButtonElement>("zoom-reset").addEventListener(
      "click",
      () => void this.renderer.getCamera().animatedReset({ duration: 250 }),
    );
    byId<HTMLButtonElement>("export-png").addEventListener("click", () => void exportPNG(this.renderer, "kgraph"));
    byId<HTMLButtonElement>("export-gexf").addEventListener("click", () => {
      const xml = visibleGexf(this.graph, this.derived.visibility, (node) => {
        const display = this.renderer.getNodeDisplayData(node);
        return {
          color: display?.color ?? this.graph.getNodeAttribute(node, "color"),
          size: display?.size ?? this.graph.getNodeAttribute(node, "size"),
        };
      });
      downloadText(xml, "kgraph-visible.gexf", "application/gexf+xml");
    });
    const copy = byId<HTMLButtonElement>("copy-link");
    copy.addEventListener("click", () => {
      const query = stateToQuery(this.state);
      const url = `${location.origin}${location.pathname}${query ? `?${query}` : ""}`;
      void navigator.clipboard?.writeText(url).then(
        () => flash(copy, "Link copied"),
        () => flash(copy, "Copy failed"),
      );
    });
  }

  private bindKeyboard(): void {
    const search = byId<HTMLInputElement>("search");
    document.addEventListener("keydown", (event) => {
      const target = event.target as HTMLElement | null;
      const typing =
        target instanceof HTMLInputElement ||
        target instanceof HTMLSelectElement ||
        target instanceof HTMLTextAreaElement;
      if (event.key === "/" && !typing) {
        event.preventDefault();
        search.focus();
        search.select();
      } else if (event.key === "Escape" && !typing) {
        this.clearSelection();
      }
    });
  }
}

/** Briefly replaces a button's text (copy feedback). */
function flash(button: HTMLButtonElement, text: string): void {
  const original = button.textContent;
  button.textContent = text;
  setTimeout(() => (button.textContent = original), 1500);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  statusLine.textContent = "Could not load the graph.";
  details.replaceChildren(el("h2", "panel-title", "Could not load the graph"), el("p", "error", message));
  document.body.dataset.ready = "error";
  console.error(error);
});

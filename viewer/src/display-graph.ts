/**
 * The graph sigma draws: every node of the loaded graph, but only the edges the filters let through.
 *
 * Why a second graph rather than `hidden: true` from the edge reducer: sigma v3 puts every edge of its graph in
 * its WebGL buffers and draws them all, a hidden edge as an empty shape (twice with edge events on: once for the
 * screen, once for picking). On the BBC graph that is 79,000 edges for the 15,000 shown, and in a software
 * renderer (headless Chromium's SwiftShader, weak integrated GPUs) the first frame took about four seconds
 * whatever the viewport. Nodes stay all in: there are far fewer of them, and hiding one is only a reducer flag.
 *
 * The loaded graph stays the source of truth (panels, search, filters and exports read it); this one mirrors
 * its edges for the current filters and its node positions when the live layout moves them.
 */
import type { ViewerGraph } from "./model.js";

export class DisplayGraph {
  /** The graph to give sigma. */
  readonly graph: ViewerGraph;

  constructor(private readonly source: ViewerGraph) {
    this.graph = source.emptyCopy() as ViewerGraph;
    // The live layout writes positions into the source graph; sigma must see them in its own.
    source.on("eachNodeAttributesUpdated", () => this.copyPositions());
    source.on("nodeAttributesUpdated", ({ key }) => {
      const { x, y } = source.getNodeAttributes(key);
      this.graph.mergeNodeAttributes(key, { x, y });
    });
  }

  /** Makes the drawn edges exactly `visible` (keys of source edges): drops the others, adds the missing. */
  sync(visible: ReadonlySet<string>): void {
    const drop: string[] = [];
    this.graph.forEachEdge((edge) => {
      if (!visible.has(edge)) drop.push(edge);
    });
    for (const edge of drop) this.graph.dropEdge(edge);
    for (const edge of visible) {
      if (this.graph.hasEdge(edge)) continue;
      const source = this.source.source(edge);
      const target = this.source.target(edge);
      const attributes = this.source.getEdgeAttributes(edge);
      if (this.source.isDirected(edge)) this.graph.addDirectedEdgeWithKey(edge, source, target, attributes);
      else this.graph.addUndirectedEdgeWithKey(edge, source, target, attributes);
    }
  }

  private copyPositions(): void {
    this.graph.updateEachNodeAttributes(
      (node, attr) => {
        const { x, y } = this.source.getNodeAttributes(node);
        return { ...attr, x, y };
      },
      { attributes: ["x", "y"] },
    );
  }
}

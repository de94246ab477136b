/**
 * The graph sigma draws: only the nodes and edges the filters let through.
 *
 * Why a second graph rather than `hidden: true` from the reducers: sigma v3 puts every node and edge of its graph
 * in its WebGL buffers and draws a hidden one as an empty shape (twice with edge events on: once for the screen,
 * once for picking). On the BBC graph that was 79,000 edges for the 9,000 shown, and in a software renderer
 * (headless Chromium's SwiftShader, weak integrated GPUs) the first frame took about four seconds whatever the
 * viewport; the 9,000 entities left without a shown edge cost another 0.7 s of a 4.5 s load hidden, and nothing
 * removed.
 *
 * The loaded graph stays the source of truth (panels, search, filters and exports read it); this one mirrors
 * its nodes and edges for the current filters and its node positions when the live layout moves them. Sigma
 * frames the drawing on `frame()`, the extent of every node, so that filtering never moves the picture.
 */
import type { ViewerGraph } from "./model.js";

/** A rectangle of graph coordinates, as sigma's custom bounding box takes it. */
export interface GraphFrame {
  x: [number, number];
  y: [number, number];
}

export class DisplayGraph {
  /** The graph to give sigma. */
  readonly graph: ViewerGraph;

  constructor(private readonly source: ViewerGraph) {
    this.graph = source.nullCopy() as ViewerGraph;
    // The live layout writes positions into the source graph; sigma must see them in its own.
    source.on("eachNodeAttributesUpdated", () => this.copyPositions());
    source.on("nodeAttributesUpdated", ({ key }) => {
      if (!this.graph.hasNode(key)) return;
      const { x, y } = source.getNodeAttributes(key);
      this.graph.mergeNodeAttributes(key, { x, y });
    });
  }

  /** Makes the drawn graph exactly `visible` (keys of source nodes and edges): drops the others, adds the missing. */
  sync(visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): void {
    const dropEdges: string[] = [];
    this.graph.forEachEdge((edge) => {
      if (!visible.edges.has(edge)) dropEdges.push(edge);
    });
    for (const edge of dropEdges) this.graph.dropEdge(edge);
    const dropNodes: string[] = [];
    this.graph.forEachNode((node) => {
      if (!visible.nodes.has(node)) dropNodes.push(node);
    });
    for (const node of dropNodes) this.graph.dropNode(node);
    // In the source's order, so that a first sync draws nodes in the order the graph file lists them.
    this.source.forEachNode((node, attributes) => {
      if (visible.nodes.has(node) && !this.graph.hasNode(node)) this.graph.addNode(node, { ...attributes });
    });
    for (const edge of visible.edges) {
      if (this.graph.hasEdge(edge)) continue;
      const source = this.source.source(edge);
      const target = this.source.target(edge);
      const attributes = this.source.getEdgeAttributes(edge);
      if (this.source.isDirected(edge)) this.graph.addDirectedEdgeWithKey(edge, source, target, attributes);
      else this.graph.addUndirectedEdgeWithKey(edge, source, target, attributes);
    }
  }

  /** The extent of every node of the source graph, shown or not (null for an empty graph). */
  frame(): GraphFrame | null {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    this.source.forEachNode((_node, { x, y }) => {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    });
    return minX <= maxX ? { x: [minX, maxX], y: [minY, maxY] } : null;
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

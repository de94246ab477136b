/**
 * Live layout: runs ForceAtlas2 in a web worker (graphology-layout-forceatlas2/worker) so the page stays responsive,
 * and restores the build's layout on demand. The worker writes positions into the graph: positions are the
 * layout, not display state, so this is the one place the viewer updates node attributes.
 */
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ViewerGraph } from "./model.js";

/** Starts, stops and resets ForceAtlas2 on a graph. */
export class LayoutController {
  private readonly built = new Map<string, { x: number; y: number }>();
  private supervisor: FA2Layout | null = null;

  constructor(private readonly graph: ViewerGraph) {
    // Remember the build's positions so "Reset layout" is exact.
    graph.forEachNode((node, attr) => this.built.set(node, { x: attr.x, y: attr.y }));
  }

  /** True while the worker is iterating. */
  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Starts (or resumes) ForceAtlas2 with settings inferred from the graph's size. */
  start(): void {
    if (!this.supervisor) {
      const settings = forceAtlas2.inferSettings(this.graph);
      // Weighted edges pull harder (co-occurring 10 times should mean closer), barnesHut is on for big graphs.
      this.supervisor = new FA2Layout(this.graph, {
        settings: { ...settings, edgeWeightInfluence: 1 },
        getEdgeWeight: "weight",
      });
    }
    this.supervisor.start();
  }

  /** Pauses the layout; the current positions stay. */
  stop(): void {
    this.supervisor?.stop();
  }

  /** Stops the layout and puts every node back where the build placed it. */
  reset(): void {
    this.kill();
    this.graph.updateEachNodeAttributes(
      (node, attr) => {
        const p = this.built.get(node);
        return p ? { ...attr, x: p.x, y: p.y } : attr;
      },
      { attributes: ["x", "y"] },
    );
  }

  /** Stops the worker for good (next start creates a new one). */
  kill(): void {
    this.supervisor?.kill();
    this.supervisor = null;
  }
}

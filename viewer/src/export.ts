/**
 * Export from the page: the visible graph as PNG (sigma's renderer with the current reducers, via
 * @sigma/export-image) and as GEXF (graphology-gexf/browser) built from the same visibility as the view.
 */
import { downloadAsPNG } from "@sigma/export-image";
import { MultiGraph } from "graphology";
import * as gexf from "graphology-gexf/browser";
import type Sigma from "sigma";
import type { Visibility } from "./filters.js";
import { isEntity, type EdgeAttributes, type NodeAttributes, type ViewerGraph } from "./model.js";

/** Downloads the current view as a PNG on a white background. */
export async function exportPNG(renderer: Sigma<NodeAttributes, EdgeAttributes>, fileName = "kgraph"): Promise<void> {
  // Sigma is invariant in its attribute types; export-image takes the untyped renderer.
  await downloadAsPNG(renderer as unknown as Sigma, { fileName, backgroundColor: "#ffffff" });
}

/**
 * The visible part of the graph as a GEXF string: visible nodes and edges only, with display colours and sizes.
 * Long untrusted text and nested arrays are left out (documents keep path/date/url/outlet/author): GEXF attributes are scalars.
 */
export function visibleGexf(
  graph: ViewerGraph,
  visibility: Visibility,
  display: (node: string) => { color: string; size: number },
): string {
  const out = new MultiGraph({ type: "mixed" });
  graph.forEachNode((node, attr) => {
    if (!visibility.nodes.has(node)) return;
    const { color, size } = display(node);
    const common = { label: attr.label, x: attr.x, y: attr.y, size, color, kind: attr.kind };
    if (isEntity(attr)) {
      out.addNode(node, {
        ...common,
        entityType: attr.entityType,
        aliases: (attr.aliases ?? []).join("|"),
        roles: (attr.roles ?? []).join("|"),
        mentions: attr.mentions,
        documents: attr.documents,
      });
    } else {
      out.addNode(node, {
        ...common,
        path: attr.path,
        date: attr.date ?? "",
        url: attr.url ?? "",
        outlet: attr.outlet ?? "",
        author: attr.author ?? "",
      });
    }
  });
  graph.forEachEdge((edge, attr, source, target) => {
    if (!visibility.edges.has(edge)) return;
    const base = { kind: attr.kind, weight: attr.weight };
    const attributes =
      attr.kind === "relation"
        ? {
            ...base,
            predicate: attr.predicate,
            relationLabel: attr.relationLabel ?? "",
            evidence: attr.evidence?.length ?? 0,
          }
        : base;
    if (graph.isDirected(edge)) out.addDirectedEdgeWithKey(edge, source, target, attributes);
    else out.addUndirectedEdgeWithKey(edge, source, target, attributes);
  });
  return gexf.write(out, {
    formatNode: (_key, a) => {
      const { label, x, y, size, color, ...rest } = a as Record<string, unknown>;
      return {
        label: String(label),
        viz: { x: Number(x), y: Number(y), size: Number(size), color: String(color) },
        attributes: rest,
      };
    },
    formatEdge: (_key, a) => {
      const { weight, ...rest } = a as Record<string, unknown>;
      return { weight: Number(weight), attributes: rest };
    },
  });
}

/** Offers a string as a file download. */
export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

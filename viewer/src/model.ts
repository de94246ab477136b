/**
 * The viewer's model: the graph contract (graph-output/graph.json, a graphology export) as TypeScript types,
 * loading it, and a read-only index of facts derived once at load (dates, weighted degrees, predicates, the colour
 * of each entity type) so the reducers stay cheap.
 * The types come from src/contract.ts by `import type`, erased at build: no code of src/ reaches the browser
 * bundle, and the viewer's only run-time contract with src/ is the JSON. Values come from the graph (colours are
 * node attributes) or are declared here with the contract's literal types, which only the right value satisfies.
 */
import { MultiGraph } from "graphology";
import type { AbstractGraph, SerializedGraph } from "graphology-types";
import type * as Contract from "../../src/contract.js";
import type {
  DocumentNodeAttributes,
  DocumentQuote,
  EdgeAttributes,
  EntityNodeAttributes,
  EntityType,
  Evidence,
  GraphAttributes,
  MentionSpan,
  NodeAttributes,
  RelationEdgeAttributes,
} from "../../src/contract.js";

export type {
  DocumentNodeAttributes,
  DocumentQuote,
  EdgeAttributes,
  EntityNodeAttributes,
  EntityType,
  Evidence,
  GraphAttributes,
  MentionSpan,
  NodeAttributes,
  RelationEdgeAttributes,
};

/** The schema version this viewer reads (typed by the contract: a new version fails the type check here). */
export const SCHEMA_VERSION: typeof Contract.SCHEMA_VERSION = 1;

/** The undirected predicate of sentence co-occurrence (typed by the contract, so it cannot drift from it). */
export const CO_OCCURS: typeof Contract.CO_OCCURS = "co-occurs";

/** The predicate of quotation edges (speaker → an entity named in the quotation). */
export const SAID: typeof Contract.SAID = "said";

/**
 * Human names of entity types for the legend, filters and Details panel, in legend order. Typed by the contract's
 * `EntityType`, so the compiler rejects a missing or unknown type.
 */
export const TYPE_LABELS: Readonly<Record<EntityType | "document", string>> = {
  person: "Person",
  place: "Place",
  organization: "Organisation",
  media: "Media",
  misc: "Other",
  document: "Document",
};

/** Every entity type, in legend order (TYPE_LABELS's order). */
export const ENTITY_TYPES: readonly EntityType[] = Object.keys(TYPE_LABELS).filter(
  (t): t is EntityType => t !== "document",
);

/** Colour of a chip or legend entry whose type has no node in the graph to take a colour from. */
export const FALLBACK_COLOR = "#999999";

/** The graph as the viewer holds it. */
export type ViewerGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Raised when graph.json is not a kgraph graph the viewer can read. */
export class GraphLoadError extends Error {
  constructor(message: string) {
    super(`kgraph viewer: ${message}`);
    this.name = "GraphLoadError";
  }
}

/** Builds the graph from graph.json's parsed content; throws GraphLoadError when it is not a kgraph graph. */
export function loadGraph(data: unknown): ViewerGraph {
  if (typeof data !== "object" || data === null || !Array.isArray((data as SerializedGraph).nodes)) {
    throw new GraphLoadError("graph.json is not a graphology export: rebuild it with `kgraph build`");
  }
  const serialized = data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  const version = serialized.attributes?.schemaVersion;
  if (version !== undefined && version !== SCHEMA_VERSION) {
    throw new GraphLoadError(
      `graph.json has schema version ${String(version)}, this viewer reads ${SCHEMA_VERSION}: rebuild the graph or update kgraph`,
    );
  }
  const graph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: "mixed",
    allowSelfLoops: true,
  });
  graph.import(serialized);
  // ForceAtlas2 and sigma need finite positions: place any node the build left unplaced on a small spiral.
  let i = 0;
  graph.updateEachNodeAttributes((_node, attr) => {
    if (Number.isFinite(attr.x) && Number.isFinite(attr.y)) return attr;
    i += 1;
    return { ...attr, x: Math.cos(i) * Math.sqrt(i), y: Math.sin(i) * Math.sqrt(i) };
  });
  return graph;
}

/** True for entity nodes. */
export function isEntity(attr: NodeAttributes): attr is EntityNodeAttributes {
  return attr.kind === "entity";
}

/** True for relation edges. */
export function isRelation(attr: EdgeAttributes): attr is RelationEdgeAttributes {
  return attr.kind === "relation";
}

/** Facts derived once from the graph, read by reducers, filters and the panel. */
export interface GraphIndex {
  /** Sorted distinct dates of the documents mentioning each entity (absent: no dated document). */
  entityDates: Map<string, string[]>;
  /** Sorted distinct dates of each relation edge's evidence documents. */
  relationDates: Map<string, string[]>;
  /** Node size from weighted degree (relations + mentions), in sigma pixels. */
  baseSize: Map<string, number>;
  /** Predicates present, co-occurrence first, then typed ones alphabetically. */
  predicates: string[];
  /** Entity types present, in legend order. */
  entityTypes: EntityType[];
  /** Colour of each entity type present, and of documents: the build's node colour (the first node's). */
  typeColors: Map<EntityType | "document", string>;
  /** Earliest and latest document date, or null when no document is dated. */
  dateRange: [string, string] | null;
  /** Number of relation edges with weight ≥ w, for w = index (index 0 = all); used to pick a default threshold. */
  relationCountAtLeast: number[];
  entityCount: number;
  documentCount: number;
}

const MIN_SIZE = 3;
const MAX_SIZE = 22;

/** Computes the GraphIndex; linear in nodes + edges. */
export function buildIndex(graph: ViewerGraph): GraphIndex {
  const entityDateSets = new Map<string, Set<string>>();
  const relationDates = new Map<string, string[]>();
  const weighted = new Map<string, number>();
  const predicates = new Set<string>();
  const types = new Set<EntityType>();
  const weightHistogram: number[] = [];
  let minDate: string | null = null;
  let maxDate: string | null = null;
  let entityCount = 0;
  let documentCount = 0;

  const typeColors = new Map<EntityType | "document", string>();
  graph.forEachNode((node, attr) => {
    weighted.set(node, 0);
    const colorKey = isEntity(attr) ? attr.entityType : "document";
    if (!typeColors.has(colorKey) && typeof attr.color === "string") typeColors.set(colorKey, attr.color);
    if (isEntity(attr)) {
      entityCount += 1;
      types.add(attr.entityType);
    } else {
      documentCount += 1;
      if (attr.date) {
        if (minDate === null || attr.date < minDate) minDate = attr.date;
        if (maxDate === null || attr.date > maxDate) maxDate = attr.date;
      }
    }
  });

  const dateOf = (doc: string): string | undefined => {
    if (!graph.hasNode(doc)) return undefined;
    const attr = graph.getNodeAttributes(doc);
    return attr.kind === "document" ? attr.date : undefined;
  };

  graph.forEachEdge((edge, attr, source, target) => {
    const w = Number.isFinite(attr.weight) ? attr.weight : 1;
    weighted.set(source, (weighted.get(source) ?? 0) + w);
    weighted.set(target, (weighted.get(target) ?? 0) + w);
    if (isRelation(attr)) {
      predicates.add(attr.predicate);
      const bucket = Math.max(1, Math.floor(w));
      weightHistogram[bucket] = (weightHistogram[bucket] ?? 0) + 1;
      const dates = new Set<string>();
      for (const ev of attr.evidence ?? []) {
        const date = dateOf(ev.document);
        if (date) dates.add(date);
      }
      if (dates.size) relationDates.set(edge, [...dates].sort());
    } else {
      const date = dateOf(source);
      if (date) {
        let set = entityDateSets.get(target);
        if (!set) entityDateSets.set(target, (set = new Set()));
        set.add(date);
      }
    }
  });

  // Sizes grow with the square root of weighted degree (area ∝ degree), scaled to [MIN_SIZE, MAX_SIZE].
  let maxRoot = 0;
  for (const w of weighted.values()) maxRoot = Math.max(maxRoot, Math.sqrt(w));
  const baseSize = new Map<string, number>();
  for (const [node, w] of weighted) {
    const isDoc = graph.getNodeAttribute(node, "kind") === "document";
    const size = maxRoot > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (Math.sqrt(w) / maxRoot) : MIN_SIZE;
    // Documents are context, not subjects: keep them small whatever their mention count.
    baseSize.set(node, isDoc ? Math.min(size, MIN_SIZE + 2) : size);
  }

  // relationCountAtLeast[w] = edges with weight ≥ w (suffix sums of the histogram).
  const relationCountAtLeast: number[] = [];
  let running = 0;
  for (let w = weightHistogram.length - 1; w >= 1; w--) {
    running += weightHistogram[w] ?? 0;
    relationCountAtLeast[w] = running;
  }
  relationCountAtLeast[0] = running;

  const entityDates = new Map<string, string[]>();
  for (const [node, set] of entityDateSets) entityDates.set(node, [...set].sort());

  return {
    entityDates,
    relationDates,
    baseSize,
    predicates: [...predicates].sort((a, b) => (a === CO_OCCURS ? -1 : b === CO_OCCURS ? 1 : a.localeCompare(b))),
    entityTypes: ENTITY_TYPES.filter((t) => types.has(t)),
    typeColors,
    dateRange: minDate !== null && maxDate !== null ? [minDate, maxDate] : null,
    relationCountAtLeast,
    entityCount,
    documentCount,
  };
}

/** The sentence of an evidence item: the slice of its document's text (the graph stores each sentence once). */
export function evidenceText(graph: ViewerGraph, ev: Evidence): string {
  if (!graph.hasNode(ev.document)) return "";
  const doc = graph.getNodeAttributes(ev.document);
  return doc.kind === "document" ? doc.text.slice(ev.start, ev.end) : "";
}

/** Mention spans of an entity in a document (empty when the document does not name it). */
export function mentionSpans(graph: ViewerGraph, documentKey: string, entityKey: string): MentionSpan[] {
  if (!graph.hasNode(documentKey) || !graph.hasNode(entityKey)) return [];
  const spans: MentionSpan[] = [];
  for (const edge of graph.edges(documentKey, entityKey)) {
    const attr = graph.getEdgeAttributes(edge);
    if (attr.kind === "mention") spans.push(...(attr.spans ?? []));
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * How two entities are connected: their direct relations, or else the shortest chain of relations between
 * them, typed relations preferred over co-occurrence, with the evidence of every hop.
 */
import graphology from "graphology";
import { dijkstra } from "graphology-shortest-path";
import { CO_OCCURS, SAID } from "../contract.js";
import { isEntity, isRelation, type KnowledgeGraph, type RelationEdgeAttributes } from "../graph/index.js";
import { findEntity } from "./find.js";
import { relationView, type RelationView } from "./neighbours.js";

/** One hop of a path: from one entity to the next, by these relations. */
export interface PathHop {
  from: string;
  to: string;
  relations: RelationView[];
}

/** The answer to "how are a and b connected". */
export interface Explanation {
  from: string;
  to: string;
  /** Relations directly between the two (empty when they are only connected through others). */
  direct: RelationView[];
  /** The shortest path when there is no direct relation; empty if they are not connected at all. */
  path: PathHop[];
}

/** A co-occurrence hop costs more than a typed one, so a path of typed relations wins when one exists. */
const CO_OCCURRENCE_COST = 3;

/** Options of `explain`. */
export interface ExplainOptions {
  /** Also use candidate relations (typed relations below the default confidence threshold). */
  candidates?: boolean;
}

/** Explains how two entities (by name or alias) are connected, with evidence for every relation. */
export function explain(graph: KnowledgeGraph, a: string, b: string, options: ExplainOptions = {}): Explanation {
  const candidates = options.candidates ?? false;
  const from = findEntity(graph, a);
  const to = findEntity(graph, b);
  const labelOf = (n: string) => graph.getNodeAttribute(n, "label");
  const direct = relationsBetween(graph, from, to, candidates);
  if (direct.length || from === to) return { from: labelOf(from), to: labelOf(to), direct, path: [] };
  const nodes = dijkstra.bidirectional(relationProjection(graph, candidates), from, to, "cost");
  const path: PathHop[] = [];
  if (nodes) {
    for (let i = 0; i + 1 < nodes.length; i++) {
      path.push({
        from: labelOf(nodes[i]!),
        to: labelOf(nodes[i + 1]!),
        relations: relationsBetween(graph, nodes[i]!, nodes[i + 1]!, candidates),
      });
    }
  }
  return { from: labelOf(from), to: labelOf(to), direct, path };
}

/** Listing order of a hop's relations: stated facts, then quotations, then co-occurrence. */
const rank = (predicate: string) => (predicate === CO_OCCURS ? 2 : predicate === SAID ? 1 : 0);

/** Every relation edge between two entities, typed facts first, then quotations, then co-occurrence. */
function relationsBetween(graph: KnowledgeGraph, a: string, b: string, candidates: boolean): RelationView[] {
  const views: RelationView[] = [];
  graph.forEachEdge(a, b, (edge, attributes, source, target, _s, _t, undirected) => {
    if (!isRelation(attributes) || (attributes.candidate && !candidates)) return;
    views.push(
      relationView(
        graph,
        edge,
        attributes as RelationEdgeAttributes,
        source,
        target,
        undirected ? "both" : source === a ? "out" : "in",
      ),
    );
  });
  return views.sort((x, y) => rank(x.predicate) - rank(y.predicate) || y.weight - x.weight);
}

// One projection per graph with candidates and one without, made on first use.
const projections = new WeakMap<KnowledgeGraph, graphology.UndirectedGraph>();
const projectionsWithCandidates = new WeakMap<KnowledgeGraph, graphology.UndirectedGraph>();

/**
 * Entities joined by relation edges only, undirected, each pair once with the cheapest relation's cost:
 * paths may run against a relation's direction, and never through documents.
 */
function relationProjection(graph: KnowledgeGraph, candidates: boolean): graphology.UndirectedGraph {
  const cache = candidates ? projectionsWithCandidates : projections;
  let projection = cache.get(graph);
  if (projection) return projection;
  projection = new graphology.UndirectedGraph();
  graph.forEachNode((node, attributes) => {
    if (isEntity(attributes)) projection!.addNode(node);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!isRelation(attributes) || (attributes.candidate && !candidates)) return;
    const cost = attributes.predicate === CO_OCCURS ? CO_OCCURRENCE_COST : 1;
    const existing = projection!.edge(source, target);
    if (existing === undefined) projection!.addEdge(source, target, { cost });
    else if (projection!.getEdgeAttribute(existing, "cost") > cost)
      projection!.setEdgeAttribute(existing, "cost", cost);
  });
  cache.set(graph, projection);
  return projection;
}

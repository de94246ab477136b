/**
 * Graph assembly: turns per-document extractions and the corpus resolution into one graphology multigraph.
 * Insertion order is sorted everywhere, so the same corpus always gives the same graph.
 */
import graphology from "graphology";
import type { DocumentExtraction } from "../extract/types.js";
import type { CorpusResolution } from "../resolve/corpus.js";
import { CO_OCCURS } from "../relations/types.js";
import {
  SCHEMA_VERSION,
  TYPE_COLORS,
  documentNodeKey,
  entityNodeKey,
  type EdgeAttributes,
  type Evidence,
  type GraphAttributes,
  type KnowledgeGraph,
  type MentionSpan,
  type NodeAttributes,
  type RelationEdgeAttributes,
} from "./schema.js";

const { MultiGraph } = graphology;

/** Graph-level facts recorded on the graph. */
export interface AssemblyInfo {
  recogniser: string;
  generator: string;
}

/** A node of a graph plan. */
export interface PlannedNode {
  key: string;
  attributes: NodeAttributes;
}

/** An edge of a graph plan. */
export interface PlannedEdge {
  key: string;
  source: string;
  target: string;
  /** Indices of source and target in the plan's nodes: the layout's input is made without looking keys up. */
  sourceIndex: number;
  targetIndex: number;
  undirected: boolean;
  attributes: EdgeAttributes;
}

/**
 * The graph to build, as plain lists in insertion order. A build lays out and writes its files from the plan
 * (see graph/view.ts); the graphology graph is built from it only when asked for.
 */
export interface GraphPlan {
  attributes: GraphAttributes;
  nodes: PlannedNode[];
  edges: PlannedEdge[];
}

/** Builds the knowledge graph from every document's extraction and the corpus-wide entity resolution. */
export function assembleGraph(extractions: readonly DocumentExtraction[], resolution: CorpusResolution, info: AssemblyInfo): KnowledgeGraph {
  return graphOfPlan(planGraph(extractions, resolution, info));
}

/** The graphology multigraph of a plan. */
export function graphOfPlan(plan: GraphPlan): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed", allowSelfLoops: false });
  graph.replaceAttributes(plan.attributes);
  for (const { key, attributes } of plan.nodes) graph.addNode(key, attributes);
  for (const { key, source, target, undirected, attributes } of plan.edges) {
    if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  return graph;
}

/** Plans the graph: its nodes and edges in the order they are added. */
export function planGraph(extractions: readonly DocumentExtraction[], resolution: CorpusResolution, info: AssemblyInfo): GraphPlan {
  const plan: GraphPlan = {
    attributes: { schemaVersion: SCHEMA_VERSION, name: "kgraph", generator: info.generator, recogniser: info.recogniser },
    nodes: [],
    edges: [],
  };
  // Node key → index in the plan: relation edges are gathered under numbers made from these, not strings.
  const nodes = new Map<string, number>();
  const addNode = (key: string, attributes: NodeAttributes) => {
    nodes.set(key, plan.nodes.length);
    plan.nodes.push({ key, attributes });
  };
  const corpusKey = (local: string) => resolution.canonicalKey.get(local) ?? local;
  // Node keys of local entity keys, made once: the same few thousand names recur in every relation.
  const nodeKeys = new Map<string, string>();
  const nodeKeyOf = (local: string) => nodeKeys.get(local) ?? nodeKeys.set(local, entityNodeKey(corpusKey(local))).get(local)!;

  // Count mentions and documents per entity first, so that only mentioned entities become nodes.
  // One map lookup per mention: the count of documents goes up at an entity's first mention in each document.
  const counts = new Map<string, { mentions: number; documents: number; lastDocument: number }>();
  for (let d = 0; d < extractions.length; d++) {
    const mentions = extractions[d]!.mentions;
    for (let i = 0; i < mentions.length; i++) {
      const key = corpusKey(mentions[i]!.entity);
      let count = counts.get(key);
      if (!count) counts.set(key, (count = { mentions: 0, documents: 0, lastDocument: -1 }));
      count.mentions++;
      if (count.lastDocument !== d) {
        count.documents++;
        count.lastDocument = d;
      }
    }
  }
  for (const [key, entity] of resolution.entities) {
    const count = counts.get(key);
    if (!count || entity.entityType === "misc") continue;
    addNode(entityNodeKey(key), {
      kind: "entity",
      label: entity.label,
      entityType: entity.entityType,
      aliases: entity.aliases,
      roles: entity.roles,
      mentions: count.mentions,
      documents: count.documents,
      x: 0,
      y: 0,
      size: 1,
      color: TYPE_COLORS[entity.entityType],
    });
  }

  const sortedExtractions = [...extractions].sort((a, b) => (a.document.id < b.document.id ? -1 : 1));
  for (const x of sortedExtractions) {
    const { document } = x;
    const docKey = documentNodeKey(document.id);
    addNode(docKey, {
      kind: "document",
      label: document.title,
      path: document.path,
      ...(document.date ? { date: document.date } : {}),
      ...(document.url ? { url: document.url } : {}),
      text: document.text,
      x: 0,
      y: 0,
      size: 1,
      color: TYPE_COLORS.document,
    });
    addMentionEdges(plan, nodes, docKey, x, nodeKeyOf);
  }

  addRelationEdges(plan, nodes, sortedExtractions, nodeKeyOf);
  return plan;
}

function addMentionEdges(plan: GraphPlan, nodes: ReadonlyMap<string, number>, docKey: string, x: DocumentExtraction, nodeKeyOf: (local: string) => string): void {
  const spansByEntity = new Map<string, MentionSpan[]>();
  for (const m of x.mentions) {
    const node = nodeKeyOf(m.entity);
    if (!nodes.has(node)) continue;
    let spans = spansByEntity.get(node);
    if (!spans) spansByEntity.set(node, (spans = []));
    spans.push({ start: m.start, end: m.end, text: m.text });
  }
  const docIndex = nodes.get(docKey)!;
  for (const node of [...spansByEntity.keys()].sort()) {
    const spans = spansByEntity.get(node)!;
    plan.edges.push({
      key: `mention:${docKey}->${node}`,
      source: docKey,
      target: node,
      sourceIndex: docIndex,
      targetIndex: nodes.get(node)!,
      undirected: false,
      attributes: { kind: "mention", weight: spans.length, spans },
    });
  }
}

/** A relation edge being gathered from every sentence that supports it, before it joins the graph. */
interface PendingEdge {
  key: string;
  source: string;
  sourceIndex: number;
  targetIndex: number;
  target: string;
  undirected: boolean;
  attributes: RelationEdgeAttributes;
}

/**
 * Adds the relation edges of every extraction. Relations are gathered in a map first (one edge per
 * predicate and pair, its weight and evidence growing with each supporting sentence), then added in the
 * order they were first seen, which is deterministic because extractions are sorted. The map is keyed by a
 * number made of the predicate's and the two nodes' indices: building and hashing a string key per sentence
 * relation (66k on the BBC corpus) cost more than the rest of the gathering.
 */
function addRelationEdges(plan: GraphPlan, nodes: ReadonlyMap<string, number>, extractions: readonly DocumentExtraction[], nodeKeyOf: (local: string) => string): void {
  const pending = new Map<number, PendingEdge>();
  const predicates = new Map<string, number>();
  const n = plan.nodes.length;
  for (let d = 0; d < extractions.length; d++) {
    const x = extractions[d]!;
    const docKey = documentNodeKey(x.document.id);
    const relations = x.relations;
    for (let i = 0; i < relations.length; i++) {
      const r = relations[i]!;
      const source = nodeKeyOf(r.source);
      const target = nodeKeyOf(r.target);
      const sourceIndex = nodes.get(source);
      const targetIndex = nodes.get(target);
      if (source === target || sourceIndex === undefined || targetIndex === undefined) continue;
      const sentence = x.sentences[r.sentence];
      if (!sentence) continue;
      const undirected = r.predicate === CO_OCCURS;
      const flip = undirected && target < source;
      let predicate = predicates.get(r.predicate);
      if (predicate === undefined) predicates.set(r.predicate, (predicate = predicates.size));
      const id = (predicate * n + (flip ? targetIndex : sourceIndex)) * n + (flip ? sourceIndex : targetIndex);
      const edge = pending.get(id);
      if (edge && supports(edge.attributes.evidence, docKey, sentence.start, r.relationLabel)) continue;
      const evidence: Evidence = { document: docKey, start: sentence.start, end: sentence.end };
      if (r.relationLabel) evidence.relationLabel = r.relationLabel;
      if (!undirected) evidence.rule = r.rule;
      if (!edge) {
        const [a, b] = flip ? [target, source] : [source, target];
        const attributes: RelationEdgeAttributes = { kind: "relation", predicate: r.predicate, confidence: r.confidence, weight: 1, evidence: [evidence] };
        if (r.relationLabel) attributes.relationLabel = r.relationLabel;
        pending.set(id, {
          key: undirected ? `${r.predicate}:${a}|${b}` : `${r.predicate}:${a}->${b}`,
          source: a,
          target: b,
          sourceIndex: flip ? targetIndex : sourceIndex,
          targetIndex: flip ? sourceIndex : targetIndex,
          undirected,
          attributes,
        });
        continue;
      }
      const attrs = edge.attributes;
      attrs.evidence.push(evidence);
      attrs.weight = attrs.evidence.length;
      // Independent sentences each add support: noisy-or of the per-sentence confidences.
      attrs.confidence = 1 - (1 - attrs.confidence) * (1 - r.confidence);
    }
  }
  for (const edge of pending.values()) {
    const attrs = edge.attributes;
    // Contradicting sentences are all kept in the evidence; the edge's label is the best supported one.
    const label = mostSupportedLabel(attrs.evidence);
    if (label) attrs.relationLabel = label;
    plan.edges.push(edge);
  }
}

/**
 * True when the evidence already holds this sentence (with this label): one sentence counts once. Documents are
 * gathered one after the other, so a document's evidence is at the end of the list, and only that is searched.
 */
function supports(evidence: readonly Evidence[], document: string, start: number, relationLabel: string | undefined): boolean {
  for (let i = evidence.length - 1; i >= 0 && evidence[i]!.document === document; i--) {
    const e = evidence[i]!;
    if (e.start === start && (e.relationLabel ?? "") === (relationLabel ?? "")) return true;
  }
  return false;
}

function mostSupportedLabel(evidence: readonly Evidence[]): string | undefined {
  const counts = new Map<string, number>();
  for (const e of evidence) if (e.relationLabel) counts.set(e.relationLabel, (counts.get(e.relationLabel) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [label, c] of counts) if (c > n) [best, n] = [label, c];
  return best;
}

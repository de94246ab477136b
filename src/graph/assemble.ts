/**
 * Graph assembly: turns every document's extraction and the corpus-wide entity resolution into the plan of one
 * graphology multigraph — its nodes and edges with all their attributes, node sizes included, in the order they
 * are added — and builds the graph of a plan. The layout reads the plan (it starts before the graph is built);
 * positions are the one thing added afterwards. Insertion order is sorted everywhere, so the same corpus always
 * gives the same graph.
 */
import graphology from "graphology";
import type { CorpusResolution } from "../resolve/index.js";
import { CO_OCCURS, type DocumentExtraction, type EntityType } from "../types.js";
import { SAID } from "../contract.js";
import { CANDIDATE_THRESHOLD, fitsSignature } from "../relations/index.js";
import { findNearDuplicates } from "../sources/index.js";
import { clauseBreaks, nearestDate } from "../time/index.js";
import { assignTimeAndSources } from "./timeline.js";
import {
  SCHEMA_VERSION,
  TYPE_COLORS,
  documentNodeKey,
  entityNodeKey,
  type EdgeAttributes,
  type Evidence,
  type EventDate,
  type GraphAttributes,
  type KnowledgeGraph,
  type MentionEdgeAttributes,
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
  undirected: boolean;
  attributes: EdgeAttributes;
}

/** The graph to build, as plain lists in insertion order: what the layout reads and `graphOfPlan` builds. */
export interface GraphPlan {
  attributes: GraphAttributes;
  nodes: PlannedNode[];
  edges: PlannedEdge[];
}

/**
 * Plans the graph: an entity node per resolved entity that is mentioned (misc entities left out), a document
 * node per document (by id), mention edges (document → entity, weighted by mentions), then relation edges (one
 * per predicate and pair of entities, weighted by the sentences that support it), and every node's size.
 */
export function planGraph(
  extractions: readonly DocumentExtraction[],
  resolution: CorpusResolution,
  info: AssemblyInfo,
): GraphPlan {
  const attributes: GraphAttributes = {
    schemaVersion: SCHEMA_VERSION,
    name: "kgraph",
    generator: info.generator,
    recogniser: info.recogniser,
  };
  const corpusKey = (local: string) => resolution.canonicalKey.get(local) ?? local;
  const documents = [...extractions].sort((a, b) => (a.document.id < b.document.id ? -1 : 1));
  // Near-duplicate documents (one story republished with small edits) count as one source.
  const copies = findNearDuplicates(
    documents.map(({ document, signature }) => ({
      key: documentNodeKey(document.id),
      text: document.text,
      ...(document.date ? { date: document.date } : {}),
      ...(signature ? { signature } : {}),
    })),
  );
  const nodes = [
    ...entityNodes(extractions, resolution, corpusKey),
    ...documents.map((x) => documentNode(x, copies.get(documentNodeKey(x.document.id)))),
  ];
  const hasNode = new Set(nodes.map((node) => node.key));
  // Node keys of local entity keys, made once: the same few thousand names recur in every relation.
  const nodeKeys = new Map<string, string>();
  const nodeKeyOf = (local: string) => {
    let key = nodeKeys.get(local);
    if (key === undefined) nodeKeys.set(local, (key = entityNodeKey(corpusKey(local))));
    return key;
  };
  // Each entity node's type, as the corpus decided it: what typed relations and "he said" must agree with.
  const typeOf = new Map<string, EntityType>();
  for (const { key, attributes } of nodes) if (attributes.kind === "entity") typeOf.set(key, attributes.entityType);
  const edges = [
    ...mentionEdges(documents, hasNode, nodeKeyOf),
    ...relationEdges(documents, typeOf, hasNode, nodeKeyOf),
    ...quoteEdges(documents, nodes, typeOf, hasNode, nodeKeyOf),
  ];
  sizeNodes(nodes, edges);
  assignTimeAndSources(nodes, edges);
  Object.assign(attributes, corpusTime(documents), { copies: copies.size });
  return { attributes, nodes, edges };
}

/** The graphology multigraph of a plan. */
export function graphOfPlan(plan: GraphPlan): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: "mixed",
    allowSelfLoops: false,
  });
  graph.replaceAttributes(plan.attributes);
  for (const { key, attributes } of plan.nodes) graph.addNode(key, attributes);
  for (const { key, source, target, undirected, attributes } of plan.edges) {
    if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  return graph;
}

/** Entity nodes, in the resolution's order: the entities mentioned at least once, but not misc ones. */
function entityNodes(
  extractions: readonly DocumentExtraction[],
  resolution: CorpusResolution,
  corpusKey: (local: string) => string,
): PlannedNode[] {
  // Mentions and documents per entity; an entity's document count goes up at its first mention in a document.
  const counts = new Map<string, { mentions: number; documents: number; lastDocument: number }>();
  extractions.forEach((x, d) => {
    for (const mention of x.mentions) {
      const key = corpusKey(mention.entity);
      let count = counts.get(key);
      if (!count) counts.set(key, (count = { mentions: 0, documents: 0, lastDocument: -1 }));
      count.mentions++;
      if (count.lastDocument !== d) {
        count.documents++;
        count.lastDocument = d;
      }
    }
  });
  const nodes: PlannedNode[] = [];
  for (const [key, entity] of resolution.entities) {
    const count = counts.get(key);
    if (!count || entity.entityType === "misc") continue;
    nodes.push({
      key: entityNodeKey(key),
      attributes: {
        kind: "entity",
        label: entity.label,
        entityType: entity.entityType,
        aliases: entity.aliases,
        roles: entity.roles,
        mentions: count.mentions,
        documents: count.documents,
        ...(entity.joins ? { aliasJoins: entity.joins } : {}),
        ...(entity.curated ? { curated: true } : {}),
        x: 0,
        y: 0,
        size: 1,
        color: TYPE_COLORS[entity.entityType],
      },
    });
  }
  return nodes;
}

/** The corpus's first and last dates and its undated documents, for the graph's attributes. */
function corpusTime(documents: readonly DocumentExtraction[]): Partial<GraphAttributes> {
  let first: string | undefined;
  let last: string | undefined;
  let undated = 0;
  for (const { document } of documents) {
    const date = document.date;
    if (!date) undated++;
    else {
      if (first === undefined || date < first) first = date;
      if (last === undefined || date > last) last = date;
    }
  }
  return { ...(first ? { firstDate: first, lastDate: last! } : {}), undatedDocuments: undated };
}

function documentNode({ document }: DocumentExtraction, copyOf: string | undefined): PlannedNode {
  return {
    key: documentNodeKey(document.id),
    attributes: {
      kind: "document",
      label: document.title,
      path: document.path,
      ...(document.date ? { date: document.date } : {}),
      ...(document.url ? { url: document.url } : {}),
      ...(document.outlet ? { outlet: document.outlet } : {}),
      ...(document.author ? { author: document.author } : {}),
      text: document.text,
      ...(copyOf ? { copyOf } : {}),
      x: 0,
      y: 0,
      size: 1,
      color: TYPE_COLORS.document,
    },
  };
}

/**
 * Mention edges: one per document and entity it mentions, in document order and, within a document, in node
 * key order, weighted by the number of mentions, with every mention's span.
 */
function mentionEdges(
  documents: readonly DocumentExtraction[],
  hasNode: ReadonlySet<string>,
  nodeKeyOf: (local: string) => string,
): PlannedEdge[] {
  const edges: PlannedEdge[] = [];
  for (const x of documents) {
    const docKey = documentNodeKey(x.document.id);
    const byNode = new Map<string, MentionEdgeAttributes>();
    for (const mention of x.mentions) {
      const node = nodeKeyOf(mention.entity);
      if (!hasNode.has(node)) continue;
      let attributes = byNode.get(node);
      if (!attributes) byNode.set(node, (attributes = { kind: "mention", weight: 0, spans: [] }));
      attributes.spans.push({ start: mention.start, end: mention.end, text: mention.text });
      attributes.weight++;
      if (mention.curated) attributes.curated = true;
    }
    for (const node of [...byNode.keys()].sort()) {
      const attributes = byNode.get(node)!;
      edges.push({ key: `mention:${docKey}->${node}`, source: docKey, target: node, undirected: false, attributes });
    }
  }
  return edges;
}

/**
 * Relation edges: one per predicate and pair of nodes (a co-occurrence's pair in key order: it is undirected), in
 * the order first met, documents in order. Each sentence supports an edge once per label; the weight is the
 * number of supporting sentences, the confidence their noisy-or, the label the best supported one.
 */
function relationEdges(
  documents: readonly DocumentExtraction[],
  typeOf: ReadonlyMap<string, EntityType>,
  hasNode: ReadonlySet<string>,
  nodeKeyOf: (local: string) => string,
): PlannedEdge[] {
  // A typed relation is decided in one document, with the types that document gave its names; the corpus may type
  // a node otherwise ("Keanu Reeves" read as an organisation in one article, "Tottenham" as a place). A relation
  // that the nodes' own types cannot hold (a person's employer that is a person) is dropped: a fact that
  // contradicts the graph is worse than none.
  const edges = new Map<string, PlannedEdge>();
  for (const x of documents) {
    const docKey = documentNodeKey(x.document.id);
    // Edge, sentence and label already counted in this document.
    const counted = new Set<string>();
    const dateOf = eventDates(x);
    for (const relation of x.relations) {
      let source = nodeKeyOf(relation.source);
      let target = nodeKeyOf(relation.target);
      const sentence = x.sentences[relation.sentence];
      if (source === target || !hasNode.has(source) || !hasNode.has(target) || !sentence) continue;
      const undirected = relation.predicate === CO_OCCURS;
      if (!fitsSignature(relation.predicate, typeOf.get(source)!, typeOf.get(target)!)) continue;
      if (undirected && target < source) [source, target] = [target, source];
      const key = `${relation.predicate}:${source}${undirected ? "|" : "->"}${target}`;
      const support = `${key}\n${sentence.start}\n${relation.relationLabel ?? ""}`;
      if (counted.has(support)) continue;
      counted.add(support);
      const evidence: Evidence = { document: docKey, start: sentence.start, end: sentence.end };
      if (relation.relationLabel) evidence.relationLabel = relation.relationLabel;
      if (!undirected) evidence.rule = relation.rule;
      const eventDate = dateOf(relation.sentence, relation.source, relation.target);
      if (eventDate) evidence.eventDate = eventDate;
      const edge = { key, source, target, undirected };
      const { attributes, made } = supportEdge(edges, edge, relation.predicate, evidence, relation.confidence);
      if (made && relation.relationLabel) attributes.relationLabel = relation.relationLabel;
      if (relation.curated) attributes.curated = true;
    }
  }
  for (const { attributes } of edges.values()) {
    // Contradicting sentences are all kept in the evidence; the edge's label is the best supported one.
    const attrs = attributes as RelationEdgeAttributes;
    const label = mostSupportedLabel(attrs.evidence);
    if (label) attrs.relationLabel = label;
    // Below the default confidence threshold a typed relation is kept as a candidate (see relations/typed).
    if (attrs.predicate !== CO_OCCURS && attrs.confidence < CANDIDATE_THRESHOLD) attrs.candidate = true;
  }
  return [...edges.values()];
}

/**
 * A relation edge with one more piece of evidence: made with it when `edges` has no edge of that key (`made`),
 * else supported by it. An edge's weight is the number of its evidence items, and independent items each add
 * support, so its confidence is the noisy-or of theirs.
 */
function supportEdge(
  edges: Map<string, PlannedEdge>,
  edge: Omit<PlannedEdge, "attributes">,
  predicate: string,
  evidence: Evidence,
  confidence: number,
): { attributes: RelationEdgeAttributes; made: boolean } {
  const existing = edges.get(edge.key);
  if (!existing) {
    const attributes: RelationEdgeAttributes = {
      kind: "relation",
      predicate,
      confidence,
      weight: 1,
      evidence: [evidence],
    };
    edges.set(edge.key, { ...edge, attributes });
    return { attributes, made: true };
  }
  const attributes = existing.attributes as RelationEdgeAttributes;
  attributes.evidence.push(evidence);
  attributes.weight = attributes.evidence.length;
  attributes.confidence = 1 - (1 - attributes.confidence) * (1 - confidence);
  return { attributes, made: false };
}

/**
 * How often a speaker found each way is the right one, on the judged BBC quotations (tests/quotes/judged, both
 * sets, 2026-12-07): named 53 of 54, continued 33 of 33, by pronoun 35 of 37; smoothed (right + 1) / (n + 2).
 */
const SAID_CONFIDENCE = { named: 0.96, continued: 0.97, pronoun: 0.92, none: 0 } as const;

/**
 * Quotations (read at extraction, src/quotes), with their speakers and the entities they name mapped from the
 * document's entity keys to node keys: stored on the document node (`quotes`), and a `said` edge from each speaker
 * to every entity named inside what they said, one per pair, weighted by the quotations, each quotation an
 * evidence item (its words, and its attribution's offsets).
 */
function quoteEdges(
  documents: readonly DocumentExtraction[],
  nodes: readonly PlannedNode[],
  typeOf: ReadonlyMap<string, EntityType>,
  hasNode: ReadonlySet<string>,
  nodeKeyOf: (local: string) => string,
): PlannedEdge[] {
  const documentNodes = new Map<string, PlannedNode["attributes"]>();
  for (const { key, attributes } of nodes) if (attributes.kind === "document") documentNodes.set(key, attributes);
  const nodeOf = (local: string | undefined) => {
    const key = local === undefined ? undefined : nodeKeyOf(local);
    return key !== undefined && hasNode.has(key) ? key : undefined;
  };
  const edges = new Map<string, PlannedEdge>();
  for (const x of documents) {
    const docKey = documentNodeKey(x.document.id);
    const node = documentNodes.get(docKey);
    if (!x.quotes?.length || node?.kind !== "document") continue;
    // "He said" stands for a person. A pronoun's antecedent that the whole corpus reads as no person ("Bolton host
    // Arsenal or Sheffield United", typed a person in that one document) is a wrong attribution, and so are the
    // quotes that continue it: they are left without a speaker.
    const notPeople = new Set<string>();
    node.quotes = x.quotes.map((local) => {
      let speaker = nodeOf(local.speaker);
      if (speaker !== undefined && local.how === "pronoun" && typeOf.get(speaker) !== "person") notPeople.add(speaker);
      else if (speaker !== undefined && local.how !== "continued") notPeople.delete(speaker);
      if (speaker !== undefined && notPeople.has(speaker)) speaker = undefined;
      const about = [...new Set(local.about.map(nodeOf))].filter((k): k is string => k !== undefined && k !== speaker);
      return {
        quote: { ...local.quote },
        ...(local.attribution ? { attribution: { ...local.attribution } } : {}),
        ...(speaker ? { speaker } : {}),
        how: speaker ? local.how : "none",
        about,
      };
    });
    for (const q of node.quotes) {
      if (!q.speaker) continue;
      const confidence = SAID_CONFIDENCE[q.how];
      for (const about of q.about) {
        const evidence: Evidence = { document: docKey, start: q.quote.start, end: q.quote.end, rule: `quote-${q.how}` };
        if (q.attribution) evidence.attribution = { ...q.attribution };
        const key = `${SAID}:${q.speaker}->${about}`;
        supportEdge(edges, { key, source: q.speaker, target: about, undirected: false }, SAID, evidence, confidence);
      }
    }
  }
  return [...edges.values()];
}

/**
 * The event date of a relation in a sentence of this document: of the dates the sentence gives (read at
 * extraction, src/time), the one nearest the two entities' mentions in it ("the first clashes in November 2024,
 * while Putin … in April 2025": each relation takes its own clause's date).
 */
function eventDates(
  x: DocumentExtraction,
): (sentence: number, source: string, target: string) => EventDate | undefined {
  if (!x.dates?.length) return () => undefined;
  const bySentence = new Map<number, EventDate[]>();
  for (const d of x.dates) {
    const list = bySentence.get(d.sentence) ?? [];
    list.push({ date: d.date, start: d.start, end: d.end });
    bySentence.set(d.sentence, list);
  }
  return (sentence, source, target) => {
    const dates = bySentence.get(sentence);
    const span = x.sentences[sentence];
    if (!dates || !span) return undefined;
    if (dates.length === 1) return { ...dates[0]! };
    const near = (entity: string) =>
      x.mentions.filter((m) => m.entity === entity && m.start >= span.start && m.end <= span.end);
    const breaks = clauseBreaks(x.document.text, span.start, span.end);
    const best = nearestDate(dates, [near(source), near(target)], breaks);
    return best ? { ...best } : undefined;
  };
}

function mostSupportedLabel(evidence: readonly Evidence[]): string | undefined {
  const counts = new Map<string, number>();
  for (const e of evidence) if (e.relationLabel) counts.set(e.relationLabel, (counts.get(e.relationLabel) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [label, c] of counts) if (c > n) [best, n] = [label, c];
  return best;
}

/**
 * Sizes every node by its weighted degree: a relation's weight counts for both its entities, a mention's for its
 * document (entities are sized by how they are related, documents by how much they mention).
 */
function sizeNodes(nodes: readonly PlannedNode[], edges: readonly PlannedEdge[]): void {
  const weighted = new Map<string, number>();
  const add = (node: string, weight: number) => weighted.set(node, (weighted.get(node) ?? 0) + weight);
  for (const { source, target, attributes } of edges) {
    add(source, attributes.weight);
    if (attributes.kind === "relation") add(target, attributes.weight);
  }
  for (const { key, attributes } of nodes) {
    const base = attributes.kind === "document" ? 3 : 4;
    attributes.size = Math.round((base + 2.2 * Math.sqrt(weighted.get(key) ?? 0)) * 100) / 100;
  }
}

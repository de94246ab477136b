/**
 * Time and sources on the planned graph: for every entity and relation, when it was first and last seen, how much
 * per month, and how many distinct documents, independent sources (near-duplicates merged) and outlets support it.
 * Computed from the document nodes (date, outlet, `copyOf`) and the mention and relation edges, after the plan's
 * nodes and edges exist; `relationTimeAndSources` is also what a query uses to recount an edge whose evidence it
 * has cut to a period.
 */
import { TimeTally, periodOf, type TimeSummary } from "../time/index.js";
import type { DocumentNodeAttributes, Evidence } from "./schema.js";
import type { PlannedEdge, PlannedNode } from "./assemble.js";

/** What counting needs to know of a document. */
export interface DocumentFacts {
  date?: string;
  outlet?: string;
  /** The key of the document it counts as: itself, or the document it is a copy of. */
  source: string;
}

/** The facts of every document node, by key. */
export function documentFacts(
  documents: Iterable<[string, Pick<DocumentNodeAttributes, "date" | "outlet" | "copyOf">]>,
): Map<string, DocumentFacts> {
  const facts = new Map<string, DocumentFacts>();
  for (const [key, a] of documents)
    facts.set(key, {
      ...(a.date ? { date: a.date } : {}),
      ...(a.outlet ? { outlet: a.outlet } : {}),
      source: a.copyOf ?? key,
    });
  return facts;
}

/** Time and source counts of something supported by these documents (each with a count). */
export interface Support extends TimeSummary {
  documents: number;
  sources: number;
  outlets: number;
}

/** Adds up support document by document. */
class SupportTally {
  private readonly time = new TimeTally();
  private readonly documents = new Set<string>();
  private readonly sources = new Set<string>();
  private readonly outlets = new Set<string>();

  add(document: string, facts: DocumentFacts | undefined, n: number): void {
    this.time.add(facts?.date, n);
    this.documents.add(document);
    this.sources.add(facts?.source ?? document);
    if (facts?.outlet) this.outlets.add(facts.outlet);
  }

  support(): Support {
    return {
      ...this.time.summary(),
      documents: this.documents.size,
      sources: this.sources.size,
      outlets: this.outlets.size,
    };
  }
}

/** The time and source counts of a relation, from its evidence. */
export function relationTimeAndSources(
  evidence: readonly Evidence[],
  facts: ReadonlyMap<string, DocumentFacts>,
): Support {
  if (evidence.length === 1) return singleSupport(facts.get(evidence[0]!.document), 1);
  const tally = new SupportTally();
  for (const e of evidence) tally.add(e.document, facts.get(e.document), 1);
  return tally.support();
}

/**
 * The support of one document, without the tally's sets and maps: most relations rest on one sentence, and on the
 * BBC corpus allocating a tally for each of them was most of the cost of counting.
 */
function singleSupport(facts: DocumentFacts | undefined, n: number): Support {
  const date = facts?.date;
  return {
    ...(date !== undefined ? { firstSeen: date, lastSeen: date } : {}),
    periods: date !== undefined ? { [periodOf(date)]: n } : {},
    ...(date === undefined ? { undated: n } : {}),
    documents: 1,
    sources: 1,
    outlets: facts?.outlet ? 1 : 0,
  };
}

/** Writes the time fields of a summary onto attributes (dropping stale ones). */
export function writeTime(
  target: { firstSeen?: string; lastSeen?: string; periods?: Record<string, number>; undated?: number },
  time: TimeSummary,
): void {
  delete target.firstSeen;
  delete target.lastSeen;
  delete target.undated;
  if (time.firstSeen !== undefined) {
    target.firstSeen = time.firstSeen;
    target.lastSeen = time.lastSeen!;
  }
  target.periods = time.periods;
  if (time.undated) target.undated = time.undated;
}

/**
 * Assigns time and sources to every entity node (from its mention edges: mentions per month, documents by
 * source and outlet) and every relation edge (from its evidence: sentences per month).
 */
export function assignTimeAndSources(nodes: readonly PlannedNode[], edges: readonly PlannedEdge[]): void {
  const facts = documentFacts(
    nodes.flatMap((n) =>
      n.attributes.kind === "document" ? [[n.key, n.attributes] as [string, DocumentNodeAttributes]] : [],
    ),
  );
  const entities = new Map<string, SupportTally>();
  for (const { source, target, attributes } of edges) {
    if (attributes.kind === "mention") {
      let tally = entities.get(target);
      if (!tally) entities.set(target, (tally = new SupportTally()));
      tally.add(source, facts.get(source), attributes.weight);
      continue;
    }
    const support = relationTimeAndSources(attributes.evidence, facts);
    writeTime(attributes, support);
    attributes.documents = support.documents;
    attributes.sources = support.sources;
    attributes.outlets = support.outlets;
  }
  for (const { key, attributes } of nodes) {
    if (attributes.kind !== "entity") continue;
    const support = entities.get(key)?.support();
    if (!support) continue;
    writeTime(attributes, support);
    attributes.sources = support.sources;
    attributes.outlets = support.outlets;
  }
}

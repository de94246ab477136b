/**
 * Precision of typed relations on a hand-judged sample of a graph's edges (tests/relations/judged/): each judged
 * edge, identified by (source label, predicate, target label), is looked up in the current graph. An edge the graph
 * no longer has, or keeps only as a candidate (below the default confidence threshold), counts as removed. The
 * report gives, per predicate and overall, the precision of the judged edges still produced and how many of the
 * edges judged right are kept (the recall cost of a precision fix).
 */
import { readFileSync } from "node:fs";
import { DatasetError } from "../errors.js";
import { isEntity, isRelation, type KnowledgeGraph } from "../graph/index.js";
import { CO_OCCURS } from "../relations/index.js";

/** One judged edge, as stored in the judged JSONL file. */
export interface JudgedRelation {
  source: string;
  predicate: string;
  target: string;
  relationLabel?: string;
  /** The judgement: does the evidence state this relation? */
  right: boolean;
  /** Why a wrong edge is wrong. */
  reason?: string;
  evidence: Array<{ document: string; sentence: string; rule?: string }>;
}

/** Counts of one predicate (or of all) on the judged sample against a graph. */
export interface JudgedScore {
  /** Judged edges of the sample. */
  judged: number;
  /** Of those, judged right. */
  right: number;
  /** Judged edges the graph still produces at the default threshold. */
  kept: number;
  /** Right edges the graph still produces. */
  keptRight: number;
  /** keptRight / kept (1 when nothing is kept). */
  precision: number;
  /** keptRight / right: the share of right edges kept. */
  retained: number;
}

/** The evaluation: per predicate and overall. */
export interface JudgedEvaluation {
  overall: JudgedScore;
  perPredicate: Record<string, JudgedScore>;
  /** Wrong edges still produced, for reading. */
  stillWrong: JudgedRelation[];
  /** Right edges no longer produced, for reading. */
  lostRight: JudgedRelation[];
}

/** Reads a judged JSONL file; a line that is not a judged edge is an error naming the file and line. */
export function readJudgedRelations(path: string): JudgedRelation[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DatasetError(`cannot read judged relations "${path}" (${(error as NodeJS.ErrnoException).code})`);
  }
  const out: JudgedRelation[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let row: Partial<JudgedRelation>;
    try {
      row = JSON.parse(line) as Partial<JudgedRelation>;
    } catch (error) {
      throw new DatasetError(`${path}:${i + 1}: not JSON (${(error as Error).message})`);
    }
    if (
      typeof row.source !== "string" ||
      typeof row.predicate !== "string" ||
      typeof row.target !== "string" ||
      typeof row.right !== "boolean"
    ) {
      throw new DatasetError(
        `${path}:${i + 1}: a judged edge needs string source, predicate, target and boolean right`,
      );
    }
    out.push({ ...row, evidence: row.evidence ?? [] } as JudgedRelation);
  });
  return out;
}

const tripleKey = (source: string, predicate: string, target: string) => `${source}\u0000${predicate}\u0000${target}`;

/**
 * The (source name, predicate, target name) triples of the graph's typed relation edges, candidates left out
 * unless `candidates` is set. A name is an entity's label or any of its aliases, so that a judged edge is still
 * found when a later build names its entity otherwise ("Labour" become "Labour Party" by resolution).
 */
export function typedEdgeTriples(graph: KnowledgeGraph, candidates = false): Set<string> {
  const triples = new Set<string>();
  graph.forEachEdge((_edge, attributes, _source, _target, s, t) => {
    if (!isRelation(attributes) || attributes.predicate === CO_OCCURS) return;
    if (attributes.candidate && !candidates) return;
    if (!isEntity(s) || !isEntity(t)) return;
    for (const source of new Set([s.label, ...s.aliases]))
      for (const target of new Set([t.label, ...t.aliases]))
        triples.add(tripleKey(source, attributes.predicate, target));
  });
  return triples;
}

function scoreOf(rows: readonly JudgedRelation[], kept: (r: JudgedRelation) => boolean): JudgedScore {
  const right = rows.filter((r) => r.right).length;
  const keptRows = rows.filter(kept);
  const keptRight = keptRows.filter((r) => r.right).length;
  return {
    judged: rows.length,
    right,
    kept: keptRows.length,
    keptRight,
    precision: keptRows.length ? keptRight / keptRows.length : 1,
    retained: right ? keptRight / right : 1,
  };
}

/** Scores the judged sample against a graph (candidates count as removed unless `candidates` is set). */
export function evaluateJudgedRelations(
  graph: KnowledgeGraph,
  judged: readonly JudgedRelation[],
  options: { candidates?: boolean } = {},
): JudgedEvaluation {
  const triples = typedEdgeTriples(graph, options.candidates);
  const kept = (r: JudgedRelation) => triples.has(tripleKey(r.source, r.predicate, r.target));
  const predicates = [...new Set(judged.map((r) => r.predicate))].sort();
  return {
    overall: scoreOf(judged, kept),
    perPredicate: Object.fromEntries(
      predicates.map((p) => [
        p,
        scoreOf(
          judged.filter((r) => r.predicate === p),
          kept,
        ),
      ]),
    ),
    stillWrong: judged.filter((r) => !r.right && kept(r)),
    lostRight: judged.filter((r) => r.right && !kept(r)),
  };
}

/** A plain-text table of the evaluation; `verbose` also lists the wrong edges kept and the right ones lost. */
export function formatJudgedEvaluation(e: JudgedEvaluation, verbose = false): string {
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, s: JudgedScore) =>
    `  ${name.padEnd(12)} ${String(s.judged).padStart(6)} ${String(s.right).padStart(6)} ${String(s.kept).padStart(6)} ${String(s.keptRight).padStart(10)} ${f(s.precision).padStart(9)} ${f(s.retained).padStart(9)}`;
  const lines = [
    "Typed relations on the judged sample (kept = still produced at the default threshold)",
    `  ${"predicate".padEnd(12)} ${"judged".padStart(6)} ${"right".padStart(6)} ${"kept".padStart(6)} ${"kept right".padStart(10)} ${"precision".padStart(9)} ${"retained".padStart(9)}`,
    ...Object.entries(e.perPredicate).map(([p, s]) => row(p, s)),
    row("overall", e.overall),
  ];
  const show = (title: string, rows: readonly JudgedRelation[]) => {
    lines.push("", `${title} (${rows.length})`);
    for (const r of rows) {
      lines.push(`  ${r.source} —${r.predicate}→ ${r.target}${r.reason ? `  [${r.reason}]` : ""}`);
      const sentence = r.evidence[0]?.sentence.replace(/\s+/g, " ");
      if (sentence) lines.push(`      ${sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence}`);
    }
  };
  if (verbose) {
    show("wrong edges still produced", e.stillWrong);
    show("right edges no longer produced", e.lostRight);
  }
  return lines.join("\n");
}

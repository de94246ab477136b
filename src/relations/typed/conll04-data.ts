/**
 * Reader of the CoNLL04 relation data set as distributed with SpERT (`conll04_{train,dev,test}.json`): a JSON
 * list of sentences `{tokens, tags, relations}`, tags in BILOU with Loc/Org/Peop/Other, relations
 * `{head, tail, type}` whose head and tail index the sentence's entities in order of appearance.
 * Used by the trainer (src/scripts/train-rel.ts) and the evaluation (src/eval/conll04.ts).
 */
import { readFileSync } from "node:fs";
import { KgraphError } from "../../errors.js";
import { candidatePairs, pairFeatures, type PairEntity, type PairSentence, type PairType } from "./features.js";
import type { PairExample } from "./model.js";
import type { TypedPredicate } from "./types.js";

/** CoNLL04's relation types → kgraph's predicates. */
export const CONLL04_PREDICATES: Readonly<Record<string, TypedPredicate>> = {
  Work_For: "works_for",
  Kill: "killed",
  OrgBased_In: "based_in",
  Live_In: "lives_in",
  Located_In: "located_in",
};

/** A gold relation between two entities (indices into the sentence's entities). */
export interface GoldRelation {
  source: number;
  target: number;
  predicate: TypedPredicate;
}

/** One CoNLL04 sentence with its gold entities and relations. */
export interface Conll04Sentence extends PairSentence {
  relations: GoldRelation[];
}

/** The CoNLL04 file cannot be used. */
export class Conll04Error extends KgraphError {}

const TYPES = new Set<PairType>(["Peop", "Loc", "Org", "Other"]);

/** Entities of a BILOU tag sequence, in order (a lone I/L without B is read as a start, as SpERT does). */
export function bilouToEntities(tags: readonly string[]): PairEntity[] {
  const out: PairEntity[] = [];
  let start = -1;
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const type = tag.slice(2) as PairType;
    if (prefix === "U") out.push({ start: i, end: i + 1, type });
    else if (prefix === "B" || ((prefix === "I" || prefix === "L") && start < 0)) start = i;
    if (prefix === "L" && start >= 0) {
      out.push({ start, end: i + 1, type });
      start = -1;
    } else if (prefix === "O") start = -1;
  });
  return out;
}

/** Reads a CoNLL04 JSON file; throws `Conll04Error` naming the file when it is missing or malformed. */
export function readConll04(path: string): Conll04Sentence[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Conll04Error(
      `cannot read CoNLL04 file ${path} (${(error as Error).message}); expected a SpERT-style conll04_*.json`,
    );
  }
  if (!Array.isArray(raw)) throw new Conll04Error(`${path} is not a JSON list of sentences`);
  return raw.map((item, n) => {
    const s = item as { tokens?: unknown; tags?: unknown; relations?: unknown };
    if (
      !Array.isArray(s.tokens) ||
      !Array.isArray(s.tags) ||
      s.tags.length !== s.tokens.length ||
      !Array.isArray(s.relations)
    ) {
      throw new Conll04Error(`${path}: sentence ${n} lacks tokens, tags of the same length, or relations`);
    }
    const entities = bilouToEntities(s.tags as string[]);
    for (const e of entities)
      if (!TYPES.has(e.type)) throw new Conll04Error(`${path}: sentence ${n} has unknown entity type ${e.type}`);
    const relations = (s.relations as Array<{ head: number; tail: number; type: string }>).map((r) => {
      const predicate = CONLL04_PREDICATES[r.type];
      if (!predicate || !entities[r.head] || !entities[r.tail])
        throw new Conll04Error(`${path}: sentence ${n} has a bad relation ${JSON.stringify(r)}`);
      return { source: r.head, target: r.tail, predicate };
    });
    return { words: s.tokens as string[], entities, relations };
  });
}

/** Training examples of the classifier: every candidate pair of every sentence, labelled by the gold relations. */
export function pairExamples(sentences: readonly Conll04Sentence[]): PairExample[] {
  const examples: PairExample[] = [];
  for (const sentence of sentences) {
    const gold = new Set(sentence.relations.map((r) => `${r.source}:${r.target}`));
    for (const [s, t] of candidatePairs(sentence)) {
      examples.push({ features: pairFeatures(sentence, s, t), label: gold.has(`${s}:${t}`) ? 1 : 0 });
    }
  }
  return examples;
}

/**
 * Training examples on a recogniser's entities instead of the gold ones: every candidate pair of the predicted
 * entities. With `match: "exact"` a pair is related only when a gold relation joins exactly those two spans with
 * the predicate the predicted types imply (what strict scoring counts as correct); with `match: "overlap"` (the
 * default) when each predicted entity overlaps the gold one of that relation and has its type, so the classifier
 * learns the contexts of predicted entities (titles left out, "City , State" merged) and to doubt pairs whose
 * types the recogniser got wrong, without being taught that a span a token short changes the relation.
 */
export function predictedPairExamples(
  sentences: readonly Conll04Sentence[],
  predicted: readonly (readonly PairEntity[] | undefined)[],
  match: "exact" | "overlap" = "overlap",
): PairExample[] {
  const examples: PairExample[] = [];
  const same = (p: PairEntity, g: PairEntity) =>
    p.type === g.type &&
    (match === "exact" ? p.start === g.start && p.end === g.end : p.start < g.end && g.start < p.end);
  sentences.forEach((sentence, i) => {
    const entities = predicted[i];
    if (!entities) return;
    const g = sentence.entities;
    const noisy: PairSentence = { words: sentence.words, entities };
    for (const [s, t] of candidatePairs(noisy)) {
      const related = sentence.relations.some(
        (r) => same(entities[s]!, g[r.source]!) && same(entities[t]!, g[r.target]!),
      );
      examples.push({ features: pairFeatures(noisy, s, t), label: related ? 1 : 0 });
    }
  });
  return examples;
}

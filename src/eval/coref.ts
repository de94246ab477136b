/**
 * Entity-resolution evaluation on Re-DocRED (documents with gold entity clusters): how kgraph groups the
 * mentions of each document into entities, scored as pairwise links and B³.
 *
 * Two settings: `goldMentions` feeds the gold PER/LOC/ORG mention spans to kgraph's resolver (resolution alone);
 * `endToEnd` runs the recogniser too, so missed and spurious mentions count. B³ treats a mention that only one
 * side has as a singleton on the other side (Cai & Strube's variant), so both settings are scored alike.
 */
import { Tracer } from "../util/tracer.js";
import { readFile } from "node:fs/promises";
import { DatasetError } from "../errors.js";
import { type AliasIndex, createAliasIndex, cleanMentions, dominantType, resolveDocument } from "../resolve/index.js";
import { splitSentences, tokenize } from "../nlp/index.js";
import type { EntityLabel, RecognisedMention, Recogniser } from "../types.js";
import { sentenceText, type TextStyle } from "./detokenise.js";
import { prf, type PRF } from "./scores.js";

/** Scores of one setting. */
export interface CorefScores {
  documents: number;
  goldMentions: number;
  systemMentions: number;
  /** Mentions whose span kgraph found exactly. */
  mentionDetection: PRF;
  pairwise: PRF;
  bcubed: PRF;
}

/** The report of `kgraph eval coref`. */
export interface CorefReport {
  goldMentions: CorefScores;
  endToEnd: CorefScores;
  seconds: number;
}

interface GoldDocument {
  text: string;
  /** Gold mentions (PER/LOC/ORG) with their cluster. */
  mentions: Array<{ start: number; end: number; label: EntityLabel; cluster: number }>;
}

const LABELS: Record<string, EntityLabel | undefined> = { PER: "PER", LOC: "LOC", ORG: "ORG" };

/**
 * Reads Re-DocRED JSON into texts, one sentence a line, with gold mention spans. By default ("wiki") the tokens
 * are written as the Wikipedia articles printed them ("People's Party", "Bernheimer-Haus", "1990, when"), as
 * `kgraph eval conll` writes CoNLL-2003 for its raw-text figure: kgraph reads articles, not token lists. "spaces"
 * joins every token with a space, the rendering of the figures before 2026-12-07.
 */
export async function readReDocRed(path: string, style: TextStyle = "wiki"): Promise<GoldDocument[]> {
  let data: Array<{
    sents: string[][];
    vertexSet: Array<Array<{ sent_id: number; pos: [number, number]; type: string }>>;
  }>;
  try {
    data = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new DatasetError(`cannot read Re-DocRED file "${path}": ${(error as Error).message}`);
  }
  if (!Array.isArray(data) || data.some((d) => !Array.isArray(d?.sents) || !Array.isArray(d?.vertexSet))) {
    throw new DatasetError(`"${path}" is not Re-DocRED JSON (a list of documents with "sents" and "vertexSet")`);
  }
  return data.map((doc) => {
    const offsets: Array<Array<[number, number]>> = [];
    let text = "";
    for (const sentence of doc.sents) {
      const written = sentenceText(sentence, style);
      offsets.push(
        sentence.map((token, i) => [text.length + written.starts[i]!, text.length + written.starts[i]! + token.length]),
      );
      text += written.text + "\n";
    }
    const mentions: GoldDocument["mentions"] = [];
    doc.vertexSet.forEach((cluster, c) => {
      for (const m of cluster) {
        const label = LABELS[m.type];
        const spans = offsets[m.sent_id];
        if (!label || !spans) continue;
        const first = spans[m.pos[0]];
        const last = spans[m.pos[1] - 1];
        if (first && last) mentions.push({ start: first[0], end: last[1], label, cluster: c });
      }
    });
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    return { text, mentions };
  });
}

/** A clustering of mentions, each mention keyed by its span. */
type Clustering = Map<string, string>;

const spanKey = (start: number, end: number) => `${start}:${end}`;

/** Scores a Re-DocRED file in both settings. */
export async function evaluateCoref(
  path: string,
  recogniser: Recogniser,
  aliases: AliasIndex = createAliasIndex(),
  style: TextStyle = "wiki",
): Promise<CorefReport> {
  const stop = new Tracer().start("coref");
  const docs = await readReDocRed(path, style);
  const gold = new Scorer();
  const endToEnd = new Scorer();
  for (const doc of docs) {
    const goldClusters: Clustering = new Map(doc.mentions.map((m) => [spanKey(m.start, m.end), `g${m.cluster}`]));
    gold.add(goldClusters, resolveGoldMentions(doc, aliases));
    endToEnd.add(goldClusters, resolveDetectedMentions(doc, recogniser, aliases));
  }
  return {
    goldMentions: gold.scores(docs.length),
    endToEnd: endToEnd.scores(docs.length),
    seconds: stop(),
  };
}

/** kgraph's resolver on the gold mention spans; each gold span keeps its identity even if clean-up trims it. */
function resolveGoldMentions(doc: GoldDocument, aliases: AliasIndex): Clustering {
  const tokens = tokenize(doc.text);
  const sentences = splitSentences(doc.text, tokens);
  const sentenceOf = (start: number) =>
    Math.max(
      0,
      sentences.findIndex((s) => s.start <= start && start < s.end),
    );
  const cleaned = [];
  const origin: string[] = [];
  for (const m of doc.mentions) {
    const recognised: RecognisedMention = {
      start: m.start,
      end: m.end,
      text: doc.text.slice(m.start, m.end),
      label: m.label,
      sentence: sentenceOf(m.start),
    };
    const parts = cleanMentions(doc.text, tokens, [recognised]);
    const head = parts[parts.length - 1];
    if (!head) continue; // dropped as junk: a singleton on the system side
    cleaned.push(head);
    origin.push(spanKey(m.start, m.end));
  }
  const resolution = resolveDocument(doc.text, cleaned, aliases);
  const clusters: Clustering = new Map();
  resolution.mentions.forEach((m, i) => {
    if (m.entity) clusters.set(origin[i]!, m.entity);
  });
  return clusters;
}

/** The full extraction path: recognise, clean, resolve. */
function resolveDetectedMentions(doc: GoldDocument, recogniser: Recogniser, aliases: AliasIndex): Clustering {
  const recognition = recogniser.recognise(doc.text);
  const cleaned = cleanMentions(doc.text, recognition.tokens, recognition.mentions);
  const resolution = resolveDocument(doc.text, cleaned, aliases);
  // What the graph shows: no entity that the document's evidence makes MISC (a work, product, event or award,
  // which makes no node). Demonyms stay: Re-DocRED marks many of them as mentions of their place.
  const misc = new Set(resolution.entities.filter((e) => dominantType(e.types) === "misc").map((e) => e.key));
  const clusters: Clustering = new Map();
  for (const m of resolution.mentions)
    if (m.entity && !misc.has(m.entity)) clusters.set(spanKey(m.start, m.end), m.entity);
  return clusters;
}

/** Accumulates pairwise-link and B³ counts over documents (micro-averaged). */
class Scorer {
  private gold = 0;
  private system = 0;
  private matched = 0;
  private goldLinks = 0;
  private systemLinks = 0;
  private correctLinks = 0;
  private b3Precision = 0;
  private b3Recall = 0;

  add(gold: Clustering, system: Clustering): void {
    this.gold += gold.size;
    this.system += system.size;
    for (const key of system.keys()) if (gold.has(key)) this.matched++;
    const goldMembers = members(gold);
    const systemMembers = members(system);
    for (const group of goldMembers.values()) this.goldLinks += pairs(group.length);
    for (const group of systemMembers.values()) {
      this.systemLinks += pairs(group.length);
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = gold.get(group[i]!);
          if (a !== undefined && a === gold.get(group[j]!)) this.correctLinks++;
        }
      }
    }
    // B³: a mention missing on one side is a singleton there.
    const clusterOf = (c: Clustering, groups: Map<string, string[]>, key: string) => {
      const id = c.get(key);
      return id === undefined ? [key] : groups.get(id)!;
    };
    const overlap = (a: string[], b: string[]) => {
      const set = new Set(b);
      return a.filter((k) => set.has(k)).length;
    };
    for (const key of system.keys()) {
      const s = clusterOf(system, systemMembers, key);
      this.b3Precision += overlap(s, clusterOf(gold, goldMembers, key)) / s.length;
    }
    for (const key of gold.keys()) {
      const g = clusterOf(gold, goldMembers, key);
      this.b3Recall += overlap(g, clusterOf(system, systemMembers, key)) / g.length;
    }
  }

  scores(documents: number): CorefScores {
    return {
      documents,
      goldMentions: this.gold,
      systemMentions: this.system,
      mentionDetection: prf(this.matched, this.system, this.gold),
      pairwise: prf(this.correctLinks, this.systemLinks, this.goldLinks),
      bcubed: prfFromRates(this.system ? this.b3Precision / this.system : 0, this.gold ? this.b3Recall / this.gold : 0),
    };
  }
}

function members(c: Clustering): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [key, id] of c) {
    const g = groups.get(id);
    if (g) g.push(key);
    else groups.set(id, [key]);
  }
  return groups;
}

function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

function prfFromRates(precision: number, recall: number): PRF {
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The report as a small table. */
export function formatCorefReport(r: CorefReport): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const row = (name: string, s: PRF) =>
    `  ${name.padEnd(18)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`;
  const block = (title: string, s: CorefScores) => [
    `${title} (${s.documents} documents, ${s.goldMentions} gold PER/LOC/ORG mentions, ${s.systemMentions} kgraph mentions)`,
    row("mention detection", s.mentionDetection),
    row("pairwise links", s.pairwise),
    row("B³", s.bcubed),
  ];
  return [
    ...block("resolution on gold mentions", r.goldMentions),
    ...block("end to end (kgraph's own mentions)", r.endToEnd),
    `time: ${r.seconds.toFixed(1)} s`,
  ].join("\n");
}

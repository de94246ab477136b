/**
 * Scores a built graph against a judged development set (tests/resolve/judged/): entities drawn from a graph
 * (the most mentioned, and a seeded random draw among the rest), each judged by hand as a real named person,
 * place, organisation or outlet (with its acceptable labels and types) or as MISC or junk, and the groups of
 * names that should be one node. Items are found again in any later graph by their names, so the set survives
 * rebuilds: an entity item is correct when a node carrying one of its names has an accepted label and type, none
 * of the names judged to be someone else's, and is not split from its group; a MISC or junk item is correct
 * when no person, place, organisation or media node is labelled with it.
 */
import { readFileSync } from "node:fs";
import { DatasetError } from "../errors.js";
import { loadGraph } from "../query/index.js";
import { nameKey } from "../resolve/index.js";
import type { EntityType } from "../types.js";

/** One judged entity of the set, identified by the label and aliases it had when drawn. */
export interface JudgedItem {
  rank: number;
  set: "top" | "random";
  label: string;
  aliases: string[];
  mentions: number;
  drawnType: EntityType;
  verdict: "entity" | "misc" | "junk";
  /** For an entity: the types accepted (media stands for organization too: an outlet is an organisation). */
  types?: EntityType[];
  /** For an entity: the labels accepted (its names as the corpus gives them). */
  labels?: string[];
  /** Names on the drawn node that belong to another entity and must not be on this one. */
  notAliases?: string[];
  note?: string;
}

/** Names that should be one node. */
export interface JudgedGroup {
  names: string[];
  why: string;
}

/** A judged development set as kept in its JSON file. */
export interface JudgedSet {
  seed: number;
  top: number;
  random: number;
  groups: JudgedGroup[];
  items: JudgedItem[];
}

/** An entity node as the evaluation sees it. */
export interface JudgedNode {
  key: string;
  label: string;
  entityType: EntityType;
  aliases: string[];
  mentions: number;
}

/** What the evaluation found for one item. */
export interface ItemOutcome {
  item: JudgedItem;
  correct: boolean;
  /** Why it is wrong ("type place, judged organization"); absent when correct. */
  reason?: string;
}

/** The scores of a graph against a judged set. */
export interface JudgedReport {
  top: { correct: number; total: number };
  random: { correct: number; total: number };
  groups: { total: number; split: number; topTotal: number; topSplit: number; splitNames: string[][] };
  outcomes: ItemOutcome[];
}

const VISIBLE: ReadonlySet<EntityType> = new Set(["person", "place", "organization", "media"]);

/** Reads and checks a judged set; errors name the file. */
export function readJudgedSet(path: string): JudgedSet {
  let data: JudgedSet;
  try {
    data = JSON.parse(readFileSync(path, "utf8")) as JudgedSet;
  } catch (error) {
    throw new DatasetError(`judged set "${path}" cannot be read: ${(error as Error).message}`);
  }
  const bad = (what: string) => new DatasetError(`judged set "${path}": ${what}`);
  if (!Array.isArray(data?.items) || !Array.isArray(data.groups)) throw bad("expected {items: [...], groups: [...]}");
  for (const item of data.items) {
    if (typeof item.label !== "string" || !Array.isArray(item.aliases))
      throw bad(`item ${item.rank} lacks label/aliases`);
    if (item.set !== "top" && item.set !== "random") throw bad(`item ${item.rank}: set must be "top" or "random"`);
    if (!["entity", "misc", "junk"].includes(item.verdict)) throw bad(`item ${item.rank}: unknown verdict`);
    if (item.verdict === "entity" && (!item.types?.length || !item.labels?.length))
      throw bad(`item ${item.rank} (${item.label}): an entity needs types and labels`);
  }
  return data;
}

/** Scores a graph's entity nodes against a judged set. */
export function evaluateJudged(set: JudgedSet, nodes: readonly JudgedNode[]): JudgedReport {
  const visible = nodes.filter((n) => VISIBLE.has(n.entityType));
  // Every node under the key of its label and of each alias: items and group names are found by name.
  const byLabel = new Map<string, JudgedNode[]>();
  const byName = new Map<string, JudgedNode[]>();
  const add = (map: Map<string, JudgedNode[]>, name: string, node: JudgedNode) => {
    const key = nameKey(name);
    const list = map.get(key) ?? [];
    if (!list.includes(node)) list.push(node);
    map.set(key, list);
  };
  for (const node of visible) {
    add(byLabel, node.label, node);
    add(byName, node.label, node);
    for (const alias of node.aliases) add(byName, alias, node);
  }
  const most = (list: readonly JudgedNode[]) =>
    [...list].sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1))[0];
  /** The node a name stands for: the one labelled with it, else the most mentioned one carrying it. */
  const nodeOfName = (name: string) => most(byLabel.get(nameKey(name)) ?? []) ?? most(byName.get(nameKey(name)) ?? []);

  const topLabels = new Set(set.items.filter((i) => i.set === "top").map((i) => nameKey(i.label)));
  const splitGroups = new Set<JudgedGroup>();
  for (const group of set.groups) {
    const found = new Set(group.names.map(nodeOfName).filter((n): n is JudgedNode => n !== undefined));
    if (found.size > 1) splitGroups.add(group);
  }
  const groupOf = new Map<string, JudgedGroup>();
  for (const group of set.groups) for (const name of group.names) groupOf.set(nameKey(name), group);

  const outcomes = set.items.map((item): ItemOutcome => {
    const reason = item.verdict === "entity" ? entityProblem(item) : miscProblem(item);
    return reason ? { item, correct: false, reason } : { item, correct: true };
  });
  const count = (which: "top" | "random") => {
    const of = outcomes.filter((o) => o.item.set === which);
    return { correct: of.filter((o) => o.correct).length, total: of.length };
  };
  const inTop = (g: JudgedGroup) => g.names.some((n) => topLabels.has(nameKey(n)));
  return {
    top: count("top"),
    random: count("random"),
    groups: {
      total: set.groups.length,
      split: splitGroups.size,
      topTotal: set.groups.filter(inTop).length,
      topSplit: [...splitGroups].filter(inTop).length,
      splitNames: [...splitGroups].map((g) => g.names),
    },
    outcomes,
  };

  function entityProblem(item: JudgedItem): string | undefined {
    const excluded = new Set((item.notAliases ?? []).map(nameKey));
    const names = [item.label, ...item.aliases].filter((n) => !excluded.has(nameKey(n)));
    const candidates = new Set(names.flatMap((n) => byName.get(nameKey(n)) ?? []));
    const accepted = new Set(item.labels!.map(nameKey));
    const labelled = [...candidates].filter((n) => accepted.has(nameKey(n.label)));
    const node = most(labelled);
    if (!node) {
      const other = most([...candidates]);
      return other
        ? `found as "${other.label}", not an accepted label`
        : "no person/place/organisation node carries it";
    }
    const types = new Set(item.types);
    if (types.has("media")) types.add("organization");
    if (!types.has(node.entityType)) return `type ${node.entityType}, judged ${item.types!.join(" or ")}`;
    const foreign = node.aliases.find((a) => excluded.has(nameKey(a)));
    if (foreign) return `carries "${foreign}", another entity's name`;
    const group = groupOf.get(nameKey(item.label));
    if (group && splitGroups.has(group)) return `split from its group (${group.names.join(", ")})`;
    return undefined;
  }

  function miscProblem(item: JudgedItem): string | undefined {
    const node = most(byLabel.get(nameKey(item.label)) ?? []);
    return node ? `${item.verdict}, but a ${node.entityType} node` : undefined;
  }
}

/** Loads graph.json and scores its entity nodes against the judged set in `setPath`. */
export async function evaluateJudgedFile(setPath: string, graphPath: string): Promise<JudgedReport> {
  const set = readJudgedSet(setPath);
  const graph = await loadGraph(graphPath);
  const nodes: JudgedNode[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== "entity") return;
    nodes.push({
      key,
      label: a.label,
      entityType: a.entityType,
      aliases: a.aliases ?? [],
      mentions: a.mentions ?? 0,
    });
  });
  return evaluateJudged(set, nodes);
}

const percent = (n: { correct: number; total: number }) =>
  `${n.correct}/${n.total} (${((100 * n.correct) / Math.max(1, n.total)).toFixed(1)} %)`;

/** The report as the command line prints it; `wrong` lists the items judged wrong with the reason. */
export function formatJudgedReport(report: JudgedReport, wrong = false): string {
  const lines = [
    `most mentioned:  ${percent(report.top)} correct   (target ≥ 98 %)`,
    `random draw:     ${percent(report.random)} correct   (target ≥ 90 %)`,
    `groups split:    ${report.groups.topSplit} of the ${report.groups.topTotal} groups in the most mentioned (target 0); ${report.groups.split} of all ${report.groups.total}`,
  ];
  if (wrong) {
    for (const o of report.outcomes)
      if (!o.correct) lines.push(`  ${o.item.set} #${o.item.rank} ${o.item.label}: ${o.reason}`);
    for (const names of report.groups.splitNames) lines.push(`  split: ${names.join(", ")}`);
  }
  return lines.join("\n");
}

/** The report as one JSON object: the figures and the wrong items. */
export function judgedReportJson(report: JudgedReport): string {
  return JSON.stringify({
    top: report.top,
    random: report.random,
    groups: report.groups,
    wrong: report.outcomes
      .filter((o) => !o.correct)
      .map((o) => ({ rank: o.item.rank, label: o.item.label, reason: o.reason })),
  });
}

/**
 * Human-readable output of query results for the terminal.
 */
import type { Explanation, NeighbourhoodResult, RelationView, GraphStats } from "../query/index.js";

const MAX_EVIDENCE_SHOWN = 3;

/** A relation as one line plus its evidence sentences, indented. */
export function formatRelation(r: RelationView, indent = "  "): string[] {
  const arrow = r.direction === "both" ? "—" : "→";
  const what = r.relationLabel ? `${r.predicate}: ${r.relationLabel}` : r.predicate;
  const lines = [
    `${indent}${r.source} ${arrow}[${what}]${arrow === "→" ? "" : "—"} ${r.target}  (weight ${r.weight}, confidence ${r.confidence.toFixed(2)}${r.candidate ? ", candidate" : ""})`,
  ];
  for (const e of r.evidence.slice(0, MAX_EVIDENCE_SHOWN)) {
    lines.push(`${indent}  “${oneLine(e.text)}” — ${e.title}${e.date ? `, ${e.date}` : ""} [${e.start}-${e.end}]`);
  }
  if (r.evidence.length > MAX_EVIDENCE_SHOWN)
    lines.push(`${indent}  … and ${r.evidence.length - MAX_EVIDENCE_SHOWN} more sentences`);
  return lines;
}

/** The neighbours of an entity, grouped by neighbour. */
export function formatNeighbours(result: NeighbourhoodResult): string {
  const { entity } = result;
  const lines = [
    `${entity.label} (${entity.entityType})${entity.aliases.length > 1 ? ` — also: ${entity.aliases.filter((a) => a !== entity.label).join(", ")}` : ""}`,
  ];
  if (entity.roles.length) lines.push(`roles: ${entity.roles.join(", ")}`);
  if (!result.neighbours.length) lines.push("no neighbours");
  for (const n of result.neighbours) {
    lines.push(`${n.label} (${n.entityType}${n.depth > 1 ? `, ${n.depth} hops` : ""}) — weight ${n.weight}`);
    for (const r of n.relations) lines.push(...formatRelation(r, "  "));
  }
  return lines.join("\n");
}

/** How two entities are connected. */
export function formatExplanation(x: Explanation): string {
  if (x.direct.length)
    return [`${x.from} and ${x.to} are directly related:`, ...x.direct.flatMap((r) => formatRelation(r))].join("\n");
  if (!x.path.length) return `${x.from} and ${x.to} are not connected`;
  const lines = [
    `${x.from} and ${x.to} are connected in ${x.path.length} steps: ${[x.path[0]!.from, ...x.path.map((h) => h.to)].join(" → ")}`,
  ];
  x.path.forEach((hop, i) => {
    lines.push(`${i + 1}. ${hop.from} → ${hop.to}`);
    lines.push(...formatRelation(hop.relations[0]!, "   "));
  });
  return lines.join("\n");
}

/** Graph statistics as a small report. */
export function formatStats(s: GraphStats): string {
  const pairs = (o: Record<string, number>) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
  const withOutlet = Object.values(s.documentsByOutlet).reduce((a, b) => a + b, 0);
  const outlets = Object.keys(s.documentsByOutlet).length;
  return [
    `documents: ${s.documents}`,
    ...(outlets
      ? [
          `outlets:   ${outlets} (${pairs(s.documentsByOutlet)}${withOutlet < s.documents ? `; ${s.documents - withOutlet} without an outlet` : ""})`,
        ]
      : []),
    `entities:  ${s.entities} (${pairs(s.entitiesByType)})`,
    `relations: ${s.relations} (${pairs(s.relationsByPredicate)})`,
    `mentions:  ${s.mentions}`,
    "most mentioned:",
    ...s.top.map(
      (t) =>
        `  ${t.label} (${t.entityType}): ${t.mentions} mentions in ${t.documents} documents, ${t.degree} relations`,
    ),
  ].join("\n");
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

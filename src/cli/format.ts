/**
 * Human-readable output of query results for the terminal.
 */
import type { Explanation, NeighbourhoodResult, RelationView, GraphStats, Timeline } from "../query/index.js";

const MAX_EVIDENCE_SHOWN = 3;
const MAX_COPIES_SHOWN = 10;

/** A relation as one line plus its evidence sentences, indented. */
export function formatRelation(r: RelationView, indent = "  "): string[] {
  const arrow = r.direction === "both" ? "—" : "→";
  const what = r.relationLabel ? `${r.predicate}: ${r.relationLabel}` : r.predicate;
  const lines = [
    `${indent}${r.source} ${arrow}[${what}]${arrow === "→" ? "" : "—"} ${r.target}  (weight ${r.weight}, confidence ${r.confidence.toFixed(2)}${r.sources !== undefined ? `, ${r.sources} source${r.sources === 1 ? "" : "s"}` : ""}${r.firstSeen ? `, seen ${r.firstSeen === r.lastSeen ? r.firstSeen : `${r.firstSeen} to ${r.lastSeen}`}` : ""}${r.candidate ? ", candidate" : ""})`,
  ];
  for (const e of r.evidence.slice(0, MAX_EVIDENCE_SHOWN)) {
    lines.push(
      `${indent}  “${oneLine(e.text)}” — ${e.title}${e.date ? `, ${e.date}` : ""} [${e.start}-${e.end}]${e.eventDate ? `; event ${e.eventDate.date} (“${e.eventDate.text}”)` : ""}`,
    );
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
    ...(s.firstDate
      ? [
          `dates:     ${s.firstDate} to ${s.lastDate}${s.undatedDocuments ? `; ${s.undatedDocuments} document${s.undatedDocuments === 1 ? "" : "s"} without a date (counted apart)` : ""}`,
        ]
      : [`dates:     none (${s.undatedDocuments} documents without a date)`]),
    ...(s.copies.length
      ? [
          `copies:    ${s.copies.length} near-duplicate documents, each counted as one source with the one it copies:`,
          ...s.copies
            .slice(0, MAX_COPIES_SHOWN)
            .map((c) => `  ${c.title} (${c.document}) is a copy of ${c.copyOfTitle} (${c.copyOf})`),
          ...(s.copies.length > MAX_COPIES_SHOWN
            ? [`  … and ${s.copies.length - MAX_COPIES_SHOWN} more (--json lists them all)`]
            : []),
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

/** An entity's timeline: mentions per month as a bar chart, then its relations as they first appeared. */
export function formatTimeline(t: Timeline): string {
  const lines = [
    `${t.label} (${t.entityType})${t.firstSeen ? `: first seen ${t.firstSeen}, last seen ${t.lastSeen}` : ": in no dated document"}`,
  ];
  const most = Math.max(1, ...t.periods.map((p) => p.mentions));
  if (t.periods.length) lines.push("mentions per month:");
  for (const p of t.periods)
    lines.push(`  ${p.period}  ${"█".repeat(Math.ceil((p.mentions / most) * 30))} ${p.mentions}`);
  if (t.undated) lines.push(`  undated  ${t.undated} mentions in documents without a date`);
  lines.push(t.relations.length ? "relations, in order of first appearance:" : "no relations");
  for (const r of t.relations) {
    const arrow = r.direction === "both" ? "—" : r.direction === "out" ? "→" : "←";
    const what = r.relationLabel ? `${r.predicate}: ${r.relationLabel}` : r.predicate;
    const when = r.firstSeen
      ? r.firstSeen === r.lastSeen
        ? r.firstSeen
        : `${r.firstSeen} to ${r.lastSeen}`
      : "undated";
    const events = r.eventDates.length ? `; events ${r.eventDates.join(", ")}` : "";
    lines.push(
      `  ${when.padEnd(24)} ${arrow}[${what}] ${r.other} (${r.weight} sentences, ${r.sources} source${r.sources === 1 ? "" : "s"}${events})`,
    );
  }
  return lines.join("\n");
}

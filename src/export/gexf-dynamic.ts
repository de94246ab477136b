/**
 * Dynamic GEXF (`kgraph export --format gexf --dynamic`): graph.gexf with time, for Gephi's timeline. The graph is
 * `mode="dynamic"` with `timeformat="date"`, and every node and edge carries `<spells>`, the periods it exists in:
 * a document and its mention edges on the document's date; an entity or relation in each month it was mentioned or
 * supported, from its first day seen to its last (the month's first and last days in between). What is seen only in
 * undated documents has no spell, which GEXF reads as always present. Everything else is graph.gexf's.
 */
import type { TimeAttributes } from "../graph/index.js";
import type { RecordFormat } from "./encode.js";
import { GEXF_FORMAT } from "./gexf.js";

/** GEXF 1.3 with spells (see above). */
export const GEXF_DYNAMIC_FORMAT: RecordFormat = {
  ...GEXF_FORMAT,
  head(graph) {
    return GEXF_FORMAT.head(graph).replace('mode="static"', 'mode="dynamic" timeformat="date"');
  },
  node(record) {
    const a = record.attributes;
    const spells = a.kind === "document" ? (a.date ? [[a.date, a.date] as const] : []) : spellsOf(a);
    return withSpells(GEXF_FORMAT.node(record), spells);
  },
  edge(record) {
    const a = record.attributes;
    let spells: ReadonlyArray<readonly [string, string]> = [];
    if (a.kind === "relation") spells = spellsOf(a);
    else {
      const source = record.graph.getNodeAttributes(record.source);
      if (source.kind === "document" && source.date) spells = [[source.date, source.date]];
    }
    return withSpells(GEXF_FORMAT.edge(record), spells);
  },
};

/** The spells of an entity or relation: one per month it was seen in, clipped to its first and last days. */
export function spellsOf(time: TimeAttributes): Array<readonly [string, string]> {
  if (!time.firstSeen || !time.lastSeen || !time.periods) return [];
  const spells: Array<readonly [string, string]> = [];
  for (const month of Object.keys(time.periods).sort()) {
    const start = `${month}-01`;
    const end = `${month}-${String(daysIn(month)).padStart(2, "0")}`;
    spells.push([start < time.firstSeen ? time.firstSeen : start, end > time.lastSeen ? time.lastSeen : end]);
  }
  return spells;
}

function daysIn(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y!, m!, 0)).getUTCDate();
}

/** An element written by graph.gexf with a `<spells>` child inserted after its opening tag. */
function withSpells(element: string, spells: ReadonlyArray<readonly [string, string]>): string {
  if (!spells.length) return element;
  const open = element.indexOf("\n") + 1;
  let text = "        <spells>\n";
  for (const [start, end] of spells) text += `          <spell start="${start}" end="${end}"/>\n`;
  return `${element.slice(0, open)}${text}        </spells>\n${element.slice(open)}`;
}

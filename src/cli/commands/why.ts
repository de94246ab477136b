/**
 * `kgraph why <name>`: how each alias of an entity joined it (rule, first document and offsets).
 */
import type { Command } from "commander";
import { loadGraph, why, type WhyResult } from "../../query/index.js";
import { DEFAULT_GRAPH } from "../options.js";

/** The aliases of an entity with how each joined, one per line. */
export function formatWhy(result: WhyResult): string {
  const lines = [`${result.label} (${result.entityType})${result.curated ? " — curated" : ""}`];
  if (!result.aliases.length) lines.push("  no other names");
  for (const a of result.aliases) {
    const title = a.documentTitle ? `“${shorten(a.documentTitle)}” ` : "";
    const where = a.document
      ? `, joined in ${title}(${a.document}${a.start !== undefined ? ` [${a.start}-${a.end}]` : ""})`
      : "";
    lines.push(`  ${a.alias} — ${a.why}${where}${a.note ? `; note: ${a.note}` : ""}`);
  }
  return lines.join("\n");
}

/** Longest document title shown (titles read from a first sentence can be long). */
const TITLE_LENGTH = 80;

function shorten(title: string): string {
  const line = title.replace(/\s+/g, " ").trim();
  return line.length <= TITLE_LENGTH ? line : `${line.slice(0, TITLE_LENGTH - 1)}…`;
}

/** Registers `why`. */
export function registerWhy(program: Command): void {
  program
    .command("why")
    .description("how each alias of an entity joined it: the rule, and the document and offsets where it first did")
    .argument("<name>", "an entity's name or alias")
    .option("-g, --graph <file>", "graph to query", DEFAULT_GRAPH)
    .option("--json", "JSON output")
    .action(async (name: string, options: { graph: string; json?: boolean }) => {
      const result = why(await loadGraph(options.graph), name);
      console.log(options.json ? JSON.stringify(result) : formatWhy(result));
    });
}

/**
 * `kgraph quotes <name> [--about <name>] [--json]`: what an entity said (direct quotations attributed to it), with
 * the documents and dates, optionally only quotations naming another entity.
 */
import type { Command } from "commander";
import { findEntity, loadGraph, quotes, sliceGraph, type QuoteView } from "../../query/index.js";
import { DEFAULT_GRAPH, sliceOptions, withPeriodOptions, type PeriodCommandOptions } from "../options.js";

/** A plain-text list of quotations. */
export function formatQuotes(name: string, list: readonly QuoteView[]): string {
  if (!list.length) return `No quotations attributed to ${name}.`;
  const lines = [`${list.length} quotation${list.length === 1 ? "" : "s"} by ${list[0]!.speaker ?? name}:`];
  for (const q of list) {
    lines.push(`“${q.text}”`);
    const where = [q.title, q.date].filter(Boolean).join(", ");
    const event = q.eventDate ? `; said of ${q.eventDate.date}` : "";
    lines.push(`    — ${where} [${q.start}-${q.end}]${q.about.length ? `; about ${q.about.join(", ")}` : ""}${event}`);
  }
  return lines.join("\n");
}

/** Registers `quotes`. */
export function registerQuotes(program: Command): void {
  withPeriodOptions(program.command("quotes"))
    .description("what an entity said: direct quotations attributed to it, with documents and dates")
    .argument("<name>", "the speaker's name or alias")
    .option("--about <name>", "only quotations that name this entity")
    .option("-g, --graph <file>", "graph to query", DEFAULT_GRAPH)
    .option("--json", "JSON output")
    .action(async (name: string, options: PeriodCommandOptions & { about?: string; graph: string; json?: boolean }) => {
      const full = await loadGraph(options.graph);
      const names = [name, ...(options.about !== undefined ? [options.about] : [])];
      const keep = names.map((n) => findEntity(full, n));
      const graph = sliceGraph(full, { ...sliceOptions(options), keep });
      const list = quotes(graph, name, options.about !== undefined ? { about: options.about } : {});
      console.log(options.json ? JSON.stringify(list) : formatQuotes(name, list));
    });
}

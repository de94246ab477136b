/**
 * `kgraph report`: what in a built graph deserves a look, worst first (see src/report/): as text, JSON, or a
 * static HTML page whose links open the viewer at each entity.
 */
import type { Command } from "commander";
import { loadGraph } from "../../query/index.js";
import { FINDING_TITLES, qualityReport, reportHtml, type QualityReport } from "../../report/index.js";
import { writeFileAtomic } from "../../util/atomic.js";
import { DEFAULT_GRAPH, parseCount } from "../options.js";

interface ReportCommandOptions {
  graph: string;
  json?: boolean;
  out?: string;
  limit: number;
  viewerUrl?: string;
}

/** The report as text: one block per finding, with its first passage. */
export function formatReport(report: QualityReport): string {
  const lines = [
    `${report.total} finding(s), worst first${report.findings.length < report.total ? ` (first ${report.findings.length})` : ""}`,
  ];
  report.findings.forEach((f, i) => {
    lines.push(
      `${String(i + 1).padStart(3)}. [${FINDING_TITLES[f.kind]} · ${f.score.toFixed(2)}] ${f.title}`,
      `     ${f.detail}`,
    );
    const e = f.evidence[0];
    if (e)
      lines.push(`     “${e.text.replace(/\s+/g, " ").trim()}” — ${e.title} (${e.document} [${e.start}-${e.end}])`);
  });
  return lines.join("\n");
}

/** Registers `report`. */
export function registerReport(program: Command): void {
  program
    .command("report")
    .description(
      "what deserves a look, worst first: stale curation decisions, doubtful merges, unmerged fragments, unresolved bare names, type conflicts",
    )
    .option("-g, --graph <file>", "graph to check", DEFAULT_GRAPH)
    .option("--json", "JSON output")
    .option("-o, --out <file>", "write the report as a static HTML page")
    .option("-n, --limit <n>", "the worst n findings", parseCount, 200)
    .option("--viewer-url <url>", "the viewer's address for the HTML page's links", "http://127.0.0.1:8080/")
    .action(async (options: ReportCommandOptions) => {
      const report = qualityReport(await loadGraph(options.graph), { limit: options.limit });
      if (options.out) {
        await writeFileAtomic(options.out, reportHtml(report, { viewerUrl: options.viewerUrl, source: options.graph }));
        console.error(`kgraph: wrote ${options.out}`);
      }
      if (options.json) console.log(JSON.stringify(report));
      else if (!options.out) console.log(formatReport(report));
    });
}

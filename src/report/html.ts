/**
 * The quality report as one static HTML page: no script, every string from the corpus or the graph escaped
 * (names, titles and sentences are untrusted article text), and a Content-Security-Policy that would refuse a
 * script even if one slipped through. Each entity links to the viewer at `#entity=<node key>`.
 */
import { FINDING_KINDS, FINDING_TITLES, type Finding, type FindingEvidence } from "./findings.js";
import type { QualityReport } from "./index.js";

/** Settings of `reportHtml`. */
export interface HtmlOptions {
  /** The viewer's address the entity links open (default: `kgraph serve`'s, http://127.0.0.1:8080/). */
  viewerUrl?: string;
  /** What the report is of, for its heading (a graph file's path). */
  source?: string;
}

/** `kgraph serve`'s default address. */
const DEFAULT_VIEWER = "http://127.0.0.1:8080/";

/** The page. */
export function reportHtml(report: QualityReport, options: HtmlOptions = {}): string {
  const viewer = safeViewerUrl(options.viewerUrl ?? DEFAULT_VIEWER);
  const counts = FINDING_KINDS.filter((k) => report.counts[k])
    .map((k) => `${report.counts[k]} × ${escapeHtml(FINDING_TITLES[k].toLowerCase())}`)
    .join(" · ");
  const items = report.findings.map((f) => findingHtml(f, viewer)).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>kgraph quality report</title>
<style>${STYLE}</style>
</head>
<body>
<h1>kgraph quality report${options.source ? ` <small>${escapeHtml(options.source)}</small>` : ""}</h1>
<p class="summary">${report.total} finding${report.total === 1 ? "" : "s"}, worst first${report.findings.length < report.total ? ` (the first ${report.findings.length} shown)` : ""}${counts ? `: ${counts}` : ""}.</p>
<ol class="findings">
${items}
</ol>
</body>
</html>
`;
}

function findingHtml(f: Finding, viewer: string): string {
  const links = f.entities
    .map((e) => `<a href="${escapeHtml(`${viewer}#entity=${encodeURIComponent(e.node)}`)}">${escapeHtml(e.label)}</a>`)
    .join(", ");
  return `<li class="finding ${f.kind}">
<p class="kind">${escapeHtml(FINDING_TITLES[f.kind])} <span class="score">${f.score.toFixed(2)}</span></p>
<h2>${escapeHtml(f.title)}</h2>
<p>${escapeHtml(f.detail)}</p>
${links ? `<p class="entities">Open in the viewer: ${links}</p>` : ""}
${f.evidence.map(evidenceHtml).join("\n")}
</li>`;
}

function evidenceHtml(e: FindingEvidence): string {
  const text = e.mark
    ? `${escapeHtml(e.text.slice(0, e.mark.start))}<mark>${escapeHtml(e.text.slice(e.mark.start, e.mark.end))}</mark>${escapeHtml(e.text.slice(e.mark.end))}`
    : escapeHtml(e.text);
  return `<blockquote>${text}<cite>${escapeHtml(e.title)} <span class="at">${escapeHtml(e.document)} [${e.start}–${e.end}]</span></cite></blockquote>`;
}

/** Text as HTML text or attribute value: the five characters that can open markup or end an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only http(s) addresses (or none: links relative to the report) may prefix the links. */
function safeViewerUrl(url: string): string {
  if (url === "") return "";
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") return parsed.href.replace(/#.*$/, "");
  } catch {
    // fall through
  }
  return DEFAULT_VIEWER;
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1 small{font-weight:normal;color:#777;font-size:.6em}
.findings{padding-left:1.5rem}
.finding{margin:0 0 1.2rem;padding:.6rem .8rem;border-left:4px solid #bbb;background:#fafafa}
.finding.stale-decision{border-color:#b00020}.finding.doubtful-merge{border-color:#e15759}
.finding.fragment{border-color:#f28e2b}.finding.bare-name{border-color:#edc948}
.finding.type-conflict{border-color:#4e79a7}.finding.weak-relation{border-color:#9c755f}
.kind{margin:0;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:#666}
.score{float:right}
h2{font-size:1.05rem;margin:.2rem 0}
blockquote{margin:.4rem 0;padding:.3rem .6rem;background:#fff;border:1px solid #e4e4e4;white-space:pre-wrap}
cite{display:block;font-size:.8rem;color:#666;font-style:normal;margin-top:.2rem}
mark{background:#ffe08a}
`;

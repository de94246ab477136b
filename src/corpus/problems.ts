/**
 * Corpus problems: one record per bad file or line, so a build can report what it skipped and why.
 */

/** One problem met while reading the corpus; the file (and line) it is about and what was done. */
export interface CorpusProblem {
  /** Path relative to the corpus root. */
  file: string;
  /** 1-based line number, for JSONL documents. */
  line?: number;
  /** What is wrong, in words a user can act on. */
  problem: string;
  /** What kgraph did about it. */
  action: "skipped";
}

/** Formats a problem as one line: `file:line: problem (skipped)`. */
export function formatProblem(p: CorpusProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ""}: ${p.problem} (${p.action})`;
}

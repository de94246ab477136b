/**
 * `kgraph extract <file|dir> --json`: the entity mentions of each document, one JSON line per document.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import { decodeText } from "../../corpus/decode.js";
import { documentsOfFile, formatProblem, readCorpus, type CorpusProblem } from "../../corpus/index.js";
import { extractDocument } from "../../extract/index.js";
import { getRecogniser } from "../../nlp/index.js";
import { createAliasIndex } from "../../resolve/alias-index.js";
import { resolveCorpus } from "../../resolve/corpus.js";
import type { CorpusDocument } from "../../types.js";

/** One line of `kgraph extract --json`. */
export interface ExtractLine {
  doc: string;
  mentions: Array<{ start: number; end: number; text: string; type: string; entity: string }>;
}

/** Extracts every document of a file or folder; mentions carry the canonical entity name across the input. */
export async function runExtract(target: string, recogniser?: string): Promise<{ lines: ExtractLine[]; problems: CorpusProblem[] }> {
  const { documents, problems } = await readTarget(target);
  const context = { recogniser: await getRecogniser(recogniser), aliases: createAliasIndex() };
  const extractions = documents.map((d) => extractDocument(d, context));
  const resolution = resolveCorpus(extractions.map((x) => x.entities), context.aliases);
  const labelOf = (local: string) => resolution.entities.get(resolution.canonicalKey.get(local) ?? local)?.label ?? local;
  const lines = extractions.map((x) => ({
    doc: x.document.id,
    mentions: x.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.entityType, entity: labelOf(m.entity) })),
  }));
  return { lines, problems };
}

async function readTarget(target: string): Promise<{ documents: CorpusDocument[]; problems: CorpusProblem[] }> {
  const info = await stat(target).catch(() => undefined);
  if (info?.isDirectory() || !info) return readCorpus(target);
  const decoded = decodeText(await readFile(target));
  const rel = basename(target);
  if (!decoded.ok) return { documents: [], problems: [{ file: rel, problem: decoded.problem, action: "skipped" }] };
  const documents: CorpusDocument[] = [];
  const problems: CorpusProblem[] = [];
  for (const item of documentsOfFile(rel, decoded.text)) {
    if ("document" in item) documents.push(item.document);
    else problems.push(item.problem);
  }
  return { documents, problems };
}

/** Registers `extract`. */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("print the entity mentions of a file or folder, with character offsets")
    .argument("<target>", "a corpus file or folder")
    .option("--json", "one JSON line per document: {doc, mentions: [{start, end, text, type, entity}]}")
    .option("--recogniser <name>", "entity recogniser")
    .action(async (target: string, options: { json?: boolean; recogniser?: string }) => {
      const { lines, problems } = await runExtract(target, options.recogniser);
      for (const line of lines) {
        if (options.json) console.log(JSON.stringify(line));
        else {
          console.log(`${line.doc}:`);
          for (const m of line.mentions) console.log(`  ${m.start}-${m.end}\t${m.type}\t${m.text}${m.entity !== m.text ? ` → ${m.entity}` : ""}`);
        }
      }
      for (const p of problems) console.error(`kgraph: ${formatProblem(p)}`);
      if (problems.length) process.exitCode = 2;
    });
}

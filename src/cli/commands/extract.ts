/**
 * `kgraph extract <file|dir> --json`: the entity mentions of each document, one JSON line per document.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import { fingerprintOf, inShard, parseShard, shardLines } from "../../cache/index.js";
import { decodeText, documentsOfFile, formatProblem, readCorpus, type CorpusProblem } from "../../corpus/index.js";
import { extractAll, resolveExtractions } from "../../pipeline.js";
import { resolveSettings } from "../../settings.js";
import type { CorpusDocument } from "../../types.js";
import { writeFileAtomic } from "../../util/atomic.js";
import { parseCount } from "../options.js";
import { settingsFromOptions } from "./build.js";

/** One line of `kgraph extract --json`. */
export interface ExtractLine {
  doc: string;
  /**
   * `type`: what this mention is where it stands, as the document read it ("Chicago" a team in a sports report);
   * `entityType`: the type of the entity it resolves to across the input (one per entity, as the graph's node has
   * it); `adjectival`: a demonym standing for its place ("Russian"), not a name of it; type "misc": a work, product,
   * event or award.
   */
  mentions: Array<{
    start: number;
    end: number;
    text: string;
    type: string;
    entity: string;
    entityType: string;
    adjectival?: true;
  }>;
}

/**
 * Extracts every document of a file or folder through the build's own extraction (its alias file and worker
 * threads included); mentions carry the canonical entity name across the input.
 */
export async function runExtract(
  target: string,
  options: Pick<ExtractCommandOptions, "recogniser" | "aliases" | "workers"> = {},
): Promise<{ lines: ExtractLine[]; problems: CorpusProblem[]; workers: number }> {
  const { documents, problems } = await readTarget(target);
  const extracted = await extractLines(documents, options);
  return { ...extracted, problems: [...problems, ...extracted.problems] };
}

/** What `kgraph extract --json` prints for documents in memory (`eval conll` scores CoNLL-2003 through it). */
export async function extractLines(
  documents: readonly CorpusDocument[],
  options: Pick<ExtractCommandOptions, "recogniser" | "aliases" | "workers"> = {},
): Promise<{ lines: ExtractLine[]; problems: CorpusProblem[]; workers: number }> {
  const settings = resolveSettings(settingsFromOptions(options));
  const { extractions, problems, workers } = await extractAll(documents, settings);
  const resolution = resolveExtractions(extractions, settings);
  const entityOf = (local: string) => resolution.entities.get(resolution.canonicalKey.get(local) ?? local);
  // A mention keeps the type it has in its context; its entity's type is the one the corpus gives the entity (a
  // headline may read "Kim Jong Un" as an organisation once; the entity is a person).
  const lines = extractions.map((x) => ({
    doc: x.document.id,
    mentions: x.mentions.map((m) => {
      const entity = entityOf(m.entity);
      return {
        start: m.start,
        end: m.end,
        text: m.text,
        type: m.entityType,
        entity: entity?.label ?? m.entity,
        entityType: entity?.entityType ?? m.entityType,
        ...(m.adjectival ? { adjectival: true as const } : {}),
      };
    }),
  }));
  return { lines, problems, workers };
}

async function readTarget(target: string): Promise<{ documents: CorpusDocument[]; problems: CorpusProblem[] }> {
  const info = await stat(target).catch(() => undefined);
  if (info?.isDirectory() || !info) return readCorpus(target);
  const decoded = decodeText(await readFile(target));
  const rel = basename(target);
  if (!decoded.ok) return { documents: [], problems: [{ file: rel, problem: decoded.problem, action: "skipped" }] };
  const documents: CorpusDocument[] = [];
  const problems: CorpusProblem[] = [];
  for (const item of await documentsOfFile(rel, decoded.text)) {
    if ("document" in item) documents.push(item.document);
    else problems.push(item.problem);
  }
  return { documents, problems };
}

/** Options of `kgraph extract`. */
interface ExtractCommandOptions {
  json?: boolean;
  recogniser?: string;
  aliases?: string;
  workers?: number;
  shard?: string;
  out?: string;
}

/**
 * Writes the full extractions of one shard of a corpus (for `kgraph merge`) to `out` or standard output.
 * Returns how many documents and problems it wrote.
 */
export async function runShardExtract(
  target: string,
  options: ExtractCommandOptions & { shard: string },
): Promise<{ documents: number; problems: number }> {
  const shard = parseShard(options.shard);
  const settings = resolveSettings(settingsFromOptions(options));
  const corpus = await readTarget(target);
  const documents = corpus.documents.filter((d) => inShard(d.id, shard));
  const problems = corpus.problems.filter((p) => inShard(`${p.file}#${p.line ?? 0}`, shard));
  const { extractions } = await extractAll(documents, settings);
  const header = {
    kgraph: "extractions" as const,
    fingerprint: await fingerprintOf(settings),
    recogniser: settings.recogniser,
    aliases: settings.aliases,
    shard,
  };
  const text = `${shardLines(header, extractions, problems).join("\n")}\n`;
  if (options.out) await writeFileAtomic(options.out, text);
  else process.stdout.write(text);
  return { documents: documents.length, problems: problems.length };
}

/** Registers `extract`. */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description(
      "print the entity mentions of a file or folder, with character offsets; or, with --shard, write one slice's extractions for `kgraph merge`",
    )
    .argument("<target>", "a corpus file or folder")
    .option("--json", "one JSON line per document: {doc, mentions: [{start, end, text, type, entity}]}")
    .option("--recogniser <name>", "entity recogniser")
    .option("--aliases <file>", "your own alias file (JSON or YAML)")
    .option("-w, --workers <n>", "extraction threads (default: one per core)", parseCount)
    .option("--shard <i/n>", "extract slice i of n (0-based) as full extraction records, for `kgraph merge`")
    .option("-o, --out <file>", "with --shard: write the records to this file instead of standard output")
    .action(async (target: string, options: ExtractCommandOptions) => {
      if (options.shard) {
        const written = await runShardExtract(target, { ...options, shard: options.shard });
        console.error(
          `kgraph: shard ${options.shard}: ${written.documents} documents, ${written.problems} skipped files or lines`,
        );
        return;
      }
      const { lines, problems, workers } = await runExtract(target, options);
      for (const line of lines) {
        if (options.json) console.log(JSON.stringify(line));
        else {
          console.log(`${line.doc}:`);
          for (const m of line.mentions)
            console.log(`  ${m.start}-${m.end}\t${m.type}\t${m.text}${m.entity !== m.text ? ` → ${m.entity}` : ""}`);
        }
      }
      for (const p of problems) console.error(`kgraph: ${formatProblem(p)}`);
      console.error(
        `kgraph: ${lines.length} documents extracted ${workers ? `on ${workers} worker threads` : "on the main thread"}`,
      );
      if (problems.length) process.exitCode = 2;
    });
}

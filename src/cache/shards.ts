/**
 * Sharded extraction: `kgraph extract --shard i/n` writes the extractions of one slice of a corpus as JSON
 * lines, and `kgraph merge` joins any set of such files into the graph a single build would give. Any batch
 * runner can fan the slices out over machines. A header line records what the extractions depend on, so
 * files made with another model or alias table are refused rather than silently mixed.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { DatasetError, SettingsError } from "../errors.js";
import type { CorpusProblem } from "../corpus/index.js";
import type { AliasEntry } from "../resolve/index.js";
import type { DocumentExtraction } from "../types.js";

/** A shard specification "i/n": this process takes slice i (0-based) of n. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** The first line of an extraction file. */
export interface ShardHeader {
  kgraph: "extractions";
  fingerprint: string;
  recogniser: string;
  aliases: AliasEntry[];
  shard: ShardSpec;
}

/** Parses "i/n" (0 ≤ i < n). */
export function parseShard(spec: string): ShardSpec {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count)
    throw new SettingsError(`--shard must be "i/n" with 0 ≤ i < n (e.g. 0/4), got "${spec}"`);
  return { index, count };
}

/** True when the document with this id belongs to the shard: a hash of the id, so any reading order agrees. */
export function inShard(id: string, shard: ShardSpec): boolean {
  return createHash("sha1").update(id).digest().readUInt32BE(0) % shard.count === shard.index;
}

/** The JSON lines of an extraction file. */
export function shardLines(
  header: ShardHeader,
  extractions: readonly DocumentExtraction[],
  problems: readonly CorpusProblem[],
): string[] {
  return [
    JSON.stringify(header),
    ...extractions.map((x) => JSON.stringify({ extraction: x })),
    ...problems.map((p) => JSON.stringify({ problem: p })),
  ];
}

/** Everything read back from extraction files. */
export interface MergedShards {
  header: ShardHeader;
  extractions: DocumentExtraction[];
  problems: CorpusProblem[];
}

/** Reads extraction files; refuses files whose fingerprints differ and documents present in two files. */
export async function readShards(paths: readonly string[]): Promise<MergedShards> {
  if (!paths.length) throw new SettingsError("merge needs at least one extraction file");
  let header: ShardHeader | undefined;
  const extractions: DocumentExtraction[] = [];
  const problems: CorpusProblem[] = [];
  const seen = new Map<string, string>();
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      throw new DatasetError(
        `cannot read extraction file "${path}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    const lines = text.split("\n").filter((l) => l.trim());
    const first = parseLine(path, 1, lines[0]) as Partial<ShardHeader>;
    if (first.kgraph !== "extractions" || typeof first.fingerprint !== "string") {
      throw new DatasetError(
        `"${path}" is not a kgraph extraction file (no header line); make it with "kgraph extract --shard i/n"`,
      );
    }
    if (header && header.fingerprint !== first.fingerprint) {
      throw new DatasetError(
        `"${path}" was extracted with another kgraph version, model or alias table than "${paths[0]}"; re-extract all shards alike`,
      );
    }
    header ??= first as ShardHeader;
    lines.slice(1).forEach((line, i) => {
      const record = parseLine(path, i + 2, line) as { extraction?: DocumentExtraction; problem?: CorpusProblem };
      if (record.problem) problems.push(record.problem);
      else if (record.extraction?.document?.id) {
        const id = record.extraction.document.id;
        if (seen.has(id))
          throw new DatasetError(
            `document "${id}" is in both "${seen.get(id)}" and "${path}"; give merge each shard once`,
          );
        seen.set(id, path);
        extractions.push(record.extraction);
      } else throw new DatasetError(`${path}:${i + 2}: neither an extraction nor a problem record`);
    });
  }
  extractions.sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  return { header: header!, extractions, problems };
}

function parseLine(path: string, line: number, text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "");
  } catch (error) {
    throw new DatasetError(`${path}:${line}: malformed JSON (${(error as Error).message})`);
  }
}

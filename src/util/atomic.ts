/**
 * Atomic file writes: write to a temporary file beside the target, then rename over it. A crash or an error
 * mid-write leaves the previous file intact, never a half-written one. Large outputs are streamed to the
 * temporary file in chunks, so no whole document needs to sit in memory.
 */
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { OutputError } from "../errors.js";

/** Where serialised text goes. */
export interface TextSink {
  write(text: string): void;
}

/** A sink that also takes bytes already encoded (sections written earlier into a `ChunkSink`). */
export interface ByteSink extends TextSink {
  writeBytes(chunks: readonly Buffer[]): void;
}

const CHUNK_BYTES = 2 << 20;

/** Encodes text into a two-megabyte buffer and hands each full buffer on. */
abstract class EncodingSink implements TextSink {
  protected buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  protected used = 0;

  write(text: string): void {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    if (this.used + text.length * 3 > this.buffer.length) {
      this.flushBytes();
      if (text.length * 3 > this.buffer.length) {
        this.emit(Buffer.from(text, "utf8"));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, "utf8");
  }

  /** Hands on what is written so far. */
  flush(): void {
    this.flushBytes();
  }

  protected flushBytes(): void {
    if (this.used === 0) return;
    this.emitBuffer(this.buffer, this.used);
    this.used = 0;
  }

  /** Takes the filled part of the working buffer (which is reused or replaced afterwards). */
  protected abstract emitBuffer(buffer: Buffer, length: number): void;

  protected emit(bytes: Buffer): void {
    this.emitBuffer(bytes, bytes.length);
  }
}

/**
 * Writes encoded text to a file descriptor, reusing one buffer. Synchronous on purpose: handing each buffer
 * to the thread pool (three files in parallel) was measured slower than plain writes.
 */
class FileSink extends EncodingSink implements ByteSink {
  constructor(private readonly fd: number) {
    super();
  }

  writeBytes(chunks: readonly Buffer[]): void {
    this.flush();
    for (const chunk of chunks) this.emit(chunk);
  }

  protected emitBuffer(buffer: Buffer, length: number): void {
    let offset = 0;
    while (offset < length) offset += writeSync(this.fd, buffer, offset, length - offset);
  }
}

/** Keeps encoded text in memory as a list of buffers, for a section written before its file can be. */
export class ChunkSink extends EncodingSink {
  private readonly chunks: Buffer[] = [];

  /** The bytes written, as chunks in order. */
  finish(): Buffer[] {
    this.flush();
    return this.chunks;
  }

  protected emitBuffer(buffer: Buffer, length: number): void {
    this.chunks.push(buffer.subarray(0, length));
    // The filled working buffer is kept rather than copied: encoding goes on in a new one.
    if (buffer === this.buffer) this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  }
}

/** Temporary files are named `.<name>.<pid>.<time>.tmp` beside their target. */
const TEMP_FILE = /^\.(.+)\.(\d+)\.\d+\.tmp$/;

function tempPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

/**
 * The renames of a write of several files, recorded in their folder once every temporary file is complete and
 * removed once all are done: a run killed between two renames leaves it behind, and the next write into the
 * folder (or `finishInterruptedWrites`) finishes the renames, so the files are all new or all old, never mixed.
 */
const RENAMES_FILE = ".kgraph-renames.json";

/**
 * Makes a folder and its missing parents, one level at a time. Node's own recursive mkdir never returns on some
 * special file systems (/proc), and its errors do not say which folder is at fault.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const info = statIfThere(at);
    if (info?.isDirectory()) break;
    if (info)
      throw new OutputError(`"${at}" is a file where a folder is needed: move it or choose another output folder`);
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST" && statSync(folder).isDirectory()) continue; // made meanwhile by another run
      throw new OutputError(`cannot make the folder "${folder}" (${code ?? (error as Error).message})`);
    }
  }
}

/** A path's stat, or undefined when nothing is there (or a file stands where a folder of its path should). */
function statIfThere(path: string): ReturnType<typeof statSync> {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw new OutputError(`cannot read "${path}" (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
}

/**
 * Makes sure files can be written into `dir`, before any work is done for them: the folder exists or is made,
 * a file can be created there, and a write that a killed run left half renamed is finished (see RENAMES_FILE).
 * Throws an OutputError naming the folder otherwise.
 */
export function prepareOutputFolder(dir: string): void {
  makeFolder(dir);
  const probe = join(dir, `.kgraph-probe.${process.pid}.tmp`);
  try {
    closeSync(openSync(probe, "w"));
    rmSync(probe, { force: true });
  } catch (error) {
    throw new OutputError(`cannot write into "${dir}" (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  finishInterruptedWrites(dir);
}

/**
 * Finishes the renames of a write into `dir` that was stopped between them, and removes the temporary files
 * of runs that are gone (their process no longer exists); those of running writes are left alone.
 */
export function finishInterruptedWrites(dir: string): void {
  const journal = join(dir, RENAMES_FILE);
  const { pid, renames } = readJournal(journal);
  if (pid !== undefined && !isRunning(pid)) {
    for (const [temp, path] of renames) {
      if (statSync(join(dir, temp), { throwIfNoEntry: false })) renameSync(join(dir, temp), join(dir, path));
    }
    rmSync(journal, { force: true });
  }
  for (const name of readdirSync(dir)) {
    const owner = Number(TEMP_FILE.exec(name)?.[2]);
    if (owner && !isRunning(owner)) rmSync(join(dir, name), { force: true });
  }
}

/** The renames a journal records and the process that wrote it (none when there is no valid journal). */
function readJournal(journal: string): { pid?: number; renames: Array<[string, string]> } {
  try {
    const { pid, renames } = JSON.parse(readFileSync(journal, "utf8")) as { pid?: unknown; renames?: unknown };
    if (!Number.isInteger(pid) || !Array.isArray(renames)) return { renames: [] };
    // Names only, in this folder: a journal cannot move files elsewhere.
    const inFolder = (name: unknown) => typeof name === "string" && name === basename(name) && name !== "..";
    return {
      pid: pid as number,
      renames: renames.filter((r): r is [string, string] => Array.isArray(r) && r.length === 2 && r.every(inFolder)),
    };
  } catch {
    return { renames: [] };
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // someone else's process
  }
}

/**
 * Writes several files so that either all of them are replaced or none is: every temporary file is written
 * first (all open at once: `write` gets one sink per path, in order, and may write to them in any order, as
 * encoders that make several formats in one pass over a graph do), and the renames happen only once all
 * writes have succeeded. Several files in one folder record their renames first (RENAMES_FILE), so that a run
 * killed between two renames is finished by the next.
 */
export async function writeFilesTogether(paths: readonly string[], write: (sinks: ByteSink[]) => void): Promise<void> {
  const temps: Array<{ temp: string; path: string; fd: number }> = [];
  let failed = false;
  try {
    for (const path of paths) {
      makeFolder(dirname(path));
      const temp = tempPathOf(path);
      temps.push({ temp, path, fd: openSync(temp, "w") });
    }
    const sinks = temps.map(({ fd }) => new FileSink(fd));
    write(sinks);
    for (const sink of sinks) sink.flush();
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    for (const { fd } of temps) closeSync(fd);
    if (failed) await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
  }
  const folder = dirname(paths[0] ?? ".");
  const journaled = temps.length > 1 && temps.every(({ path }) => dirname(path) === folder);
  if (journaled) {
    finishInterruptedWrites(folder);
    const renames = temps.map(({ temp, path }) => [basename(temp), basename(path)]);
    const journal = JSON.stringify({ pid: process.pid, renames });
    await writeFilesTogether([join(folder, RENAMES_FILE)], ([sink]) => sink!.write(journal));
  }
  for (const { temp, path } of temps) await rename(temp, path);
  if (journaled) await rm(join(folder, RENAMES_FILE), { force: true });
}

/** Writes `content` to `path` atomically (temp file + rename in the same folder). */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await writeFilesTogether([path], ([sink]) => sink!.write(content));
}

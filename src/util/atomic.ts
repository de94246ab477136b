/**
 * Atomic file writes: write to a temporary file beside the target, then rename over it. A crash or an error
 * mid-write leaves the previous file intact, never a half-written one. Large outputs are streamed to the
 * temporary file in chunks, so no whole document needs to sit in memory.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Where serialised text goes. */
export interface TextSink {
  write(text: string): void;
}

/** A sink that also takes bytes already encoded (sections written earlier into a `ChunkSink`). */
export interface ByteSink extends TextSink {
  writeBytes(chunks: readonly Buffer[]): void;
}

const CHUNK_BYTES = 2 << 20;
const PENDING_CHARS = 32 << 10;

/**
 * Encodes text into a two-megabyte buffer and hands each full buffer on. The encoders hand over many short
 * pieces (a node, an edge): they are joined as a string up to PENDING_CHARS and encoded with one call, which
 * costs much less than a call into the UTF-8 encoder per piece, and less than collecting every piece of a
 * section and joining them at the end (README "Speed devices").
 */
abstract class EncodingSink implements TextSink {
  protected buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  protected used = 0;
  private pending = "";

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= PENDING_CHARS) this.encodePending();
  }

  /** Encodes the text written so far into the working buffer. */
  protected flushPending(): void {
    if (this.pending.length > 0) this.encodePending();
  }

  private encodePending(): void {
    const text = this.pending;
    this.pending = "";
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
    this.flushPending();
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

function tempPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

/**
 * Writes several files so that either all of them are replaced or none is: every temporary file is written
 * first (all open at once: `write` gets one sink per path, in order, and may write to them in any order, as
 * encoders that make several formats in one pass over a graph do), and the renames happen only once all
 * writes have succeeded.
 */
export async function writeFilesTogether(paths: readonly string[], write: (sinks: ByteSink[]) => void): Promise<void> {
  const temps: Array<{ temp: string; path: string; fd: number }> = [];
  let failed = false;
  try {
    for (const path of paths) {
      await mkdir(dirname(path), { recursive: true });
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
  for (const { temp, path } of temps) await rename(temp, path);
}

/** Writes `content` to `path` atomically (temp file + rename in the same folder). */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await writeFilesTogether([path], ([sink]) => sink!.write(content));
}

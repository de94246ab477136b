/**
 * Atomic file writes: write to a temporary file beside the target, then rename over it. A crash or an error
 * mid-write leaves the previous file intact, never a half-written one. Large outputs are streamed to the
 * temporary file in chunks, so no whole document needs to sit in memory.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { TextSink } from "./xml.js";

/** Buffers text and writes it to a file descriptor in chunks of about a megabyte. */
class FileSink implements TextSink {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly fd: number) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) this.flush();
  }

  flush(): void {
    if (!this.parts.length) return;
    writeSync(this.fd, this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
}

/** A file to write: its path and a function that writes its content to a sink. */
export interface FileToWrite {
  path: string;
  write(sink: TextSink): void;
}

function tempPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

/**
 * Writes several files so that either all of them are replaced or none is: every temporary file is written
 * first, and the renames happen only once all writes have succeeded.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  const temps: Array<{ temp: string; path: string }> = [];
  try {
    for (const { path, write } of files) {
      await mkdir(dirname(path), { recursive: true });
      const temp = tempPathOf(path);
      temps.push({ temp, path });
      const fd = openSync(temp, "w");
      try {
        const sink = new FileSink(fd);
        write(sink);
        sink.flush();
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, path } of temps) await rename(temp, path);
}

/** Writes `content` to `path` atomically (temp file + rename in the same folder). */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await writeFilesAtomic([{ path, write: (sink) => sink.write(content) }]);
}

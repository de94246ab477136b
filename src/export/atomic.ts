/**
 * Atomic file writes: write to a temporary file beside the target, then rename over it. A crash or an error
 * mid-write leaves the previous file intact, never a half-written one.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Writes `content` to `path` atomically (temp file + rename in the same folder). */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes several files so that either all of them are replaced or none is: every temp file is written first,
 * and the renames happen only once all writes have succeeded.
 */
export async function writeFilesAtomic(files: ReadonlyArray<{ path: string; content: string | Uint8Array }>): Promise<void> {
  const temps: Array<{ temp: string; path: string }> = [];
  try {
    for (const { path, content } of files) {
      const dir = dirname(path);
      await mkdir(dir, { recursive: true });
      const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
      temps.push({ temp, path });
      await writeFile(temp, content);
    }
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, path } of temps) await rename(temp, path);
}

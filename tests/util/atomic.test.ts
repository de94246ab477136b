/**
 * Atomic writes: the files written together replace the previous ones only once every one of them is complete;
 * a write that fails leaves the previous files as they were and no temporary file behind.
 */
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ChunkSink, writeFileAtomic, writeFilesTogether } from "../../src/util/atomic.js";

let dir: string;
const paths = () => [join(dir, "a.txt"), join(dir, "b.txt")];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "kgraph-atomic-"));
});

describe("writeFilesTogether", () => {
  it("replaces every file, whatever the old and new lengths, and leaves no temporary file", async () => {
    await writeFilesTogether(paths(), (sinks) => sinks.forEach((sink, i) => sink.write(`first ${i}, rather long`)));
    await writeFilesTogether(paths(), ([a, b]) => {
      b!.write("second b");
      a!.write("second a");
    });
    expect(await readFile(paths()[0]!, "utf8")).toBe("second a");
    expect(await readFile(paths()[1]!, "utf8")).toBe("second b");
    expect(await readdir(dir)).toEqual(["a.txt", "b.txt"]);
  });

  it("leaves the previous files untouched and no temporary file when the write fails", async () => {
    await writeFilesTogether(paths(), (sinks) => sinks.forEach((sink) => sink.write("kept")));
    await expect(
      writeFilesTogether(paths(), ([a]) => {
        a!.write("x".repeat(5 << 20)); // past one buffer: part of it reached the temporary file
        throw new Error("encoder failed");
      }),
    ).rejects.toThrow("encoder failed");
    expect(await readFile(paths()[0]!, "utf8")).toBe("kept");
    expect(await readFile(paths()[1]!, "utf8")).toBe("kept");
    expect(await readdir(dir)).toEqual(["a.txt", "b.txt"]);
  });

  it("writes bytes encoded ahead in a ChunkSink between text, in order, across buffer boundaries", async () => {
    const ahead = new ChunkSink();
    const piece = "é".repeat(40_000); // two bytes a character: a hundred pieces fill more than one chunk
    const long = piece.repeat(100);
    ahead.write("middle ");
    for (let i = 0; i < 100; i++) ahead.write(piece);
    const chunks = ahead.finish();
    expect(chunks.length).toBeGreaterThan(1);
    await writeFilesTogether([join(dir, "c.txt")], ([sink]) => {
      sink!.write("start ");
      sink!.writeBytes(chunks);
      sink!.write(" end");
    });
    expect(await readFile(join(dir, "c.txt"), "utf8")).toBe(`start middle ${long} end`);
  });
});

describe("writeFileAtomic", () => {
  it("makes the folders it needs and writes the text as UTF-8", async () => {
    const path = join(dir, "deep", "er", "file.json");
    await writeFileAtomic(path, '{"name":"Ким"}');
    expect(await readFile(path, "utf8")).toBe('{"name":"Ким"}');
  });
});

/**
 * Atomic writes with spares: each write replaces its files whole, keeps the replaced ones in the spares folder,
 * and the next write overwrites a spare in place (cut to its new length), never a live file.
 */
import { statSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { writeFilesTogether } from "../../src/export/atomic.js";

let dir: string;
let spares: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "kgraph-atomic-"));
  spares = join(dir, ".cache", "spares");
});

const paths = () => [join(dir, "a.txt"), join(dir, "b.txt")];
const write = (texts: readonly string[]) =>
  writeFilesTogether(paths(), (sinks) => sinks.forEach((sink, i) => sink.write(texts[i]!)), { spares });
const read = () => Promise.all(paths().map((path) => readFile(path, "utf8")));
const inode = (path: string) => statSync(path).ino;

describe("writeFilesTogether with spares", () => {
  it("keeps each replaced file as a spare and writes the next version into it, whatever their lengths", async () => {
    await write(["first a, rather long", "first b"]);
    expect(await read()).toEqual(["first a, rather long", "first b"]);
    expect(await readdir(dir)).toEqual(["a.txt", "b.txt"]); // no spare yet: nothing was replaced

    await write(["second a", "second b, the longest of all"]);
    expect(await read()).toEqual(["second a", "second b, the longest of all"]);
    expect(await readFile(join(spares, "a.txt"), "utf8")).toBe("first a, rather long");
    const spareA = inode(join(spares, "a.txt"));
    const liveA = inode(paths()[0]!);

    // The third version goes into the first one's file: shorter than it for a (cut), longer for b (grown).
    await write(["third a", "third b, longer than the first"]);
    expect(await read()).toEqual(["third a", "third b, longer than the first"]);
    expect(inode(paths()[0]!)).toBe(spareA);
    expect(inode(join(spares, "a.txt"))).toBe(liveA);
    expect(await readFile(join(spares, "a.txt"), "utf8")).toBe("second a");
    expect((await readdir(dir)).sort()).toEqual([".cache", "a.txt", "b.txt"]); // no temporary file left behind
  });

  it("leaves the live files and the spares untouched by a write that fails", async () => {
    await write(["one a", "one b"]);
    await write(["two a", "two b"]);
    const failing = writeFilesTogether(
      paths(),
      (sinks) => {
        sinks[0]!.write("three a");
        throw new Error("encoder failed");
      },
      { spares },
    );
    await expect(failing).rejects.toThrow("encoder failed");
    expect(await read()).toEqual(["two a", "two b"]);
    expect((await readdir(dir)).sort()).toEqual([".cache", "a.txt", "b.txt"]);
    // The spare taken for the failed write is gone with it; the next write makes a new file and still works.
    await write(["four a", "four b"]);
    expect(await read()).toEqual(["four a", "four b"]);
  });

  it("works when a spare was removed or replaced by a user's file, and leaves a folder in its place alone", async () => {
    await write(["one a", "one b"]);
    await write(["two a", "two b"]);
    await writeFile(join(spares, "a.txt"), "x".repeat(10_000));
    await rm(join(spares, "b.txt"));
    await mkdir(join(spares, "b.txt", "inside"), { recursive: true });
    await write(["three a", "three b"]);
    expect(await read()).toEqual(["three a", "three b"]);
    expect(await readdir(join(spares, "b.txt"))).toEqual(["inside"]);
  });
});

describe("a file sink's byte ranges", () => {
  it("interleave with text in order, short ones copied and long ones written as they are", async () => {
    const big = Buffer.alloc(3 << 20);
    for (let i = 0; i < big.length; i++) big[i] = 97 + (i % 26);
    const path = join(dir, "ranges.txt");
    await writeFilesTogether([path], ([sink]) => {
      sink!.write("<");
      sink!.writeRange(big, 5, 9);
      sink!.write("|");
      sink!.writeRange(big, 100, big.length - 100);
      sink!.write("é>");
      sink!.writeRange(big, 0, 3);
    });
    const expected = `<${big.toString("latin1", 5, 9)}|${big.toString("latin1", 100, big.length - 100)}é>abc`;
    expect(await readFile(path, "utf8")).toBe(expected);
  });
});

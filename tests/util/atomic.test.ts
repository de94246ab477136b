/**
 * Atomic writes: the files written together replace the previous ones only once every one of them is complete;
 * a write that fails leaves the previous files as they were and no temporary file behind; a write killed
 * between its renames is finished by the next; output folders are checked before any work is done for them.
 */
import { existsSync, statSync } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { OutputError } from "../../src/errors.js";
import {
  ChunkSink,
  finishInterruptedWrites,
  makeFolder,
  prepareOutputFolder,
  writeFileAtomic,
  writeFilesTogether,
} from "../../src/util/atomic.js";

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

describe("output folders", () => {
  it("are made one level at a time, and a file in the way or a folder that cannot be made is named", async () => {
    makeFolder(join(dir, "a", "b", "c"));
    expect(statSync(join(dir, "a", "b", "c")).isDirectory()).toBe(true);
    await writeFile(join(dir, "file"), "x");
    expect(() => makeFolder(join(dir, "file", "inside"))).toThrow(OutputError);
    expect(() => makeFolder(join(dir, "file", "inside"))).toThrow(
      `"${join(dir, "file")}" is a file where a folder is needed`,
    );
  });

  it.runIf(existsSync("/proc/self"))("fail at once under /proc, where Node's recursive mkdir never returns", () => {
    expect(() => makeFolder("/proc/kgraph-out/graph")).toThrow(/cannot make the folder "\/proc\/kgraph-out"/);
    expect(() => prepareOutputFolder("/proc/self")).toThrow(/cannot write into "\/proc\/self"/);
  });

  it("finish the renames of a write killed between them, and drop the temporary files of runs that are gone", async () => {
    // What a run (process 999999999, gone) leaves when killed after renaming the first of three files.
    const dead = 999_999_999;
    await writeFile(join(dir, "graph.json"), "new json");
    await writeFile(join(dir, "graph.gexf"), "old gexf");
    await writeFile(join(dir, "graph.graphml"), "old graphml");
    await writeFile(join(dir, `.graph.gexf.${dead}.1.tmp`), "new gexf");
    await writeFile(join(dir, `.graph.graphml.${dead}.1.tmp`), "new graphml");
    const renames = ["json", "gexf", "graphml"].map((f) => [`.graph.${f}.${dead}.1.tmp`, `graph.${f}`]);
    await writeFile(join(dir, ".kgraph-renames.json"), JSON.stringify({ pid: dead, renames }));
    // A temporary file of another dead run, never renamed, and one of this (running) process.
    await writeFile(join(dir, `.graph.json.${dead}.2.tmp`), "half");
    await writeFile(join(dir, `.graph.json.${process.pid}.3.tmp`), "being written");
    prepareOutputFolder(dir);
    for (const f of ["json", "gexf", "graphml"])
      expect(await readFile(join(dir, `graph.${f}`), "utf8")).toBe(`new ${f}`);
    expect((await readdir(dir)).sort()).toEqual([
      `.graph.json.${process.pid}.3.tmp`,
      "graph.gexf",
      "graph.graphml",
      "graph.json",
    ]);
  });

  it("leave alone the renames of a run still going", async () => {
    await writeFile(join(dir, ".graph.json.1.1.tmp"), "other run's");
    await writeFile(
      join(dir, ".kgraph-renames.json"),
      JSON.stringify({ pid: process.pid, renames: [[".graph.json.1.1.tmp", "graph.json"]] }),
    );
    finishInterruptedWrites(dir);
    expect(existsSync(join(dir, ".kgraph-renames.json"))).toBe(true);
    expect(existsSync(join(dir, "graph.json"))).toBe(false);
  });

  it("ignore a journal that names files outside the folder", async () => {
    await writeFile(join(dir, "secret"), "x");
    await writeFile(
      join(dir, ".kgraph-renames.json"),
      JSON.stringify({ pid: 999_999_999, renames: [["../secret", "graph.json"]] }),
    );
    finishInterruptedWrites(dir);
    expect(existsSync(join(dir, "graph.json"))).toBe(false);
    expect(existsSync(join(dir, ".kgraph-renames.json"))).toBe(false);
  });
});

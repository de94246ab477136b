/**
 * The gazetteer's tables as `npm run build` stores them: read back they are the tables built from the lexicon
 * and the lists; tables built from other sources are not used.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTables, readTables, writeGazetteerData } from "../../src/nlp/ner/gazetteer.js";

describe("stored gazetteer tables", () => {
  it("read back as the tables built from the sources", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "kgraph-gaz-")), "tables.json");
    writeGazetteerData(path);
    const stored = readTables(path);
    const built = buildTables();
    expect(stored).toBeDefined();
    expect(stored!.words.size).toBeGreaterThan(20_000);
    expect(stored!.words).toEqual(built.words);
    expect(stored!.phrases).toEqual(built.phrases);
  });

  it("are not used when built from other sources, or unreadable", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "kgraph-gaz-")), "tables.json");
    writeGazetteerData(path);
    const stored = JSON.parse(await readFile(path, "utf8"));
    await writeFile(path, JSON.stringify({ ...stored, sources: "another lexicon" }));
    expect(readTables(path)).toBeUndefined();
    await writeFile(path, "{ not json");
    expect(readTables(path)).toBeUndefined();
    expect(readTables(join(path, "missing"))).toBeUndefined();
  });

  const compiled = resolve(import.meta.dirname, "../../dist/nlp/ner/gazetteer-tables.json");
  it.runIf(existsSync(compiled))("that npm run build wrote are current", () => {
    expect(readTables(compiled)?.words).toEqual(buildTables().words);
  });
});

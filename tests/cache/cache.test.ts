import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, writeFile, appendFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { toJSON } from "../../src/export/index.js";
import { CACHE_FILE, CACHE_HEADER, documentKey, ExtractionCache, fingerprintOf } from "../../src/cache/index.js";
import { readCorpus } from "../../src/corpus/index.js";
import { resolveSettings } from "../../src/settings.js";
import { buildGraph, extractAll } from "../../src/pipeline.js";
import type { DocumentExtraction } from "../../src/types.js";
import { repoRoot } from "../shared-data.js";

let corpus: string;
let cacheDir: string;

beforeEach(async () => {
  const dir = await mkdtemp(join(tmpdir(), "kgraph-cache-"));
  corpus = join(dir, "corpus");
  cacheDir = join(dir, "cache");
  await cp(join(repoRoot, "corpus"), corpus, { recursive: true });
  await writeFile(
    join(corpus, "summit.txt"),
    "Summit in Geneva\n\nAngela Merkel met Emmanuel Macron in Geneva on Tuesday. Merkel praised France.",
  );
});

const cacheFile = () => join(cacheDir, CACHE_FILE);

/** The entry lines of the cache file (its header checked). */
async function entryLines(): Promise<string[]> {
  const [header, ...lines] = (await readFile(cacheFile(), "utf8")).split("\n").filter(Boolean);
  expect(header).toBe(CACHE_HEADER);
  return lines;
}

async function build(useCache = true) {
  const warnings: string[] = [];
  const result = await buildGraph(corpus, { cacheDir, useCache, onWarning: (w) => warnings.push(w) });
  return { result, json: toJSON(result.graph), warnings };
}

describe("the extraction cache", () => {
  it("re-extracts only the changed article, and the graph equals a fresh build", async () => {
    const first = await build();
    expect(first.result).toMatchObject({ extracted: 3, cached: 0 });
    const again = await build();
    expect(again.result).toMatchObject({ extracted: 0, cached: 3 });
    expect(again.json).toBe(first.json);

    await appendFile(join(corpus, "summit.txt"), " Macron flew on to Berlin.");
    const changed = await build();
    expect(changed.result).toMatchObject({ extracted: 1, cached: 2 });
    const fresh = await build(false);
    expect(fresh.result).toMatchObject({ extracted: 3, cached: 0 });
    expect(changed.json).toBe(fresh.json);
    expect(changed.json).toContain("Berlin");
  });

  it("drops a deleted article's entities, and its cache entry", async () => {
    await build();
    await rm(join(corpus, "summit.txt"));
    const after = await build();
    expect(after.result).toMatchObject({ extracted: 0, cached: 2 });
    expect(after.json).not.toContain("Emmanuel Macron");
    expect(after.json).toBe((await build(false)).json);
    expect(await entryLines()).toHaveLength(2);
  });

  it("ignores a corrupt cache entry with a warning naming it, and redoes that document", async () => {
    const first = await build();
    const lines = await entryLines();
    const key = lines[0]!.slice(0, lines[0]!.indexOf(" "));
    await writeFile(
      cacheFile(),
      [CACHE_HEADER, `${key} {"sentences": [{"start": 0, "truncated…`, ...lines.slice(1)].join("\n"),
    );
    const again = await build();
    expect(again.result).toMatchObject({ extracted: 1, cached: 2 });
    expect(again.warnings).toEqual([
      expect.stringMatching(new RegExp(`extraction cache entry ${key} in .* is corrupt .*; re-extracting `)),
    ]);
    expect(again.json).toBe(first.json);
    // The redone entry is valid again.
    expect((await entryLines()).find((l) => l.startsWith(key))).toMatch(/^\w+ \{.*\}$/);
    expect((await build()).result).toMatchObject({ extracted: 0, cached: 3 });
  });

  // Valid JSON that does not fit its document: each is reported and its document extracted again.
  const damages: Array<[string, (entry: Omit<DocumentExtraction, "document">) => void, RegExp]> = [
    ["a mention past the text's end", (x) => (x.mentions[0]!.end = 9_999_999), /mention at \d+-9999999 is outside/],
    ["a mention whose text is not the text's", (x) => (x.mentions[0]!.text = "Someone Else"), /is not in the text/],
    ["a sentence past the text's end", (x) => (x.sentences[0] = { start: 0, end: 99_999 }), /sentence at 0-99999/],
    ["a relation to a sentence it lacks", (x) => (x.relations[0]!.sentence = 10_000), /sentence #10000/],
    ["a relation to an unknown entity", (x) => (x.relations[0]!.target = "nobody"), /names no entity/],
    [
      "a quotation past the text's end",
      (x) => (x.quotes = [{ quote: { start: 0, end: 9_999_999 }, how: "none", about: [] }]),
      /quotation at 0-9999999 is outside/,
    ],
    [
      "a quotation by an unknown entity",
      (x) => (x.quotes = [{ quote: { start: 0, end: 1 }, speaker: "nobody", how: "named", about: [] }]),
      /a quotation names no entity/,
    ],
  ];
  for (const [what, damage, warning] of damages) {
    it(`ignores an entry that does not fit its document (${what}), with a warning`, async () => {
      const first = await build();
      const lines = await entryLines();
      const damaged = lines.map((line) => {
        const space = line.indexOf(" ");
        const entry = JSON.parse(line.slice(space + 1));
        damage(entry);
        return `${line.slice(0, space)} ${JSON.stringify(entry)}`;
      });
      await writeFile(cacheFile(), [CACHE_HEADER, ...damaged].join("\n"));
      const again = await build();
      expect(again.result).toMatchObject({ extracted: 3, cached: 0 });
      expect(again.warnings).toHaveLength(3);
      expect(again.warnings[0]).toMatch(warning);
      expect(again.json).toBe(first.json);
    });
  }

  it("removes the folders of the former one-file-per-entry cache", async () => {
    await mkdir(join(cacheDir, "ab"), { recursive: true });
    await writeFile(join(cacheDir, "ab", "ab12.json"), "{}");
    await build();
    expect(existsSync(join(cacheDir, "ab"))).toBe(false);
    expect(await entryLines()).toHaveLength(3);
  });

  it("reads nothing from a file of another format, and says so", async () => {
    await build();
    await writeFile(cacheFile(), "something else\n");
    const again = await build();
    expect(again.result).toMatchObject({ extracted: 3, cached: 0 });
    expect(again.warnings).toEqual([expect.stringContaining(`is not a ${CACHE_HEADER} file`)]);
  });

  it("says so when the file is from another version of the cache format, and extracts everything again", async () => {
    await build();
    await writeFile(cacheFile(), `kgraph-extraction-cache/3\n${(await entryLines()).join("\n")}`);
    const again = await build();
    expect(again.result).toMatchObject({ extracted: 3, cached: 0 });
    expect(again.warnings).toEqual([
      expect.stringContaining("is in another format (kgraph-extraction-cache/3, from another kgraph version)"),
    ]);
  });

  it("is not used by a build with another alias table", async () => {
    await build();
    const other = await buildGraph(corpus, { cacheDir, aliases: [{ name: "Geneva", aliases: ["Genève"] }] });
    expect(other).toMatchObject({ extracted: 3, cached: 0 });
  });

  it("keeps what a build extracted when it stops before saving, and a line torn by the stop spoils only itself", async () => {
    await build();
    // A build that extracts everything and is killed before `save`: its entries were appended as they came.
    await rm(cacheFile());
    const { extractions } = await extractAll((await readCorpus(corpus)).documents, resolveSettings({}));
    const fingerprint = await fingerprintOf(resolveSettings({}));
    const stopped = new ExtractionCache(cacheDir, fingerprint);
    const keys = extractions.map((x) => documentKey(x.document, fingerprint));
    stopped.put(extractions[0]!);
    await appendFile(cacheFile(), `\n${keys[1]} {"s":[0,`); // torn mid-write
    stopped.put(extractions[2]!);
    const warnings: string[] = [];
    const reader = new ExtractionCache(cacheDir, fingerprint, { onWarning: (w) => warnings.push(w) });
    expect(reader.get(extractions[0]!.document)?.mentions).toEqual(extractions[0]!.mentions);
    expect(reader.get(extractions[2]!.document)?.relations).toEqual(extractions[2]!.relations);
    expect(reader.get(extractions[1]!.document)).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining(`entry ${keys[1]} in`)]);
    expect((await build()).result).toMatchObject({ extracted: 1, cached: 2 });
  });

  it("gives back every extraction as it was made, fields in the same order", async () => {
    const { extractions } = await extractAll((await readCorpus(corpus)).documents, resolveSettings({}));
    const fingerprint = await fingerprintOf(resolveSettings({}));
    const writer = new ExtractionCache(cacheDir, fingerprint);
    for (const x of extractions) writer.put(x);
    await writer.save();
    const reader = new ExtractionCache(cacheDir, fingerprint);
    // The seed articles have entities with alias-table names, roles and one-word names: every stored field.
    const entities = extractions.flatMap((x) => x.entities);
    expect(
      entities.some((e) => e.canonical) && entities.some((e) => e.shortName) && entities.some((e) => e.roles.length),
    ).toBe(true);
    for (const x of extractions) {
      const cached = reader.get(x.document);
      expect(JSON.stringify(cached)).toBe(JSON.stringify(x));
    }
  });
});

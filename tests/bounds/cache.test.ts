/**
 * Bound cuts survive the extraction cache: a rebuild from the cache reports the same cuts as the first build,
 * and an entry whose cuts do not fit its document is refused (redone).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExtractionCache } from "../../src/cache/index.js";
import { extractDocument } from "../../src/extract/index.js";
import { getRecogniser } from "../../src/nlp/index.js";
import { createAliasIndex } from "../../src/resolve/index.js";
import { nameList } from "../../src/scripts/document-shapes.js";

describe("bound cuts in the extraction cache", () => {
  it("are stored and read back as extracted, and refused when they do not fit the document", async () => {
    const context = { recogniser: await getRecogniser(), aliases: createAliasIndex() };
    const document = { id: "names.txt", path: "names.txt", title: "names", text: nameList(20_000) };
    const fresh = extractDocument(document, context);
    expect(fresh.bounds?.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), "kgraph-bounds-cache-"));
    const cache = new ExtractionCache(dir, "f");
    cache.put(fresh);
    await cache.save();
    expect(new ExtractionCache(dir, "f").get(document)).toEqual(fresh);

    // The same entry with a cut past the end of the text, as a damaged file could hold: not trusted.
    const damaged = new ExtractionCache(dir, "f");
    damaged.put({ ...fresh, bounds: [{ bound: "pair-cap", start: document.text.length + 1 }] });
    await damaged.save();
    const warnings: string[] = [];
    expect(new ExtractionCache(dir, "f", { onWarning: (w) => warnings.push(w) }).get(document)).toBeUndefined();
    expect(warnings.join("\n")).toMatch(/bound cut at \d+ is outside the document/);
  });
});

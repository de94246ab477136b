import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runExtract } from "../../src/cli/commands/extract.js";

describe("kgraph extract --json", () => {
  it("marks demonyms as adjectival and works by their type, apart from names", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "kgraph-extract-")), "a.txt");
    await writeFile(file, "Russian troops entered Kursk. Putin watched the film Titanic on his Xbox 360 console.\n");
    const { lines } = await runExtract(file);
    const byText = new Map(lines[0]!.mentions.map((m) => [m.text, m]));
    expect(byText.get("Russian")).toMatchObject({ type: "place", entity: "Russia", adjectival: true });
    // "the film Titanic": the mention's own words make it a work, whatever the recogniser read.
    expect(byText.get("Titanic")).toMatchObject({ type: "misc", entityType: "misc" });
    expect(byText.get("Titanic")).not.toHaveProperty("adjectival");
    expect(byText.get("Putin")).toMatchObject({ type: "person", entityType: "person" });
  });
});

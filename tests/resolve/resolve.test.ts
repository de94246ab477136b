import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SettingsError } from "../../src/errors.js";
import { isEntity } from "../../src/graph/schema.js";
import { buildGraph } from "../../src/pipeline.js";
import { findEntity } from "../../src/query/index.js";
import { readAliasFile } from "../../src/resolve/alias-index.js";
import type { CorpusDocument } from "../../src/types.js";

const doc = (id: string, text: string): CorpusDocument => ({ id, path: id, title: id, text });

async function labels(docs: CorpusDocument[], aliases: Parameters<typeof buildGraph>[1] = {}) {
  const { graph } = await buildGraph(docs, aliases);
  const out: Record<string, { type: string; aliases: string[] }> = {};
  graph.forEachNode((_n, a) => {
    if (isEntity(a)) out[a.label] = { type: a.entityType, aliases: a.aliases };
  });
  return { graph, entities: out };
}

describe("resolution across documents", () => {
  it("joins a bare surname to the corpus's only full name that fits", async () => {
    const { entities } = await labels([
      doc("a.txt", "Russian President Vladimir Putin visited Beijing on Monday."),
      doc("b.txt", "In Moscow, Putin said the talks had gone well."),
    ]);
    expect(entities["Vladimir Putin"]?.aliases).toEqual(expect.arrayContaining(["Putin", "Vladimir Putin"]));
    expect(entities.Putin).toBeUndefined();
  });

  it("keeps apart people who share a surname, and a bare surname that could be either", async () => {
    const { entities } = await labels([
      doc("a.txt", "Kim Jong Un met South Korean officials in Seoul."),
      doc("b.txt", "Kim Ju Ae, his daughter, appeared at a parade in Pyongyang."),
      doc("c.txt", "Kim waved to the crowd in Pyongyang."),
    ]);
    // Each name is written once; the bare "Kim" of c.txt fits both full names, so it stays an entity of its own.
    expect([entities["Kim Jong Un"], entities["Kim Ju Ae"], entities.Kim]).toEqual([
      { type: "person", aliases: ["Kim Jong Un"] },
      { type: "person", aliases: ["Kim Ju Ae"] },
      { type: "person", aliases: ["Kim"] },
    ]);
  });

  it("joins an acronym defined in the text to its expansion", async () => {
    const { graph } = await labels([
      doc(
        "a.txt",
        "The International Atomic Energy Agency (IAEA) sent inspectors to Iran. The IAEA said access was limited.",
      ),
    ]);
    const node = findEntity(graph, "IAEA");
    expect(graph.getNodeAttribute(node, "label")).toBe("International Atomic Energy Agency");
  });
});

describe("user alias files", () => {
  it("reads YAML maps and lists, and merges their aliases in a build", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kgraph-aliases-"));
    const file = join(dir, "aliases.yaml");
    await writeFile(file, "Korean People's Army:\n  type: organization\n  aliases: [KPA]\nKim Ju Ae: [Ju Ae]\n");
    const entries = readAliasFile(file);
    expect(entries).toEqual([
      { name: "Korean People's Army", type: "organization", aliases: ["KPA"] },
      { name: "Kim Ju Ae", aliases: ["Ju Ae"] },
    ]);
    const { entities } = await labels([doc("a.txt", "Soldiers of the KPA marched past Kim Jong Un in Pyongyang.")], {
      aliases: entries,
    });
    // "KPA" is the only form in the text: the entry gives its name, type and the alias.
    expect(entities["Korean People's Army"]).toEqual({
      type: "organization",
      aliases: ["KPA", "Korean People's Army"],
    });
    expect(entities.KPA).toBeUndefined();
  });

  it("names the file and the problem when an alias file is malformed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kgraph-aliases-"));
    const file = join(dir, "bad.yaml");
    await writeFile(file, "Somebody:\n  type: planet\n  aliases: [X]\n");
    expect(() => readAliasFile(file)).toThrow(SettingsError);
    expect(() => readAliasFile(file)).toThrow(/bad\.yaml": entry "Somebody": type must be one of person, place/);
  });
});

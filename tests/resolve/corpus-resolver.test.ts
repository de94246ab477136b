/**
 * Corpus resolution does not depend on the order documents are added in (a build adds the cached ones while its
 * workers extract the rest): the same entities, labels, aliases, roles and short-name merges; where documents
 * give one key different canonical names, the later document in the corpus wins.
 */
import { describe, expect, it } from "vitest";
import type { LocalEntity } from "../../src/resolve/document.js";
import { CorpusResolver, resolveCorpus } from "../../src/resolve/corpus.js";

const person = (key: string, forms: Record<string, number>, extra: Partial<LocalEntity> = {}): LocalEntity => ({
  key,
  forms,
  types: { person: 1 },
  roles: [],
  ...extra,
});

const documents: LocalEntity[][] = [
  [
    person("vladimir putin", { "Vladimir Putin": 2, Putin: 1 }, { roles: ["President"] }),
    { key: "kremlin", forms: { Kremlin: 1 }, types: { organization: 1 }, roles: [] },
  ],
  [
    person("putin", { Putin: 3 }, { shortName: true }),
    { key: "kremlin", forms: { Kremlin: 2 }, types: { place: 1 }, roles: [], canonical: "The Kremlin" },
  ],
  [
    person("vladimir putin", { "Vladimir V. Putin": 1 }, { roles: ["Leader"] }),
    { key: "kremlin", forms: { kremlin: 1 }, types: { organization: 2 }, roles: [], canonical: "Kremlin (Moscow)" },
  ],
  [person("kim jong un", { "Kim Jong Un": 1, "Kim Jong-un": 1 })],
];

describe("CorpusResolver", () => {
  it("resolves documents added in any order as resolveCorpus does in corpus order", () => {
    const inOrder = resolveCorpus(documents);
    for (const order of [
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ]) {
      const resolver = new CorpusResolver();
      for (const position of order) resolver.add(position, documents[position]!);
      const resolution = resolver.finish();
      expect([...resolution.entities.entries()]).toEqual([...inOrder.entities.entries()]);
      expect(new Map([...resolution.canonicalKey].sort())).toEqual(new Map([...inOrder.canonicalKey].sort()));
    }
  });

  it("takes the canonical name of the latest document in the corpus, merges a short name, and sorts aliases and roles", () => {
    const { entities, canonicalKey } = resolveCorpus(documents);
    expect(entities.get("kremlin")?.label).toBe("Kremlin (Moscow)");
    expect(canonicalKey.get("putin")).toBe("vladimir putin");
    expect(entities.get("vladimir putin")).toMatchObject({
      label: "Vladimir Putin",
      entityType: "person",
      roles: ["Leader", "President"],
    });
    expect(entities.get("vladimir putin")?.aliases).toEqual(["Putin", "Vladimir Putin", "Vladimir V. Putin"]);
  });
});

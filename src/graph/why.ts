/**
 * Why each alias belongs to its entity: the rule that joined it and the first document (corpus order) and offsets
 * where it did. The rules are recorded where they act (document resolution on each mention, corpus resolution on
 * each folded key); this module reads them back per alias, so that `kgraph why` and the viewer can say
 * "Putin — surname in the same document, joined in doc:…".
 */
import type { AliasJoin, JoinRule } from "../contract.js";
import { nameKey, type AliasIndex, type CorpusResolution } from "../resolve/index.js";
import type { DocumentExtraction } from "../types.js";
import { documentNodeKey } from "./schema.js";

/** Each rule in words. */
export const JOIN_RULE_TEXT: Readonly<Record<JoinRule, string>> = {
  "same-name": "the same name (spelling, case or hyphens aside)",
  "known-alias": "a known alias (alias table)",
  acronym: "acronym defined in the text",
  initials: "initials of a name in the same document",
  "long-form": "the text's longer form of the name",
  "short-form": "short form of a longer name in the same document",
  surname: "surname or first name of a person named in full in the same document",
  "corpus-short-form": "short name that one full name of the corpus explains",
  "middle-initial": "the same name without its middle initial",
  nickname: "familiar form of the given name",
  "connective-variant": "the same name with other connecting words (of, for, and, &)",
  curation: "user curation",
};

/**
 * Sets `joins` on every entity of the resolution: one entry per alias other than the label, in alias order. An
 * alias seen in the text takes the rule of its first mention (documents in corpus order); one that no mention
 * spelled is a name of the alias table or a longer form the text gave.
 */
export function explainAliases(
  extractions: readonly DocumentExtraction[],
  resolution: CorpusResolution,
  aliases: AliasIndex,
): void {
  const first = new Map<string, AliasJoin>(); // corpus key + "\n" + alias → its first join
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (m.adjectival) continue;
      const key = resolution.canonicalKey.get(m.entity) ?? m.entity;
      const id = `${key}\n${m.text}`;
      if (first.has(id)) continue;
      const rule: JoinRule =
        m.joined ?? (m.entity !== key ? (resolution.joinedBy.get(m.entity) ?? "corpus-short-form") : "same-name");
      first.set(id, {
        ...joinOf(m.text, rule, aliases),
        document: documentNodeKey(x.document.id),
        start: m.start,
        end: m.end,
      });
    }
  }
  for (const [key, entity] of resolution.entities) {
    const joins: AliasJoin[] = [];
    for (const alias of entity.aliases) {
      if (alias === entity.label) continue;
      const seen = first.get(`${key}\n${alias}`);
      if (seen) joins.push(seen);
      else if (aliases.lookup(alias)) joins.push(joinOf(alias, "known-alias", aliases));
      else joins.push(joinOf(alias, nameKey(alias) === key ? "same-name" : "long-form", aliases));
    }
    if (joins.length) entity.joins = joins;
  }
}

/** The join of an alias by a rule, worded, with the alias table's reason for a known alias when it has one. */
export function joinOf(alias: string, rule: JoinRule, aliases?: AliasIndex): AliasJoin {
  const reason = rule === "known-alias" ? aliases?.lookup(alias)?.reason : undefined;
  return { alias, rule, why: reason ? `${JOIN_RULE_TEXT[rule]}: ${reason}` : JOIN_RULE_TEXT[rule] };
}

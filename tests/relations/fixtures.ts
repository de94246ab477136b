/**
 * Builds RelationDocuments from real corpus articles with hand-made mentions at their real offsets:
 * a mention is named by its text inside an anchor phrase that occurs once in the article.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { splitSentences, tokenize } from "../../src/nlp/tokenize.js";
import type { RelationDocument, RelationMention } from "../../src/relations/typed/types.js";
import type { EntityType } from "../../src/types.js";

/** A hand-made mention: `text` found inside `anchor` (default: the text itself). */
export interface MentionSpec {
  text: string;
  anchor?: string;
  entity: string;
  type: EntityType;
  role?: string;
  adjectival?: boolean;
}

/** Reads `corpus/<file>` from the repository. */
export function corpusText(file: string): string {
  return readFileSync(resolve(import.meta.dirname, "../../corpus", file), "utf8");
}

/** A RelationDocument over `text` with the given mentions (throws when an anchor is missing or repeated). */
export function relationDocument(text: string, specs: readonly MentionSpec[]): RelationDocument {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const mentions: RelationMention[] = specs.map((spec) => {
    const anchor = spec.anchor ?? spec.text;
    const at = text.indexOf(anchor);
    if (at < 0 || text.indexOf(anchor, at + 1) >= 0) throw new Error(`anchor "${anchor}" must occur exactly once`);
    const within = anchor.indexOf(spec.text);
    if (within < 0) throw new Error(`"${spec.text}" is not inside "${anchor}"`);
    const start = at + within;
    const end = start + spec.text.length;
    const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
    const m: RelationMention = { start, end, text: spec.text, entityType: spec.type, entity: spec.entity, sentence };
    if (spec.role) m.role = spec.role;
    if (spec.adjectival) m.adjectival = true;
    return m;
  });
  mentions.sort((a, b) => a.start - b.start);
  return { text, tokens, sentences, mentions };
}

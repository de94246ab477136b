/**
 * The per-document stage: recognise → clean → resolve within the document → relate.
 * A pure function of the document, the recogniser and the alias table, so its result can be cached and sharded.
 */
import type { AliasIndex } from "../resolve/alias-index.js";
import { cleanMentions } from "../resolve/clean.js";
import { resolveDocument } from "../resolve/document.js";
import { cooccurrences } from "../relations/cooccurrence.js";
import type { CorpusDocument, Recogniser } from "../types.js";
import type { DocumentExtraction, ExtractedMention } from "./types.js";

export type { DocumentExtraction, ExtractedMention } from "./types.js";

/** What per-document extraction needs besides the document. */
export interface ExtractionContext {
  recogniser: Recogniser;
  aliases: AliasIndex;
}

/** Extracts the entities, mentions and relations of one document. */
export function extractDocument(document: CorpusDocument, context: ExtractionContext): DocumentExtraction {
  const { text } = document;
  const recognition = context.recogniser.recognise(text);
  const cleaned = cleanMentions(text, recognition.tokens, recognition.mentions);
  const resolution = resolveDocument(text, cleaned, context.aliases);
  const mentions: ExtractedMention[] = [];
  let ambiguous = 0;
  for (const m of resolution.mentions) {
    if (!m.entity) {
      ambiguous++;
      continue;
    }
    const mention: ExtractedMention = { start: m.start, end: m.end, text: m.text, entity: m.entity, entityType: m.entityType };
    if (m.adjectivalOf) mention.adjectival = true;
    if (m.role) mention.role = m.role;
    mentions.push(mention);
  }
  const mentionSentences = resolution.mentions.map((m) => ({ entity: m.entity, sentence: m.sentence }));
  const relations = cooccurrences(mentionSentences);
  let words = 0;
  for (const t of recognition.tokens) if (/[\p{L}\p{N}]/u.test(t.text)) words++;
  return {
    document,
    sentences: recognition.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: resolution.entities,
    mentions,
    relations,
    words,
    ambiguous,
  };
}

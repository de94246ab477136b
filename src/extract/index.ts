/**
 * The per-document stage: recognise → clean → resolve within the document → relate (co-occurrence and typed).
 * A pure function of the document, the recogniser and the alias table, so its result can be cached and sharded.
 * Running it over a corpus (threads, order) is the scheduler's job; storing results is the cache's.
 */
import { type AliasIndex, cleanMentions, dominantType, resolveDocument } from "../resolve/index.js";
import { cooccurrences, extractTypedRelations, type RelationMention } from "../relations/index.js";
import type { CorpusDocument, DocumentExtraction, ExtractedMention, Recogniser, SentenceRelation } from "../types.js";
import { signatureOf } from "../sources/index.js";
import { readTextDates } from "../time/index.js";
import type { Tracer } from "../util/tracer.js";

/** What per-document extraction needs besides the document. */
export interface ExtractionContext {
  recogniser: Recogniser;
  aliases: AliasIndex;
}

/**
 * Extracts the entities, mentions and relations of one document. With a tracer, the seconds of its parts are
 * added to the stages "extract.recognise", "extract.resolve" and "extract.relations".
 */
export function extractDocument(
  document: CorpusDocument,
  context: ExtractionContext,
  tracer?: Tracer,
): DocumentExtraction {
  const { text } = document;
  let stop = tracer?.start("extract.recognise");
  const recognition = context.recogniser.recognise(text);
  stop?.();
  stop = tracer?.start("extract.resolve");
  const cleaned = cleanMentions(text, recognition.tokens, recognition.mentions);
  const resolution = resolveDocument(text, cleaned, context.aliases);
  stop?.();
  stop = tracer?.start("extract.relations");
  // Relations see each mention with its entity's type over the whole document, not the recogniser's label
  // for that one occurrence ("Kim Jong Un" read as an organisation in a headline is still a person).
  const typeOf = new Map(resolution.entities.map((e) => [e.key, dominantType(e.types)]));
  const mentions: ExtractedMention[] = [];
  const relationMentions: RelationMention[] = [];
  let ambiguous = 0;
  for (const m of resolution.mentions) {
    if (!m.entity) {
      ambiguous++;
      continue;
    }
    const mention: ExtractedMention = {
      start: m.start,
      end: m.end,
      text: m.text,
      entity: m.entity,
      entityType: m.entityType,
    };
    const relationMention: RelationMention = {
      ...mention,
      entityType: m.adjectivalOf ? "place" : (typeOf.get(m.entity) ?? m.entityType),
      sentence: m.sentence,
    };
    if (m.adjectivalOf) mention.adjectival = relationMention.adjectival = true;
    if (m.role) mention.role = relationMention.role = m.role;
    mentions.push(mention);
    relationMentions.push(relationMention);
  }
  const typed: SentenceRelation[] = extractTypedRelations({
    text,
    tokens: recognition.tokens,
    sentences: recognition.sentences,
    mentions: relationMentions,
  }).map(({ source, target, predicate, relationLabel, confidence, sentence, rule }) => ({
    source,
    target,
    predicate,
    relationLabel,
    confidence,
    sentence,
    rule,
  }));
  const relations = [...typed, ...cooccurrences(relationMentions)];
  stop?.();
  // Dates are read only in sentences that carry a relation: those are the only ones an event date is shown for.
  stop = tracer?.start("extract.dates");
  const sentences = recognition.sentences.map((s) => ({ start: s.start, end: s.end }));
  const dates = readTextDates(
    text,
    sentences,
    relations.map((r) => r.sentence),
    document.date,
  );
  stop?.();
  let words = 0;
  for (const t of recognition.tokens) if (/[\p{L}\p{N}]/u.test(t.text)) words++;
  return {
    document,
    sentences,
    entities: resolution.entities,
    mentions,
    relations,
    ...(dates.length ? { dates } : {}),
    // Made here, on the worker threads and cached, so that assembly only compares signatures (src/sources).
    signature: signatureOf(text),
    words,
    ambiguous,
  };
}

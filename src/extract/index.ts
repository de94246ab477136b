/**
 * The per-document stage: recognise → clean → resolve within the document → relate (co-occurrence and typed).
 * A pure function of the document, the recogniser and the alias table, so its result can be cached and sharded.
 * Running it over a corpus (threads, order) is the scheduler's job; storing results is the cache's.
 */
import { MAX_SECTION_CHARS, type BoundCut } from "../bounds.js";
import { type AliasIndex, type CleanMention, cleanMentions, dominantType, resolveDocument } from "../resolve/index.js";
import { cooccurrences, extractTypedRelations, type RelationMention } from "../relations/index.js";
import type {
  CorpusDocument,
  DocumentExtraction,
  ExtractedMention,
  Recogniser,
  Sentence,
  SentenceRelation,
  Token,
} from "../types.js";
import { findQuotes } from "../quotes/index.js";
import { signatureOf } from "../sources/index.js";
import { readTextDates } from "../time/index.js";
import type { Tracer } from "../util/tracer.js";
import { compactTokens, expandTokens, sectionsOf, type CompactTokens } from "./sections.js";

/** What per-document extraction needs besides the document. */
export interface ExtractionContext {
  recogniser: Recogniser;
  aliases: AliasIndex;
}

/** A section's share of the document after recognition: where it starts, and its sentences and tokens. */
interface RecognisedSection {
  offset: number;
  /** Index of the section's first sentence among the document's. */
  firstSentence: number;
  /** The section's sentences: character offsets in the document, token indexes in the section's tokens. */
  sentences: Sentence[];
  /** Its tokens, with offsets in the document: as objects for a one-section document, else compact. */
  tokens: Token[] | CompactTokens;
}

/**
 * Extracts the entities, mentions and relations of one document. With a tracer, the seconds of its parts are
 * added to the stages "extract.recognise", "extract.resolve" and "extract.relations".
 * A document longer than MAX_SECTION_CHARS is recognised a section at a time (see sections.ts), then resolved
 * whole, then related a section at a time again; each section boundary is recorded as a bound cut.
 */
export function extractDocument(
  document: CorpusDocument,
  context: ExtractionContext,
  tracer?: Tracer,
): DocumentExtraction {
  const { text } = document;
  // Where a bound cut work (src/bounds.ts): sections, sentences split for length, pairs dropped by relations.
  const bounds: BoundCut[] = [];
  const sections: RecognisedSection[] = [];
  const cleaned: CleanMention[] = [];
  let sentenceCount = 0;
  let words = 0;
  const spans = sectionsOf(text, MAX_SECTION_CHARS);
  for (const span of spans) {
    const part = spans.length === 1 ? text : text.slice(span.start, span.end);
    const offset = span.start;
    if (offset > 0) bounds.push({ bound: "document-section", start: offset });
    let stop = tracer?.start("extract.recognise");
    const recognition = context.recogniser.recognise(part);
    stop?.();
    stop = tracer?.start("extract.resolve");
    for (const t of recognition.tokens) if (/[\p{L}\p{N}]/u.test(t.text)) words++;
    const firstSentence = sentenceCount;
    for (const m of cleanMentions(part, recognition.tokens, recognition.mentions)) {
      cleaned.push(
        offset === 0 ? m : { ...m, start: m.start + offset, end: m.end + offset, sentence: m.sentence + firstSentence },
      );
    }
    const sentences = recognition.sentences.map((s) =>
      offset === 0 ? s : { ...s, start: s.start + offset, end: s.end + offset },
    );
    for (const s of sentences) if (s.cut) bounds.push({ bound: "sentence-length", start: s.end });
    sentenceCount += sentences.length;
    const tokens = spans.length === 1 ? recognition.tokens : compactTokens(recognition.tokens, offset);
    sections.push({ offset, firstSentence, sentences, tokens });
    stop?.();
  }
  let stop = tracer?.start("extract.resolve");
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
      // The mention's own reading (its context's cue first): `kgraph extract` reports it as the mention's type.
      entityType: m.cue ?? m.entityType,
    };
    const relationMention: RelationMention = {
      ...mention,
      entityType: m.adjectivalOf ? "place" : (typeOf.get(m.entity) ?? m.entityType),
      sentence: m.sentence,
    };
    if (m.adjectivalOf) mention.adjectival = relationMention.adjectival = true;
    if (m.role) mention.role = relationMention.role = m.role;
    if (m.joined) mention.joined = m.joined;
    mentions.push(mention);
    relationMentions.push(relationMention);
  }
  // Relations lie within sentences, and sentences within sections: each section is related on its own, its
  // sentence numbers moved back to the document's. Typed relations first, then co-occurrences, as one pass gave.
  const typed: SentenceRelation[] = [];
  const cooccurring: SentenceRelation[] = [];
  let next = 0;
  for (const section of sections) {
    const end = section.firstSentence + section.sentences.length;
    const here: RelationMention[] = [];
    for (; next < relationMentions.length && relationMentions[next]!.sentence < end; next++) {
      const m = relationMentions[next]!;
      here.push(section.firstSentence === 0 ? m : { ...m, sentence: m.sentence - section.firstSentence });
    }
    const tokens = Array.isArray(section.tokens) ? section.tokens : expandTokens(text, section.tokens);
    const shift = (r: SentenceRelation) =>
      section.firstSentence === 0 ? r : { ...r, sentence: r.sentence + section.firstSentence };
    const found = extractTypedRelations({ text, tokens, sentences: section.sentences, mentions: here }, {}, bounds);
    for (const { source, target, predicate, relationLabel, confidence, sentence, rule } of found) {
      typed.push(shift({ source, target, predicate, relationLabel, confidence, sentence, rule }));
    }
    for (const r of cooccurrences(here, { tokens, sentences: section.sentences, bounds })) cooccurring.push(shift(r));
  }
  const relations = [...typed, ...cooccurring];
  stop?.();
  // Quotations are read here, on the worker threads and cached, from the mentions as relations type them.
  stop = tracer?.start("extract.quotes");
  const quotes = findQuotes(text, relationMentions);
  stop?.();
  // Dates are read only in sentences that carry a relation: those are the only ones an event date is shown for.
  stop = tracer?.start("extract.dates");
  const sentences = sections.flatMap((section) => section.sentences.map((s) => ({ start: s.start, end: s.end })));
  const dates = readTextDates(
    text,
    sentences,
    relations.map((r) => r.sentence),
    document.date,
  );
  stop?.();
  const extraction: DocumentExtraction = {
    document,
    sentences,
    entities: resolution.entities,
    mentions,
    relations,
    ...(dates.length ? { dates } : {}),
    ...(quotes.length ? { quotes } : {}),
    // Made here, on the worker threads and cached, so that assembly only compares signatures (src/sources).
    signature: signatureOf(text),
    words,
    ambiguous,
  };
  if (bounds.length) extraction.bounds = distinctCuts(bounds);
  return extraction;
}

/** The cuts in document order, each bound and place once (co-occurrence and the classifier may both cut a sentence). */
function distinctCuts(cuts: readonly BoundCut[]): BoundCut[] {
  const seen = new Set<string>();
  return [...cuts]
    .sort((a, b) => a.start - b.start || (a.bound < b.bound ? -1 : a.bound > b.bound ? 1 : 0))
    .filter((c) => !seen.has(`${c.bound}@${c.start}`) && Boolean(seen.add(`${c.bound}@${c.start}`)));
}

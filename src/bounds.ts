/**
 * The bounds that keep per-document extraction linear in the document's length, whatever its shape (a transcript
 * without full stops, a team sheet or a list of names flattened to text, a whole book), in one place, with why
 * each is set where it is. Where a bound cuts work, the stage that applied it records a `BoundCut`, so the build
 * can say how often and where, never silently.
 *
 * The values sit above what ordinary news needs: on the 2,225 BBC articles (43,920 sentences) the longest
 * sentence has 242 tokens and 99.9 % have at most 68, so the sentence bound cuts one sentence, and the pair bounds
 * cut in 41 list-like sentences (team sheets) of 17 articles, dropping 2,062 of 68,099 relations (all but 6 of
 * them co-occurrences); mentions, entities and every other relation are unchanged, as are the seed corpus's graph
 * and the CoNLL-2003, CoNLL04 and Re-DocRED figures.
 */

/**
 * A sentence longer than this many tokens is split at the best boundary in its last half (a line break, `;`,
 * `:`, a comma or dash, a likely sentence start…), so every later stage works on pieces of bounded length.
 */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * Two mentions further apart than this many tokens (end of the first to start of the second) are not paired,
 * neither for co-occurrence nor for the relation classifier: beyond it a pair says little, and a long list
 * would otherwise pair every name with every other.
 */
export const MAX_PAIR_TOKENS = 80;

/** At most this many entity pairs per sentence, the nearest first (co-occurrence and classifier, each). */
export const MAX_PAIRS_PER_SENTENCE = 200;

/** Title words read before a name ("Culture Minister"): a run longer than this is no title. */
export const MAX_TITLE_WORDS = 8;

/**
 * A document longer than this many characters is recognised a section at a time (cut at a blank line, a line
 * break, a sentence end or a space near the limit): recognition holds about 150 MB per MB of text, so sections
 * bound its memory. What spans a section boundary (document-level name consistency, a pronoun's antecedent in
 * the previous sentence) is not seen; resolution still covers the whole document.
 */
export const MAX_SECTION_CHARS = 1 << 20;

/** Which bound cut work: the names a build report counts by. */
export const BOUND_NAMES = ["sentence-length", "pair-distance", "pair-cap", "document-section"] as const;
export type BoundName = (typeof BOUND_NAMES)[number];

/** One place where a bound cut work: which bound, and the character offset in the document where it applied. */
export interface BoundCut {
  bound: BoundName;
  start: number;
}

/**
 * Entity resolution: within one document (clean.ts, document.ts: used by per-document extraction) and across the
 * corpus (corpus.ts), with the alias table (built-in lexicon and the user's alias file).
 */
export { createAliasIndex, readAliasFile, type AliasIndex } from "./alias-index.js";
export { cleanMentions, type CleanMention } from "./clean.js";
export { CorpusResolver, resolveCorpus, type CorpusEntity, type CorpusResolution } from "./corpus.js";
export {
  DESIGNATORS,
  dominantType,
  resolveDocument,
  type DocumentResolution,
  type ResolvedMention,
} from "./document.js";
export type { AliasEntry } from "./lexicon/aliases.js";
export { isTitleHead, isTitleWord } from "./lexicon/titles.js";
export { initials, isPartOf, keyTokens, nameKey } from "./normalise.js";

/**
 * Relations as the per-document stage emits them, before the graph merges them across sentences and documents.
 * The types themselves are shared data (src/types.ts): the graph and the cache read them too.
 */
export { CO_OCCURS, type SentenceRelation } from "../types.js";

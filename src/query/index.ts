/**
 * The query stage: load a built graph and ask it questions.
 */
export { findEntity, search, type SearchHit } from "./find.js";
export { loadGraph } from "./load.js";
export {
  neighbours,
  type EvidenceView,
  type Neighbour,
  type NeighbourhoodResult,
  type NeighbourOptions,
  type RelationView,
} from "./neighbours.js";
export { explain, type ExplainOptions, type Explanation, type PathHop } from "./path.js";
export { ENTITY_TYPES, PREDICATES, checkEntityTypes, checkPredicates } from "./filters.js";
export { graphCounts, graphStats, type GraphCounts, type GraphStats } from "./stats.js";
export { subgraph } from "./subgraph.js";
export { allQuotes, documentQuotes, quotes, quotesAbout, type QuoteOptions, type QuoteView } from "./quotes.js";
export { why, type AliasJoinView, type WhyResult } from "./why.js";
export { checkRange, sliceGraph, slices, type SliceOptions } from "./period.js";
export { timeline, type Timeline, type TimelineRelation } from "./timeline.js";

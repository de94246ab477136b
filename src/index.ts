/**
 * kgraph's library API. Re-exports only: each stage lives in its own folder.
 */
export { buildGraph, type BuildResult } from "./pipeline.js";
export { Tracer } from "./util/tracer.js";
export { DEFAULT_SETTINGS, resolveSettings, type BuildSettings } from "./settings.js";
export { readCorpus, streamCorpus, formatProblem, type Corpus, type CorpusProblem } from "./corpus/index.js";
export {
  loadGraph,
  findEntity,
  search,
  neighbours,
  explain,
  subgraph,
  graphStats,
  quotes,
  quotesAbout,
  allQuotes,
  sliceGraph,
  timeline,
  ENTITY_TYPES,
  PREDICATES,
} from "./query/index.js";
export type {
  QuoteView,
  QuoteOptions,
  ExplainOptions,
  SliceOptions,
  Timeline,
  TimelineRelation,
} from "./query/index.js";
export type {
  EvidenceView,
  Explanation,
  GraphStats,
  Neighbour,
  NeighbourhoodResult,
  NeighbourOptions,
  PathHop,
  RelationView,
  SearchHit,
} from "./query/index.js";
export { toDynamicGEXF, toGEXF, toGraphML, toJSON, writeGraphFiles, type ExportFormat } from "./export/index.js";
export { readAliasFile } from "./resolve/index.js";
export type { AliasEntry } from "./resolve/index.js";
export * from "./graph/index.js";
export { layoutGraph, type LayoutSettings } from "./layout/index.js";
export * from "./errors.js";
export type {
  CorpusDocument,
  EntityLabel,
  EntityType,
  Recogniser,
  Recognition,
  RecognisedMention,
  Span,
  Token,
  Sentence,
} from "./types.js";

/**
 * kgraph's library API. Re-exports only: each stage lives in its own folder.
 */
export { buildGraph, type BuildResult, type DocumentBoundCut } from "./pipeline.js";
export { Tracer } from "./util/tracer.js";
export { DEFAULT_SETTINGS, resolveSettings, type BuildSettings } from "./settings.js";
export {
  readCorpus,
  streamCorpus,
  formatProblem,
  checkDocuments,
  type Corpus,
  type CorpusOptions,
  type CorpusProblem,
  type CheckedDocuments,
} from "./corpus/index.js";
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
  why,
} from "./query/index.js";
export type {
  QuoteView,
  QuoteOptions,
  ExplainOptions,
  WhyResult,
  AliasJoinView,
  SliceOptions,
  Timeline,
  TimelineRelation,
} from "./query/index.js";
export {
  addDecision,
  applyCuration,
  readCurationFile,
  removeDecision,
  CURATION_FILE,
  type Curation,
  type Decision,
} from "./curate/index.js";
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

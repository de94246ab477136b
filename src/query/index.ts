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
export { explain, type Explanation, type PathHop } from "./path.js";
export { graphCounts, graphStats, type GraphCounts, type GraphStats } from "./stats.js";
export { subgraph } from "./subgraph.js";

/**
 * The graph: its schema (node, edge and graph attributes; what graph.json holds) and its assembly from the
 * documents' extractions and the corpus resolution.
 */
export * from "./schema.js";
export {
  graphOfPlan,
  planGraph,
  type AssemblyInfo,
  type GraphPlan,
  type PlannedEdge,
  type PlannedNode,
} from "./assemble.js";
export { JOIN_RULE_TEXT, explainAliases, joinOf } from "./why.js";
export {
  assignTimeAndSources,
  documentFacts,
  relationTimeAndSources,
  writeTime,
  type DocumentFacts,
  type Support,
} from "./timeline.js";

/**
 * Curation: a person's decisions about the graph (merge, split, rename, retype, remove, reject, add an alias),
 * kept in a YAML file beside the corpus and replayed by every build after resolution, before the graph is planned.
 */
export { applyCuration, type CurationResult } from "./apply.js";
export { CURATION_ACTIONS, CURATION_TYPES, decisionOf, describeDecision, entryOf, type Decision } from "./decisions.js";
export {
  addDecision,
  CURATION_FILE,
  readCurationFile,
  readCurationIfPresent,
  removeDecision,
  type Curation,
} from "./file.js";

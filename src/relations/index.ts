/**
 * Relations between the entities of one document: sentence co-occurrence, and typed relations read by precise
 * patterns and by a classifier trained on CoNLL04 (typed/). The classifier's parts are exported for the CoNLL04
 * evaluation (src/eval) and for the extraction worker, which prepares the model's weights at start.
 */
export { cooccurrences } from "./cooccurrence.js";
export {
  CANDIDATE_THRESHOLD,
  extractTypedRelations,
  type RelationMention,
  type TypedPredicate,
} from "./typed/index.js";
export { shippedModel } from "./typed/classifier.js";
export { CONLL04_PREDICATES, readConll04, type Conll04Sentence } from "./typed/conll04-data.js";
export { prepareWeights, type PairEntity, type PairSentence, type PairType } from "./typed/features.js";
export { predictSentence, type RelationModel } from "./typed/model.js";
export { fitsSignature, TYPED_PREDICATES } from "./typed/index.js";
export { CO_OCCURS } from "./types.js";
export {
  calibrate,
  reliability,
  shippedCalibration,
  type Calibration,
  type Reliability,
  type ScoredPrediction,
} from "./typed/calibration.js";

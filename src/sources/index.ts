/**
 * Sources: near-duplicate documents (one story republished with small edits), so that copies count as one
 * independent source. The signature is made per document at extraction; the groups are found in assembly.
 */
export {
  DEFAULT_NEAR_DUPLICATE_SETTINGS,
  SHINGLE,
  SIGNATURE_SIZE,
  findNearDuplicates,
  jaccard,
  shingles,
  signatureOf,
  type DocumentText,
  type NearDuplicateSettings,
} from "./near-duplicates.js";

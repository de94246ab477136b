/**
 * Stored extractions: the extraction cache of a build (one file in the output folder), the fingerprint that keys
 * it, and the shard files of `kgraph extract --shard` that `kgraph merge` joins.
 */
export { ExtractionCache, CACHE_FILE, CACHE_HEADER } from "./cache.js";
export { documentKey, extractionCodeHash, extractionFingerprint, fingerprintOf } from "./fingerprint.js";
export {
  inShard,
  parseShard,
  readShards,
  shardLines,
  type MergedShards,
  type ShardHeader,
  type ShardSpec,
} from "./shards.js";

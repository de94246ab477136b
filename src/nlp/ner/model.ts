/**
 * The entity model file: format, quantisation, and the process-wide loaded copy.
 *
 * Layout (gzip-compressed as a whole): magic `KGNER\n`, uint32 header length, JSON header, then per stage the
 * Float32 transition matrix, the delta-encoded uint32 bucket ids of the non-zero emission rows, and those rows
 * as int8 (tags per row, one scale per stage). Little-endian throughout. The shipped file (bits 20, about 81k
 * and 74k non-zero rows) is about 0.71 MB; loaded, it takes about 10 MB (two 4 MB bucket→row maps).
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { ModelError } from "../../errors.js";
import { gunzipModel, readModelBytes } from "../../util/model-file.js";
import { packagePath } from "../../util/package-root.js";
import { type StageWeights, TRANSITION_STRIDE } from "./decode.js";
import { TAG_COUNT, TAG_NAMES } from "./labels.js";
import { FEATURE_VERSION } from "./templates.js";

/** Facts about a trained model, stored in its header. */
export interface ModelHeader {
  format: "kgraph-ner";
  featureVersion: number;
  bits: number;
  tags: readonly string[];
  scales: number[];
  /** Packed non-zero emission rows per stage. */
  rows: number[];
  /** Free-form training facts (data, epochs, seed, time) for the record. */
  training: Record<string, unknown>;
}

/** A loaded two-stage model. */
export interface NerModel {
  header: ModelHeader;
  mask: number;
  stage1: StageWeights;
  stage2: StageWeights;
  /** Short content hash of the model file: the recogniser's version and cache key. */
  version: string;
}

/** Raised when a model file is missing or does not match this code's features. */
/** The entity model file is missing, corrupt or from another feature version. */
export class NerModelError extends ModelError {}

/** How model-file errors name the entity model and the command that rebuilds it. */
const NER_MODEL_FILE = { what: "entity model", remedy: "npm run train:ner", error: NerModelError };

const MAGIC = Buffer.from("KGNER\n", "latin1");

/**
 * Int8 quantisation of dense float weights into packed rows: the scale maps the 99.999th-percentile magnitude to
 * 127 (rare outliers clip), and rows that quantise to all zeros are dropped (most hashed buckets are empty).
 */
export function quantise(stage: StageWeights, bits: number): StageWeights {
  const src = stage.emission;
  let nonZero = 0;
  for (let j = 0; j < src.length; j++) if (src[j] !== 0) nonZero++;
  const magnitudes = new Float32Array(nonZero);
  for (let j = 0, k = 0; j < src.length; j++) if (src[j] !== 0) magnitudes[k++] = Math.abs(src[j]!);
  magnitudes.sort();
  const top = magnitudes[Math.floor(magnitudes.length * 0.99999)] ?? magnitudes[magnitudes.length - 1] ?? 1;
  const scale = top / 127 || 1;
  const buckets = 1 << bits;
  const rowOf = new Int32Array(buckets).fill(-1);
  const rows: number[] = [];
  const row = new Int8Array(TAG_COUNT);
  for (let bucket = 0; bucket < buckets; bucket++) {
    let any = false;
    for (let t = 0; t < TAG_COUNT; t++) {
      row[t] = Math.max(-127, Math.min(127, Math.round(src[bucket * TAG_COUNT + t]! / scale)));
      if (row[t] !== 0) any = true;
    }
    if (!any) continue;
    rowOf[bucket] = rows.length;
    for (let t = 0; t < TAG_COUNT; t++) rows.push(row[t]!);
  }
  return { emission: Int8Array.from(rows), rowOf, scale, transition: stage.transition };
}

/** Serialises a quantised model (both stages packed) into the compressed file format. */
export function serializeModel(
  bits: number,
  stages: readonly StageWeights[],
  training: Record<string, unknown>,
): Buffer {
  const header: ModelHeader = {
    format: "kgraph-ner",
    featureVersion: FEATURE_VERSION,
    bits,
    tags: TAG_NAMES,
    scales: stages.map((s) => s.scale),
    rows: stages.map((s) => s.emission.length / TAG_COUNT),
    training,
  };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const parts: Buffer[] = [MAGIC, length, json];
  for (const s of stages) {
    if (!s.rowOf || !(s.emission instanceof Int8Array))
      throw new NerModelError("entity model: quantise() the stages before serialising");
    parts.push(Buffer.from(s.transition.buffer, s.transition.byteOffset, s.transition.byteLength));
    // Bucket ids of the rows, in row order, delta-encoded (they ascend) so they compress well.
    const deltas = new Uint32Array(s.emission.length / TAG_COUNT);
    let previous = 0;
    for (let bucket = 0, r = 0; bucket < s.rowOf.length; bucket++) {
      if (s.rowOf[bucket]! < 0) continue;
      deltas[r++] = bucket - previous;
      previous = bucket;
    }
    parts.push(Buffer.from(deltas.buffer));
    parts.push(Buffer.from(s.emission.buffer, s.emission.byteOffset, s.emission.byteLength));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Parses a model file's bytes; `source` names them in errors. */
export function deserializeModel(file: Buffer, source = "(bytes in memory)"): NerModel {
  const raw = gunzipModel(file, source, NER_MODEL_FILE);
  if (!raw.subarray(0, MAGIC.length).equals(MAGIC))
    throw new NerModelError("entity model: not a model file (bad magic)");
  const headerLength = raw.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const header = JSON.parse(raw.subarray(at, at + headerLength).toString("utf8")) as ModelHeader;
  at += headerLength;
  if (header.format !== "kgraph-ner" || header.featureVersion !== FEATURE_VERSION || header.tags.length !== TAG_COUNT) {
    throw new NerModelError(
      `entity model: model has feature version ${header.featureVersion}, code expects ${FEATURE_VERSION}; retrain with \`npm run train:ner\``,
    );
  }
  // Copy into fresh typed arrays: offsets inside the gunzipped buffer are not 4-byte aligned.
  const take = (bytes: number): Uint8Array => {
    const out = new Uint8Array(bytes);
    out.set(raw.subarray(at, at + bytes));
    at += bytes;
    return out;
  };
  const stages: StageWeights[] = header.scales.map((scale, k) => {
    const rows = header.rows[k]!;
    const transition = new Float32Array(take(TRANSITION_STRIDE * TRANSITION_STRIDE * 4).buffer);
    const deltas = new Uint32Array(take(rows * 4).buffer);
    const emission = new Int8Array(take(rows * TAG_COUNT).buffer);
    const rowOf = new Int32Array(1 << header.bits).fill(-1);
    let bucket = 0;
    for (let r = 0; r < rows; r++) {
      bucket += deltas[r]!;
      rowOf[bucket] = r * TAG_COUNT;
    }
    return { emission, rowOf, scale, transition };
  });
  if (stages.length !== 2) throw new NerModelError("entity model: model file must hold two stages");
  return {
    header,
    mask: (1 << header.bits) - 1,
    stage1: stages[0]!,
    stage2: stages[1]!,
    version: modelVersionOf(file),
  };
}

/** The version of a model: a short hash of its file's bytes. */
function modelVersionOf(file: Buffer): string {
  return createHash("sha256").update(file).digest("hex").slice(0, 12);
}

/** The version of the model file at `path` without loading it (cache keys in the main thread). */
export function modelFileVersion(path: string = defaultModelPath()): string {
  return modelVersionOf(readModelBytes(path, NER_MODEL_FILE));
}

/** Where the shipped model lives: `src/models/ner.bin.gz`, found from both `src/` (tsx) and `dist/` (built). */
export function defaultModelPath(): string {
  if (process.env.KGRAPH_NER_MODEL) return process.env.KGRAPH_NER_MODEL;
  return packagePath("src", "models", "ner.bin.gz");
}

const loaded = new Map<string, NerModel>();

/** Loads a model file once per process and returns the shared copy. */
export function loadModel(path: string = defaultModelPath()): NerModel {
  let model = loaded.get(path);
  if (model) return model;
  model = deserializeModel(readModelBytes(path, NER_MODEL_FILE), path);
  loaded.set(path, model);
  return model;
}

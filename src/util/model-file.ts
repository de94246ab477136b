/**
 * Reading the files kgraph ships beside its code (entity model, relation model, compromise's lexicon): one place
 * that turns a missing or damaged file into a ModelError naming the file and the command that makes it again.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { ModelError } from "../errors.js";

/** What a model file is, for error messages: its name ("relation model") and the command that writes it. */
export interface ModelFileKind {
  what: string;
  remedy: string;
  /** The error class to throw (a subclass of ModelError, so that callers may tell models apart). */
  error?: new (message: string) => ModelError;
}

/** The bytes of a model file as stored; throws when it cannot be read. */
export function readModelBytes(path: string, kind: ModelFileKind): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new (kind.error ?? ModelError)(`${kind.what} ${path} is missing; run \`${kind.remedy}\` to create it`);
  }
}

/** `bytes` gunzipped; throws when they are not gzip data. */
export function gunzipModel(bytes: Buffer, path: string, kind: ModelFileKind): Buffer {
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new (kind.error ?? ModelError)(
      `${kind.what} ${path} is not a gzipped model file (${(error as Error).message}); run \`${kind.remedy}\``,
    );
  }
}

/** A model file's content as text, gunzipped when its name ends in .gz. */
export function readModelText(path: string, kind: ModelFileKind): string {
  const bytes = readModelBytes(path, kind);
  return (path.endsWith(".gz") ? gunzipModel(bytes, path, kind) : bytes).toString("utf8");
}

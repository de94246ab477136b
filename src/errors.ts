/**
 * kgraph's named errors. Callers (and tests) check the class; messages name the input and say what to do.
 */

/** Base class of every error kgraph throws on purpose. */
export class KgraphError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(`kgraph: ${message}`, options);
    this.name = new.target.name;
  }
}

/** The corpus as a whole cannot be read (missing folder, nothing usable in it). */
export class CorpusError extends KgraphError {}

/** A graph file cannot be loaded (missing, not JSON, not a kgraph graph). */
export class GraphFileError extends KgraphError {}

/** A name or alias matches no entity; `suggestions` holds the closest labels. */
export class EntityNotFoundError extends KgraphError {
  constructor(
    readonly query: string,
    readonly suggestions: string[],
  ) {
    super(
      `no entity named "${query}"` +
        (suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : ""),
    );
  }
}

/** Invalid settings or command-line options. */
export class SettingsError extends KgraphError {}

/** A query filter names an entity type or predicate the graph schema does not have; `valid` lists those it has. */
export class UnknownFilterError extends SettingsError {
  constructor(
    readonly filter: "entity type" | "predicate",
    readonly value: string,
    readonly valid: readonly string[],
  ) {
    super(`unknown ${filter} "${value}"; valid ${filter}s are ${valid.join(", ")}`);
  }
}

/** A model file is missing or corrupt. */
export class ModelError extends KgraphError {}

/** An evaluation data set cannot be read or is not in the expected format. */
export class DatasetError extends KgraphError {}

/** An output folder or file cannot be written (not a folder, no permission, a file in the way). */
export class OutputError extends KgraphError {}

/** A curation file cannot be read or holds a decision kgraph cannot understand (file, line and problem named). */
export class CurationError extends KgraphError {}

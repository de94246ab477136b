/**
 * Looks up a name in the alias tables (built-in and user-supplied) by name key.
 */
import { readFileSync } from "node:fs";
import { parseYaml } from "../util/yaml.js";
import { SettingsError } from "../errors.js";
import { ENTITY_TYPES, type EntityType } from "../contract.js";
import { BUILT_IN_ALIASES, type AliasEntry } from "./lexicon/aliases.js";
import { nameKey } from "./normalise.js";

/** Resolves any known name or alias to its canonical entry. */
export class AliasIndex {
  private readonly byKey = new Map<string, AliasEntry>();

  constructor(entries: readonly AliasEntry[]) {
    for (const entry of entries) {
      for (const name of [entry.name, ...entry.aliases]) this.byKey.set(nameKey(name), entry);
      // Case matters for acronyms only in the table; keys fold case, which is what a lookup wants.
    }
  }

  /** The canonical entry for a name or alias, if any. */
  lookup(name: string): AliasEntry | undefined {
    return this.byKey.get(nameKey(name));
  }

  /** A stable fingerprint of the table, for cache keys. */
  fingerprint(): string {
    return JSON.stringify([...this.byKey.entries()].map(([k, e]) => [k, e.name, e.type ?? ""]));
  }
}

/** The built-in aliases, extended (and overridden) by the entries of a user alias file. */
export function createAliasIndex(userEntries: readonly AliasEntry[] = []): AliasIndex {
  return new AliasIndex([...BUILT_IN_ALIASES, ...userEntries]);
}

/**
 * Reads a user alias file: JSON or YAML, a list of `{name, type?, aliases: [...]}` or a map
 * `{ "Canonical Name": { type?, aliases: [...] } }` or `{ "Canonical Name": ["alias", …] }`.
 */
export function readAliasFile(path: string): AliasEntry[] {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, "utf8"));
  } catch (error) {
    throw new SettingsError(`alias file "${path}" cannot be read: ${(error as Error).message}`);
  }
  const entries: AliasEntry[] = [];
  const bad = (what: string) => new SettingsError(`alias file "${path}": ${what}; see README "Aliases" for the format`);
  const addEntry = (name: unknown, value: unknown) => {
    if (typeof name !== "string" || !name.trim()) throw bad("every entry needs a non-empty name");
    const spec = Array.isArray(value) ? { aliases: value } : (value as Record<string, unknown> | null);
    if (!spec || typeof spec !== "object") throw bad(`entry "${name}" must list its aliases`);
    const aliases = spec.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string"))
      throw bad(`entry "${name}": aliases must be a list of strings`);
    const type = spec.type;
    if (type !== undefined && !ENTITY_TYPES.includes(type as EntityType))
      throw bad(`entry "${name}": type must be one of ${ENTITY_TYPES.join(", ")}`);
    entries.push({ name: name.trim(), aliases: aliases as string[], ...(type ? { type: type as EntityType } : {}) });
  };
  if (Array.isArray(raw)) for (const item of raw) addEntry((item as { name?: unknown })?.name, item);
  else if (raw && typeof raw === "object") for (const [name, value] of Object.entries(raw)) addEntry(name, value);
  else throw bad("expected a list or a map of entries");
  return entries;
}

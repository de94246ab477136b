/**
 * YAML parsing, loaded on first use. Only alias files, front matter and curation files need it, and loading the
 * yaml package would slow every build's and every extraction worker's start. Loaded with require (yaml ships
 * CommonJS) because its callers are synchronous.
 */
import { createRequire } from "node:module";

let yaml: typeof import("yaml") | undefined;

/** The yaml package, loaded on the first call. */
export function yamlModule(): typeof import("yaml") {
  yaml ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return yaml;
}

/** Parses YAML text (the yaml package's `parse`). */
export function parseYaml(text: string): unknown {
  return yamlModule().parse(text);
}

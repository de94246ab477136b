/**
 * kgraph's version, read once from package.json, and the generator string written into outputs.
 */
import { readFileSync } from "node:fs";
import { packagePath } from "./util/package-root.js";

/** The package version. */
export const VERSION: string = (JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { version: string })
  .version;

/** Written into the graph's attributes; no timestamp, so builds stay byte-identical. */
export const GENERATOR = `kgraph ${VERSION}`;

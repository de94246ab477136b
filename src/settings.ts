/**
 * Build settings: the interface, its defaults, validation and resolution (defaults + user options).
 */
import { availableParallelism } from "node:os";
import type { Curation } from "./curate/index.js";
import { SettingsError } from "./errors.js";
import { DEFAULT_LAYOUT_SETTINGS, type LayoutSettings } from "./layout/index.js";
import { DEFAULT_RECOGNISER, RECOGNISERS } from "./nlp/index.js";
import type { AliasEntry } from "./resolve/index.js";
import type { Tracer } from "./util/tracer.js";

/** Everything a build can be told. */
export interface BuildSettings {
  /** Which recogniser finds the entities. */
  recogniser: string;
  /** Extra aliases (from the user's alias file) on top of the built-in table. */
  aliases: AliasEntry[];
  layout: LayoutSettings;
  /** Worker threads for extraction (default: one per core; small corpora use the main thread). */
  workers: number;
  /** Folder of the per-document extraction cache; none when undefined. */
  cacheDir?: string;
  /** Write graph.json, graph.gexf and graph.graphml into this folder (the command line's build does). */
  out?: string;
  /** Read cached extractions (false: extract everything again, still refreshing the cache). */
  useCache: boolean;
  /** Called after each document is extracted (progress bars). */
  onProgress?: (done: number, total: number) => void;
  /** Told about recoverable trouble, such as a corrupt cache entry that is being redone. */
  onWarning?: (message: string) => void;
  /**
   * Curation decisions to replay after resolution. Unset, a build of a corpus folder reads the folder's
   * kgraph-curation.yaml when there is one.
   */
  curation?: Curation;
  /** Told where the build's time goes (`kgraph build --report`, the bench); nothing is timed without one. */
  tracer?: Tracer;
  /** Read files that links in the corpus folder point to outside it (see CorpusOptions; default false). */
  followSymlinks?: boolean;
  /** Largest document read, in megabytes (see CorpusOptions; default 20). */
  maxDocumentMB?: number;
}

/** The defaults. */
export const DEFAULT_SETTINGS: BuildSettings = {
  recogniser: DEFAULT_RECOGNISER,
  aliases: [],
  layout: DEFAULT_LAYOUT_SETTINGS,
  workers: availableParallelism(),
  useCache: true,
};

/** Merges user options over the defaults and validates the result. */
export function resolveSettings(options: Partial<BuildSettings> = {}): BuildSettings {
  const settings: BuildSettings = {
    ...DEFAULT_SETTINGS,
    ...options,
    layout: { ...DEFAULT_LAYOUT_SETTINGS, ...options.layout },
  };
  if (!(RECOGNISERS as readonly string[]).includes(settings.recogniser)) {
    throw new SettingsError(`unknown recogniser "${settings.recogniser}"; choose one of ${RECOGNISERS.join(", ")}`);
  }
  if (!Number.isInteger(settings.workers) || settings.workers < 0)
    throw new SettingsError(`workers must be a whole number ≥ 0, got ${settings.workers}`);
  if (settings.maxDocumentMB !== undefined && !(settings.maxDocumentMB > 0))
    throw new SettingsError(`maxDocumentMB must be a number > 0, got ${settings.maxDocumentMB}`);
  if (!Number.isInteger(settings.layout.seed))
    throw new SettingsError(`layout seed must be an integer, got ${settings.layout.seed}`);
  if (
    settings.layout.iterations !== undefined &&
    !(Number.isInteger(settings.layout.iterations) && settings.layout.iterations >= 0)
  ) {
    throw new SettingsError(`layout iterations must be a non-negative integer, got ${settings.layout.iterations}`);
  }
  return settings;
}

/**
 * The recognition stage's entry point: picks a recogniser by name. The only module that knows them all.
 */
import { SettingsError } from "../errors.js";
import type { Recogniser } from "../types.js";

export { splitSentences, tokenize } from "./tokenize.js";

/** compromise itself, loaded on demand: the bench measures kgraph against its parser and tokenizer. */
export async function loadCompromise(): Promise<typeof import("compromise").default> {
  return (await import("compromise")).default;
}
export { COUNTRIES } from "./lexicon/countries.js";
// The entity model's parts, for the CoNLL evaluation (src/eval).
export { readConll, type ConllDocument } from "./ner/conll.js";
export { iob1ToSpans, type TokenSpan } from "./ner/labels.js";
export { loadModel } from "./ner/model.js";
export { tagDocument, type TaggerWeights } from "./ner/tagger.js";

/**
 * Names of the available recognisers: "trained" is kgraph's own model (CoNLL-2003 F1 0.93 on the dev set);
 * "compromise" is compromise's people/places/organisations, kept as a baseline for comparison.
 */
export const RECOGNISERS = ["trained", "compromise"] as const;
export type RecogniserName = (typeof RECOGNISERS)[number];

/** The recogniser a build uses unless told otherwise. */
export const DEFAULT_RECOGNISER: RecogniserName = "trained";

/** A recogniser's name and version, known without loading its model (for cache keys). */
export interface RecogniserIdentity {
  name: string;
  version: string;
}

const IDENTITIES: Record<RecogniserName, () => Promise<RecogniserIdentity>> = {
  trained: async () => ({ name: "kgraph-ner", version: (await import("./ner/model.js")).modelFileVersion() }),
  compromise: async () => ({ name: "compromise", version: "14" }),
};

const FACTORIES: Record<RecogniserName, () => Promise<Recogniser>> = {
  trained: async () => (await import("./ner/index.js")).createTrainedRecogniser(),
  compromise: async () => (await import("./compromise-recogniser.js")).createCompromiseRecogniser(),
};

/** The identity of the named recogniser; cheap, so the main thread need not load a model that workers will. */
export function recogniserIdentity(name: string = DEFAULT_RECOGNISER): Promise<RecogniserIdentity> {
  return IDENTITIES[checkName(name)]();
}

function checkName(name: string): RecogniserName {
  if (!(RECOGNISERS as readonly string[]).includes(name)) {
    throw new SettingsError(`unknown recogniser "${name}"; choose one of ${RECOGNISERS.join(", ")}`);
  }
  return name as RecogniserName;
}

const cache = new Map<RecogniserName, Promise<Recogniser>>();

/**
 * Returns the named recogniser, created once per process (models load once and are reused). Loaded on
 * demand: compromise and the models take a while to load, and query commands never need them.
 */
export function getRecogniser(name: string = DEFAULT_RECOGNISER): Promise<Recogniser> {
  const key = checkName(name);
  let recogniser = cache.get(key);
  if (!recogniser) {
    recogniser = FACTORIES[key]();
    cache.set(key, recogniser);
  }
  return recogniser;
}
export { isListedCommonNoun, isListedGerund, isListedPlace, readLexicon } from "./ner/gazetteer.js";

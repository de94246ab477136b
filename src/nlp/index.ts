/**
 * The recognition stage's entry point: picks a recogniser by name. The only module that knows them all.
 */
import { SettingsError } from "../errors.js";
import type { Recogniser } from "../types.js";

export { splitSentences, tokenize } from "./tokenize.js";

/** Names of the available recognisers. */
export const RECOGNISERS = ["compromise"] as const;
export type RecogniserName = (typeof RECOGNISERS)[number];

/** The recogniser a build uses unless told otherwise. */
export const DEFAULT_RECOGNISER: RecogniserName = "compromise";

const cache = new Map<RecogniserName, Promise<Recogniser>>();

/**
 * Returns the named recogniser, created once per process (models load once and are reused). Loaded on
 * demand: compromise and the models take a while to load, and query commands never need them.
 */
export function getRecogniser(name: string = DEFAULT_RECOGNISER): Promise<Recogniser> {
  if (!(RECOGNISERS as readonly string[]).includes(name)) {
    throw new SettingsError(`unknown recogniser "${name}"; choose one of ${RECOGNISERS.join(", ")}`);
  }
  const key = name as RecogniserName;
  let recogniser = cache.get(key);
  if (!recogniser) {
    recogniser = import("./compromise-recogniser.js").then((m) => m.createCompromiseRecogniser());
    cache.set(key, recogniser);
  }
  return recogniser;
}

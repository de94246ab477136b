/**
 * Demonyms joined by hyphens: "African-American", "Cuban-American", "Greek-French", "Kurdish-Turkish". The
 * recogniser reads such a word whole, as CoNLL-2003 tags it (MISC); each part still stands for its place, as a
 * demonym alone does ("Russian" for Russia).
 */
import type { RecognisedMention } from "../types.js";
import { isCountry } from "./cues.js";
import { placeOfDemonym } from "./lexicon/demonyms.js";

/** A demonym inside a hyphenated word: its offsets, its text, and the place it stands for. */
export interface CompoundDemonym {
  start: number;
  end: number;
  text: string;
  place: string;
}

/**
 * The demonyms of a MISC mention that is two or three of them joined by hyphens, or undefined when it is not
 * (then it is cleaned as any other): every part must be a demonym ("Cuban-American"), so that "Coca-Cola",
 * "Mecklenburg-Vorpommern" or "Berlin-based" stay what the recogniser read, and a country's own name
 * ("Guinea-Bissau") stays whole.
 */
export function compoundDemonyms(text: string, m: RecognisedMention): CompoundDemonym[] | undefined {
  if (m.label !== "MISC") return undefined;
  const raw = text.slice(m.start, m.end);
  if (!/^[\p{L}]+(?:-[\p{L}]+){1,2}$/u.test(raw) || isCountry(raw)) return undefined;
  const found: CompoundDemonym[] = [];
  let offset = 0;
  for (const part of raw.split("-")) {
    const place = placeOfDemonym(part);
    if (!place || !/^\p{Lu}/u.test(part)) return undefined;
    found.push({ start: m.start + offset, end: m.start + offset + part.length, text: part, place });
    offset += part.length + 1;
  }
  return found;
}

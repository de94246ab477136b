/**
 * Names the recogniser ran together into one span: "Fiat and General Motors", "Tories and Lib Dems", a line-up's
 * "Alonso, Kewell", "Luton, Bedfordshire". Each becomes a mention of its own, so that no node is named after two
 * entities. A name that holds "and" or a comma of its own ("Department for Work and Pensions", "Trinidad and
 * Tobago", "Atari, Inc.") stays whole: a span is split only where the document itself shows each part as a name.
 */
import type { RecognisedMention } from "../types.js";
import { DESIGNATORS } from "./document.js";
import { ALIAS_TABLE_NAMES } from "./lexicon/aliases.js";
import { isCountry } from "./cues.js";

/** The names a document's recogniser found: the evidence that a part is a name on its own. */
export type DocumentNames = ReadonlySet<string>;

/** The text of every mention of a document. */
export function documentNames(text: string, mentions: readonly RecognisedMention[]): DocumentNames {
  return new Set(mentions.map((m) => text.slice(m.start, m.end)));
}

/** Names whose "and" or comma is their own, whatever the document says of their parts. */
const KNOWN_NAMES: ReadonlySet<string> = new Set(
  [...ALIAS_TABLE_NAMES.keys()].filter((n) => /,|\s(?:and|or)\s/.test(n)),
);

/** The initials of a name of two capitalised words or more ("General Motors" → "GM"), else "". */
function initialsOf(name: string): string {
  const words = name.split(/\s+/);
  return words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w[0]).join("") : "";
}

/**
 * What separates coordinated names: a comma (with or without "and"/"or" after it), or "and"/"or". (One space
 * before "and": "\s+and" would be tried from every space of a long run of them, the square of its length.)
 */
const SEPARATOR = /,\s+(?:(?:and|or)\s+)?|\s(?:and|or)\s+/gu;
/** A part that can be a name: capitalised (or a digit: "3M"), at most six words. */
const NAME_PART = /^[\p{Lu}\d][^\s]*(?:\s+\S+){0,5}$/u;
/** What follows a person's name after a comma without being another name: "Sammy Davis, Jr." */
const NAME_SUFFIX = /^(?:Jr|Sr|Snr|Jnr|I{1,3}|IV|V)\.?$/;

/**
 * Splits a mention that runs names together; returns it unchanged (in a list of one) when it names one thing.
 * Each part keeps the label of the whole: the recogniser read the whole in this context.
 * Parts are split when every one of them is a name on its own: found as a name elsewhere in the document, or its
 * initials are ("General Motors" … "GM"), or it is in the alias table ("Lib Dems"), or, for places, it is a
 * country ("Vienna, Austria", "England and Wales"); one part so shown is enough when the others end with a
 * designator ("Fiat and General Motors"). A person's or a place's comma always separates two names (a line-up's
 * "Lloyd, Herron", "Hatfield, Hertfordshire"), except before a suffix ("Davis, Jr."). Besides, "Citizens Bank and
 * Canal Bank" (both halves end with one designator) is two names, and "Citizens and Canal Banks" (a plural
 * designator shared by both) names two entities but neither in full, and is dropped.
 */
export function splitCoordinated(text: string, m: RecognisedMention, names: DocumentNames): RecognisedMention[] {
  const raw = text.slice(m.start, m.end);
  if (m.label === "MISC" || KNOWN_NAMES.has(raw) || isCountry(raw)) return [m];
  const parts = partsOf(raw);
  if (parts.length < 2) return [m];
  if (parts.some((p) => !NAME_PART.test(p.text))) return sharedDesignator(m, raw);
  const commasOnly = parts.every((p, i) => i === 0 || p.separator.trim() === ",");
  const byComma =
    commasOnly && (m.label === "PER" || m.label === "LOC") && !parts.some((p) => NAME_SUFFIX.test(p.text));
  const shown = (p: { text: string }) =>
    names.has(p.text) ||
    ALIAS_TABLE_NAMES.has(p.text) ||
    names.has(initialsOf(p.text)) ||
    (m.label === "LOC" && isCountry(p.text));
  // "Fiat and General Motors": beside a part so shown, one that ends with a designator ("Motors") is a name too.
  const designated = (p: { text: string }) => DESIGNATORS.has(/\s(\S+)$/u.exec(p.text)?.[1]?.toLowerCase() ?? "");
  const split = byComma || (parts.some(shown) && parts.every((p) => shown(p) || designated(p)));
  if (!split) return sharedDesignator(m, raw);
  return parts.map((p) => ({
    ...m,
    start: m.start + p.offset,
    end: m.start + p.offset + p.text.length,
    text: p.text,
  }));
}

/** The parts of a span between its separators, with their offsets in it and the separator before each. */
function partsOf(raw: string): Array<{ text: string; offset: number; separator: string }> {
  const parts: Array<{ text: string; offset: number; separator: string }> = [];
  let offset = 0;
  let separator = "";
  for (const match of raw.matchAll(SEPARATOR)) {
    parts.push({ text: raw.slice(offset, match.index).trimEnd(), offset, separator });
    separator = match[0];
    offset = match.index + match[0].length;
  }
  parts.push({ text: raw.slice(offset), offset, separator });
  return parts;
}

/** "Citizens Bank and Canal Bank" is two names; "Citizens and Canal Banks" none in full (dropped). */
function sharedDesignator(m: RecognisedMention, raw: string): RecognisedMention[] {
  if (m.label !== "ORG" && m.label !== "LOC") return [m];
  const match = /^(.+?\s(\p{Lu}\p{Ll}+))\s+(?:and|&)\s+(.+\s(\p{Lu}\p{Ll}+))$/u.exec(raw);
  if (match && match[2] === match[4] && DESIGNATORS.has(match[2]!.toLowerCase())) {
    const secondStart = m.start + raw.length - match[3]!.length;
    return [
      { ...m, end: m.start + match[1]!.length, text: match[1]! },
      { ...m, start: secondStart, text: match[3]! },
    ];
  }
  // (Two names only: "Navy, Army and Air Force Institutes" lists what one institution serves.)
  const plural = /^[^,]+\s(?:and|&)\s[^,]*\s(\p{Lu}\p{Ll}+)s$/u.exec(raw)?.[1];
  if (plural && DESIGNATORS.has(plural.toLowerCase())) return [];
  return [m];
}

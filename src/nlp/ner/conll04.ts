/**
 * CoNLL04 (SpERT JSON: `{tokens, tags}` per sentence, BILOU over Peop/Loc/Org/Other) as extra training data for
 * the entity model, converted to the IOB1 documents the trainer reads. Each sentence is a document of its own,
 * which is how kgraph meets single news sentences and how `kgraph eval conll04` feeds them.
 *
 * Types map Peop→PER, Loc→LOC, Org→ORG. CoNLL04's `Other` is wider than CoNLL-2003's MISC: it also covers dates,
 * times, quantities and common nouns ("2100 GMT", "13 Feb 94", "35 years", "rice"), which CoNLL-2003 leaves
 * untagged. An `Other` span becomes MISC only when it looks like a name (capitalised, no digits, not a month or
 * weekday), otherwise O, so the two corpora do not teach the model contradictory MISC conventions.
 */
import { readFileSync } from "node:fs";
import { NerModelError } from "./model.js";
import type { ConllDocument } from "./conll.js";

const TYPE: Readonly<Record<string, string>> = { Peop: "PER", Loc: "LOC", Org: "ORG" };
const CALENDAR =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gmt)\.?$/i;

/** Whether a CoNLL04 `Other` span reads as a CoNLL-2003 MISC name. */
function otherIsMisc(words: readonly string[]): boolean {
  if (!/^\p{Lu}/u.test(words[0] ?? "")) return false;
  return words.every((w) => !/\p{N}/u.test(w) && !CALENDAR.test(w));
}

/** Entity spans `[start, end, type]` of a BILOU tag sequence (a lone I/L without B starts an entity, as SpERT reads it). */
function bilouSpans(tags: readonly string[]): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let start = -1;
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const type = tag.slice(2);
    if (prefix === "U") out.push([i, i + 1, type]);
    else if (prefix === "B" || ((prefix === "I" || prefix === "L") && start < 0)) start = i;
    if (prefix === "L" && start >= 0) {
      out.push([start, i + 1, type]);
      start = -1;
    } else if (prefix === "O") start = -1;
  });
  return out;
}

/** Converts parsed CoNLL04 sentences into one-sentence IOB1 documents (every entity starts with B-). */
export function conll04ToDocuments(
  sentences: ReadonlyArray<{ tokens: readonly string[]; tags: readonly string[] }>,
): ConllDocument[] {
  return sentences.map(({ tokens, tags }) => {
    const labels = tokens.map(() => "O");
    for (const [start, end, type] of bilouSpans(tags)) {
      const label = TYPE[type] ?? (type === "Other" && otherIsMisc(tokens.slice(start, end)) ? "MISC" : undefined);
      if (!label) continue;
      for (let i = start; i < end; i++) labels[i] = `${i === start ? "B" : "I"}-${label}`;
    }
    return { sentences: [[...tokens]], labels: [labels] };
  });
}

/** Reads a CoNLL04 JSON file as entity-model training documents. */
export function readConll04Documents(path: string): ConllDocument[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new NerModelError(
      `entity model: cannot read CoNLL04 file ${path} (${(error as Error).message}); expected SpERT-style conll04_*.json`,
    );
  }
  if (!Array.isArray(raw)) throw new NerModelError(`entity model: ${path} is not a JSON list of sentences`);
  return conll04ToDocuments(
    raw.map((item, n) => {
      const s = item as { tokens?: unknown; tags?: unknown };
      if (!Array.isArray(s.tokens) || !Array.isArray(s.tags) || s.tokens.length !== s.tags.length) {
        throw new NerModelError(`entity model: ${path}: sentence ${n} lacks tokens and tags of the same length`);
      }
      return { tokens: s.tokens as string[], tags: s.tags as string[] };
    }),
  );
}

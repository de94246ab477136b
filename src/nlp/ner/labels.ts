/**
 * The tag set of the entity model (BILOU over PER/LOC/ORG/MISC) and conversions between tags, spans and the
 * IOB1 columns of CoNLL-2003. BILOU rather than BIO because single-token and last-token states carry their own
 * weights, which helps on news where many names are one token long.
 */
import type { EntityLabel } from "../../types.js";

/** Entity types in tag order. */
export const ENTITY_TYPES: readonly EntityLabel[] = ["PER", "LOC", "ORG", "MISC"];

/** Number of tags: O plus B/I/L/U for each type. */
export const TAG_COUNT = 1 + 4 * ENTITY_TYPES.length;

const B = 0;
const I = 1;
const L = 2;
const U = 3;

/** A token range `[start, end)` within a sentence with its entity type. */
export interface TokenSpan {
  start: number;
  end: number;
  label: EntityLabel;
}

/** Tag id of position `part` (0=B, 1=I, 2=L, 3=U) for type index `type`. */
function tagId(type: number, part: number): number {
  return 1 + 4 * type + part;
}

/** Type index of a tag (−1 for O). */
export function tagType(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 2;
}

/** Position of a tag within its entity (0=B, 1=I, 2=L, 3=U; −1 for O). */
export function tagPart(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) & 3;
}

/** Human-readable tag names, e.g. "B-PER", for debugging and the model header. */
export const TAG_NAMES: readonly string[] = [
  "O",
  ...ENTITY_TYPES.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`)),
];

/** Whether tag `b` may follow tag `a` under BILOU (use −1 for "sentence start" and "sentence end"). */
export function allowedTransition(a: number, b: number): boolean {
  const aOpen = a >= 0 && (tagPart(a) === B || tagPart(a) === I); // inside an unfinished entity
  if (b === -1) return !aOpen;
  const bPart = tagPart(b);
  if (aOpen) return (bPart === I || bPart === L) && tagType(b) === tagType(a);
  return b === 0 || bPart === B || bPart === U;
}

/** BILOU tags for `length` tokens holding `spans`. */
export function spansToTags(spans: readonly TokenSpan[], length: number): Uint8Array {
  const tags = new Uint8Array(length);
  for (const s of spans) {
    const type = ENTITY_TYPES.indexOf(s.label);
    if (s.end - s.start === 1) {
      tags[s.start] = tagId(type, U);
      continue;
    }
    tags[s.start] = tagId(type, B);
    for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = tagId(type, I);
    tags[s.end - 1] = tagId(type, L);
  }
  return tags;
}

/** Spans of a BILOU tag sequence (tolerant: an entity also ends where the type changes or O follows). */
export function tagsToSpans(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = -1;
  const flush = (end: number) => {
    if (start >= 0) spans.push({ start, end, label: ENTITY_TYPES[type]! });
    start = -1;
    type = -1;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const t = tagType(tag);
    const part = tagPart(tag);
    if (t < 0) {
      flush(i);
      continue;
    }
    if (part === B || part === U || t !== type) {
      flush(i);
      start = i;
      type = t;
    }
    if (part === L || part === U) flush(i + 1);
  }
  flush(tags.length);
  return spans;
}

/**
 * Spans of an IOB1 column as conlleval reads it: a span starts at B-X, or at I-X after O or after another type,
 * and continues over I-X.
 */
export function iob1ToSpans(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  for (let i = 0; i < labels.length; i++) {
    const raw = labels[i]!;
    const prefix = raw.charAt(0);
    const type = raw.length > 2 ? raw.slice(2) : "";
    const continues = open !== undefined && prefix === "I" && type === open.label;
    if (continues) {
      open!.end = i + 1;
      continue;
    }
    if (open) spans.push(open);
    open = undefined;
    if ((prefix === "B" || prefix === "I") && (ENTITY_TYPES as readonly string[]).includes(type)) {
      open = { start: i, end: i + 1, label: type as EntityLabel };
    }
  }
  if (open) spans.push(open);
  return spans;
}

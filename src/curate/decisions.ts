/**
 * Curation decisions as data: their types, how one reads from a YAML entry (validated, with the entry's line
 * for error messages), how one is written back, and how one is said in words.
 *
 * In kgraph-curation.yaml each decision is one map whose first key names the action (the others follow it):
 *   - merge: [Vladimir Putin, Putin]         (the first keeps its name)
 *   - split: Kim Jong Un                     alias: Kim   (document: <id> and at: <offset>: one mention only)
 *   - rename: Yonhap                         to: Yonhap News Agency
 *   - retype: Yonhap                         to: media
 *   - remove: Europe
 *   - reject: [Russia, Ukraine]              predicate: located_in (optional: every relation otherwise)
 *   - alias: Vladimir Putin                  add: V. Putin
 * each with an optional `note:` and `date:`.
 */
import { ENTITY_TYPES, type CurationAction, type EntityType } from "../contract.js";

/** Every action, in the order the README lists them. */
export const CURATION_ACTIONS: readonly CurationAction[] = [
  "merge",
  "split",
  "rename",
  "retype",
  "remove",
  "reject",
  "alias",
];

/** The entity types a decision may give (misc makes no node, so it is no choice). */
export const CURATION_TYPES: readonly EntityType[] = ENTITY_TYPES.filter((t) => t !== "misc");

/** What every decision may carry besides its action. */
interface DecisionBase {
  note?: string;
  /** When it was made (ISO date, as the file says it). */
  date?: string;
  /** Line of the decision in its file (set when read from one). */
  line?: number;
}

/** One curation decision. Entities are named by label or alias, so decisions survive re-extraction. */
export type Decision = DecisionBase &
  (
    | { action: "merge"; entities: string[] }
    | { action: "split"; entity: string; alias: string; document?: string; at?: number }
    | { action: "rename"; entity: string; to: string }
    | { action: "retype"; entity: string; to: EntityType }
    | { action: "remove"; entity: string }
    | { action: "reject"; entities: [string, string]; predicate?: string }
    | { action: "alias"; entity: string; add: string }
  );

/** A problem with one entry of a curation file; the file reader adds the file and line. */
export class DecisionFormatError extends Error {}

/** Reads one decision from a YAML entry's plain value. Throws DecisionFormatError saying what is wrong. */
export function decisionOf(entry: unknown): Decision {
  if (!entry || typeof entry !== "object" || Array.isArray(entry))
    throw new DecisionFormatError(`a decision must be a map such as "rename: Yonhap" with "to: …"`);
  const map = entry as Record<string, unknown>;
  // The first key names the action ("split" takes an "alias" key, which is also an action's name).
  const action = Object.keys(map)[0] as CurationAction | undefined;
  if (!action || !CURATION_ACTIONS.includes(action))
    throw new DecisionFormatError(
      `a decision starts with its action (${CURATION_ACTIONS.join(", ")})${action ? `, not "${action}"` : ""}`,
    );
  const allowed = new Set<string>([action, "note", "date", ...EXTRA_KEYS[action]]);
  const unknown = Object.keys(map).filter((k) => !allowed.has(k));
  if (unknown.length)
    throw new DecisionFormatError(`"${action}" does not take ${unknown.map((k) => `"${k}"`).join(", ")}`);
  const base: DecisionBase = {};
  if (map.note !== undefined) base.note = text(map.note, "note");
  if (map.date !== undefined)
    base.date = map.date instanceof Date ? map.date.toISOString().slice(0, 10) : text(map.date, "date");
  switch (action) {
    case "merge": {
      const entities = names(map.merge, "merge");
      if (entities.length < 2) throw new DecisionFormatError(`"merge" names two entities or more: merge: [A, B]`);
      return { action, entities, ...base };
    }
    case "reject": {
      const entities = names(map.reject, "reject");
      if (entities.length !== 2) throw new DecisionFormatError(`"reject" names two entities: reject: [A, B]`);
      const predicate = map.predicate === undefined ? undefined : text(map.predicate, "predicate");
      return { action, entities: [entities[0]!, entities[1]!], ...(predicate ? { predicate } : {}), ...base };
    }
    case "split": {
      const where: { document?: string; at?: number } = {};
      if (map.document !== undefined) where.document = text(map.document, "document");
      if (map.at !== undefined) {
        if (!Number.isInteger(map.at) || (map.at as number) < 0)
          throw new DecisionFormatError(`"at" is a mention's offset in its document, a whole number`);
        if (where.document === undefined)
          throw new DecisionFormatError(`"at" needs "document": the mention's document`);
        where.at = map.at as number;
      }
      return { action, entity: text(map.split, "split"), alias: text(map.alias, "alias"), ...where, ...base };
    }
    case "rename":
      return { action, entity: text(map.rename, "rename"), to: text(map.to, "to"), ...base };
    case "retype": {
      const to = text(map.to, "to");
      if (!(CURATION_TYPES as readonly string[]).includes(to))
        throw new DecisionFormatError(`"to" must be one of ${CURATION_TYPES.join(", ")}, not "${to}"`);
      return { action, entity: text(map.retype, "retype"), to: to as EntityType, ...base };
    }
    case "remove":
      return { action, entity: text(map.remove, "remove"), ...base };
    case "alias":
      return { action, entity: text(map.alias, "alias"), add: text(map.add, "add"), ...base };
  }
}

/** The keys each action takes besides its own, note and date. */
const EXTRA_KEYS: Readonly<Record<CurationAction, readonly string[]>> = {
  merge: [],
  split: ["alias", "document", "at"],
  rename: ["to"],
  retype: ["to"],
  remove: [],
  reject: ["predicate"],
  alias: ["add"],
};

/** The plain value a decision is written as (its action first, then its other keys, note and date last). */
export function entryOf(decision: Decision): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  switch (decision.action) {
    case "merge":
      entry.merge = decision.entities;
      break;
    case "reject":
      entry.reject = decision.entities;
      if (decision.predicate) entry.predicate = decision.predicate;
      break;
    case "split":
      entry.split = decision.entity;
      entry.alias = decision.alias;
      if (decision.document !== undefined) entry.document = decision.document;
      if (decision.at !== undefined) entry.at = decision.at;
      break;
    case "rename":
    case "retype":
      entry[decision.action] = decision.entity;
      entry.to = decision.to;
      break;
    case "remove":
      entry.remove = decision.entity;
      break;
    case "alias":
      entry.alias = decision.entity;
      entry.add = decision.add;
      break;
  }
  if (decision.note) entry.note = decision.note;
  if (decision.date) entry.date = decision.date;
  return entry;
}

/** The decision in words: "rename Yonhap → Yonhap News Agency". */
export function describeDecision(decision: Decision): string {
  switch (decision.action) {
    case "merge":
      return `merge ${decision.entities.map(quote).join(" + ")}`;
    case "reject":
      return `reject ${decision.predicate ?? "every relation"} between ${quote(decision.entities[0])} and ${quote(decision.entities[1])}`;
    case "split":
      return `split ${quote(decision.alias)} off ${quote(decision.entity)}${decision.document ? ` in ${decision.document}${decision.at !== undefined ? ` at ${decision.at}` : ""}` : ""}`;
    case "rename":
      return `rename ${quote(decision.entity)} → ${quote(decision.to)}`;
    case "retype":
      return `retype ${quote(decision.entity)} → ${decision.to}`;
    case "remove":
      return `remove ${quote(decision.entity)}`;
    case "alias":
      return `alias ${quote(decision.add)} for ${quote(decision.entity)}`;
  }
}

function quote(name: string): string {
  return `"${name}"`;
}

function text(value: unknown, key: string): string {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string" || !value.trim()) throw new DecisionFormatError(`"${key}" needs a name or text`);
  return value.trim();
}

function names(value: unknown, key: string): string[] {
  if (!Array.isArray(value)) throw new DecisionFormatError(`"${key}" takes a list of names: ${key}: [A, B]`);
  return value.map((v) => text(v, key));
}

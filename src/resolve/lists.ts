/**
 * Lists as type evidence: names coordinated in one list are things of one kind ("Chopin and Debussy", "Real
 * Madrid, Barcelona and Valencia", a line-up "Ingham, Mulligan, Fenton, Morley"), and so are the two sides of a
 * fixture ("Milton Keynes Dons v Peterborough", "Henman v Federer"). A document records, for each of
 * its entities, the entities it was listed with (`listedWithin`); the corpus then gives each entity a vote for the
 * type of each name it was listed with (`listVotes`), so that a name the recogniser misread once is carried by
 * its neighbours' types, which come from all of their own mentions.
 */
import type { EntityType } from "../types.js";

/** A resolved mention, as much of it as lists need. */
interface ListMention {
  start: number;
  end: number;
  sentence: number;
  entity?: string;
  adjectivalOf?: string;
}

/**
 * What may stand between two names of one list: a comma or "and"/"or", with a line-up's minutes and brackets
 * around them ("Priet (Ryan 79), McInderney"). A dash, a full stop or any word ends the list.
 */
const LIST_SEPARATOR = /^[\s\d()]*(?:,|,?\s+(?:and|or|v|vs)\.?\s)[\s\d()]*$/;
/** A line-up's substitute, bracketed with the minute he came on: "Priet (Ryan 79)". */
const SUBSTITUTE_OPENS = /^\s*\(\s*$/;
const SUBSTITUTE_CLOSES = /^\s+\d{1,3}\s*\)/;
/** A substitute the recogniser did not read as a name, with his minute: "Ravenhill (Price 90), Rigoglioso". */
const UNNAMED_SUBSTITUTE = /\(\s*\p{Lu}[\p{L}'’ -]*\s\d{1,3}\s*\)/gu;
/** Words that join two names as equals: "and", "or", and the "v" of a fixture ("Milton Keynes Dons v Peterborough"). */
const CONJUNCTION = /\s(?:and|or|v|vs)\.?\s/;

/**
 * The runs of names coordinated in one sentence, as indexes into `mentions` (in text order). A run counts as a
 * list with three names or more, or with two joined by "and"/"or": two names and a comma are as often a place and
 * its country ("Paris, France") or a name and an apposition.
 */
export function listRuns(text: string, mentions: readonly ListMention[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let joined = false;
  const close = () => {
    if (run.length >= 3 || (run.length === 2 && joined)) runs.push(run);
    run = [];
    joined = false;
  };
  mentions.forEach((m, i) => {
    if (!m.entity || m.adjectivalOf) return close();
    const previous = run.length ? mentions[run[run.length - 1]!]! : undefined;
    const between = previous ? text.slice(previous.end, m.start) : "";
    const separated =
      LIST_SEPARATOR.test(between.replace(UNNAMED_SUBSTITUTE, "")) ||
      (SUBSTITUTE_OPENS.test(between) && SUBSTITUTE_CLOSES.test(text.slice(m.end, m.end + 8)));
    if (previous && previous.sentence === m.sentence && separated) {
      if (CONJUNCTION.test(between)) joined = true;
    } else close();
    run.push(i);
  });
  close();
  return runs;
}

/** For each entity key of the document, how often each other entity was listed with it. */
export function listedWithin(text: string, mentions: readonly ListMention[]): Map<string, Record<string, number>> {
  const listed = new Map<string, Record<string, number>>();
  for (const run of listRuns(text, mentions)) {
    const keys = run.map((i) => mentions[i]!.entity!);
    for (const key of keys) {
      let neighbours = listed.get(key);
      if (!neighbours) listed.set(key, (neighbours = {}));
      for (const other of keys) if (other !== key) neighbours[other] = (neighbours[other] ?? 0) + 1;
    }
  }
  return listed;
}

/**
 * The type votes an entity gets from the names it was listed with: one per listing, for the type that the
 * neighbour has from its own votes (`typeOf`, undefined for a neighbour the corpus does not know).
 */
export function listVotes(
  listedWith: ReadonlyMap<string, number>,
  typeOf: (key: string) => EntityType | undefined,
): Map<EntityType, number> {
  const votes = new Map<EntityType, number>();
  for (const [key, n] of listedWith) {
    const type = typeOf(key);
    if (type) votes.set(type, (votes.get(type) ?? 0) + n);
  }
  return votes;
}

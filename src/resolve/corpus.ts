/**
 * Resolution across the corpus: local entities with the same name key become one entity; a one-word person
 * name that no document explained ("Putin") joins the corpus's only full name that fits ("Vladimir Putin"),
 * and stays apart when several fit (different people who share a surname).
 */
import type { AliasJoin } from "../contract.js";
import type { EntityType, JoinRule } from "../types.js";
import type { AliasIndex } from "./alias-index.js";
import { dominantType, type LocalEntity } from "./document.js";
import { isCountry } from "./cues.js";
import { listVotes } from "./lists.js";
import { NICKNAMES } from "./lexicon/nicknames.js";
import { keyTokens, nameKey } from "./normalise.js";

/** An entity of the whole corpus. */
export interface CorpusEntity {
  /** Name key, unique in the corpus. */
  key: string;
  label: string;
  entityType: EntityType;
  /** Every surface form seen, and the alias table's names for a known entity ("KCTV"), sorted. */
  aliases: string[];
  roles: string[];
  /** How each alias joined (set by the graph stage's `explainAliases`, changed by curation). */
  joins?: AliasJoin[];
  /** True once a curation decision has changed the entity. */
  curated?: boolean;
}

/** The corpus's entities and the map from each local (per-document) key to its corpus key. */
export interface CorpusResolution {
  entities: Map<string, CorpusEntity>;
  /** Local keys that resolve to another corpus key (a short name to its full name); any other is its own. */
  canonicalKey: Map<string, string>;
  /** The rule that sent each key of `canonicalKey` to its corpus key (for `kgraph why`). */
  joinedBy: Map<string, JoinRule>;
}

interface Accumulator {
  forms: Map<string, number>;
  types: Map<EntityType, number>;
  /** Made at the first role: most entities never have one. */
  roles?: Set<string>;
  canonical?: string;
  /** Entities listed with this one, with how often (made at the first list: most entities are in none). */
  listedWith?: Map<string, number>;
  /** Corpus position of the document that gave `canonical`. */
  canonicalAt?: number;
  shortName: boolean;
}

/** How many times the mentions of the next candidate a full name needs to take a bare name across the corpus. */
const DOMINANCE = 3;

/**
 * True when one of the entity's forms ends in the word `key` ("Lewis-Francis" does not end in "Francis": a
 * hyphenated surname is used whole).
 */
function endsWithWord(acc: Accumulator, key: string): boolean {
  for (const form of acc.forms.keys()) if (nameKey(form.split(/\s+/).at(-1)!) === key) return true;
  return false;
}

/** True when one of the entity's forms is the name `key` ("Kylie" among Kylie Minogue's forms). */
function calledBy(acc: Accumulator, key: string): boolean {
  for (const form of acc.forms.keys()) if (nameKey(form) === key) return true;
  return false;
}

/** Merges the local entities of every document into corpus entities. */
export function resolveCorpus(documents: Iterable<readonly LocalEntity[]>, aliases?: AliasIndex): CorpusResolution {
  const resolver = new CorpusResolver();
  let position = 0;
  for (const entities of documents) resolver.add(position++, entities);
  return resolver.finish(aliases);
}

/**
 * Resolution in two steps: the documents' local entities are added one document at a time, in any order, and
 * `finish` resolves. The result
 * does not depend on the order: counts add up, sets are sorted at the end, and where two documents name a
 * different canonical name for one key, the later one in the corpus wins, as when added in corpus order.
 */
export class CorpusResolver {
  private readonly byKey = new Map<string, Accumulator>();
  /** Adds the local entities of the document at `position` in the corpus. */
  add(position: number, entities: readonly LocalEntity[]): void {
    for (const e of entities) {
      let acc = this.byKey.get(e.key);
      if (!acc) this.byKey.set(e.key, (acc = { forms: new Map(), types: new Map(), shortName: true }));
      // for…in, not Object.entries: no array per entry over the corpus's 30k local entities.
      for (const form in e.forms) acc.forms.set(form, (acc.forms.get(form) ?? 0) + e.forms[form]!);
      for (const type in e.types)
        acc.types.set(
          type as EntityType,
          (acc.types.get(type as EntityType) ?? 0) + (e.types[type as EntityType] ?? 0),
        );
      for (const role of e.roles) (acc.roles ??= new Set()).add(role);
      for (const other in e.listedWith ?? {})
        (acc.listedWith ??= new Map()).set(other, (acc.listedWith.get(other) ?? 0) + e.listedWith![other]!);
      if (e.canonical && position >= (acc.canonicalAt ?? -1)) {
        acc.canonical = e.canonical;
        acc.canonicalAt = position;
      }
      // A key is a short name only if every document left it unexplained.
      if (!e.shortName) acc.shortName = false;
    }
  }

  /** Resolves what has been added. */
  finish(aliases?: AliasIndex): CorpusResolution {
    return resolveAccumulated(this.byKey, aliases);
  }
}

/** Corpus entities from the accumulated local entities (consumes `byKey`). */
function resolveAccumulated(byKey: Map<string, Accumulator>, aliases?: AliasIndex): CorpusResolution {
  // Full person names by first and by last word, so that each short name finds its candidates directly.
  const fullNamesByEndWord = new Map<string, Set<string>>();
  // How many full names each word begins and ends: a word that begins more than it ends is a given name.
  const begins = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const [key, acc] of byKey) {
    if (majorityType(acc) !== "person" || !key.includes(" ")) continue;
    const words = keyTokens(key);
    if (words.length < 2) continue;
    begins.set(words[0]!, (begins.get(words[0]!) ?? 0) + 1);
    ends.set(words.at(-1)!, (ends.get(words.at(-1)!) ?? 0) + 1);
    for (const word of [words[0]!, words[words.length - 1]!]) {
      const set = fullNamesByEndWord.get(word) ?? new Set<string>();
      set.add(key);
      fullNamesByEndWord.set(word, set);
    }
  }
  const givenName = (word: string) => (begins.get(word) ?? 0) > (ends.get(word) ?? 0);
  const canonicalKey = new Map<string, string>();
  const joinedBy = new Map<string, JoinRule>();
  // "George Bush" and "George W Bush": a full name that another lacks only a middle initial of is that name,
  // when exactly one such longer name exists; likewise a familiar given name ("Steve") and its full form.
  for (const [key, acc] of byKey) {
    const words = keyTokens(key);
    if (words.length !== 2 || majorityType(acc) !== "person") continue;
    const longer = [...(fullNamesByEndWord.get(words[0]!) ?? [])].filter((k) => {
      const w = keyTokens(k);
      return w.length === 3 && w[0] === words[0] && w[2] === words[1] && w[1]!.length === 1;
    });
    if (longer.length === 1) {
      canonicalKey.set(key, longer[0]!);
      joinedBy.set(key, "middle-initial");
      continue;
    }
    // "Steve Gerrard" and "Steven Gerrard": a familiar given name joins the full one when exactly one fits.
    const formal = (NICKNAMES[words[0]!] ?? [])
      .map((given) => `${given} ${words[1]}`)
      .filter((k) => k !== key && byKey.has(k) && majorityType(byKey.get(k)!) === "person");
    if (formal.length === 1) {
      canonicalKey.set(key, formal[0]!);
      joinedBy.set(key, "nickname");
    }
  }
  const mentionsOf = (key: string) => {
    let n = 0;
    for (const count of byKey.get(key)?.forms.values() ?? []) n += count;
    for (const [from, to] of canonicalKey) if (to === key) n += mentionsOf(from);
    return n;
  };
  for (const [key, acc] of byKey) {
    if (!fullNamesByEndWord.has(key) || majorityType(acc) !== "person") continue;
    const fits = [...fullNamesByEndWord.get(key)!].filter((k) => !canonicalKey.has(k));
    if (fits.length === 1) {
      // A bare given name goes to the one full name it begins only where some document called that person by
      // it ("Kylie Minogue … Kylie"): news names people by their surname, and a given name alone is as often
      // someone else's whole name ("Estelle" the singer is not Estelle Morris the minister). The same holds for
      // a surname that the corpus's full names use more as a given name ("John" is not Elton John).
      const full = byKey.get(fits[0]!)!;
      const byGivenName = keyTokens(fits[0]!).at(-1) !== key || givenName(key);
      if (acc.shortName && (!byGivenName || calledBy(full, key)) && endsWithWord(full, key))
        canonicalKey.set(key, fits[0]!);
      continue;
    }
    // Salience: a bare "Bush" that no document explained is the corpus's dominant full name that fits, when
    // that name has at least DOMINANCE times the mentions of the next ("George W Bush" over "Kate Bush").
    // Only surnames: a bare first name ("George") is too common to give to the corpus's best-known George.
    const bySurname = fits.filter((k) => keyTokens(k).at(-1) === key && endsWithWord(byKey.get(k)!, key));
    const ranked = bySurname.map((k) => ({ k, n: mentionsOf(k) })).sort((a, b) => b.n - a.n || (a.k < b.k ? -1 : 1));
    // A name some document kept as its own (not a short form there) still goes when the full name dominates.
    // A given name (as above) goes only to a full name that some document called by it.
    const top = ranked[0];
    if (top && top.n >= DOMINANCE * (ranked[1]?.n ?? 0) && (!givenName(key) || calledBy(byKey.get(top.k)!, key)))
      canonicalKey.set(key, top.k);
  }

  for (const [key, target] of connectiveVariants(byKey, canonicalKey, mentionsOf)) {
    canonicalKey.set(key, target);
    joinedBy.set(key, "connective-variant");
  }
  foldTiedShortForms(byKey, canonicalKey, mentionsOf);
  foldProductCodes(byKey, canonicalKey);
  // Every other fold is a bare or short name given to the corpus's full name.
  for (const key of canonicalKey.keys()) if (!joinedBy.has(key)) joinedBy.set(key, "corpus-short-form");

  // Fold the accumulators of short names into their full names.
  for (const [key, target] of canonicalKey) {
    const from = byKey.get(key)!;
    const to = byKey.get(target)!;
    for (const [form, n] of from.forms) to.forms.set(form, (to.forms.get(form) ?? 0) + n);
    for (const [type, n] of from.types) to.types.set(type, (to.types.get(type) ?? 0) + n);
    for (const role of from.roles ?? []) (to.roles ??= new Set()).add(role);
    for (const [other, n] of from.listedWith ?? [])
      (to.listedWith ??= new Map()).set(other, (to.listedWith.get(other) ?? 0) + n);
    byKey.delete(key);
  }
  addListVotes(byKey, canonicalKey);

  const entities = new Map<string, CorpusEntity>();
  for (const key of [...byKey.keys()].sort()) {
    const acc = byKey.get(key)!;
    const label = acc.canonical ?? bestForm(key, acc.forms, majorityType(acc) !== "person");
    const known = acc.canonical ? aliases?.lookup(acc.canonical) : undefined;
    entities.set(key, {
      key,
      label,
      entityType: majorityType(acc),
      aliases:
        known || acc.forms.size > 1
          ? [...new Set([...acc.forms.keys(), ...(known ? [known.name, ...known.aliases] : [])])].sort()
          : [...acc.forms.keys()],
      roles: acc.roles ? [...acc.roles].sort() : [],
    });
  }
  return { entities, canonicalKey, joinedBy };
}

/** Words that connect the parts of an organisation's name, which news varies: "of" or "for", "and" or "&". */
const CONNECTIVES = new Set(["of", "for", "the", "and", "&"]);

/**
 * Organisation and outlet names that differ only in their connecting words ("Institute of Fiscal Studies" and
 * "Institute for Fiscal Studies", "Securities & Exchange Commission"), each with the most mentioned of its group:
 * one body, named as each writer remembers it. Names of two words or fewer besides the connectives are left alone.
 */
function connectiveVariants(
  byKey: ReadonlyMap<string, Accumulator>,
  canonicalKey: ReadonlyMap<string, string>,
  mentionsOf: (key: string) => number,
): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const [key, acc] of byKey) {
    const type = majorityType(acc);
    if (canonicalKey.has(key) || (type !== "organization" && type !== "media")) continue;
    const core = keyTokens(key).filter((w) => !CONNECTIVES.has(w));
    if (core.length < 3) continue;
    const id = `${type}\u0000${core.join(" ")}`;
    (groups.get(id) ?? groups.set(id, []).get(id)!).push(key);
  }
  const folds = new Map<string, string>();
  for (const keys of groups.values()) {
    if (keys.length < 2) continue;
    const [best, ...rest] = keys.sort((a, b) => mentionsOf(b) - mentionsOf(a) || (a < b ? -1 : 1));
    for (const key of rest) folds.set(key, best!);
  }
  return folds;
}

/**
 * Short forms that some document tied to a longer name, given that name across the corpus when it dominates
 * the other names they were tied to: "the Commons" (House of Commons), "the Commission" (European Commission),
 * "United" (Manchester United) as an organisation's last word; "Kilroy-Silk", "Gerrard" read as a place or an
 * organisation but the surname of a person (only when that person has the more mentions: "Washington" the city
 * does not become Denzel Washington because one review calls him so). A short form with more than DOMINANCE
 * times the long name's mentions stays apart ("Liverpool" and "BBC Radio Liverpool"); countries never fold.
 */
function foldTiedShortForms(
  byKey: Map<string, Accumulator>,
  canonicalKey: Map<string, string>,
  mentionsOf: (key: string) => number,
): void {
  // Longer names by their last word, and whether a document tied a short form to them (it is among their forms).
  const byLastWord = new Map<string, string[]>();
  for (const [key, acc] of byKey) {
    const words = keyTokens(key);
    // Two names run together ("Nortel Networks and Motorola") are no name to fold anything into.
    if (words.length < 2 || canonicalKey.has(key) || /\s(?:and|or)\s/.test(key)) continue;
    const type = majorityType(acc);
    if (type !== "person" && type !== "organization" && type !== "media") continue;
    const list = byLastWord.get(words.at(-1)!) ?? [];
    list.push(key);
    byLastWord.set(words.at(-1)!, list);
  }
  // One-word names by the clipped forms a document defined for them ("Yuganskneftegas (Yugansk)": "yugansk").
  const byClippedForm = new Map<string, string[]>();
  for (const [key, acc] of byKey) {
    if (canonicalKey.has(key) || key.includes(" ")) continue;
    for (const form of acc.forms.keys()) {
      const short = nameKey(form);
      if (short === key || short.includes(" ") || short.length < 4 || !key.startsWith(short)) continue;
      const list = byClippedForm.get(short) ?? [];
      if (!list.includes(key)) list.push(key);
      byClippedForm.set(short, list);
    }
  }
  for (const [key, acc] of byKey) {
    if (canonicalKey.has(key) || isCountry(key)) continue;
    const type = majorityType(acc);
    if (type === "misc") continue;
    const words = keyTokens(key);
    const candidates = (byLastWord.get(words.at(-1)!) ?? []).filter((full) => {
      const f = keyTokens(full);
      if (f.length <= words.length || !words.every((w, i) => f[f.length - words.length + i] === w)) return false;
      const fullType = majorityType(byKey.get(full)!);
      // An organisation's last word stands for it only as one word; a person's surname may be hyphenated.
      if (fullType !== "person" && words.length !== 1) return false;
      return calledBy(byKey.get(full)!, key);
    });
    // A clipped form the text defined is that name whatever it was read as elsewhere (when it is the only one).
    const clippedOf = byClippedForm.get(key);
    if (candidates.length === 0 && clippedOf?.length === 1 && type !== "person") {
      canonicalKey.set(key, clippedOf[0]!);
      continue;
    }
    if (candidates.length === 0) continue;
    // A name read as a person goes to a person by the surname rules above; here only to an organisation it was
    // tied to ("United", misread as a person, in Manchester United's reports), when no person's name fits.
    if (type === "person" && candidates.some((k) => majorityType(byKey.get(k)!) === "person")) continue;
    const ranked = candidates.map((k) => ({ k, n: mentionsOf(k) })).sort((a, b) => b.n - a.n || (a.k < b.k ? -1 : 1));
    const best = ranked[0]!;
    if (best.n < DOMINANCE * (ranked[1]?.n ?? 0)) continue;
    const toPerson = majorityType(byKey.get(best.k)!) === "person";
    // A place's name goes only to a person, and only a compound one ("Kilroy-Silk"; "Houston" the city stays
    // apart from a Mr Houston); a short form far more mentioned than the long name is
    // its own entity ("Liverpool", tied once to "BBC Radio Liverpool").
    if (type === "place" && (!toPerson || words.length < 2)) continue;
    if (mentionsOf(key) > (toPerson ? 1 : DOMINANCE) * best.n) continue;
    canonicalKey.set(key, best.k);
  }
}

/**
 * Each entity's votes from the names it was listed with (see lists.ts), each neighbour typed by its own votes
 * before any list vote is added, so that the order of the entities does not matter. Countries keep their type
 * (news lists national teams with clubs), and so do names read as MISC.
 */
function addListVotes(byKey: Map<string, Accumulator>, canonicalKey: Map<string, string>): void {
  const ownType = new Map<string, EntityType>();
  for (const [key, acc] of byKey) ownType.set(key, majorityType(acc));
  for (const [key, acc] of byKey) {
    // A name read as a work, product or event keeps that reading: "Space Invaders, Pac-Man and Donkey Kong" are
    // listed with each other, and one misread title must not pull the others into people.
    if (!acc.listedWith || isCountry(key) || ownType.get(key) === "misc") continue;
    const neighbours = new Map<string, number>();
    for (const [other, n] of acc.listedWith) {
      const target = canonicalKey.get(other) ?? other;
      if (target !== key) neighbours.set(target, (neighbours.get(target) ?? 0) + n);
    }
    for (const [type, n] of listVotes(neighbours, (k) => ownType.get(k)))
      acc.types.set(type, (acc.types.get(type) ?? 0) + n);
  }
}

/**
 * A product's code used alone ("DS", "PSP") is the product its maker's name and the code make ("Nintendo DS",
 * "Sony PSP"), which the corpus reads as MISC: a code (capitals and digits) that ends exactly one such MISC name
 * whose other words are an organisation of the corpus goes to that name, and its mentions vote with it.
 */
function foldProductCodes(byKey: Map<string, Accumulator>, canonicalKey: Map<string, string>): void {
  const productsByCode = new Map<string, string[]>();
  for (const [key, acc] of byKey) {
    const words = keyTokens(key);
    if (words.length < 2 || canonicalKey.has(key) || majorityType(acc) !== "misc") continue;
    const maker = byKey.get(words.slice(0, -1).join(" "));
    const makerType = maker ? majorityType(maker) : undefined;
    if (makerType !== "organization" && makerType !== "media") continue;
    const list = productsByCode.get(words.at(-1)!) ?? [];
    list.push(key);
    productsByCode.set(words.at(-1)!, list);
  }
  for (const [key, acc] of byKey) {
    const products = productsByCode.get(key);
    if (products?.length !== 1 || canonicalKey.has(key)) continue;
    if (![...acc.forms.keys()].every((form) => /^[\p{Lu}\d][\p{Lu}\d-]{1,5}$/u.test(form))) continue;
    canonicalKey.set(key, products[0]!);
  }
}

function majorityType(acc: Accumulator): EntityType {
  return dominantType(acc.types);
}

/** The label: the most frequent full form (one whose key is the entity's), longest then alphabetical among equals. */
function bestForm(key: string, forms: Map<string, number>, preferDominantShort = false): string {
  // Most entities have one form: it is the label either way.
  if (forms.size === 1) return forms.keys().next().value!;
  const order = (a: [string, number], b: [string, number]) =>
    b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1);
  const full = [...forms.entries()].filter(([form]) => nameKey(form) === key);
  const pool = full.length ? full : [...forms.entries()];
  pool.sort(order);
  // An organisation or place known by the last words of its name far more than by the whole keeps them
  // ("Lions" over a cut "Irish Lions"); not a first word ("Oxford" for Oxford University); a person keeps the
  // full name.
  if (preferDominantShort && pool[0]) {
    const top = [...forms.entries()].sort(order)[0]!;
    const words = keyTokens(nameKey(top[0]));
    const whole = keyTokens(key);
    const ending = words.length < whole.length && words.every((w, i) => whole[whole.length - words.length + i] === w);
    // (Not for two names run together: "S&N and United" is no "United".)
    if (ending && !/\s(?:and|or)\s/.test(key) && top[1] >= DOMINANCE * pool[0][1]) return top[0];
  }
  return pool[0]?.[0] ?? key;
}

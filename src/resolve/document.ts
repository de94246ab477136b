/**
 * Resolution within one document: groups cleaned mentions into entities. Spelling variants share a name key;
 * known aliases and in-text acronyms ("Korean Central Television (KCTV)") point to their expansion; a bare
 * surname or first name joins the most salient compatible full name, and stays unresolved when two fit equally.
 */
import type { EntityType, JoinRule, LocalEntity } from "../types.js";
import type { AliasIndex } from "./alias-index.js";
import type { CleanMention } from "./clean.js";
import { CUE_WEIGHT, DEFINITION_WEIGHT, isCountry } from "./cues.js";
import { EVENT_HEADS } from "./lexicon/cues.js";
import { placeOfDemonym } from "./lexicon/demonyms.js";
import { listedWithin } from "./lists.js";
import { initials, isPartOf, keyTokens, nameKey } from "./normalise.js";
import { partitionPoint } from "../util/search.js";
import { isListedPlace } from "../nlp/index.js";

/** An entity as one document knows it (`key` is its name key; the corpus stage merges these across documents). */
export type { LocalEntity };

/** A resolved mention: a cleaned mention and the key of its entity (undefined: ambiguous short form). */
export interface ResolvedMention extends CleanMention {
  entity?: string;
  /** The rule that tied the mention to an entity whose key is not its own name's ("Putin" → Vladimir Putin). */
  joined?: JoinRule;
}

/** A document's entities and its mentions resolved to them. */
export interface DocumentResolution {
  entities: LocalEntity[];
  mentions: ResolvedMention[];
}

/** Resolves the cleaned mentions of one document (in text order) to local entities. */
export function resolveDocument(
  text: string,
  mentions: readonly CleanMention[],
  aliases: AliasIndex,
): DocumentResolution {
  const entities = new Map<string, LocalEntity>();
  const acronyms = inTextAcronyms(text, mentions);
  const clipped = inTextClippedForms(text, mentions);
  const resolved: ResolvedMention[] = mentions
    // MISC mentions (works, products, events, awards) are kept: they vote "misc" for their name, and the
    // corpus leaves MISC entities out of the graph while `kgraph extract` reports them by type.
    .map((m) => ({ ...m }));

  // Person names that a longer person name of the document extends ("Kim", "Kim Jong" ⊂ "Kim Jong Un"): the
  // proper prefixes and suffixes of every person name, so that the test is one lookup (see `partsOf`).
  const personParts = new Set<string>();
  for (const m of resolved) if (m.entityType === "person" && !m.adjectivalOf) addParts(personParts, nameKey(m.text));
  const isPartial = (key: string) => personParts.has(keyTokens(key).join(" "));
  // Likewise for places and organisations ("Taito" ⊂ "Taito Corporation", "Mola" ⊂ "Mola di Bari"): a short
  // form that begins exactly one longer name of the same kind in the document is that name, when what the
  // long name adds is a designator ("Corporation", "River") or a connected phrase ("di Bari"), not another
  // name ("Square Enix Europe" is a subsidiary, not Square Enix).
  // Indexed once per document by each name's proper prefixes, and answered once per name and kind: comparing
  // every mention with every other name cost the square of the document's length.
  const longerByPrefix = new Map<string, Array<{ group: string; key: string; text: string }>>();
  const indexed = new Set<string>();
  for (const o of resolved) {
    if (o.adjectivalOf) continue;
    const name = { group: typeGroup(o.entityType), key: nameKey(o.text), text: o.text };
    const id = `${name.group}\u0000${name.text}`;
    if (indexed.has(id)) continue;
    indexed.add(id);
    const words = keyTokens(name.key);
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(" ");
      let list = longerByPrefix.get(prefix);
      if (!list) longerByPrefix.set(prefix, (list = []));
      list.push(name);
    }
  }
  const longerKnown = new Map<string, string | undefined>();
  const longerName = (m: CleanMention): string | undefined => {
    const key = nameKey(m.text);
    const group = typeGroup(m.entityType);
    const id = `${group}\u0000${key}`;
    if (longerKnown.has(id)) return longerKnown.get(id);
    const candidates = longerByPrefix.get(keyTokens(key).join(" ")) ?? [];
    const fits = new Set(
      candidates.filter((o) => o.group === group && isShortFormOf(key, o.key, o.text)).map((o) => o.key),
    );
    // Among nested candidates ("Johns Hopkins University" ⊂ "Johns Hopkins University Press") keep the shortest:
    // a candidate is minimal when none of its own proper prefixes or suffixes is a candidate (isPartOf).
    const minimal = [...fits].filter((k) => !partsOf(k).some((part) => fits.has(part)));
    const answer = minimal.length === 1 ? minimal[0] : undefined;
    longerKnown.set(id, answer);
    return answer;
  };
  // Pass 2's lookups: the multi-word entities by the initials of their label, kept current as labels change (the
  // first made wins, as a scan in insertion order found), and the person names by their parts, with how often
  // each was mentioned so far.
  const byInitials = new Map<string, LocalEntity[]>();
  const initialsOf = new Map<LocalEntity, string>();
  const made = new Map<LocalEntity, number>();
  let initialsIndexed = false;
  const fullNames = new FullNameIndex(resolved);

  // Full person names, less the ones the alias table knows as something else ("Man Utd" read as a person), filed
  // under their proper suffixes ("gerrard" → "steven gerrard") so that a surname is one lookup.
  const fullPersonsBySuffix = new Map<string, Set<string>>();
  for (const m of resolved) {
    if (m.entityType !== "person" || m.adjectivalOf) continue;
    const k = nameKey(m.text);
    const words = keyTokens(k);
    const known = aliases.lookup(k);
    if (words.length < 2 || (known?.type && known.type !== "person")) continue;
    for (let n = 1; n < words.length; n++) {
      const suffix = words.slice(words.length - n).join(" ");
      let set = fullPersonsBySuffix.get(suffix);
      if (!set) fullPersonsBySuffix.set(suffix, (set = new Set()));
      set.add(k);
    }
  }
  const personOfSurname = (key: string): string | undefined => {
    const fits = fullPersonsBySuffix.get(keyTokens(key).join(" "));
    return fits?.size === 1 ? [...fits][0] : undefined;
  };
  // Multi-word organisation names headed by a common noun, by their last word ("Dallas Mavericks" under
  // "mavericks"), for the same reason.
  const organisationsByLastWord = new Map<string, Set<string>>();
  for (const o of resolved) {
    if (o.adjectivalOf || typeGroup(o.entityType) !== "organization") continue;
    const words = keyTokens(nameKey(o.text));
    if (words.length < 2 || !headedByCommonNoun(o.text)) continue;
    let set = organisationsByLastWord.get(words.at(-1)!);
    if (!set) organisationsByLastWord.set(words.at(-1)!, (set = new Set()));
    set.add(nameKey(o.text));
  }
  const organisationEndingWith = (m: CleanMention): string | undefined => {
    const key = nameKey(m.text);
    if (typeGroup(m.entityType) !== "organization" || keyTokens(key).length !== 1) return undefined;
    const fits = organisationsByLastWord.get(key);
    return fits?.size === 1 ? [...fits][0] : undefined;
  };

  // "Nintendo DS", "Sony PSP": an organisation's name right before another one-word organisation name (one
  // space apart) makes the second its product.
  resolved.forEach((m, i) => {
    const previous = resolved[i - 1];
    if (
      previous &&
      previous.entityType === "organization" &&
      m.entityType === "organization" &&
      previous.sentence === m.sentence &&
      m.start === previous.end + 1 &&
      text[previous.end] === " " &&
      !m.text.includes(" ")
    )
      m.cue = "misc";
  });

  // "G Henson (Neath-Swansea)", "Paul Flynn (Labour)": a name in brackets right after a person's is their club or
  // party, an organisation (a country there is a national side, and stays a place). Once per name and document: a
  // line-up repeats one fact, and a city whose club fills a line-up is still mostly the city.
  const bracketed = new Set<string>();
  resolved.forEach((m, i) => {
    const previous = resolved[i - 1];
    if (
      previous?.entityType === "person" &&
      (m.entityType === "place" || m.entityType === "organization") &&
      !bracketed.has(m.text) &&
      !acronyms.has(m.text) && // "Internet Explorer (IE)" defines an acronym
      previous.sentence === m.sentence &&
      /^\s*\(\s*$/.test(text.slice(previous.end, m.start)) &&
      /^\s*\)/.test(text.slice(m.end, m.end + 3)) &&
      !isCountry(m.text)
    ) {
      m.cue = "organization";
      bracketed.add(m.text);
    }
  });

  // "community support officers (CSOs)", "purchasing managers' index (PMI)": an acronym that the text defines as
  // lower-case words is a common noun, not a name; its mentions vote MISC (which makes no node).
  const common = commonNounAcronyms(text);
  if (common.size) for (const m of resolved) if (common.has(m.text.replace(/s$/, ""))) m.cue = "misc";

  // Per name, how many more times the recogniser read it as a person than as anything else in the document.
  const personReadings = new Map<string, number>();
  for (const m of resolved)
    if (!m.adjectivalOf)
      personReadings.set(m.text, (personReadings.get(m.text) ?? 0) + (m.entityType === "person" ? 1 : -1));
  const reread = new Set<number>();

  // Pass 1: full names, known aliases, acronyms and demonyms get their key directly.
  const pending: number[] = [];
  resolved.forEach((m, i) => {
    const target = m.adjectivalOf ?? m.text;
    const known = aliases.lookup(target) ?? (m.longForm ? aliases.lookup(m.longForm) : undefined);
    const expansion = acronyms.get(m.text);
    if (known) return attach(m, nameKey(known.name), { canonical: known.name, type: known.type, rule: "known-alias" });
    if (expansion !== undefined) {
      // "Internet Protocol (IP)": the acronym is what its expansion's own last word says it is (an event, a
      // technology), wherever it stands alone.
      if (EVENT_HEADS.has(keyTokens(expansion).at(-1) ?? "")) m.cue = "misc";
      return attach(m, expansion, { rule: "acronym" });
    }
    const clippedOf = clipped.get(m.text);
    if (clippedOf !== undefined && !m.adjectivalOf) return attach(m, clippedOf, { rule: "short-form" });
    if (m.entityType === "person" && (keyTokens(nameKey(m.text)).length === 1 || isPartial(nameKey(m.text))))
      return void pending.push(i);
    if (/^\p{Lu}{2,6}$/u.test(m.text)) return void pending.push(i); // unexplained acronym: try pass 2
    if (!m.adjectivalOf && m.entityType !== "person") {
      const longer = longerName(m);
      if (longer) return attach(m, longer, { rule: "short-form" });
      // "Gerrard", "Kilroy-Silk" read as an organisation or place where the document names Steven Gerrard,
      // Robert Kilroy-Silk: the surname of a person the document names is that person (countries excepted).
      // A place only with a compound name or one that no gazetteer lists as a place: "Washington" the city stays
      // apart from George Washington, and "Padden" read as a place is Mike Padden.
      const surnameLike =
        !isCountry(m.text) &&
        (m.entityType !== "place" || keyTokens(nameKey(m.text)).length > 1 || !isListedPlace(nameKey(m.text)));
      const person = surnameLike ? personOfSurname(nameKey(m.text)) : undefined;
      if (person) return attach(m, person, { type: "person", rule: "surname" });
      // One sense per document: "Good luck to Kilroy" read as a place where the document reads "Kilroy" as a
      // person more often is that person's short name too, if pass 2 finds the full name (countries excepted).
      if (!isCountry(m.text) && (personReadings.get(m.text) ?? 0) > 0 && keyTokens(nameKey(m.text)).length === 1) {
        reread.add(i);
        return void pending.push(i);
      }
      // "the Commission", "the Commons" after "European Commission", "House of Commons": the last word of
      // exactly one organisation name of the document stands for it.
      const whole = organisationEndingWith(m);
      if (whole) return attach(m, whole, { rule: "short-form" });
    }
    attach(m, nameKey(target), {});
  });

  // Pass 2: short forms and bare acronyms, against the full names of the whole document.
  for (const i of pending) {
    const m = resolved[i]!;
    const key = nameKey(m.text);
    if (reread.has(i)) {
      const full = chooseFullName(key, i, resolved, entities, fullNames);
      if (full && full !== "ambiguous") attach(m, full, { type: "person", rule: "surname" });
      else attach(m, key, {});
    } else if (m.entityType === "person") {
      const full = chooseFullName(key, i, resolved, entities, fullNames);
      if (full === "ambiguous") continue;
      if (full) attach(m, full, { rule: "surname" });
      else attach(m, key, { shortName: keyTokens(key).length === 1 });
    } else {
      if (!initialsIndexed) for (const e of entities.values()) indexInitials(e);
      initialsIndexed = true;
      const expansion = byInitials.get(m.text)?.[0];
      attach(m, expansion ? expansion.key : key, expansion ? { rule: "initials" } : {});
    }
  }
  for (const [key, neighbours] of listedWithin(text, resolved)) entities.get(key)!.listedWith = neighbours;
  return { entities: [...entities.values()].sort((a, b) => (a.key < b.key ? -1 : 1)), mentions: resolved };

  function attach(
    m: ResolvedMention,
    key: string,
    info: { canonical?: string; type?: EntityType | undefined; shortName?: boolean; rule?: JoinRule },
  ): void {
    m.entity = key;
    // Recorded only where the rule made a difference: a name whose own key is the entity's joined by its name.
    if (info.rule && !m.adjectivalOf && nameKey(m.text) !== key) m.joined = info.rule;
    let e = entities.get(key);
    if (!e) {
      e = { key, forms: {}, types: {}, roles: [] };
      entities.set(key, e);
      made.set(e, made.size);
    }
    if (info.canonical) e.canonical = info.canonical;
    if (info.shortName) e.shortName = true;
    const type = info.type ?? m.entityType;
    if (!m.adjectivalOf) {
      e.forms[m.text] = (e.forms[m.text] ?? 0) + 1;
      if (m.longForm) e.forms[m.longForm] = e.forms[m.longForm] ?? 0;
      e.types[type] = (e.types[type] ?? 0) + 1;
      // What the sentence says of the name outweighs the recogniser's reading of it (see resolve/cues.ts).
      // (A known alias's type comes from the table: "North Korea" stays a place after "President".)
      // An outlet is an organisation: a cue that says "organisation" of a name read as media confirms it.
      const cue = m.cue === "organization" && m.entityType === "media" ? "media" : m.cue;
      if (cue && !info.type) e.types[cue] = (e.types[cue] ?? 0) + (m.defined ? DEFINITION_WEIGHT : CUE_WEIGHT);
    } else {
      e.types.place = (e.types.place ?? 0) + 1;
      e.canonical ??= m.adjectivalOf;
    }
    if (m.role && !e.roles.includes(m.role)) e.roles.push(m.role);
    if (initialsIndexed) indexInitials(e);
  }

  /** Files a multi-word entity under the initials of its label (again, when a new form changed its label). */
  function indexInitials(e: LocalEntity): void {
    if (e.key.split(" ").length < 2) return;
    const letters = initials(labelOf(e));
    const before = initialsOf.get(e);
    if (before === letters) return;
    if (before !== undefined) {
      const list = byInitials.get(before)!;
      list.splice(list.indexOf(e), 1);
    }
    initialsOf.set(e, letters);
    let list = byInitials.get(letters);
    if (!list) byInitials.set(letters, (list = []));
    // Kept in the order the entities were made: the first is the one a scan of the entities would find.
    const rank = made.get(e)!;
    let at = list.length;
    while (at > 0 && made.get(list[at - 1]!)! > rank) at--;
    list.splice(at, 0, e);
  }
}

/** The proper prefixes and suffixes of a name key, as keys ("kim", "kim jong", "jong un", "un" of "kim jong un"). */
function partsOf(key: string): string[] {
  const words = keyTokens(key);
  const parts: string[] = [];
  for (let n = 1; n < words.length; n++) {
    parts.push(words.slice(0, n).join(" "), words.slice(words.length - n).join(" "));
  }
  return parts;
}

function addParts(set: Set<string>, key: string): void {
  for (const part of partsOf(key)) set.add(part);
}

/**
 * True when a name's last word is a common noun that the name qualifies ("House of Commons", "European
 * Commission"): a lower-case connector, a leading demonym, or a club's last word ("Manchester United"). "BBC
 * Radio Liverpool" ends with another name.
 */
function headedByCommonNoun(text: string): boolean {
  const words = text.split(/\s+/);
  // Football clubs' last words ("Manchester United", "Leeds United") stand for the club in its reports.
  if (words.length > 1 && CLUB_WORDS.has((words.at(-1) ?? "").toLowerCase())) return true;
  if (words.some((w) => /^(?:and|or|&)$/i.test(w))) return false; // two names run together ("Nortel and Motorola")
  return words.slice(1, -1).some((w) => /^\p{Ll}/u.test(w)) || placeOfDemonym(words[0] ?? "") !== undefined;
}

/** The last words of football clubs' names ("Leeds United", "Bristol Rovers") that reports use alone. */
const CLUB_WORDS = new Set(["united", "city", "rovers", "athletic", "wanderers", "albion", "county", "town"]);

/** Words that designate what kind of thing a name is, and that texts drop on later mentions. */
export const DESIGNATORS: ReadonlySet<string> = new Set([
  "corporation",
  "corp",
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "plc",
  "llc",
  "co",
  "company",
  "group",
  "holdings",
  "university",
  "college",
  "school",
  "institute",
  "river",
  "lake",
  "mountain",
  "mountains",
  "island",
  "islands",
  "county",
  "city",
  "fc",
  "afc",
  "cf",
  "il",
  "sc",
  "club",
  "party",
  "records",
  "airlines",
  "airways",
  "bank",
  "hospital",
  "church",
  "cathedral",
  "museum",
  "agency",
  "band",
  "international",
  "foundation",
  "association",
  "society",
  "studios",
  "entertainment",
  "motors",
  "games",
  "software",
]);

/** True when `short` begins `full` and the rest of `full` is designators or a phrase opened by a lower-case word. */
function isShortFormOf(short: string, full: string, fullText: string): boolean {
  const s = keyTokens(short);
  const f = keyTokens(full);
  if (s.length >= f.length || !s.every((w, i) => f[i] === w)) return false;
  const rest = f.slice(s.length);
  if (rest.every((w) => DESIGNATORS.has(w))) return true;
  const restText = fullText.split(/\s+/).slice(s.length);
  return restText.length > 1 && /^\p{Ll}/u.test(restText[0] ?? "");
}

/** Tie-break order of entity types: a name seen equally often as a person and a place is a person. */
const TYPE_PRIORITY: readonly EntityType[] = ["person", "media", "organization", "place", "misc"];

/** The type with the most votes (ties by TYPE_PRIORITY); "misc" with no votes. */
export function dominantType(votes: Partial<Record<EntityType, number>> | ReadonlyMap<EntityType, number>): EntityType {
  const count = (t: EntityType) =>
    (votes instanceof Map ? votes.get(t) : (votes as Partial<Record<EntityType, number>>)[t]) ?? 0;
  let best: EntityType = "misc";
  let n = 0;
  for (const type of TYPE_PRIORITY) {
    if (count(type) > n) {
      best = type;
      n = count(type);
    }
  }
  return best;
}

/** Places apart from organisations and media, which news uses interchangeably ("Yonhap", "Yonhap agency"). */
function typeGroup(type: EntityType): "person" | "place" | "organization" | "misc" {
  return type === "media" ? "organization" : type;
}

/** The entity's most frequent surface form (the first seen among equals). */
export function labelOf(e: LocalEntity): string {
  if (e.canonical) return e.canonical;
  let best = e.key;
  let count = -1;
  for (const [form, n] of Object.entries(e.forms)) {
    if (n > count) {
      best = form;
      count = n;
    }
  }
  return best;
}

/**
 * What `chooseFullName` asks of the document's person mentions, kept as indexes so that each question costs the
 * number of names it concerns, not the length of the document:
 *   - `before`: the mentions so far (the caller resolves in text order and calls `advance` up to each mention),
 *     counted by entity, with the last index and sentence of each, and the entities by their name parts;
 *   - `later(short, index)`: the distinct keys of later person mentions that `short` is part of.
 */
class FullNameIndex {
  private readonly stats = new Map<string, { count: number; last: number; lastSentence: number }>();
  private readonly entitiesByPart = new Map<string, Set<string>>();
  private next = 0;
  /** Part → later person mentions extending it, in text order: their index and key. */
  private readonly laterByPart = new Map<string, Array<{ index: number; key: string }>>();
  private laterIndexed = false;

  constructor(private readonly mentions: readonly ResolvedMention[]) {}

  /** Counts the mentions before `index` (their entities are final by then). */
  advance(index: number): void {
    for (; this.next < index; this.next++) {
      const m = this.mentions[this.next]!;
      if (!m.entity) continue;
      const s = this.stats.get(m.entity);
      if (s) {
        s.count++;
        s.last = this.next;
        s.lastSentence = m.sentence;
        continue;
      }
      this.stats.set(m.entity, { count: 1, last: this.next, lastSentence: m.sentence });
      for (const part of partsOf(m.entity)) {
        let set = this.entitiesByPart.get(part);
        if (!set) this.entitiesByPart.set(part, (set = new Set()));
        set.add(m.entity);
      }
    }
  }

  /** Entities mentioned before the current point that `short` is part of, with their counts. */
  before(short: string): Array<[string, { count: number; last: number; lastSentence: number }]> {
    const keys = this.entitiesByPart.get(keyTokens(short).join(" "));
    return keys ? [...keys].map((k) => [k, this.stats.get(k)!]) : [];
  }

  /**
   * Keys of person mentions after `index` that `short` is part of: a later mention's key is its entity, or its
   * own name key while unresolved (pass 2 has not reached it). Built on first use, from pass 1's state.
   */
  later(short: string, index: number): Set<string> {
    if (!this.laterIndexed) {
      this.laterIndexed = true;
      this.mentions.forEach((m, j) => {
        if (m.entityType !== "person") return;
        const key = m.entity ?? nameKey(m.text);
        for (const part of partsOf(key)) {
          let list = this.laterByPart.get(part);
          if (!list) this.laterByPart.set(part, (list = []));
          list.push({ index: j, key });
        }
      });
    }
    const list = this.laterByPart.get(keyTokens(short).join(" ")) ?? [];
    const lo = partitionPoint(list, (later) => later.index <= index);
    // Only "none", "one" or "more than one" matters to the caller: stop at two.
    const keys = new Set<string>();
    for (let k = lo; k < list.length && keys.size < 2; k++) keys.add(list[k]!.key);
    return keys;
  }
}

/**
 * The full name a one-word person mention refers to. Candidates are multi-word person names of the document
 * whose first or last word is the short form. Before the mention: the one with most mentions so far wins, the
 * most recent among equals; two equally mentioned candidates both active in the last two sentences are
 * "ambiguous". With no candidate before it, a single candidate later in the document is taken.
 */
function chooseFullName(
  short: string,
  index: number,
  mentions: readonly ResolvedMention[],
  entities: Map<string, LocalEntity>,
  names: FullNameIndex,
): string | undefined | "ambiguous" {
  const here = mentions[index]!;
  names.advance(index);
  const before = names
    .before(short)
    .filter(([key]) => isPartOf(short, key) && (entities.get(key)?.types.person ?? 0) > 0);
  if (before.length > 0) {
    const ranked = before.sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last);
    const [first, second] = ranked;
    if (
      second &&
      second[1].count === first![1].count &&
      here.sentence - Math.min(first![1].lastSentence, second[1].lastSentence) <= 1
    )
      return "ambiguous";
    return first![0];
  }
  const later = names.later(short, index);
  if (later.size === 1) return [...later][0];
  return later.size > 1 ? "ambiguous" : undefined;
}

/** Acronyms the text defines by lower-case words ("peer-to-peer (P2P)" has no capital: a common noun). */
function commonNounAcronyms(text: string): Set<string> {
  const found = new Set<string>();
  // Each "(" opens a possible definition; only the words just before it are read (a regex over the whole text
  // tried lower-case words at every position, and cost more than the rest of resolution).
  for (let open = text.indexOf("("); open >= 0; open = text.indexOf("(", open + 1)) {
    const inside = /^\(\s*(\p{Lu}[\p{Lu}\d]{1,5})s?\s*\)/u.exec(text.slice(open, open + 12));
    if (!inside) continue;
    const words = /((?:\p{Ll}[\p{Ll}'’-]*\s+){1,5})$/u.exec(text.slice(Math.max(0, open - 60), open));
    if (!words) continue;
    const acronym = inside[1]!;
    const letters = words[1]!
      .trim()
      .split(/[\s-]+/)
      .filter((w) => !/^(?:of|the|and|for|to|in|a|an)$/.test(w))
      .map((w) => w[0]!.toUpperCase())
      .join("");
    const bare = acronym.replace(/\d/g, "");
    if (bare.length >= 2 && letters.endsWith(bare)) found.add(acronym);
  }
  return found;
}

/** Acronyms defined in the text: "Korean Central Television (KCTV)" → KCTV ↦ key of the expansion. */
function inTextAcronyms(text: string, mentions: readonly CleanMention[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of mentions) {
    const after = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}.&-]{1,9})\s*\)/u.exec(text.slice(m.end, m.end + 16));
    if (!after) continue;
    const acronym = after[1]!.replace(/\./g, "");
    const letters = initials(m.text.replace(/\b(?:of|the|and|for|de|la)\b/g, ""));
    if (letters.startsWith(acronym[0]!) && (letters === acronym || acronym.length >= 2))
      found.set(acronym, nameKey(m.adjectivalOf ?? m.text));
  }
  return found;
}

/**
 * Clipped names defined in the text: "Yuganskneftegas (Yugansk)" → Yugansk ↦ key of the long name. A capitalised
 * word in brackets right after a one-word name that it begins (four letters at least) is the writer's short form
 * for it; it then stands for that name all through the document.
 */
function inTextClippedForms(text: string, mentions: readonly CleanMention[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of mentions) {
    if (m.adjectivalOf || /\s/.test(m.text)) continue;
    const short = /^\s*\(\s*(\p{Lu}\p{Ll}{3,})\s*\)/u.exec(text.slice(m.end, m.end + 40))?.[1];
    if (short && m.text.length > short.length && m.text.startsWith(short)) found.set(short, nameKey(m.text));
  }
  return found;
}

/**
 * Resolution within one document: groups cleaned mentions into entities. Spelling variants share a name key;
 * known aliases and in-text acronyms ("Korean Central Television (KCTV)") point to their expansion; a bare
 * surname or first name joins the most salient compatible full name, and stays unresolved when two fit equally.
 */
import type { EntityType, JoinRule, LocalEntity } from "../types.js";
import type { AliasIndex } from "./alias-index.js";
import type { CleanMention } from "./clean.js";
import { CUE_WEIGHT, isCountry } from "./cues.js";
import { placeOfDemonym } from "./lexicon/demonyms.js";
import { initials, isPartOf, keyTokens, nameKey } from "./normalise.js";

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
  const resolved: ResolvedMention[] = mentions
    // MISC mentions (works, products, events, awards) are kept: they vote "misc" for their name, and the
    // corpus leaves MISC entities out of the graph while `kgraph extract` reports them by type.
    .map((m) => ({ ...m }));

  // Person names that a longer person name of the document extends ("Kim", "Kim Jong" ⊂ "Kim Jong Un").
  const personKeys = [
    ...new Set(resolved.filter((m) => m.entityType === "person" && !m.adjectivalOf).map((m) => nameKey(m.text))),
  ];
  const isPartial = (key: string) => personKeys.some((full) => isPartOf(key, full));
  // Likewise for places and organisations ("Taito" ⊂ "Taito Corporation", "Mola" ⊂ "Mola di Bari"): a short
  // form that begins exactly one longer name of the same kind in the document is that name, when what the
  // long name adds is a designator ("Corporation", "River") or a connected phrase ("di Bari"), not another
  // name ("Square Enix Europe" is a subsidiary, not Square Enix).
  // Computed once per document: longerName looks at every other name for each mention.
  const names = resolved
    .filter((o) => !o.adjectivalOf)
    .map((o) => ({ group: typeGroup(o.entityType), key: nameKey(o.text), text: o.text }));
  const longerName = (m: CleanMention): string | undefined => {
    const key = nameKey(m.text);
    const group = typeGroup(m.entityType);
    const fits = new Set(names.filter((o) => o.group === group && isShortFormOf(key, o.key, o.text)).map((o) => o.key));
    // Among nested candidates ("Johns Hopkins University" ⊂ "Johns Hopkins University Press") keep the shortest.
    const minimal = [...fits].filter((k) => ![...fits].some((o) => o !== k && isPartOf(o, k)));
    return minimal.length === 1 ? minimal[0] : undefined;
  };

  // Full person names, less the ones the alias table knows as something else ("Man Utd" read as a person).
  const fullPersonKeys = personKeys.filter((k) => {
    const known = aliases.lookup(k);
    return keyTokens(k).length > 1 && (!known?.type || known.type === "person");
  });
  const personOfSurname = (key: string): string | undefined => {
    const words = keyTokens(key);
    const fits = fullPersonKeys.filter((full) => {
      const f = keyTokens(full);
      return f.length > words.length && words.every((w, i) => f[f.length - words.length + i] === w);
    });
    return fits.length === 1 ? fits[0] : undefined;
  };
  const organisationEndingWith = (m: CleanMention): string | undefined => {
    const key = nameKey(m.text);
    if (typeGroup(m.entityType) !== "organization" || keyTokens(key).length !== 1) return undefined;
    const fits = new Set(
      names
        .filter(
          (o) =>
            o.group === "organization" &&
            keyTokens(o.key).length > 1 &&
            keyTokens(o.key).at(-1) === key &&
            headedByCommonNoun(o.text),
        )
        .map((o) => o.key),
    );
    return fits.size === 1 ? [...fits][0] : undefined;
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

  // "community support officers (CSOs)", "purchasing managers' index (PMI)": an acronym that the text defines as
  // lower-case words is a common noun, not a name; its mentions vote MISC (which makes no node).
  const common = commonNounAcronyms(text);
  if (common.size) for (const m of resolved) if (common.has(m.text.replace(/s$/, ""))) m.cue = "misc";

  // Pass 1: full names, known aliases, acronyms and demonyms get their key directly.
  const pending: number[] = [];
  resolved.forEach((m, i) => {
    const target = m.adjectivalOf ?? m.text;
    const known = aliases.lookup(target) ?? (m.longForm ? aliases.lookup(m.longForm) : undefined);
    const expansion = acronyms.get(m.text);
    if (known) return attach(m, nameKey(known.name), { canonical: known.name, type: known.type, rule: "known-alias" });
    if (expansion !== undefined) return attach(m, expansion, { rule: "acronym" });
    if (m.entityType === "person" && (keyTokens(nameKey(m.text)).length === 1 || isPartial(nameKey(m.text))))
      return void pending.push(i);
    if (/^\p{Lu}{2,6}$/u.test(m.text)) return void pending.push(i); // unexplained acronym: try pass 2
    if (!m.adjectivalOf && m.entityType !== "person") {
      const longer = longerName(m);
      if (longer) return attach(m, longer, { rule: "short-form" });
      // "Gerrard", "Kilroy-Silk" read as an organisation or place where the document names Steven Gerrard,
      // Robert Kilroy-Silk: the surname of a person the document names is that person (countries excepted).
      // A place only with a compound name: "Washington" the city stays apart from George Washington.
      const surnameLike = !isCountry(m.text) && (m.entityType !== "place" || keyTokens(nameKey(m.text)).length > 1);
      const person = surnameLike ? personOfSurname(nameKey(m.text)) : undefined;
      if (person) return attach(m, person, { type: "person", rule: "surname" });
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
    if (m.entityType === "person") {
      const full = chooseFullName(key, i, resolved, entities);
      if (full === "ambiguous") continue;
      if (full) attach(m, full, { rule: "surname" });
      else attach(m, key, { shortName: keyTokens(key).length === 1 });
    } else {
      const expansion = [...entities.values()].find(
        (e) => e.key.split(" ").length > 1 && initials(labelOf(e)) === m.text,
      );
      attach(m, expansion ? expansion.key : key, expansion ? { rule: "initials" } : {});
    }
  }
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
      if (m.cue && !info.type) e.types[m.cue] = (e.types[m.cue] ?? 0) + CUE_WEIGHT;
    } else {
      e.types.place = (e.types.place ?? 0) + 1;
      e.canonical ??= m.adjectivalOf;
    }
    if (m.role && !e.roles.includes(m.role)) e.roles.push(m.role);
  }
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
const DESIGNATORS = new Set([
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
): string | undefined | "ambiguous" {
  const compatible = (key: string) => isPartOf(short, key) && (entities.get(key)?.types.person ?? 0) > 0;
  const here = mentions[index]!;
  const before = new Map<string, { count: number; last: number; lastSentence: number }>();
  for (let j = 0; j < index; j++) {
    const m = mentions[j]!;
    if (!m.entity || !compatible(m.entity)) continue;
    const s = before.get(m.entity) ?? { count: 0, last: -1, lastSentence: -1 };
    before.set(m.entity, { count: s.count + 1, last: j, lastSentence: m.sentence });
  }
  if (before.size > 0) {
    const ranked = [...before.entries()].sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last);
    const [first, second] = ranked;
    if (
      second &&
      second[1].count === first![1].count &&
      here.sentence - Math.min(first![1].lastSentence, second[1].lastSentence) <= 1
    )
      return "ambiguous";
    return first![0];
  }
  const later = new Set<string>();
  for (let j = index + 1; j < mentions.length; j++) {
    const m = mentions[j]!;
    if (m.entityType !== "person") continue;
    const key = m.entity ?? nameKey(m.text);
    if (isPartOf(short, key)) later.add(key);
  }
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

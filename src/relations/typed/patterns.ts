/**
 * Precise relation patterns, kept as data: each rule is a short sequence of token-level elements (entity
 * mentions by type, literal words, title words, kinship words, bounded skips) with the relation it yields and
 * the `reason` it exists. They catch the constructions news states most tersely, where a classifier trained on
 * other prose is least sure: "Russian Culture Minister Olga Lyubimova", "Russia's Kursk region",
 * "South Korea's Yonhap news agency", "his teenage daughter Kim Ju Ae".
 *
 * Matching is within one sentence, over the document's tokens; a mention element consumes exactly the tokens
 * of one mention. The matcher (`matchPatterns`) tries every rule at every token, deterministically.
 */
import type { EntityType } from "../../types.js";
import { isTitleHead, isTitleWord } from "../../resolve/index.js";
import { CREATIVE_ROLE, isModifierNoun, isOrgNoun, isVerbWord } from "./connection.js";
import { COUNTRY_NAMES, isRegionName, KINSHIP } from "./lexicon.js";
import { MAX_TITLE_WORDS } from "../../bounds.js";
import { tokenRangeOf } from "../token-range.js";
import type { RelationDocument, RelationMention, TypedPredicate, TypedRelation } from "./types.js";
import { partitionPoint } from "../../util/search.js";

/** One element of a pattern. */
export type PatternElement =
  /** An entity mention of one of `types`, bound to `bind`; `adjectival` restricts to demonyms (true) or names (false). */
  | { mention: string; types: readonly EntityType[]; adjectival?: boolean }
  /** One token matching `word` (tested on the token's text) and, when `unless` is given, not passing it. */
  | { word: RegExp; unless?: (word: string) => boolean }
  /** Zero to `max` tokens, each matching `skip` and, when `unless` is given, not passing it. */
  | { skip: RegExp; max: number; unless?: (word: string) => boolean }
  /** One or more title words ending in a title head ("Culture Minister", "prime minister"), captured as `bind`. */
  | { title: string }
  /** One kinship word ("daughter"), captured as `bind`. */
  | { kin: string }
  /**
   * Zero-width: the previous token (`prev`) or the next one (`next`) must not match `not` / must match `only` /
   * must not pass `unless` (or be absent).
   */
  | { peek: "prev" | "next"; not?: RegExp; only?: RegExp; notTitle?: boolean; unless?: (word: string) => boolean };

/** A relation pattern: elements to match, and which bound mentions and captures make the relation. */
export interface PatternRule {
  /** Stable id, written into each relation's `rule`. */
  id: string;
  predicate: TypedPredicate;
  elements: readonly PatternElement[];
  /** Binding of the source mention; "antecedent" means the most recent person before the match. */
  source: string;
  target: string;
  /** The relation label; `{title}` and `{kin}` are replaced by the captured words. */
  label: string;
  confidence: number;
  /** Why the rule exists, and what it must not match. */
  reason: string;
  /** Extra condition on the bound mentions (region names, distinct entities…). */
  when?: (bound: Readonly<Record<string, RelationMention | undefined>>) => boolean;
  /** No match when the captured title matches this ("director" of a film is no post in an organisation). */
  titleNot?: RegExp;
}

const PLACE = ["place"] as const;
const PERSON = ["person"] as const;
const ORG = ["organization", "media"] as const;
const POSSESSIVE = /^['’]s$/;
const ARTICLE = /^(?:the|a|an)$/i;
const LOWER = /^\p{Ll}[\p{Ll}-]*$/u;
/**
 * Lower-case words that end a descriptor phrase rather than continue it: "the Kremlin's auction of Yukos",
 * "French boss to leave EADS", "Russian courts and the European Court".
 */
const NOT_DESCRIPTOR = /^(?:of|to|and|or|for|from|with|by|in|on|at|as|the|a|an|than|that|which|who)$/i;
/** A word that cannot sit inside "Russia's state-run Rosatom" / "Russian news agency TASS". */
const notDescriptor = (word: string) => NOT_DESCRIPTOR.test(word) || isVerbWord(word);
/** A word after an organisation that shows the organisation only qualifies it ("England's Champions League representatives"). */
const qualifiesNext = (word: string) => isModifierNoun(word) && !isOrgNoun(word);
const KILL_VERB = /^(?:killed|murdered|assassinated|slew|stabbed|strangled|executed|beheaded|poisoned)$/i;
const KILLER = /^(?:assassin|killer|murderer|slayer)$/i;
const POSSESSIVE_PRONOUN = /^(?:his|her)$/i;
const HONORIFIC = /^(?:mr|mrs|ms|dr|sir|lord|lady|dame|prof|rev|the|new|then|current)$/i;

/** A place named as a country or US state: the larger place of "Kursk, Russia". */
const isRegion = (m: RelationMention | undefined) =>
  m !== undefined && (isRegionName(m.text) || isRegionName(m.entity));

/** The rules, tried in this order; a later rule never overrides an earlier one for the same pair. */
export const PATTERN_RULES: readonly PatternRule[] = [
  {
    id: "place-title-person",
    predicate: "role",
    elements: [
      { peek: "prev", not: POSSESSIVE },
      { mention: "place", types: PLACE },
      { title: "title" },
      { mention: "person", types: PERSON },
    ],
    source: "person",
    target: "place",
    label: "{title} of",
    confidence: 0.95,
    reason:
      "A place or its demonym right before a title and a name states the office: 'Russian Culture Minister Olga Lyubimova', 'Russian President Vladimir Putin'. A demonym before a plain noun ('North Korean soldiers') has no title, so no match; nor does one after a possessive, which owns the title ('Agassi's Australian coach Darren Cahill', 'Chelsea's Portuguese manager').",
  },
  {
    id: "possessive-title-person",
    predicate: "role",
    elements: [
      { mention: "place", types: PLACE, adjectival: false },
      { word: POSSESSIVE },
      { title: "title" },
      { mention: "person", types: PERSON },
    ],
    source: "person",
    target: "place",
    label: "{title} of",
    confidence: 0.95,
    reason: "'Y's foreign minister X' names X's office in Y.",
  },
  {
    id: "person-comma-title-of-place",
    predicate: "role",
    elements: [
      { mention: "person", types: PERSON },
      { word: /^,$/ },
      { skip: ARTICLE, max: 1 },
      { title: "title" },
      { word: /^of$/i },
      { skip: ARTICLE, max: 1 },
      { mention: "place", types: PLACE, adjectival: false },
      { peek: "next", not: POSSESSIVE, unless: isModifierNoun },
    ],
    source: "person",
    target: "place",
    label: "{title} of",
    confidence: 0.9,
    reason:
      "The appositive 'X, the prime minister of Y' names X's office in Y. Not 'the chairman of Spain's biggest bank' nor 'head of UK equities', where the place qualifies what follows.",
  },
  {
    id: "person-comma-possessive-title",
    predicate: "role",
    elements: [
      { mention: "person", types: PERSON },
      { word: /^,$/ },
      { mention: "place", types: PLACE, adjectival: false },
      { word: POSSESSIVE },
      { title: "title" },
    ],
    source: "person",
    target: "place",
    label: "{title} of",
    confidence: 0.9,
    reason: "The appositive 'X, Y's foreign minister' names X's office in Y.",
  },
  {
    id: "org-title-person",
    predicate: "works_for",
    elements: [{ mention: "org", types: ORG }, { title: "title" }, { mention: "person", types: PERSON }],
    source: "person",
    target: "org",
    label: "{title} of",
    confidence: 0.9,
    reason:
      "An organisation right before a title and a name: 'Yonhap correspondent X', 'Apple CEO Tim Cook'. Not a creative role ('Evil Dead director Sam Raimi' made a film: see `titleNot`).",
    // "Evil Dead director", "EastEnders' head writer": before a film-maker's or writer's title the name is a work.
    titleNot: CREATIVE_ROLE,
  },
  {
    id: "org-possessive-title-person",
    predicate: "works_for",
    elements: [
      { mention: "org", types: ORG },
      { word: POSSESSIVE },
      { title: "title" },
      { mention: "person", types: PERSON },
    ],
    source: "person",
    target: "org",
    label: "{title} of",
    confidence: 0.9,
    reason: "'Labour's deputy leader X', 'BBC Scotland's correspondent X': the organisation's title-holder.",
  },
  {
    id: "org-possessive-person",
    predicate: "works_for",
    elements: [
      { peek: "prev", not: /^(?:of|for|against|with|from|over|than)$/i },
      { mention: "org", types: ORG },
      { word: POSSESSIVE },
      { mention: "person", types: PERSON },
      { peek: "next", not: POSSESSIVE },
    ],
    source: "person",
    target: "org",
    label: "member of",
    confidence: 0.8,
    // A person's full name: "Honda's Asimo", "Kodak's Ofoto", "Samsung's Yepp YH-999" are products.
    when: (b) => isFullName(b.person!.entity),
    reason:
      "'Labour's Gordon Brown', 'Arsenal's Thierry Henry', 'BT's Andrew Burke': an organisation's possessive before a name is the person's party, club or employer. Not after 'of', 'against' and the like ('the return of Arsenal's Henry' is the same, but 'a win over Arsenal's Henry' is not), nor before another possessive ('Microsoft's Bill Gates's foundation').",
  },
  {
    id: "person-comma-title-of-org",
    predicate: "works_for",
    elements: [
      { mention: "person", types: PERSON },
      { word: /^,$/ },
      { skip: /^(?:the|a|an|its)$/i, max: 1 },
      { title: "title" },
      { word: /^(?:of|for|at)$/i },
      { skip: ARTICLE, max: 1 },
      { mention: "org", types: ORG },
      { peek: "next", not: POSSESSIVE, unless: isModifierNoun },
    ],
    source: "person",
    target: "org",
    label: "{title} of",
    confidence: 0.9,
    reason:
      "The appositive 'X, a spokesman for Y' / 'X, chairman of Y' names X's post in Y. Not 'head of Yukos main shareholders' group Menatep', where Y qualifies what follows.",
  },
  {
    id: "possessive-place-place",
    predicate: "located_in",
    elements: [
      { mention: "outer", types: PLACE, adjectival: false },
      { word: POSSESSIVE },
      { mention: "inner", types: PLACE, adjectival: false },
      // "Britain's Europe Director X": the second place only qualifies a title.
      { peek: "next", notTitle: true },
    ],
    source: "inner",
    target: "outer",
    label: "located in",
    confidence: 0.9,
    reason: "'Russia's Kursk region': the possessive places the second place inside the first.",
    when: (b) => b.inner!.entity !== b.outer!.entity && !(isRegion(b.inner) && !isRegion(b.outer)),
  },
  {
    id: "place-comma-region",
    predicate: "located_in",
    elements: [
      { peek: "prev", not: /^,$/ },
      { mention: "inner", types: PLACE, adjectival: false },
      { word: /^,$/ },
      { mention: "outer", types: PLACE, adjectival: false },
      // What follows "Kursk, Russia" is punctuation or a preposition; a verb means a clause boundary
      // ("liberated Kursk, Ukraine insisted"), "and" a list.
      {
        peek: "next",
        only: /^(?:[,.;:)!?"'”’—–-]|on|in|at|to|from|for|last|this|after|before|where|which|who|during|with|as|near|said|says)$/i,
      },
    ],
    source: "inner",
    target: "outer",
    label: "located in",
    confidence: 0.85,
    reason:
      "'Kursk, Russia', 'Pyongyang, North Korea', 'Jamestown, N.Y.': a place followed by a country or state. Not two countries ('Russia, Ukraine') nor a place inside a list ('Seoul, Tokyo, Beijing', 'Kyiv, Russia and Belarus').",
    when: (b) => b.inner!.entity !== b.outer!.entity && isRegion(b.outer) && !isCountry(b.inner!),
  },
  {
    id: "possessive-place-org",
    predicate: "based_in",
    elements: [
      { mention: "place", types: PLACE, adjectival: false },
      { word: POSSESSIVE },
      { skip: LOWER, max: 2, unless: notDescriptor },
      { mention: "org", types: ORG },
      { peek: "next", not: POSSESSIVE, unless: qualifiesNext },
    ],
    source: "org",
    target: "place",
    label: "based in",
    confidence: 0.85,
    reason:
      "'South Korea's Yonhap news agency', 'Russia's state-run Rosatom': an organisation of a place is based there.",
  },
  {
    id: "demonym-org",
    predicate: "based_in",
    // At least one lower-case descriptor: "Turkish EU bid" is Turkey's bid for the EU, not an EU of Turkey.
    elements: [
      { mention: "place", types: PLACE, adjectival: true },
      { word: LOWER, unless: notDescriptor },
      // No verb among the descriptors: "the Portuguese side saw off Feyenoord", "the Argentine beat Potito Starace".
      { skip: LOWER, max: 2, unless: notDescriptor },
      { mention: "org", types: ORG },
      { peek: "next", not: POSSESSIVE, unless: qualifiesNext },
    ],
    source: "org",
    target: "place",
    label: "based in",
    confidence: 0.8,
    reason:
      "'Russian news agency TASS', 'South Korean broadcaster KBS': a demonym before an organisation's name says where it is based.",
  },
  {
    id: "pronoun-kin-person",
    predicate: "family",
    elements: [
      { word: POSSESSIVE_PRONOUN },
      { skip: LOWER, max: 2 },
      { kin: "kin" },
      { skip: /^,$/, max: 1 },
      { mention: "person", types: PERSON },
    ],
    source: "person",
    target: "antecedent",
    label: "{kin} of",
    confidence: 0.75,
    reason:
      "'his teenage daughter Kim Ju Ae': the possessive pronoun refers to the most recent person mentioned before it (in this or the previous sentence).",
  },
  {
    id: "possessive-kin-person",
    predicate: "family",
    elements: [
      { mention: "relative", types: PERSON },
      { word: POSSESSIVE },
      { skip: LOWER, max: 2 },
      { kin: "kin" },
      { skip: /^,$/, max: 1 },
      { mention: "person", types: PERSON },
    ],
    source: "person",
    target: "relative",
    label: "{kin} of",
    confidence: 0.9,
    reason: "'Kim's daughter Kim Ju Ae' names the family tie directly.",
  },
  {
    id: "person-comma-kin-of-person",
    predicate: "family",
    elements: [
      { mention: "person", types: PERSON },
      { word: /^,$/ },
      { skip: /^(?:the|a|an)$/i, max: 1 },
      { skip: LOWER, max: 1 },
      { kin: "kin" },
      { word: /^of$/i },
      { mention: "relative", types: PERSON },
    ],
    source: "person",
    target: "relative",
    label: "{kin} of",
    confidence: 0.9,
    reason: "The appositive 'X, the eldest daughter of Y'.",
  },
  {
    id: "person-kills-person",
    predicate: "killed",
    elements: [
      { mention: "killer", types: PERSON },
      { skip: /^(?:who|allegedly|reportedly|later|had|has|then)$/i, max: 2 },
      { word: KILL_VERB },
      { mention: "victim", types: PERSON },
    ],
    source: "killer",
    target: "victim",
    label: "killed",
    confidence: 0.85,
    reason: "The active 'X (who) assassinated Y'.",
  },
  {
    id: "person-killed-by-person",
    predicate: "killed",
    elements: [
      { mention: "victim", types: PERSON },
      { word: /^(?:was|were|is|had|has)$/i },
      { skip: /^(?:been|allegedly|reportedly)$/i, max: 2 },
      { word: KILL_VERB },
      { word: /^by$/i },
      { mention: "killer", types: PERSON },
    ],
    source: "killer",
    target: "victim",
    label: "killed",
    confidence: 0.85,
    reason: "The passive 'Y was assassinated by X'.",
  },
  {
    id: "killer-of-person",
    predicate: "killed",
    elements: [
      { mention: "killer", types: PERSON },
      { word: /^,$/ },
      { skip: ARTICLE, max: 1 },
      { skip: LOWER, max: 1 },
      { word: KILLER },
      { word: /^of$/i },
      { mention: "victim", types: PERSON },
    ],
    source: "killer",
    target: "victim",
    label: "killed",
    confidence: 0.85,
    reason: "The appositive 'X, the assassin of Y'.",
  },
  {
    id: "victim-killer-person",
    predicate: "killed",
    elements: [
      { mention: "victim", types: PERSON },
      { skip: POSSESSIVE, max: 1 },
      { word: KILLER },
      { mention: "killer", types: PERSON },
    ],
    source: "killer",
    target: "victim",
    label: "killed",
    confidence: 0.85,
    reason: "'Kennedy assassin Sirhan Sirhan', 'Garfield's assassin Charles Guiteau'.",
  },
];

/** A resolved person key that reads as a full name: two words or more, letters only. */
export function isFullName(key: string): boolean {
  const words = key.split(" ");
  return words.length >= 2 && words.every((w) => /^[\p{L}'’.-]+$/u.test(w));
}

/** A country name, for the two-countries guard of "place, region". */
function isCountry(m: RelationMention): boolean {
  return COUNTRY_NAMES.has(m.text.toLowerCase()) || COUNTRY_NAMES.has(m.entity.toLowerCase());
}

/** Document tokens indexed for matching: which mention starts at a token, and where it ends. */
interface MatchIndex {
  doc: RelationDocument;
  /** Mentions starting at each token, by token index (an array: looked up for every token and rule). */
  startsAt: Array<Array<{ mention: RelationMention; end: number }> | undefined>;
}

/** Token range `[first, last + 1)` covered by a mention, or undefined when it falls between tokens. */
function tokenRange(doc: RelationDocument, m: RelationMention): [number, number] | undefined {
  return tokenRangeOf(doc.tokens, doc.sentences[m.sentence], m);
}

/** The token ranges of every mention (undefined for mentions that match no token). */
export function mentionTokenRanges(doc: RelationDocument): Array<[number, number] | undefined> {
  return doc.mentions.map((m) => tokenRange(doc, m));
}

function buildIndex(doc: RelationDocument, ranges: ReadonlyArray<[number, number] | undefined>): MatchIndex {
  const startsAt: MatchIndex["startsAt"] = [];
  doc.mentions.forEach((mention, i) => {
    const range = ranges[i];
    if (!range) return;
    (startsAt[range[0]] ??= []).push({ mention, end: range[1] });
  });
  return { doc, startsAt };
}

/**
 * What a match has bound so far. One state object is shared by the whole search and changed in place: an element
 * binds a name, the rest of the rule is tried, the binding is undone (the previous value written back; absent
 * reads as undefined, so no `delete`, which is slow). `found` reads it synchronously.
 */
interface MatchState {
  bound: Record<string, RelationMention | undefined>;
  captured: Record<string, string | undefined>;
  /** Token index of the first element, for the antecedent search. */
  first: number;
}

/** A cheap test of a rule's first element at token i (mentions must start there, words must match). */
function canStartAt(index: MatchIndex, first: PatternElement | undefined, i: number): boolean {
  if (!first) return false;
  if ("mention" in first) return index.startsAt[i] !== undefined;
  if ("word" in first) return first.word.test(index.doc.tokens[i]!.text);
  return true;
}

/** Matches `elements` from token `i` (not past `end`); calls `found` for every complete match. */
function matchFrom(
  index: MatchIndex,
  elements: readonly PatternElement[],
  k: number,
  i: number,
  end: number,
  state: MatchState,
  found: (s: MatchState) => void,
): void {
  if (k === elements.length) return found(state);
  const el = elements[k]!;
  const tokens = index.doc.tokens;
  if ("mention" in el) {
    const starting = index.startsAt[i];
    if (!starting) return;
    const before = state.bound[el.mention];
    for (const { mention, end: after } of starting) {
      if (after > end || !el.types.includes(mention.entityType)) continue;
      if (el.adjectival !== undefined && Boolean(mention.adjectival) !== el.adjectival) continue;
      state.bound[el.mention] = mention;
      matchFrom(index, elements, k + 1, after, end, state, found);
    }
    state.bound[el.mention] = before;
  } else if ("word" in el) {
    if (i < end && el.word.test(tokens[i]!.text) && !el.unless?.(tokens[i]!.text))
      matchFrom(index, elements, k + 1, i + 1, end, state, found);
  } else if ("skip" in el) {
    for (let n = 0; n <= el.max && i + n <= end; n++) {
      if (n > 0 && !el.skip.test(tokens[i + n - 1]!.text)) break;
      if (n > 0 && el.unless?.(tokens[i + n - 1]!.text)) break;
      // A skipped token must not be the start of a mention: "his daughter Kim" must not skip "Kim".
      if (n > 0 && index.startsAt[i + n - 1] !== undefined) break;
      matchFrom(index, elements, k + 1, i + n, end, state, found);
    }
  } else if ("title" in el) {
    let j = i;
    // At most MAX_TITLE_WORDS: each stop below slices the run, so an unbounded run would cost its square.
    while (
      j < end &&
      j - i < MAX_TITLE_WORDS &&
      isTitleWord(tokens[j]!.text) &&
      !ARTICLE.test(tokens[j]!.text) &&
      index.startsAt[j] === undefined
    )
      j++;
    const before = state.captured[el.title];
    // Every prefix ending in a head is a candidate title; the longest is tried first.
    for (let stop = j; stop > i; stop--) {
      if (!isTitleHead(tokens[stop - 1]!.text)) continue;
      // Honorifics ("Sir", "Mr") may sit among title words but are no office: "NAO head Sir John Bourn" → "head".
      const words = tokens
        .slice(i, stop)
        .map((t) => t.text.replace(/\.$/, ""))
        .filter((w) => !HONORIFIC.test(w));
      if (!words.some(isTitleHead)) continue;
      state.captured[el.title] = words.join(" ");
      matchFrom(index, elements, k + 1, stop, end, state, found);
    }
    state.captured[el.title] = before;
  } else if ("peek" in el) {
    const token = tokens[el.peek === "prev" ? i - 1 : i];
    const beyond = el.peek === "next" ? i >= end : i - 1 < 0;
    const ok =
      beyond ||
      !token ||
      ((!el.not || !el.not.test(token.text)) &&
        (!el.only || el.only.test(token.text)) &&
        !(el.unless && el.unless(token.text)) &&
        !(el.notTitle && isTitleHead(token.text)));
    if (ok) matchFrom(index, elements, k + 1, i, end, state, found);
  } else if ("kin" in el) {
    const word = i < end ? tokens[i]!.text.toLowerCase() : "";
    const kin = KINSHIP[word];
    if (!kin) return;
    const before = state.captured[el.kin];
    state.captured[el.kin] = kin;
    matchFrom(index, elements, k + 1, i + 1, end, state, found);
    state.captured[el.kin] = before;
  }
}

/** A person mention that can be an antecedent, with its token range and its place among the document's mentions. */
interface PersonAt {
  m: RelationMention;
  first: number;
  last: number;
  order: number;
}

/**
 * The person mentions of each sentence (names, not demonyms) in token order: the antecedent search looks in one
 * or two sentences by binary search instead of scanning every mention of the document for every match.
 */
function personsBySentence(
  doc: RelationDocument,
  ranges: ReadonlyArray<[number, number] | undefined>,
): Map<number, PersonAt[]> {
  const out = new Map<number, PersonAt[]>();
  doc.mentions.forEach((m, order) => {
    const r = ranges[order];
    if (!r || m.entityType !== "person" || m.adjectival) return;
    // A person the article introduced has a full name ("Ian Curtis"); a one-word "person" is more often a place
    // or an award the recogniser mistook ("he moved to Nassau … with his wife Sheila").
    if (!m.entity.includes(" ")) return;
    let list = out.get(m.sentence);
    if (!list) out.set(m.sentence, (list = []));
    list.push({ m, first: r[0], last: r[1], order });
  });
  for (const list of out.values()) list.sort((a, b) => a.first - b.first || a.order - b.order);
  return out;
}

/**
 * The most recent person mentioned before token `first` (this or the previous sentence), other than `not`:
 * the latest start, the earliest mention among equal starts.
 */
function antecedent(
  persons: ReadonlyMap<number, readonly PersonAt[]>,
  first: number,
  sentence: number,
  not: string,
): RelationMention | undefined {
  for (const s of [sentence, sentence - 1]) {
    const list = persons.get(s);
    if (!list) continue;
    // Mentions starting before `first`: [0, lo).
    const lo = partitionPoint(list, (p) => p.first < first);
    let best: PersonAt | undefined;
    for (let i = lo - 1; i >= 0; i--) {
      const p = list[i]!;
      if (best && p.first !== best.first) break;
      if (p.last > first || p.m.entity === not) continue;
      best = p;
    }
    if (best) return best.m;
  }
  return undefined;
}

/** Capitalises nothing and keeps the writer's case: "Culture Minister of", "prime minister of". */
function fillLabel(template: string, captured: Readonly<Record<string, string | undefined>>): string {
  return template
    .replace(/\{(\w+)\}/g, (_, name: string) => captured[name] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Every relation the pattern rules find in a document, one per rule, pair and sentence, in rule order within
 * token order. `rules` defaults to `PATTERN_RULES`.
 */
export function matchPatterns(
  doc: RelationDocument,
  rules: readonly PatternRule[] = PATTERN_RULES,
  ranges: ReadonlyArray<[number, number] | undefined> = mentionTokenRanges(doc),
): TypedRelation[] {
  const index = buildIndex(doc, ranges);
  const persons = personsBySentence(doc, ranges);
  const out: TypedRelation[] = [];
  const seen = new Set<string>();
  doc.sentences.forEach((sentence, s) => {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      for (const rule of rules) {
        // Most positions cannot start most rules: check the first element before setting up a match.
        // A leading zero-width peek looks at no token of its own: the element after it must start here.
        const first = rule.elements[0] && "peek" in rule.elements[0] ? rule.elements[1] : rule.elements[0];
        if (!canStartAt(index, first, i)) continue;
        matchFrom(index, rule.elements, 0, i, sentence.tokenEnd, { bound: {}, captured: {}, first: i }, (state) => {
          let source = state.bound[rule.source];
          let target = state.bound[rule.target];
          if (rule.source === "antecedent") source = antecedent(persons, state.first, s, target?.entity ?? "");
          if (rule.target === "antecedent") target = antecedent(persons, state.first, s, source?.entity ?? "");
          if (!source || !target || source.entity === target.entity) return;
          if (rule.titleNot && rule.titleNot.test(state.captured.title ?? "")) return;
          if (rule.when && !rule.when({ ...state.bound, [rule.source]: source, [rule.target]: target })) return;
          const key = `${source.entity}\u0000${target.entity}\u0000${rule.predicate}`;
          if (seen.has(`${s}\u0000${key}`)) return;
          seen.add(`${s}\u0000${key}`);
          out.push({
            source: source.entity,
            target: target.entity,
            predicate: rule.predicate,
            relationLabel: fillLabel(rule.label, state.captured),
            confidence: rule.confidence,
            sentence: s,
            rule: rule.id,
          });
        });
      }
    }
  });
  return out;
}

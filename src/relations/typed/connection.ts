/**
 * Does a sentence connect two names, or merely contain them? The classifier learnt from CoNLL04, whose sentences
 * mostly state one relation; news sentences hold headlines, team sheets, fixture lists, lists of names, and long
 * clauses in which two names meet by chance ("Time Warner said … it now owns 8% of search-engine Google"). These
 * checks, read from a judged sample of the BBC graph (tests/relations/judged/), keep a classifier relation only
 * where the words say how the two names relate: a possessive ("Serbia's Ana Ivanovic"), an appositive title
 * ("X, chief economist at Y"), a preposition ("X of Y", "Y in Z"), a title before a name ("Y chief executive X"),
 * or a verb of living, leading or working ("was born in", "headed the").
 *
 * Each check is a rule with a `reason`, so a dropped relation can be explained and the list read as data.
 */
import { readLexicon } from "../../nlp/index.js";
import { isTitleWord } from "../../resolve/index.js";
import type { PairEntity } from "./features.js";
import { triggerClass } from "./lexicon.js";

/** What a connection check sees: the sentence's words and entities, and the pair in text order. */
export interface PairContext {
  words: readonly string[];
  /** All entities of the sentence, in text order. */
  entities: readonly PairEntity[];
  left: PairEntity;
  right: PairEntity;
  /** True when the source of the relation is the left entity. */
  sourceFirst: boolean;
}

/** A reason to drop a classifier relation: the words between the pair do not connect it. */
export interface ConnectionRule {
  id: string;
  reason: string;
  /** True when the pair is not connected by this rule's lights. */
  applies: (c: PairContext) => boolean;
}

/** Punctuation that ends a sentence (possibly followed by closing quotes or brackets). */
const TERMINAL = /^(?:[.!?…]|\.\.\.)$/;
const CLOSING = /^["'”’)\]]+$/;

/** True when a sentence has no terminal punctuation: a headline, a caption or a line of a table. */
export function isHeadlineLike(words: readonly string[]): boolean {
  let i = words.length - 1;
  while (i >= 0 && CLOSING.test(words[i]!)) i--;
  // The stop may be a token of its own ("radio .") or glued to the last word ("of Boise.").
  return i < 0 || !(TERMINAL.test(words[i]!) || /[.!?…]$/.test(words[i]!));
}

/** Words that join the items of a list, a score line or a fixture list. */
const LIST_JOINER = /^(?:,|;|and|or|&|v|vs|vs\.|versus|-|–|\(|\)|\d+(?:-\d+)?)$/i;
/** An initial left out of a name in team sheets ("B Cohen (England)" read as "Cohen"). */
const INITIAL = /^\p{Lu}\.?$/u;
const VERSUS = /^(?:v|vs|vs\.|versus)$/i;

/**
 * The runs of entities separated only by list joiners ("S Byrne, S Best, L Cullen", "Republic of Ireland v
 * Cyprus", "Hearts of Oak 3-2 Cotonsport"): index of the run of each entity, and the size of each run, counting
 * the names between commas that the recogniser did not find ("Al Fatah, Black September, Red Brigades": three).
 */
function listRuns(words: readonly string[], entities: readonly PairEntity[]): { run: number[]; size: number[] } {
  const run: number[] = [];
  const size: number[] = [];
  let current = 0;
  entities.forEach((e, i) => {
    if (i > 0) {
      const unnamed = e.start > entities[i - 1]!.end ? unnamedItems(words, entities[i - 1]!.end, e.start) : -1;
      if (unnamed < 0) current++;
      else size[current] = (size[current] ?? 0) + unnamed;
    }
    size[current] = (size[current] ?? 0) + 1;
    run.push(current);
  });
  return { run, size };
}

/**
 * How many names the recogniser did not find lie between two names joined as items of one list (capitalised
 * words, at most four, standing alone between two commas), or −1 when other words join them: a list is joined by
 * list joiners and initials only.
 */
function unnamedItems(words: readonly string[], from: number, to: number): number {
  let items = 0;
  // Capitalised words since the last comma, or since the name before ("Black" found of "Black September").
  let unnamed = 0;
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (LIST_JOINER.test(w) || INITIAL.test(w)) {
      if (unnamed > 0 && w !== ",") return -1;
      // Title words alone are a title in apposition ("the head of the NHTCU, Acting Detective Chief Superintendent,
      // Mick Deats"), not a name.
      if (unnamed > 0 && words.slice(k - unnamed, k).every(isTitleWord)) return -1;
      if (unnamed > 0 && k - unnamed > from) items++;
      unnamed = 0;
    } else if (/^\p{Lu}/u.test(w) && unnamed < 4 && (words[k - 1 - unnamed] === "," || k - unnamed === from)) unnamed++;
    else return -1;
  }
  return unnamed === 0 ? items : -1;
}

/** Words that, between two names, break the sentence into parts that need not relate them. */
const CLAUSE_BREAK =
  /^(?:[;:"“”]|-|--|—|–|\(|\)|while|whereas|where|when|although|though|after|before|because|if|than|not|never|n't)$/i;

/**
 * Verbs that state a relation of kgraph's model between their subject and a following name, and the auxiliaries
 * and particles that go with them: these may stand between a pair.
 */
const RELATION_VERBS = new Set(
  `is was are were be been being has have had born grew grown raised lives lived living resides resided moved based
  headquartered headed heads head leads led lead runs ran run joined joins works worked serves served founded
  chairs chaired manages managed coaches coached captains captained represents represented up taught teaches
  operates operated convicted accused charged suspected`.split(/\s+/),
);

/** Finite verb tags of compromise's lexicon (infinitives and gerunds are often nouns: "chief market analyst"). */
const FINITE_TAGS = new Set(["Verb", "PastTense", "PresentTense", "Modal", "Copula", "Auxiliary"]);
const VERBAL_TAGS = new Set([...FINITE_TAGS, "Infinitive", "Gerund", "PhrasalVerb", "Participle"]);

let verbs: ReadonlySet<string> | undefined;

/** Words compromise's lexicon knows only as verbs, in a finite form ("offers" as a noun too is no verb here). */
function finiteVerbs(): ReadonlySet<string> {
  if (verbs) return verbs;
  const set = new Set<string>();
  lexicon ??= readLexicon();
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : tags.split(",");
    if (!word.includes(" ") && list.every((t) => VERBAL_TAGS.has(t)) && list.some((t) => FINITE_TAGS.has(t)))
      set.add(word);
  }
  // Frequent verbs the lexicon also lists as nouns, and which in news separate a subject from a later name.
  for (const w of "said says say told tells beat beats insisted warned added urged called".split(" ")) set.add(w);
  verbs = set;
  return set;
}

/** Words in -ed that are no verb: numbers, nouns and set adjectives. */
const NOT_PARTICIPLES = new Set(
  `hundred seed need speed feed creed greed breed united limited listed alleged registered qualified experienced
  advanced renowned talented celebrated noted respected acclaimed retired reputed armed related based`.split(/\s+/),
);

/** Words after which a gerund followed by a phrase is a verb: a comma and prepositions. */
const GERUND_AFTER = /^(?:,|of|in|about|for|by|with|after|before|while)$/;
const COPULA = /^(?:is|are|was|were|be|been)$/i;
/** Words that open a phrase after a verb. */
const PHRASE_START = /^(?:to|with|in|on|at|for|from|the|a|an|his|her|its|their)$/i;

const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|all|both|each)$/;

/** Auxiliaries that are part of a relation verb only when one follows ("has worked for", "had been at"). */
const AUXILIARY = /^(?:has|have|had)$/;

/** True when a single word is a finite verb or a regular past form ("saw", "beat", "told", "received"). */
export function isVerbWord(word: string): boolean {
  return isForeignVerb([word], 0) && !AUXILIARY.test(word.toLowerCase());
}

/** True when word i between a pair is a verb that states no relation of kgraph's model. */
function isForeignVerb(words: readonly string[], i: number): boolean {
  const w = words[i]!.toLowerCase();
  if (AUXILIARY.test(w)) {
    const next = words[i + 1]?.toLowerCase() ?? "";
    return !(next === "been" || next === "also" || RELATION_VERBS.has(next));
  }
  // Verbs of the relations themselves ("assassinated", "born", "joined") connect; so do title words.
  if (RELATION_VERBS.has(w) || isTitleWord(w) || triggerClass(w) !== undefined) return false;
  if (finiteVerbs().has(w)) return true;
  // A gerund after a preposition, a copula or a name heads a clause ("in the process of merging with Gazprom",
  // "a law backed by Mr Bush relating to Texas"); elsewhere it is often a noun ("marketing manager").
  if (/^[a-z]{3,}ing$/.test(words[i]!) && i > 0) {
    const previous = words[i - 1]!;
    if (COPULA.test(previous)) return true;
    // After a comma, a preposition or a name only when a phrase follows ("Kenteris, speaking on Greek TV", "Bush
    // relating to Texas"): "Ann Simpson, marketing manager" and "Tottenham sporting director" are titles.
    if ((GERUND_AFTER.test(previous) || /^\p{Lu}/u.test(previous)) && PHRASE_START.test(words[i + 1] ?? ""))
      return true;
  }
  // An infinitive after "to" ("is set to merge with Rosneft").
  // An infinitive after "to" ("is set to merge with Rosneft"): a lower-case word there is a verb unless it is an
  // article or pronoun opening a noun phrase ("adviser to the chairman").
  if (i > 0 && words[i - 1]!.toLowerCase() === "to" && /^[a-z]+$/.test(words[i]!) && !DETERMINER.test(w)) return true;
  // Regular past tenses and participles, which the lexicon leaves to compromise's suffix rules.
  return /^[a-z]{3,}ed$/.test(words[i]!) && !NOT_PARTICIPLES.has(w);
}

const ARTICLES = /^(?:the|a|an)$/i;

const PREPOSITION = /^(?:in|at|on|from|to|into|near|outside|inside|across|throughout)$/i;

/** The words with short bracketed asides taken out: "Nihat (Marka), deputy leader of SHP" keeps its apposition. */
function withoutShortAsides(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === "(") {
      const close = words.indexOf(")", i + 1);
      if (close > i && close - i <= 5) {
        i = close;
        continue;
      }
    }
    out.push(words[i]!);
  }
  return out;
}

/**
 * Titles of film-makers, writers and performers: the name before them is usually a work, not an employer. A bare
 * "director" is left out: "Arsenal director Danny Fiszman" is far commoner in news than "Kill Bill director".
 */
export const CREATIVE_ROLE =
  /^(?:(?:film|movie|stage|casting|music|art)\s+director|(?:head\s+)?writer|screenwriter|scriptwriter|star|creator|co-creator|(?:executive\s+)?producer|actor|actress|composer|author|novelist)$/i;

/** Verbs of reporting: the subject of one is the speaker. */
const REPORTING = /^(?:said|says|say|told|reported|reports|added|claimed|claims|insisted|warned)$/i;

/** Verbs of crime: among the relation verbs for a killing ("convicted of killing"), of nothing else. */
const CRIME_VERB = /^(?:accused|accuses|accuse|charged|convicted|suspected)$/i;

/** Titles of peers, before "X of Place". */
const PEER = /^(?:Lord|Baroness|Lady|Earl|Duke|Duchess|Viscount|Marquess|Baron)$/;

/** Lower-case words that may follow the second name of a related pair: prepositions, verbs, conjunctions. */
const FUNCTION_AFTER = new Set(
  `in at on of for from to with by as and or but who which that whose where when while after before since during
  said says told has have had is was are were will would could can may might did does do also has, recently last
  this next earlier later yesterday today now then who's until into over under near about against than because if
  not never already still just first`.split(/\s+/),
);

/** Nouns that name an organisation's kind: "the Menatep group", "the Mozilla foundation". */
const ORG_NOUNS = new Set(
  `group company firm corporation foundation party club agency bank unit division society union association council
  institute organisation organization network trust partnership consortium news broadcaster newspaper station`.split(
    /\s+/,
  ),
);

/** True for a noun naming an organisation's kind ("group", "firm", "agency"). */
export function isOrgNoun(word: string): boolean {
  return ORG_NOUNS.has(word.toLowerCase());
}

/** True when `word` is a lower-case noun, adjective or title word: the name before it qualifies it. */
export function isModifierNoun(word: string | undefined): boolean {
  if (!word || !/^\p{Ll}[\p{Ll}-]*$/u.test(word) || FUNCTION_AFTER.has(word)) return false;
  if (isTitleWord(word)) return true;
  // Regular past forms are verbs ("Susan Ilston rejected"), whatever adjective the lexicon also knows them as.
  if (/ed$/.test(word)) return false;
  const tags = lexiconTags(word);
  if (!tags) return !/(?:ly|s)$/.test(word);
  return tags.every((t) => NOUN_TAGS.has(t));
}

const NOUN_TAGS = new Set([
  "Noun",
  "Singular",
  "Plural",
  "Uncountable",
  "Adjective",
  "Comparative",
  "Superlative",
  "Actor",
]);

let lexicon: Record<string, string | string[]> | undefined;

/** compromise's tags of a lower-case word, or undefined when the lexicon does not hold it. */
function lexiconTags(word: string): string[] | undefined {
  lexicon ??= readLexicon();
  const tags = lexicon[word];
  return tags === undefined ? undefined : Array.isArray(tags) ? tags : tags.split(",");
}

/**
 * Nouns of an event, a stay or a presence somewhere: a name "in" a place after one of them is there for the
 * event ("the fourth rubber in Seville", "on holiday in Egypt", "operations in Iraq"), not living or based there.
 */
const EVENT_NOUNS = new Set(
  `match matches game games opener final finals semi-final quarter-final tie test tests round rubber race
  tournament championship championships event meeting summit talks conference convention show expo exhibition
  fair festival ceremony concert gig tour visit trip holiday holidays stay hearing trial auction launch screening
  premiere debut victory win defeat draw clash fixture champion operations subsidiary subsidiaries branch branches
  plant plants factory factories presence investment investments action speech keynote address lecture interview
  appearance`.split(/\s+/),
);
/** How many words before the first name may hold the event ("a Test match against the All Blacks in Christchurch"). */
const EVENT_WINDOW = 3;
/** How many words on either side of a pair of people may hold the word of killing ("Oswald shot Kennedy"). */
const KILL_WINDOW = 3;

/**
 * True when the place (or organisation) `e` follows "in"/"at" (a place) or "to"/"at" (an organisation) that follows
 * an event noun: one of the EVENT_WINDOW words before the preposition, or of the words from index `from` on if that
 * is earlier (the other name's own words aside: "the Adam Smith Lecture in Kirkcaldy" is the lecture's place).
 */
function isVenue(words: readonly string[], entities: readonly PairEntity[], e: PairEntity, from: number): boolean {
  if (e.type !== "Loc" && e.type !== "Org") return false;
  let k = e.start - 1;
  if (ARTICLES.test(words[k] ?? "")) k--;
  const preposition = e.type === "Loc" ? /^(?:in|at)$/i : /^(?:to|at)$/i;
  if (!preposition.test(words[k] ?? "")) return false;
  for (let i = Math.max(0, Math.min(from, k - EVENT_WINDOW)); i < k; i++)
    if (EVENT_NOUNS.has(words[i]!.toLowerCase()) && !entities.some((n) => n.start <= i && i < n.end)) return true;
  return false;
}

/** A possessive clitic as a token: "'s", or "'" after a name in -s ("Jones'"). */
const POSSESSIVE_CLITIC = /^['’]s?$/;

/** True when `owner` (not a person) is followed by "'s" and a name, of `other`'s type, that is not `other`. */
function ownsAnother(
  words: readonly string[],
  entities: readonly PairEntity[],
  owner: PairEntity,
  other: PairEntity,
): boolean {
  if (owner.type === "Peop" || !POSSESSIVE_CLITIC.test(words[owner.end] ?? "")) return false;
  const owned = entities.find((e) => e.start === owner.end + 1);
  return owned !== undefined && owned !== other && owned.type === other.type;
}
/** The longest span of words between a pair that still reads as one phrase (an appositive with its title). */
const MAX_GAP = 10;

/** The rules, in the order they are tried. */
export const CONNECTION_RULES: readonly ConnectionRule[] = [
  {
    id: "headline",
    reason:
      "A sentence without terminal punctuation is a headline, caption or table line: 'Wilkinson to lead England', 'Mourinho takes swipe at Arsenal' state no relation.",
    applies: (c) => isHeadlineLike(c.words),
  },
  {
    id: "list",
    reason:
      "Names in one list, team sheet, score line or fixture list ('S Byrne, S Best, L Cullen', 'Republic of Ireland v Cyprus') are listed, not related.",
    applies: (c) => {
      const { run: runs, size: sizes } = listRuns(c.words, c.entities);
      const a = c.entities.indexOf(c.left);
      const b = c.entities.indexOf(c.right);
      if (a < 0 || b < 0) return false;
      const sizeOf = (k: number) => sizes[runs[k]!]!;
      // A name inside a list of three or more ("strugglers Norwich, Blackburn, West Brom") is listed, not related.
      if (runs[a] !== runs[b]) return sizeOf(a) >= 3 || sizeOf(b) >= 3;
      const size = sizeOf(a);
      // "Subs Not Used: Pidgeley, Tiago": names after a colon, joined by commas, are listed.
      const first = c.entities.find((_, k) => runs[k] === runs[a])!;
      if (c.words[first.start - 1] === ":" && c.words.slice(c.left.end, c.right.start).includes(",")) return true;
      const between = c.words.slice(c.left.end, c.right.start);
      // Two names of one kind joined by a comma are a list ("Warne, Barker"), except places ("Kursk, Russia").
      return (
        size >= 3 || between.some((w) => VERSUS.test(w)) || (c.left.type === c.right.type && c.left.type !== "Loc")
      );
    },
  },
  {
    id: "event-place",
    reason:
      "A name 'in' or 'at' a place after an event or a presence ('beat Andy Roddick in the fourth rubber in Seville', 'Mr Blair was on holiday in Egypt', 'Care International operations in Iraq', 'the clash at Lansdowne Road'), or a place that opens the sentence ('In Argentina, Suez's subsidiary'), says where something happens, not where the name lives or is based; so does a person's speech 'to' or 'at' an organisation ('a speech to the Hansard Society').",
    applies: (c) => {
      // "In Argentina, Suez's subsidiary …": a place that opens the sentence sets its scene.
      const scene =
        c.left.type === "Loc" &&
        c.left.start <= 2 &&
        /^in$/i.test(c.words[c.left.start - 1] ?? "") &&
        c.words[c.left.end] === ",";
      // The venue's own place, right after it, is where the venue is: "a meeting in the Plaza Hotel, New York".
      const between = c.words.slice(c.left.end, c.right.start).filter((w) => !ARTICLES.test(w));
      const placesVenue = c.right.type === "Loc" && between.length === 1 && /^(?:,|in)$/i.test(between[0]!);
      return (
        scene ||
        (isVenue(c.words, c.entities, c.left, Infinity) && !placesVenue) ||
        isVenue(c.words, c.entities, c.right, c.left.start - EVENT_WINDOW)
      );
    },
  },
  {
    id: "coordinated",
    reason:
      "Two names joined by 'and' ('Mr Newton and the Beastie Boys were not available', 'Devon singer Joss Stone and rock band Muse won') are coordinated: they do something together, neither is the other's.",
    applies: (c) => /^(?:and|&|or)$/i.test(c.words[c.left.end] ?? ""),
  },
  {
    id: "no-killing",
    reason:
      "Two people are related (one killed the other) only where a word of killing is near ('Kenteris's lawyer, Gregory Ioannidis, reacted' relates a client and his lawyer).",
    applies: (c) =>
      c.left.type === "Peop" &&
      c.right.type === "Peop" &&
      !c.words
        .slice(Math.max(0, c.left.start - KILL_WINDOW), c.right.end + KILL_WINDOW)
        .some((w) => triggerClass(w.toLowerCase()) === "KILL"),
  },
  {
    id: "possessive-of-another",
    reason:
      "An organisation's or place's possessive before another name qualifies that name: in 'Henry is on the shortlist with Barcelona's Ronaldinho' Barcelona is Ronaldinho's, not Henry's.",
    applies: (c) =>
      ownsAnother(c.words, c.entities, c.right, c.left) || ownsAnother(c.words, c.entities, c.left, c.right),
  },
  {
    id: "far",
    reason: `More than ${MAX_GAP} words between two names: the sentence names them in different phrases.`,
    applies: (c) => c.right.start - c.left.end > MAX_GAP,
  },
  {
    id: "clause-break",
    reason:
      "A colon, semicolon, quotation mark, bracket or a clause word ('while', 'where', 'than') between two names puts them in different clauses; a negation ('was not even a big name in Brazil') denies what it links.",
    applies: (c) => withoutShortAsides(c.words.slice(c.left.end, c.right.start)).some((w) => CLAUSE_BREAK.test(w)),
  },
  {
    id: "foreign-verb",
    reason:
      "A verb between two names other than one of living, leading or working ('Time Warner said it owns 8% of Google', 'Liam Neeson won best actor for Kinsey') relates them through something else; a verb of crime ('accused', 'charged') relates only a killer and the killed ('The Lib Dems accused Mr Brown of ducking the issue').",
    applies: (c) => {
      const people = c.left.type === "Peop" && c.right.type === "Peop";
      for (let i = c.left.end; i < c.right.start; i++)
        if (isForeignVerb(c.words, i) || (!people && CRIME_VERB.test(c.words[i]!))) return true;
      return false;
    },
  },
  {
    id: "same-type-between",
    reason:
      "Another name of the target's or the source's kind between the pair is the nearer partner: 'Jeff Ravencraft, strategist at Intel and chairman of X' relates him to Intel first.",
    applies: (c) =>
      c.entities.some(
        (e) => e.start >= c.left.end && e.end <= c.right.start && (e.type === c.left.type || e.type === c.right.type),
      ),
  },
  {
    id: "bare-for",
    reason:
      "'Charlize Theron for Monster', 'nominated for The Aviator': a person 'for' a name with nothing else between is a nomination or a vote, not a post.",
    applies: (c) => {
      const between = c.words.slice(c.left.end, c.right.start).map((w) => w.toLowerCase());
      return c.sourceFirst && between[0] === "for" && between.every((w) => w === "for" || w === "the");
    },
  },
  {
    id: "source-modifier",
    reason:
      "'solid Chrysler sales offset a weak showing for Mercedes': a first name followed by a noun only qualifies the noun, which is what the rest of the sentence speaks of.",
    applies: (c) => {
      if (!c.sourceFirst || c.right.start === c.left.end) return false;
      const next = c.words[c.left.end];
      return next !== undefined && !isTitleWord(next) && !isOrgNoun(next) && isModifierNoun(next);
    },
  },
  {
    id: "appositive-direction",
    reason:
      "In 'C-Murder, a former member of rap group Tru' the appositive describes the first name: the member is the first name, never the second.",
    applies: (c) => {
      if (c.sourceFirst || c.words[c.left.end] !== ",") return false;
      const between = c.words.slice(c.left.end + 1, c.right.start).map((w) => w.toLowerCase());
      const title = between.findIndex((w) => isTitleWord(w) || triggerClass(w) === "WORK");
      return title >= 0 && between.slice(title + 1).some((w) => w === "of" || w === "at" || w === "for");
    },
  },
  {
    id: "person-in-place",
    reason:
      "'Bush in Brussels', 'stand against Geoff Hoon in Ashfield': a person 'in' a place with nothing else between says where they are or stand, not where they live.",
    applies: (c) =>
      c.sourceFirst &&
      c.left.type === "Peop" &&
      c.right.type === "Loc" &&
      c.right.start - c.left.end === 1 &&
      c.words[c.left.end]?.toLowerCase() === "in",
  },
  {
    id: "post-of-place",
    reason:
      "'Peter Luff, another co-chairman of Middle Way': a post 'of' a name other than a local office (mayor, governor, senator) makes the name an employer, not a home.",
    applies: (c) => {
      if (!c.sourceFirst || c.left.type !== "Peop" || c.right.type !== "Loc") return false;
      let k = c.right.start - 1;
      if (ARTICLES.test(c.words[k] ?? "")) k--;
      if (c.words[k]?.toLowerCase() !== "of") return false;
      const title = c.words[k - 1]?.toLowerCase() ?? "";
      return (isTitleWord(title) || triggerClass(title) === "WORK") && triggerClass(title) !== "LIVE";
    },
  },
  {
    id: "creative-role",
    reason:
      "'Kill Bill director Quentin Tarantino', 'EastEnders' head writer Tony Jordan': a name before a film-maker's or writer's title is the work, not an employer.",
    applies: (c) => {
      if (c.sourceFirst || c.left.type !== "Org" || c.right.type !== "Peop") return false;
      const between = c.words
        .slice(c.left.end, c.right.start)
        .filter((w) => !/^['’]s?$/.test(w))
        .join(" ");
      return CREATIVE_ROLE.test(between);
    },
  },
  {
    id: "adjacent",
    reason:
      "Two names with no word between, the first closing a prepositional phrase ('the show in Las Vegas Microsoft boss Bill Gates'), belong to different phrases; 'the US Congress' is one.",
    applies: (c) => c.right.start === c.left.end && PREPOSITION.test(c.words[c.left.start - 1] ?? ""),
  },
  {
    id: "speaker-after",
    reason:
      "'… Jude Law among those affected, Screen Daily has said': the second name is the speaker of a report about the first.",
    applies: (c) => {
      if (!c.words.slice(c.left.end, c.right.start).includes(",")) return false;
      let k = c.right.end;
      if (AUXILIARY.test(c.words[k]?.toLowerCase() ?? "")) k++;
      return REPORTING.test(c.words[k] ?? "");
    },
  },
  {
    id: "peerage",
    reason: "'Lord Nicholls of Birkenhead' is a peer's title: the place is part of the name, not a home.",
    applies: (c) => c.sourceFirst && PEER.test(c.words[c.left.start - 1] ?? "") && c.words[c.left.end] === "of",
  },
  {
    id: "modifier",
    reason:
      "A name followed by a noun only qualifies that noun ('Finding Neverland's UK designer', 'head of Yukos main shareholders' group'): the relation is with the noun's owner, not the name.",
    applies: (c) => {
      const next = c.words[c.right.end];
      // "X, who is UKIP Scotland chairman", "X headed the Menatep group": the noun is X's post or the
      // organisation itself.
      if (c.sourceFirst && c.left.type === "Peop" && c.right.type === "Org" && next) {
        if (isTitleWord(next) || ORG_NOUNS.has(next)) return false;
      }
      return isModifierNoun(next);
    },
  },
];

/** The first rule by which the pair is not connected, or undefined when the words between connect it. */
export function unconnected(c: PairContext): ConnectionRule | undefined {
  return CONNECTION_RULES.find((rule) => rule.applies(c));
}

/**
 * Mention clean-up: turns what a recogniser found into names fit for nodes. Possessives, punctuation and
 * generic words ("region", "news agency") come off; titles come off person names and are kept as roles;
 * demonyms become adjectival mentions of their place; junk (months, weekdays, lone "North") is dropped.
 */
import { MAX_TITLE_WORDS } from "../bounds.js";
import type { EntityLabel, EntityType, RecognisedMention, Token } from "../types.js";
import { contextType, definingType } from "./cues.js";
import { compoundDemonyms } from "./compounds.js";
import { documentNames, splitCoordinated } from "./coordination.js";
import { DESIGNATORS } from "./document.js";
import { ALIAS_TABLE_NAMES, MEDIA_WORDS } from "./lexicon/aliases.js";
import { placeOfDemonym } from "./lexicon/demonyms.js";
import { ADVERB_ENDING, isJunkName } from "./lexicon/junk.js";
import { isTitleHead, isTitleWord } from "./lexicon/titles.js";
import { withPlacePrefixes } from "./place-prefix.js";
import { ORGANISATION_HEADS, PLACE_HEADS } from "./lexicon/cues.js";
import { opensSentence } from "./sentence.js";
import { hasFunctionWord, isGerundTitle } from "./work-titles.js";

/** A cleaned mention: a name with its offsets, entity type, and what was learnt around it. */
export interface CleanMention {
  start: number;
  end: number;
  text: string;
  label: EntityLabel;
  entityType: EntityType;
  sentence: number;
  /** Title words before a person's name ("Culture Minister"). */
  role?: string;
  /** For a demonym: the place it stands for ("Russian" → "Russia"). */
  adjectivalOf?: string;
  /** Surface form before generic words were stripped ("Kursk region"), kept as an alias. */
  longForm?: string;
  /** The type the surrounding words give the name ("Chelsea manager": organization), if they say anything. */
  cue?: EntityType;
  /** The cue comes from a phrase that defines the name ("Fingerpori is a Finnish comic strip"). */
  defined?: boolean;
}

/**
 * Names of well-known organisations and outlets (the alias table's), case kept ("Un" ending "Kim Jong Un" is no
 * "UN"): a person span that
 * begins or ends with one ("Tory Dominic Grieve", "Blair Labour") has a party or outlet glued to the name.
 */
const AFFILIATIONS = new Set(
  [...ALIAS_TABLE_NAMES].filter(([, type]) => type === "organization" || type === "media").map(([name]) => name),
);

/**
 * Generic words that follow a place name without being part of it, in lower case ("Kursk region"); capitalised,
 * they name an administrative unit of its own ("Tanga Region", "Hubei Province"), not its capital.
 */
const PLACE_SUFFIX = /^(?:province|region|oblast|krai|governorate|prefecture|district|territory)$/;
const PLACE_WORD_AFTER = /^\s+(?:province|region|oblast|krai|governorate|prefecture)\b/i;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
/**
 * Conjunctions and sentence adverbs that open a sentence and that the recogniser may take into the name after them
 * ("However Blair", "Similarly Amdír"); adverbs in -ally, -ously, -ently… by their ending. ("So", "Next" and "Last"
 * are left out: "So Solid Crew", "Next" the retailer, "Last Christmas" the song.)
 */
const SENTENCE_OPENER = new RegExp(
  `^(?:And|But|Or|Yet|However|Meanwhile|Once|Since|While|Although|Though|Like|Unlike|Also|Then|Thus|Still|Instead|When|After|Before|As|If|Despite|Perhaps|Indeed|\\p{Lu}\\p{Ll}{3,}${ADVERB_ENDING}),?\\s+(?=\\p{Lu})`,
  "u",
);
/** "MPs", "DJs", "CSOs": an acronym in the plural is a common noun, not a name. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
const OWNED_PREFIX = /^[\p{L}.&]+-(?:owned|controlled|run|backed|led|based)\s+(?=\p{Lu})/u;
const LEADING_JUNK = /^[\s"'“‘([{-]+/u;

/** Cleans every recognised mention of a text; order is kept, junk is dropped. */
export function cleanMentions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly RecognisedMention[],
): CleanMention[] {
  const out: CleanMention[] = [];
  const tokenAt = indexTokensByStart(tokens);
  let languageEnd = -1; // where the last language named ends, for the ones listed after it
  const names = documentNames(text, mentions);
  for (const m of joinSplitNames(text, withPlacePrefixes(text, mentions))) {
    const demonyms = compoundDemonyms(text, m);
    if (demonyms) {
      for (const d of demonyms)
        out.push({ ...d, label: "LOC", entityType: "place", sentence: m.sentence, adjectivalOf: d.place });
      languageEnd = -1;
      continue;
    }
    for (const part of splitPossessive(text, m).flatMap((p) => splitCoordinated(text, p, names))) {
      const listed = languageEnd >= 0 && LANGUAGE_LIST_SEPARATOR.test(text.slice(languageEnd, part.start));
      const clean = cleanOne(text, tokens, tokenAt, part, listed);
      if (!clean) continue;
      out.push(clean);
      languageEnd = clean.label === "MISC" && placeOfDemonym(clean.text) ? clean.end : -1;
    }
  }
  return out;
}

/** A regnal number after a name: "John Paul" + "II". */
const REGNAL_NUMBER = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/**
 * A person's name split by the recogniser before a short final syllable ("Kim Jong" + "Un", where "Un" was
 * read as the UN) is one name again: a person mention followed, after one space, by a one-token mention of
 * two or three letters in title case ("Un", "Il", "Jr"), or by a regnal number ("John Paul" + "II").
 */
function joinSplitNames(text: string, mentions: readonly RecognisedMention[]): RecognisedMention[] {
  const out: RecognisedMention[] = [];
  for (const found of mentions) {
    const previous = out[out.length - 1];
    const m = withKnownNameStart(text, withStrayHyphenPart(text, found), previous?.end ?? 0);
    if (
      previous &&
      previous.label === "PER" &&
      previous.sentence === m.sentence &&
      m.start === previous.end + 1 &&
      text[previous.end] === " " &&
      (/^\p{Lu}\p{Ll}{1,2}$/u.test(m.text) || REGNAL_NUMBER.test(m.text))
    ) {
      out[out.length - 1] = { ...previous, end: m.end, text: text.slice(previous.start, m.end) };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** The names and aliases of the alias table, each with the label of its type. */
const ALIAS_LABELS: ReadonlyMap<string, EntityLabel> = new Map(
  [...ALIAS_TABLE_NAMES].map(([name, type]) => [name, type === "person" ? "PER" : type === "place" ? "LOC" : "ORG"]),
);

/**
 * "The Liberal Democrats" read as "Democrats" alone (which is another party's name): a capitalised word right
 * before a mention, and outside the mention before it, that makes with it a name of the alias table is part of
 * it, and the name's type is the table's.
 */
function withKnownNameStart(text: string, m: RecognisedMention, previousEnd: number): RecognisedMention {
  const before = /(\p{Lu}[\p{L}.'’-]*)[ \t]+$/u.exec(text.slice(Math.max(previousEnd, m.start - 24), m.start));
  if (!before) return m;
  const start = m.start - before[0].length;
  const label = ALIAS_LABELS.get(text.slice(start, m.end));
  return label ? { ...m, start, text: text.slice(start, m.end), label } : m;
}

/**
 * "Kilroy -Silk": a hyphenated name typed with a space before the hyphen, which the recogniser cut at the space
 * (it read "Kilroy" as a place). A capitalised word glued to a hyphen right after the span ("␣-Silk", no space
 * after the hyphen) is the rest of the name: a dash between clauses has spaces on both sides.
 */
function withStrayHyphenPart(text: string, m: RecognisedMention): RecognisedMention {
  const rest = /^ -\p{Lu}\p{Ll}+(?=[\s.,;:!?'’]|$)/u.exec(text.slice(m.end, m.end + 40));
  if (!rest) return m;
  return { ...m, end: m.end + rest[0].length, text: text.slice(m.start, m.end + rest[0].length) };
}

/** Words that open a title ("Shadow chancellor", "Deputy leader"), cut off a name only when the title's head follows. */
const TITLE_OPENERS = new Set(["shadow", "deputy", "acting", "interim", "former", "vice"]);

/** Title words that also end the names of organisations and works ("Red Star", "Health and Safety Executive"). */
const NAME_ENDING_TITLES = new Set(["star", "executive", "reporter", "representative"]);

/** Titles that, alone, may be a person's surname or stand for the one who holds them ("King", "the Queen"). */
const PERSONAL_TITLES = new Set(
  `king queen prince princess pope emperor lord lady sir dame bishop archbishop cardinal judge justice marshal mayor
  chancellor general captain sheikh speaker president governor senator`.split(/\s+/),
);

/** An indefinite article before a one-word name, and the end of the phrase after it: "on a Bosman or not". */
const GENERIC_NAME_BEFORE = /(?:^|\s)an?\s$/;
const GENERIC_NAME_AFTER = /^(?:[.;:!?)]|\s+or\b)/;

/** Places named by an owner's possessive and one word: "Queen's Park", "King's Cross", "Gray's Inn", "Earl's Court". */
const POSSESSED_PLACES = new Set(["park", "cross", "road", "street", "square", "inn", "court", "wood", "lynn", "bay"]);

/** Owners whose possessive is part of a name: "People's Party", "People's Republic of China", "Workers' Party". */
const COLLECTIVE_OWNER = /(?:^|\s)(?:People|Peoples|Workers?|Women|Children|Farmers)$/;

/**
 * "Russia's Kursk province" as one span becomes "Russia" and "Kursk province"; "People's Party", "Guy's
 * Hospital", "Queen's Park" (a collective owner, or one designator or place word after the possessive) stay one
 * name.
 */
function splitPossessive(text: string, m: RecognisedMention): RecognisedMention[] {
  const raw = text.slice(m.start, m.end);
  const match = /['’]s\s+(?=\p{Lu})/u.exec(raw);
  if (!match) return [m];
  const owned = raw.slice(match.index + match[0].length);
  const ownedWord = owned.toLowerCase();
  const whole = DESIGNATORS.has(ownedWord) || POSSESSED_PLACES.has(ownedWord);
  if (whole || COLLECTIVE_OWNER.test(raw.slice(0, match.index).trimEnd())) return [m];
  const firstEnd = m.start + match.index;
  const secondStart = m.start + match.index + match[0].length;
  return [
    { ...m, end: firstEnd, text: text.slice(m.start, firstEnd), label: m.label === "PER" ? "LOC" : m.label },
    { ...m, start: secondStart, text: text.slice(secondStart, m.end) },
  ];
}

function cleanOne(
  text: string,
  tokens: readonly Token[],
  tokenAt: Map<number, number>,
  m: RecognisedMention,
  /** True when the mention follows a language in a list ("in German, French and English"). */
  afterLanguage = false,
): CleanMention | undefined {
  let start = m.start;
  let end = m.end;
  // Trim punctuation, possessives and leading articles.
  end = start + withoutTrailingJunk(text.slice(start, end)).length;
  const leading = LEADING_JUNK.exec(text.slice(start, end));
  if (leading) start += leading[0].length;
  const article = LEADING_ARTICLE.exec(text.slice(start, end));
  if (article && end - start > article[0].length) start += article[0].length;
  // "Once Casanova", "But Human Rights Watch": a sentence's first word, capitalised only because it opens it.
  const opener = SENTENCE_OPENER.exec(text.slice(start, end));
  if (opener && end - start > opener[0].length && opensSentence(text, start)) start += opener[0].length;
  // "Rosneft-owned Yugansk": the owner glued by a hyphenated participle is not part of the name.
  const owned = OWNED_PREFIX.exec(text.slice(start, end));
  if (owned && end - start > owned[0].length) start += owned[0].length;
  // "Ex-Labour minister Frank Field", "ex-BBC": a former membership is the name it was of.
  if (/^[Ee]x-\p{Lu}/u.test(text.slice(start, end))) start += 3;
  if (end <= start) return undefined;

  // "Three Gorges Dam" read as MISC: the name's own last word says what it is.
  let label = (m.label === "MISC" && headLabel(text.slice(start, end))) || m.label;
  // "Finding Neverland", "Being Julia", "Saving | Private Ryan": a title of a work (MISC), as below.
  if (label !== "MISC" && isGerundTitle(text, start, end, label)) label = "MISC";
  // "Warrior Within", "Stop Loving You", "Doctor Who": a person's name has no pronoun, preposition or the like in it.
  if (label === "PER" && hasFunctionWord(text.slice(start, end))) label = "MISC";
  // "Kursk province", "Kursk region": whatever the recogniser said, a name followed by a place word is a place.
  const placeWord = PLACE_WORD_AFTER.exec(text.slice(end, end + 16));
  if (placeWord) label = "LOC";
  const surface = text.slice(start, end);
  const place = placeOfDemonym(surface) ?? placeOfDemonym(surface.slice(0, lowerWordsTail(surface, true)));
  if (place) {
    // "sung in French", "translated into English": the language, a MISC name, not a mention of the place.
    if (afterLanguage || isLanguageUse(text, start, end))
      return { start, end, text: surface, label: "MISC", entityType: "misc", sentence: m.sentence };
    return { start, end, text: surface, label: "LOC", entityType: "place", sentence: m.sentence, adjectivalOf: place };
  }
  // A MISC mention survives only as a well-known alias ("DPRK"): resolution drops the rest, since only
  // people, places, organisations and media become nodes.
  if (label === "MISC")
    return isJunkName(surface)
      ? undefined
      : { start, end, text: surface, label, entityType: "misc", sentence: m.sentence };

  // "Don't worry", "Won't": a capitalised auxiliary before a contracted "not" is no name.
  if (/^['’]t\b/u.test(text.slice(end, end + 3))) return undefined;
  // "whether it's on a Bosman or not": a one-word name after "a" that ends the phrase names a kind (a free
  // transfer; "a Mini.", a car), not the person or the company.
  if (
    GENERIC_NAME_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
    GENERIC_NAME_AFTER.test(text.slice(end, end + 5)) &&
    !/\s/.test(text.slice(start, end))
  )
    return undefined;
  let role: string | undefined;
  let longForm: string | undefined;
  if (label === "PER") {
    // A party or outlet glued before or after the name is the person's affiliation, not their name.
    const repaired = stripAffiliation(text, start, end);
    start = repaired.start;
    end = repaired.end;
    // Title words inside the span ("President Vladimir Putin") and before it ("Culture Minister | Olga
    // Lyubimova") are read together, walking back from the name itself.
    const stripped = stripLeadingTitle(text, start, end);
    start = stripped.start;
    role = titleBefore(text, tokens, tokenAt, start) ?? stripped.role ?? repaired.affiliation;
  } else if (placeWord) {
    longForm = `${surface}${placeWord[0]}`; // kept as an alias: "Kursk province"
  } else if (label === "LOC" && lastWordStart(surface, PLACE_SUFFIX) >= 0) {
    longForm = surface;
    end = start + lastWordStart(surface, PLACE_SUFFIX);
  } else if (label === "ORG" && mediaSuffixStart(surface) >= 0) {
    longForm = surface;
    end = start + mediaSuffixStart(surface);
  }
  // A title or a plural acronym after a name is not part of it: "the Manchester Central MP", "New York DJs",
  // "Labour MPs". A span that is nothing else ("CSOs") is no name.
  const tail = /\s+(\S+)$/u.exec(text.slice(start, end));
  // (Not a person's: "Billie Jean King" ends in a surname that is also a title.)
  // (Nor the few titles that end organisations' names: "Daily Star", "Scottish Executive", "Hollywood Reporter".)
  // A title's first word is one too, where the title goes on after the span: "Conservative Shadow | chancellor".
  const titleGoesOn = () => isTitleHead(/^\s+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? "");
  const titleTail = (word: string) =>
    label !== "PER" &&
    /^\p{Lu}/u.test(word) &&
    (isTitleHead(word) || (TITLE_OPENERS.has(word.toLowerCase()) && titleGoesOn())) &&
    !NAME_ENDING_TITLES.has(word.toLowerCase());
  // (Not a title that completes the name after "of" or "for": "Ministry of Justice", "Association of MBAs".)
  const completes = tail !== null && /\s(?:of|for|and|the)$/.test(text.slice(start, start + tail.index));
  if (tail && !completes && (PLURAL_ACRONYM.test(tail[1]!) || titleTail(tail[1]!))) {
    longForm ??= text.slice(start, end);
    end = start + tail.index;
  } else if (PLURAL_ACRONYM.test(text.slice(start, end))) return undefined;
  // Lower-case words trailing a name are not part of it ("North Korean state", "Korean military").
  const lowerTail = lowerWordsTail(text.slice(start, end), false);
  if (lowerTail > 0 && lowerTail < end - start) {
    longForm ??= text.slice(start, end);
    end = start + lowerTail;
    const rest = text.slice(start, end);
    const adjectival = placeOfDemonym(rest);
    if (adjectival)
      return {
        start,
        end,
        text: rest,
        label: "LOC",
        entityType: "place",
        sentence: m.sentence,
        adjectivalOf: adjectival,
      };
  }
  const name = text.slice(start, end);
  if (end <= start || isJunkName(name)) return undefined;
  // A title alone read as a place or an organisation ("the Pope", "an MP", "the CEO") names no entity, nor does a
  // job read as a person ("Writer", "Coach"); a rank or an office read as a person may be a surname ("King",
  // "Bishop") or stand for its holder ("the Queen").
  const lower = name.toLowerCase();
  if (!/\s/.test(name) && isTitleHead(name) && !NAME_ENDING_TITLES.has(lower))
    if (label !== "PER" || !PERSONAL_TITLES.has(lower)) return undefined;
  const clean: CleanMention = {
    start,
    end,
    text: name,
    label,
    entityType: entityTypeOf(label, longForm ?? name),
    sentence: m.sentence,
  };
  if (role) clean.role = role;
  if (longForm && longForm !== name) clean.longForm = longForm;
  // "K Holmes", "J de Villiers": an initial before a surname is a person's name (in lists and line-ups).
  const initialled = /^\p{Lu}\.?\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}\p{Ll}/u.test(name) && label !== "PER";
  // "Harry Potter and the Half-Blood Prince": a person's name running on into "and the" + a capital is a title
  // (but not after a title: "Indonesian president Suharto and the OIC").
  const titled = label === "PER" && !role && /^\s+and\s+the\s+\p{Lu}/u.test(text.slice(end, end + 14));
  const cue = titled ? "misc" : (role && label === "PER") || initialled ? "person" : contextType(text, start, end);
  if (cue) clean.cue = cue;
  if (cue && cue === definingType(text, start, end)) clean.defined = true;
  return clean;
}

/** The label a MISC name's last word gives it ("Three Gorges Dam": LOC, "Factory Records": ORG), if any. */
function headLabel(name: string): EntityLabel | undefined {
  const last = /\s(\p{Lu}\p{Ll}*)\.?$/u.exec(name)?.[1]?.toLowerCase();
  if (last === undefined) return undefined;
  return PLACE_HEADS.has(last) ? "LOC" : ORGANISATION_HEADS.has(last) ? "ORG" : undefined;
}

/** Words after which a demonym names a language: "in French", "speak English", "translated into Welsh". */
const LANGUAGE_BEFORE = /\b(?:in|into|speaks?|speaking|spoke|spoken|learn(?:s|ing|t|ed)?|fluent\s+in)\s+$/i;
/**
 * What closes a language's name: punctuation, the end, "and"/"or" before another ("in English and Spanish"), or a
 * word that starts the next phrase ("performed in German by Wilfried", "in Persian but").
 */
const LANGUAGE_AFTER =
  /^(?:\s*(?:[,.;:)!?"'’”]|$)|\s+(?:and|or)\s+\p{Lu}|\s+(?:but|by|with|under|as|while|when|at|from|to|for|on)\b)/u;
/** Nouns a language qualifies: "the Greek word", "the English version", "its French nickname". */
const LANGUAGE_NOUN_AFTER =
  /^\s+(?:words?|terms?|versions?|translations?|languages?|dialects?|spellings?|nicknames?|subtitles|dubbing)\b/;
/** The demonyms that follow a language in one list: "in German, French and English". */
const LANGUAGE_LIST_SEPARATOR = /^(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)$/;

/**
 * True when the demonym at [start, end) is used as a language: after "in", "speak"… and before no noun ("in
 * French hands" is France's; "in French." is the language), before a noun a language qualifies ("the Greek
 * word"), or opening a bracketed gloss ("(Spanish: …", "(German for the skin)").
 */
function isLanguageUse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 16);
  return (
    (LANGUAGE_BEFORE.test(before) && LANGUAGE_AFTER.test(after)) ||
    LANGUAGE_NOUN_AFTER.test(after) ||
    (/\(\s*$/.test(before) && /^(?:\s*:|\s+for\s)/.test(after))
  );
}

// The tail trimmers below scan back from the end once. The regular expressions they replace ("(?:\s+\p{Ll}+)+$",
// "\s+region$", a trailing-junk alternation whose branches both took spaces) were tried from every position of
// the mention, the square or cube of its length when a mention ran over a long gap or a run of lower-case words.

/** Punctuation, spaces and possessives that trail a name. */
const JUNK_CHAR = /^[\s.,;:!?"'’”)\]}-]$/u;

/**
 * A full stop that is part of the name before it: dotted initials ("U.S.", "U.N.") or an abbreviation a
 * company or person name ends with ("Corp.", "Inc.", "Jr."). Tested on the few characters before the stop.
 */
const NAME_FINAL_STOP = /(?:(?:^|[\s.])\p{Lu}\.\p{Lu}|\b(?:Corp|Inc|Co|Cos|Ltd|Bros|Jr|Sr))$/u;

/** `surface` without the punctuation, spaces and possessives ("'s", "’s", "'") that end it. */
function withoutTrailingJunk(surface: string): string {
  let i = surface.length;
  while (i > 0) {
    const c = surface[i - 1]!;
    if (c === "." && NAME_FINAL_STOP.test(surface.slice(Math.max(0, i - 9), i - 1))) break;
    if (JUNK_CHAR.test(c)) i--;
    else if (c === "s" && i >= 2 && (surface[i - 2] === "'" || surface[i - 2] === "’")) i -= 2;
    else break;
  }
  return surface.slice(0, i);
}

/** Runs of spaces, of lower-case letters and of anything else, with their offsets (one linear pass). */
function runsOf(surface: string): Array<{ kind: "space" | "lower" | "other"; start: number }> {
  const runs: Array<{ kind: "space" | "lower" | "other"; start: number }> = [];
  for (const m of surface.matchAll(/(\s+)|(\p{Ll}+)|[^\s\p{Ll}]+/gu)) {
    runs.push({ kind: m[1] ? "space" : m[2] ? "lower" : "other", start: m.index });
  }
  return runs;
}

/**
 * Where the lower-case words that end `surface` begin (at the spaces before them), or `surface.length` when it
 * ends otherwise. Strict (`mixed` false): whole lower-case words, each after spaces ("North Korean| state
 * media"). Mixed: from the first space followed by a lower-case letter, with only lower-case letters and spaces
 * after it ("Russian| state", as "\s+\p{Ll}[\p{Ll}\s]*$" found).
 */
function lowerWordsTail(surface: string, mixed: boolean): number {
  const runs = runsOf(surface);
  let k = runs.length;
  if (!mixed) {
    let at = surface.length;
    while (k >= 2 && runs[k - 1]!.kind === "lower" && runs[k - 2]!.kind === "space") {
      at = runs[k - 2]!.start;
      k -= 2;
    }
    return at;
  }
  while (k > 0 && runs[k - 1]!.kind !== "other") k--;
  for (let i = k; i + 1 < runs.length; i++) {
    if (runs[i]!.kind === "space" && runs[i + 1]!.kind === "lower") return runs[i]!.start;
  }
  return surface.length;
}

/** Where the spaces before the last word of `surface` begin when that word matches `word`, else -1. */
function lastWordStart(surface: string, word: RegExp): number {
  let k = surface.length;
  while (k > 0 && !/\s/.test(surface[k - 1]!)) k--;
  if (k === 0 || !word.test(surface.slice(k))) return -1;
  while (k > 0 && /\s/.test(surface[k - 1]!)) k--;
  return k;
}

/** Where " news agency" ending an outlet's name ("Yonhap news agency") begins, else -1. */
function mediaSuffixStart(surface: string): number {
  const agency = lastWordStart(surface, /^agency$/i);
  return agency < 0 ? -1 : lastWordStart(surface.slice(0, agency), /^news$/i);
}

/** Entity type from the recogniser's label; organisations whose name says "news", "TV"… are media. */
export function entityTypeOf(label: EntityLabel, name: string): EntityType {
  switch (label) {
    case "PER":
      return "person";
    case "LOC":
      return "place";
    case "ORG":
      return MEDIA_WORDS.test(name) || /\bnews agency\b/i.test(name) ? "media" : "organization";
    default:
      return "misc";
  }
}

/**
 * "Tory Dominic Grieve", "Tories Ken Clarke" → "Dominic Grieve" with affiliation "Tory"; "Blair Labour" →
 * "Blair": leading or trailing words (one or two) that are a known party's or outlet's name, when a name remains.
 */
function stripAffiliation(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; affiliation?: string } {
  const words = [...text.slice(start, end).matchAll(/\S+/g)];
  if (words.length < 2) return { start, end };
  const phrase = (from: number, to: number) =>
    words
      .slice(from, to)
      .map((w) => w[0])
      .join(" ");
  let first = 0;
  let last = words.length;
  for (const n of [2, 1]) {
    if (last - first > n && AFFILIATIONS.has(phrase(first, first + n))) first += n;
  }
  for (const n of [2, 1]) {
    if (last - first > n && AFFILIATIONS.has(phrase(last - n, last))) last -= n;
  }
  if (first === 0 && last === words.length) return { start, end };
  const from = words[first]!;
  const to = words[last - 1]!;
  const affiliation =
    first > 0
      ? words
          .slice(0, first)
          .map((w) => w[0])
          .join(" ")
      : undefined;
  return {
    start: start + from.index!,
    end: start + to.index! + to[0].length,
    ...(affiliation ? { affiliation } : {}),
  };
}

/** "President Vladimir Putin" inside a person span → start after the title, role "President". */
function stripLeadingTitle(text: string, start: number, end: number): { start: number; role?: string } {
  const words = [...text.slice(start, end).matchAll(/\S+/g)];
  let k = 0;
  while (k < words.length - 1 && isTitleWord(words[k]![0]) && !/['’]/.test(words[k]![0])) k++;
  if (k === 0 || !words.slice(0, k).some((w) => isTitleHead(w[0]))) return { start };
  return {
    start: start + words[k]!.index!,
    role: words
      .slice(0, k)
      .map((w) => w[0].replace(/\.$/, ""))
      .join(" "),
  };
}

/** Title words right before a name ("Russian Culture Minister | Olga Lyubimova" → "Culture Minister"). */
function titleBefore(
  text: string,
  tokens: readonly Token[],
  tokenAt: Map<number, number>,
  start: number,
): string | undefined {
  let i = tokenAt.get(start);
  if (i === undefined) return undefined;
  const words: string[] = [];
  while (i > 0 && words.length < MAX_TITLE_WORDS) {
    const t = tokens[i - 1]!;
    if (/\n/.test(text.slice(t.end, tokens[i]!.start))) break;
    if (!isTitleWord(t.text) || /^(?:the|a|an)$/i.test(t.text)) break;
    words.unshift(t.text.replace(/\.$/, ""));
    i--;
  }
  while (words.length && !isTitleHead(words[words.length - 1]!)) words.pop();
  return words.some(isTitleHead) ? words.join(" ") : undefined;
}

function indexTokensByStart(tokens: readonly Token[]): Map<number, number> {
  const map = new Map<number, number>();
  tokens.forEach((t, i) => map.set(t.start, i));
  return map;
}

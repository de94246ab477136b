/**
 * Context words that say what kind of thing a name is, whatever the recogniser read: "Chelsea manager",
 * "beat Arsenal" (an organisation: a club), "Tory MP" (a party), "the film Sideways", "an Oscar", "Halo 2"
 * (MISC: works, products, awards, events). Each is evidence about one mention; the corpus adds them up over all
 * of a name's mentions (see resolve/cues.ts), so that one odd sentence does not decide.
 */

/** Nouns that, right after a name, make it an organisation: its staff, members, owners, teams and money. */
export const ORG_NOUNS_AFTER = new Set([
  "manager",
  "managers",
  "boss",
  "bosses",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "keeper",
  "winger",
  "coach",
  "chairman",
  "chairwoman",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "executive",
  "executives",
  "board",
  "shareholders",
  "shareholder",
  "shares",
  "stake",
  "fans",
  "supporters",
  "fan",
  "squad",
  "side",
  "club",
  "player",
  "players",
  "mp",
  "mps",
  "mep",
  "meps",
  "msp",
  "msps",
  "peer",
  "peers",
  "leader",
  "candidate",
  "candidates",
  "party",
  "ministers",
  "frontbencher",
  "frontbenchers",
  "backbencher",
  "backbenchers",
  "activists",
  "councillors",
  "plc",
  "prop",
  "flanker",
  "hooker",
  "fly-half",
  "scrum-half",
  "full-back",
  "centre-back",
  "profits",
  "profit",
  "revenues",
  "revenue",
  "employees",
  "workers",
  "headquarters",
]);

/** The nouns of ORG_NOUNS_AFTER that a person cannot have after a possessive ("Mourinho's side" is his club's). */
export const ORG_NOUNS_AFTER_POSSESSIVE = new Set([
  "profits",
  "profit",
  "revenues",
  "revenue",
  "headquarters",
  "shareholders",
  "employees",
]);

/** Words after "a"/"an" + name that leave the name a thing ("won an Oscar for", "a PC and"), not an organisation. */
export const AFTER_INDEFINITE_THING = new Set([
  "for",
  "in",
  "at",
  "on",
  "and",
  "or",
  "with",
  "from",
  "to",
  "this",
  "last",
  "next",
  "winner",
  "winning",
  "nominee",
]);

/** Words that, right before a name, make it an organisation: sides played ("Chelsea v Arsenal"), clubs joined. */
export const ORG_WORDS_BEFORE = new Set(["v", "vs", "joined", "rejoin", "rejoined"]);

/**
 * Plural verbs right after a one-entity name: British English gives clubs, bands, parties and firms plural
 * agreement ("Chelsea have", "Bath were"), never people ("Blair has"). Places take it too as national teams
 * ("England were"), so resolution leaves known places out of this cue.
 */
export const PLURAL_VERBS_AFTER = new Set(["have", "are", "were"]);

/** Nouns that, right after a name, make it a work, product, award or event (MISC). */
export const MISC_NOUNS_AFTER = new Set([
  "award",
  "awards",
  "nomination",
  "nominations",
  "nominee",
  "nominees",
  "ceremony",
  "console",
  "consoles",
  "processor",
  "processors",
  "chip",
  "chips",
  "browser",
  "handheld",
  "card",
  "cards",
  "tournament",
  "championship",
  "championships",
  "festival",
  "soundtrack",
  "sequel",
  "franchise",
]);

/** Nouns that, right before a name, make it a work or product ("the film Sideways", "hit single Angels"). */
export const MISC_NOUNS_BEFORE = new Set([
  "film",
  "films",
  "movie",
  "comedy",
  "drama",
  "thriller",
  "musical",
  "album",
  "single",
  "song",
  "novel",
  "book",
  "game",
  "console",
  "sequel",
  "series",
  "opera",
]);

/** Words that, right before a name, make it a person: courtesy titles. */
export const PERSON_WORDS_BEFORE = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"]);

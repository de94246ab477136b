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
  "frontman",
  "guitarist",
  "drummer",
  "bassist",
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

/** Words that, right before a name, make it an organisation: clubs and firms joined ("v" is not one: tennis). */
export const ORG_WORDS_BEFORE = new Set(["joined", "rejoin", "rejoined"]);

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
  // events: a competition's fixtures and standings ("Six Nations opener", "Premiership strugglers")
  "opener",
  "clash",
  "match",
  "table",
  "strugglers",
  "fixture",
  "fixtures",
  // products and technologies: what a thing is made of, comes in, or is used by
  "technology",
  "technologies",
  "format",
  "formats",
  "recorder",
  "recorders",
  "users",
  "user",
  "version",
  "versions",
  "edition",
  "drive",
  "drives",
  "disc",
  "discs",
  "copies",
  "ripping",
  "piracy",
  "networks",
  "port",
  "ports",
  "titles",
  // works: who is in them
  "starring",
  "co-star",
]);

/** Possessive pronouns before a name: what is owned is a thing ("your PC", "their DVD"), not a named entity. */
export const POSSESSIVE_PRONOUNS = new Set(["my", "your", "our", "their", "its"]);

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

/**
 * Head nouns of a phrase that defines a name as a work or product, besides MISC_NOUNS_BEFORE: "their new release,
 * Some Cities", "Sony's portable games device, the PSP" (see resolve/apposition.ts).
 */
export const MISC_APPOSITIVES = new Set([
  "release",
  "hit",
  "track",
  "play",
  "device",
  "gadget",
  "handset",
  "programme",
  "sitcom",
  "classic",
  // events and technologies: "CTIA, a wireless show", "Internet Protocol, the technology behind VoIP"
  "show",
  "exhibition",
  "conference",
  "expo",
  "fair",
  "festival",
  "tournament",
  "championship",
  "competition",
  "award",
  "prize",
  "race",
  "marathon",
  "technology",
  "protocol",
  "format",
  // works and products that reference prose defines ("Fingerpori is a Finnish comic strip", "The Toyota Avalon is a
  // full-size car", "Skylake is … a processor microarchitecture")
  "strip",
  "comic",
  "cartoon",
  "anime",
  "manga",
  "painting",
  "poem",
  "symphony",
  "ballet",
  "episode",
  "documentary",
  "soundtrack",
  "videogame",
  "franchise",
  "car",
  "sedan",
  "hatchback",
  "motorcycle",
  "processor",
  "microprocessor",
  "microarchitecture",
  "chipset",
  "software",
  "app",
  "browser",
  "smartphone",
  "codename",
]);

/**
 * Jobs held at an organisation, before "at"/"with" and the organisation's name ("a partner at Tods Murray", "an
 * analyst with Jupiter Research"), roles before "of" ("chairman of Yukos"), and employers after "by" ("Ranieri
 * has been sacked by Valencia"). Not staff or workers, who are "at" places as often ("staff at Heathrow").
 */
export const ORG_JOBS_BEFORE =
  /\b(?:(?:partners?|analysts?|economists?|lawyers?|executives?|spokes(?:man|woman|person))\s+(?:at|with)|(?:chairman|chairwoman|shareholders?|founders?)\s+of|(?:sacked|fired|hired|signed|released)\s+by)\s+(?:the\s+)?$/i;

/**
 * Words before a name that make it a work: "starred in Closer", "co-starring in Ray", an actor's "roles in I Heart
 * Huckabees" or "latest role in Finding Neverland" (a bare "role in" is as often a part in a firm or a party), and
 * the prize a work won for someone: "won best director for Million Dollar Baby", "best actor and actress for Ray
 * and …" (the winner comes before "best", the work after "for"; the category words keep out "the best player for
 * Chelsea").
 */
const AWARD_CATEGORY =
  "(?:supporting\\s+|leading\\s+|original\\s+|adapted\\s+|foreign\\s+|animated\\s+)?(?:actor|actress|director|film|picture|album|single|song|screenplay|musical|play|documentary)";
export const WORK_BEFORE = new RegExp(
  `\\b(?:(?:co-)?starr(?:ed|ing)\\s+in|(?:(?:latest|starring|lead|leading|title|film|screen|movie|cameo|supporting)\\s+role|roles)\\s+in|best\\s+${AWARD_CATEGORY}(?:\\s+and\\s+${AWARD_CATEGORY})?(?:\\s+(?:award|prize|oscar|bafta|nomination|gong|trophy))?,?\\s+for)\\s+$`,
  "i",
);

/** Words that, right before a name, make it a person: courtesy titles. */
export const PERSON_WORDS_BEFORE = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"]);

/**
 * Lower-case nouns in apposition right before a name that make it an organisation ("oil firm Rosneft", "Bristol
 * band Massive Attack", "record label EMI", "retail giant Wal-Mart").
 */
export const ORG_APPOSITIVES = new Set([
  "brand",
  "firm",
  "company",
  "giant",
  "group",
  "retailer",
  "carmaker",
  "maker",
  "manufacturer",
  "airline",
  "bank",
  "insurer",
  "operator",
  "brewer",
  "chain",
  "supermarket",
  "club",
  "band",
  "outfit",
  "duo",
  "trio",
  "quartet",
  "label",
  "agency",
  "regulator",
  "watchdog",
  "charity",
  "consortium",
  "broadcaster",
  "newspaper",
  "magazine",
  "network",
  "conglomerate",
  "subsidiary",
  "unit",
  "arm",
  "division",
]);

/**
 * Lower-case nouns in apposition right before a name that make it a person ("reggae star Sizzla", "striker
 * Craig Bellamy", "Liverpool chief executive Rick Parry"), whatever the recogniser read.
 */
export const PERSON_APPOSITIVES = new Set([
  "singer",
  "rapper",
  "actor",
  "actress",
  "star",
  "comedian",
  "presenter",
  "host",
  "writer",
  "author",
  "novelist",
  "playwright",
  "composer",
  "musician",
  "guitarist",
  "drummer",
  "frontman",
  "director",
  "producer",
  "designer",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "keeper",
  "winger",
  "flanker",
  "hooker",
  "fly-half",
  "scrum-half",
  "full-back",
  "captain",
  "coach",
  "manager",
  "boss",
  "chairman",
  "executive",
  "economist",
  "analyst",
  "spokesman",
  "spokeswoman",
  "champion",
  "sprinter",
  "athlete",
  "runner",
  "hurdler",
  "cyclist",
  "swimmer",
  "golfer",
  "boxer",
  "player",
  "team-mate",
  "teammate",
  "colleague",
  "counterpart",
  "founder",
  "businessman",
  "tycoon",
  "billionaire",
  "lawyer",
  "judge",
  "mp",
  "mep",
]);

/**
 * Last words that make a name an event, a competition or an award (MISC, as in CoNLL-2003): "Consumer
 * Electronics Show", "Carling Cup", "Australian Open", "Brit Awards", "Great Ireland Run"; and a few that name a
 * work or a technology ("Tube Blog", "Internet Protocol").
 */
export const EVENT_HEADS = new Set([
  "show",
  "festival",
  "awards",
  "award",
  "cup",
  "championship",
  "championships",
  "games",
  "olympics",
  "open",
  "prix",
  "marathon",
  "trophy",
  "expo",
  "fair",
  "tournament",
  "run",
  "race",
  "rally",
  "regatta",
  "premiership",
  "classic",
  "slam",
  "summit",
  // works and technologies named by what they are
  "blog",
  "protocol",
]);

/**
 * Last words that say what a name the recogniser read as MISC really is (CoNLL-2003 types such names so): a
 * structure or a feature of the land is a place ("Three Gorges Dam", "Nabesna Glacier", "Tiananmen Square"), and so
 * is an empire ("Ottoman Empire", LOC in CoNLL-2003); a label, a firm or a public body an organisation ("Factory
 * Records", "Schneider Electric Company"). Heads that also end the titles of works and shows are left out:
 * "Mystic River", "Cold Mountain", "Treasure Island", "Jurassic Park", "Fame Academy".
 */
export const PLACE_HEADS = new Set([
  "dam",
  "reservoir",
  "glacier",
  "canyon",
  "bridge",
  "motorway",
  "highway",
  "square",
  "street",
  "avenue",
  "strait",
  "gulf",
  "lake",
  "valley",
  "airport",
  "range",
  "voivodeship",
  "governorate",
  "township",
  "lagoon",
  "empire",
]);
export const ORGANISATION_HEADS = new Set([
  "records",
  "corporation",
  "company",
  "inc",
  "ltd",
  "plc",
  "university",
  "college",
  "commission",
  "council",
  "ministry",
  "department",
  "agency",
  "institute",
  "orchestra",
  "association",
  "army",
  "legislature",
  "club",
  "workshop",
]);

/** Words glued before a name by a hyphen that say it is owned, run or based (an organisation): "Rosneft-owned". */
export const OWNED_SUFFIXES = /^[\p{L}.&]+-(?:owned|controlled|run|backed|led|based)$/u;

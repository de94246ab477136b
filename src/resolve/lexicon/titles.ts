/**
 * Titles and roles that precede names ("Russian Culture Minister Olga Lyubimova", "President Putin").
 * The resolver strips them from person names and records them as the person's role.
 * Heads make a title on their own; modifiers only together with a head ("Culture" + "Minister").
 */

/** Words that are a title by themselves (lower case). */
export const TITLE_HEADS = new Set([
  "president", "minister", "premier", "chancellor", "leader", "king", "queen", "prince", "princess", "pope", "emperor",
  "general", "gen", "gen.", "secretary", "secretary-general", "governor", "senator", "sen", "sen.", "mayor", "ambassador",
  "chairman", "chairwoman", "chair", "chief", "ceo", "director", "commander", "spokesman", "spokeswoman", "spokesperson",
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "judge", "justice", "lord", "lady", "sir",
  "archbishop", "bishop", "cardinal", "coach", "captain", "capt", "capt.", "colonel", "col", "col.", "lieutenant", "lt", "lt.",
  "sergeant", "sgt", "sgt.", "admiral", "marshal", "sheikh", "speaker", "representative", "rep", "rep.", "mp", "envoy",
  "editor", "correspondent", "reporter", "analyst", "economist", "executive", "founder", "manager", "boss", "striker",
  "midfielder", "defender", "goalkeeper", "officer", "attorney", "prosecutor", "dictator", "ruler", "head", "superintendent",
  "deputy", "vice-president", "vice-chairman", "commissioner", "counsel", "adviser", "advisor", "producer", "actor", "actress",
  "singer", "star", "author", "writer", "presenter", "chancellor",
]);

/** Words that extend a title ("Culture Minister", "Supreme Commander", "former President"). */
export const TITLE_MODIFIERS = new Set([
  "culture", "foreign", "defence", "defense", "finance", "interior", "health", "education", "trade", "economy", "economic",
  "energy", "justice", "home", "state", "prime", "vice", "deputy", "first", "former", "acting", "supreme", "chief", "general",
  "executive", "assistant", "associate", "senior", "junior", "managing", "attorney", "crown", "grand", "high", "lord", "national",
  "security", "environment", "agriculture", "labour", "labor", "transport", "industry", "sports", "sport", "information",
  "communications", "science", "technology", "development", "treasury", "army", "military", "navy", "party", "opposition",
  "regional", "provincial", "federal", "european", "brexit", "shadow", "culture", "tourism", "work", "welfare", "immigration",
  "intelligence", "the", "new", "late", "then", "current", "incoming", "outgoing", "interim", "co-founder", "chief-executive",
]);

/** True when the lower-cased word is a title head. */
export function isTitleHead(word: string): boolean {
  return TITLE_HEADS.has(word.toLowerCase());
}

/** True when the lower-cased word can be part of a title. */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
}

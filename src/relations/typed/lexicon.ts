/**
 * Word lists of typed relation extraction, kept as data: trigger words the classifier sees as word classes
 * (so "assassinated" and "gunned down" generalise beyond the training sentences), kinship words for the
 * family patterns, and small place lists that tell a country or a US state from a city.
 */
import { COUNTRIES } from "../../nlp/index.js";

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Trigger classes: a word in one of these sets becomes a feature `class` in addition to the word itself.
 * Membership is by lower-cased word or by its first five letters (a crude stem), see `triggerClass`.
 */
export const TRIGGERS: Readonly<Record<string, ReadonlySet<string>>> = {
  // Killing: verbs and nouns of killing, including the passive "was shot by".
  KILL: words(`kill killed kills killing killer killers murder murdered murders murderer murdering assassin assassins
    assassinated assassinate assassination slay slain slayer slaying shot shoot shooting gunman gunmen stabbed
    strangled executed execution bludgeoned poisoned beheaded lynched gunned ambushed fatally death deaths died`),
  // Living somewhere: birth, residence, origin, political office tied to a place.
  LIVE: words(`born native natives resident residents residing resides reside lives lived live living home hometown
    grew raised moved citizen citizens inhabitant inhabitants mayor governor senator congressman congresswoman
    representative legislator townspeople villagers buried`),
  // Working for an organisation: jobs, offices, membership.
  WORK: words(`spokesman spokeswoman spokesperson president chairman chairwoman director chief head leader official
    officials member members correspondent reporter employee employees executive secretary worked works working
    joined founder co-founder attorney lawyer analyst professor editor manager officer agent commissioner
    administrator adviser advisor aide economist scientist researcher engineer general commander minister
    representative senator delegate chancellor superintendent coordinator owner publisher ceo vice`),
  // An organisation placed somewhere.
  BASED: words(`based headquartered headquarters offices office located plant factory subsidiary branch bureau
    company firm university newspaper agency station`),
  // Places inside places.
  LOCATED: words(`city town village county state province region district capital suburb near northern southern
    eastern western central outside downtown island area border`),
};

/** The trigger class of a lower-cased word (first match in `TRIGGERS` order), or undefined. */
export function triggerClass(word: string): string | undefined {
  return TRIGGER_CLASS.get(word);
}

/** Word → its first trigger class, built once: the classifier asks for every word of every candidate pair. */
const TRIGGER_CLASS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [name, set] of Object.entries(TRIGGERS)) for (const word of set) if (!map.has(word)) map.set(word, name);
  return map;
})();

/** Kinship words: the word as written → the relation label "<word> of" (lower case, singular). */
export const KINSHIP: Readonly<Record<string, string>> = {
  daughter: "daughter",
  son: "son",
  wife: "wife",
  husband: "husband",
  sister: "sister",
  brother: "brother",
  mother: "mother",
  father: "father",
  widow: "widow",
  widower: "widower",
  niece: "niece",
  nephew: "nephew",
  uncle: "uncle",
  aunt: "aunt",
  cousin: "cousin",
  grandson: "grandson",
  granddaughter: "granddaughter",
  grandfather: "grandfather",
  grandmother: "grandmother",
  stepson: "stepson",
  stepdaughter: "stepdaughter",
  "half-brother": "half-brother",
  "half-sister": "half-sister",
  spouse: "spouse",
  partner: "partner",
  fiancee: "fiancee",
  fiance: "fiance",
  "brother-in-law": "brother-in-law",
  "sister-in-law": "sister-in-law",
  "son-in-law": "son-in-law",
  "daughter-in-law": "daughter-in-law",
};

/** Country names (lower case), from the entity model's gazetteer. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES);

/** US states and their newspaper abbreviations (lower case, without periods): a "City, State" target. */
export const US_STATES: ReadonlySet<string> = words(`alabama alaska arizona arkansas california colorado connecticut
  delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
  michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas
  utah vermont virginia washington wisconsin wyoming
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev nh nj nm ny nc
  nd okla ore pa ri sc sd tenn tex vt va wash wis wva wyo dc`);

/** True when a place name is a country or a US state ("Russia", "N.Y.", "New York" is not: it is also a city). */
export function isRegionName(name: string): boolean {
  const n = name.toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim();
  return COUNTRY_NAMES.has(n) || US_STATES.has(n) || US_STATES.has(n.replace(/ /g, ""));
}

/** Names in the country list that are no sovereign state: regions, territories and the UK's nations. */
const NOT_SOVEREIGN: ReadonlySet<string> = new Set(
  `hong kong, macau, puerto rico, greenland, tibet, chechnya, kashmir, gaza, west bank, crimea, donbas, kurdistan,
  faroe islands, gibraltar, bermuda, cayman islands, england, scotland, wales, northern ireland, palestine, kosovo,
  herzegovina, tobago, trinidad`
    .split(",")
    .map((n) => n.trim().replace(/\s+/g, " ")),
);

const normalName = (name: string) => name.toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim();

/** True for the name of a sovereign state ("France", "United States", "UK"): inside no other country. */
export function isSovereignCountry(name: string): boolean {
  const n = normalName(name);
  return COUNTRY_NAMES.has(n) && !NOT_SOVEREIGN.has(n);
}

/** True for England, Scotland, Wales or Northern Ireland. */
export function isUkNation(name: string): boolean {
  return ["england", "scotland", "wales", "northern ireland"].includes(normalName(name));
}

/** True for a name of the United Kingdom. */
export function isUkName(name: string): boolean {
  return ["united kingdom", "uk", "britain", "great britain"].includes(normalName(name));
}

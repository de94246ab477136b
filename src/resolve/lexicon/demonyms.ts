/**
 * Demonyms and adjectival forms of places ("Russian" → Russia). The resolver turns them into adjectival
 * mentions of the place, which relate a sentence to the country without becoming nodes of their own.
 *
 * The table is the world-countries package's English demonyms (every country and territory: a well-kept data set,
 * ODbL), with two hand-kept parts on top: the table kept before the package came in, which names places as the
 * graph does and wins where the two differ ("Czech" → Czech Republic, not Czechia; "English" → England, which
 * world-countries has not), and regions and former states that are no country ("African", "Soviet"). Ambiguous
 * forms ("Korean", which could be either Korea; "Congolese") are left out.
 */
import { createRequire } from "node:module";
import { COUNTRIES } from "../../nlp/index.js";

interface WorldCountry {
  name: { common: string };
  demonyms?: { eng?: { m?: string; f?: string } };
  unMember: boolean;
}

/** The hand-kept table of the place names the graph uses (the alias table's), which override world-countries. */
const NAMED_AS_THE_GRAPH_NAMES_THEM: Readonly<Record<string, string>> = {
  afghan: "Afghanistan",
  albanian: "Albania",
  algerian: "Algeria",
  american: "United States",
  argentine: "Argentina",
  argentinian: "Argentina",
  armenian: "Armenia",
  australian: "Australia",
  austrian: "Austria",
  azerbaijani: "Azerbaijan",
  bangladeshi: "Bangladesh",
  belarusian: "Belarus",
  belgian: "Belgium",
  bolivian: "Bolivia",
  bosnian: "Bosnia",
  brazilian: "Brazil",
  british: "United Kingdom",
  bulgarian: "Bulgaria",
  burmese: "Myanmar",
  cambodian: "Cambodia",
  canadian: "Canada",
  chilean: "Chile",
  chinese: "China",
  colombian: "Colombia",
  croatian: "Croatia",
  cuban: "Cuba",
  cypriot: "Cyprus",
  czech: "Czech Republic",
  danish: "Denmark",
  dutch: "Netherlands",
  egyptian: "Egypt",
  english: "England",
  estonian: "Estonia",
  ethiopian: "Ethiopia",
  european: "Europe",
  filipino: "Philippines",
  finnish: "Finland",
  french: "France",
  georgian: "Georgia",
  german: "Germany",
  ghanaian: "Ghana",
  greek: "Greece",
  hungarian: "Hungary",
  icelandic: "Iceland",
  indian: "India",
  indonesian: "Indonesia",
  iranian: "Iran",
  iraqi: "Iraq",
  irish: "Ireland",
  israeli: "Israel",
  italian: "Italy",
  japanese: "Japan",
  jordanian: "Jordan",
  kazakh: "Kazakhstan",
  kenyan: "Kenya",
  kuwaiti: "Kuwait",
  latvian: "Latvia",
  lebanese: "Lebanon",
  libyan: "Libya",
  lithuanian: "Lithuania",
  malaysian: "Malaysia",
  mexican: "Mexico",
  moldovan: "Moldova",
  mongolian: "Mongolia",
  moroccan: "Morocco",
  nepalese: "Nepal",
  nigerian: "Nigeria",
  "north korean": "North Korea",
  norwegian: "Norway",
  pakistani: "Pakistan",
  palestinian: "Palestine",
  peruvian: "Peru",
  polish: "Poland",
  portuguese: "Portugal",
  qatari: "Qatar",
  romanian: "Romania",
  russian: "Russia",
  saudi: "Saudi Arabia",
  scottish: "Scotland",
  serbian: "Serbia",
  singaporean: "Singapore",
  slovak: "Slovakia",
  slovenian: "Slovenia",
  somali: "Somalia",
  "south african": "South Africa",
  "south korean": "South Korea",
  soviet: "Soviet Union",
  spanish: "Spain",
  "sri lankan": "Sri Lanka",
  sudanese: "Sudan",
  swedish: "Sweden",
  swiss: "Switzerland",
  syrian: "Syria",
  taiwanese: "Taiwan",
  thai: "Thailand",
  tunisian: "Tunisia",
  turkish: "Turkey",
  ugandan: "Uganda",
  ukrainian: "Ukraine",
  venezuelan: "Venezuela",
  vietnamese: "Vietnam",
  welsh: "Wales",
  yemeni: "Yemen",
  zimbabwean: "Zimbabwe",
  kiwi: "New Zealand",
  "new zealander": "New Zealand",
};

/** Regions and former states: no country of world-countries, but places news names by their demonym. */
const REGIONS: Readonly<Record<string, string>> = {
  african: "Africa",
  asian: "Asia",
  "east african": "East Africa",
  "latin american": "Latin America",
  "middle eastern": "Middle East",
  "north american": "North America",
  scandinavian: "Scandinavia",
  "south american": "South America",
  "south asian": "South Asia",
  "southeast asian": "Southeast Asia",
  "west african": "West Africa",
  yugoslav: "Yugoslavia",
};

/**
 * world-countries' demonyms, lower case, each to its country's common name. A demonym of two countries goes to
 * the one that is a UN member ("French": France, not the French Southern Lands); of two members, to neither.
 */
function worldCountryDemonyms(): Record<string, string> {
  const countries = createRequire(import.meta.url)("world-countries/countries.json") as WorldCountry[];
  // (A few entries give the place's own name, "Djibouti", "Gibraltar", "Vatican": a name is no demonym.)
  const placeNames = new Set([...COUNTRIES, ...countries.map((c) => c.name.common.toLowerCase())]);
  const places = new Map<string, WorldCountry[]>();
  for (const country of countries) {
    const eng = country.demonyms?.eng;
    const forms = new Set([eng?.m, eng?.f].flatMap((d) => (d ?? "").split(",")).map((d) => d.trim().toLowerCase()));
    for (const form of forms)
      if (form && !placeNames.has(form)) places.set(form, [...(places.get(form) ?? []), country]);
  }
  const table: Record<string, string> = {};
  for (const [form, candidates] of places) {
    const members = candidates.filter((c) => c.unMember);
    const place = candidates.length === 1 ? candidates[0] : members.length === 1 ? members[0] : undefined;
    if (place) table[form] = place.name.common;
  }
  return table;
}

/**
 * Forms that could be either of two places, which no table entry may name: the two Koreas, the two Congos,
 * Dominica and the Dominican Republic, the three Guineas, North Macedonia and the Greek region of Macedonia.
 */
const AMBIGUOUS = new Set(["korean", "congolese", "dominican", "guinean", "macedonian"]);

export const DEMONYMS: Readonly<Record<string, string>> = (() => {
  const table = { ...worldCountryDemonyms(), ...REGIONS, ...NAMED_AS_THE_GRAPH_NAMES_THEM };
  for (const form of AMBIGUOUS) delete table[form];
  return table;
})();

/** The place a demonym stands for ("Russians" and "Russian" → Russia), or undefined. */
export function placeOfDemonym(text: string): string | undefined {
  const w = text.toLowerCase().replace(/\s+/g, " ").trim();
  return DEMONYMS[w] ?? (w.endsWith("s") ? DEMONYMS[w.slice(0, -1)] : undefined);
}

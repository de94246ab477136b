/**
 * Demonyms and adjectival forms of places ("Russian" → Russia). The resolver turns them into adjectival
 * mentions of the place, which relate a sentence to the country without becoming nodes of their own.
 * Ambiguous forms ("Korean", which could be either Korea) are deliberately absent.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "american": "United States", "argentine": "Argentina",
  "argentinian": "Argentina", "armenian": "Armenia", "australian": "Australia", "austrian": "Austria", "azerbaijani": "Azerbaijan",
  "bangladeshi": "Bangladesh", "belarusian": "Belarus", "belgian": "Belgium", "bolivian": "Bolivia", "bosnian": "Bosnia",
  "brazilian": "Brazil", "british": "United Kingdom", "bulgarian": "Bulgaria", "burmese": "Myanmar", "cambodian": "Cambodia",
  "canadian": "Canada", "chilean": "Chile", "chinese": "China", "colombian": "Colombia", "croatian": "Croatia", "cuban": "Cuba",
  "cypriot": "Cyprus", "czech": "Czech Republic", "danish": "Denmark", "dutch": "Netherlands", "egyptian": "Egypt",
  "english": "England", "estonian": "Estonia", "ethiopian": "Ethiopia", "european": "Europe", "filipino": "Philippines",
  "finnish": "Finland", "french": "France", "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece",
  "hungarian": "Hungary", "icelandic": "Iceland", "indian": "India", "indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq",
  "irish": "Ireland", "israeli": "Israel", "italian": "Italy", "japanese": "Japan", "jordanian": "Jordan", "kazakh": "Kazakhstan",
  "kenyan": "Kenya", "kuwaiti": "Kuwait", "latvian": "Latvia", "lebanese": "Lebanon", "libyan": "Libya", "lithuanian": "Lithuania",
  "malaysian": "Malaysia", "mexican": "Mexico", "moldovan": "Moldova", "mongolian": "Mongolia", "moroccan": "Morocco",
  "nepalese": "Nepal", "nigerian": "Nigeria", "north korean": "North Korea", "norwegian": "Norway", "pakistani": "Pakistan",
  "palestinian": "Palestine", "peruvian": "Peru", "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar",
  "romanian": "Romania", "russian": "Russia", "saudi": "Saudi Arabia", "scottish": "Scotland", "serbian": "Serbia",
  "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia", "somali": "Somalia", "south african": "South Africa",
  "south korean": "South Korea", "soviet": "Soviet Union", "spanish": "Spain", "sri lankan": "Sri Lanka", "sudanese": "Sudan",
  "swedish": "Sweden", "swiss": "Switzerland", "syrian": "Syria", "taiwanese": "Taiwan", "thai": "Thailand", "tunisian": "Tunisia",
  "turkish": "Turkey", "ugandan": "Uganda", "ukrainian": "Ukraine", "venezuelan": "Venezuela", "vietnamese": "Vietnam",
  "welsh": "Wales", "yemeni": "Yemen", "zimbabwean": "Zimbabwe", "kiwi": "New Zealand", "new zealander": "New Zealand",
};

/** The place a demonym stands for ("Russians" and "Russian" → Russia), or undefined. */
export function placeOfDemonym(text: string): string | undefined {
  const w = text.toLowerCase().replace(/\s+/g, " ").trim();
  return DEMONYMS[w] ?? (w.endsWith("s") ? DEMONYMS[w.slice(0, -1)] : undefined);
}

/**
 * Gazetteer data: countries, territories and their demonyms (lower case), used as entity-model features.
 * Kept as data, not logic: add a line, retrain (`npm run train:ner`), and the model learns how far to trust it.
 */

/** Country and territory names, lower case; multi-word names are matched as phrases. */
export const COUNTRIES: readonly string[] = `
afghanistan, albania, algeria, andorra, angola, antigua, argentina, armenia, australia, austria, azerbaijan, bahamas,
bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia, bosnia, herzegovina,
bosnia and herzegovina, botswana, brazil, brunei, bulgaria, burkina faso, burundi, cambodia, cameroon, canada,
cape verde, chad, chile, china, colombia, comoros, congo, costa rica, croatia, cuba, cyprus, czech republic, czechia,
denmark, djibouti, dominica, dominican republic, ecuador, egypt, el salvador, eritrea, estonia, eswatini, ethiopia,
fiji, finland, france, gabon, gambia, georgia, germany, ghana, greece, grenada, guatemala, guinea, guinea-bissau,
guyana, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy, ivory coast, jamaica,
japan, jordan, kazakhstan, kenya, kiribati, korea, north korea, south korea, kosovo, kuwait, kyrgyzstan, laos, latvia,
lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, macedonia, madagascar, malawi, malaysia,
maldives, mali, malta, mauritania, mauritius, mexico, micronesia, moldova, monaco, mongolia, montenegro, morocco,
mozambique, myanmar, burma, namibia, nauru, nepal, netherlands, holland, new zealand, nicaragua, niger, nigeria, norway,
oman, pakistan, palau, palestine, panama, papua new guinea, paraguay, peru, philippines, poland, portugal, qatar,
romania, russia, rwanda, samoa, san marino, saudi arabia, senegal, serbia, seychelles, sierra leone, singapore,
slovakia, slovenia, somalia, south africa, spain, sri lanka, sudan, south sudan, suriname, swaziland, sweden,
switzerland, syria, taiwan, tajikistan, tanzania, thailand, togo, tonga, trinidad, tobago, trinidad and tobago,
tunisia, turkey, turkmenistan, tuvalu, uganda, ukraine, united arab emirates, uae, united kingdom, uk, britain,
great britain, england, scotland, wales, northern ireland, united states, united states of america, usa, u.s., u.s.a.,
america, uruguay, uzbekistan, vanuatu, vatican, venezuela, vietnam, yemen, zambia, zimbabwe, yugoslavia, zaire,
czechoslovakia, soviet union, ussr, hong kong, macau, puerto rico, greenland, tibet, chechnya, kashmir, gaza,
west bank, crimea, donbas, kurdistan, faroe islands, gibraltar, bermuda, cayman islands
`
  .split(",")
  .map((name) => name.trim().replace(/\s+/g, " "))
  .filter(Boolean);

/** Demonyms and national adjectives (CoNLL tags these MISC), lower case. */
export const DEMONYMS: readonly string[] = `
afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani
azeri bahraini bangladeshi barbadian belarusian belgian belizean beninese bhutanese bolivian bosnian botswanan
brazilian british briton bruneian bulgarian burmese burundian cambodian cameroonian canadian chadian chilean chinese
colombian congolese croatian cuban cypriot czech danish dane djiboutian dominican dutch ecuadorian egyptian emirati
english eritrean estonian ethiopian european fijian filipino finnish finn french gabonese gambian georgian german
ghanaian greek grenadian guatemalan guinean guyanese haitian honduran hungarian icelandic indian indonesian iranian
iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao
laotian latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian
malian maltese mauritanian mauritian mexican moldovan monegasque mongolian montenegrin moroccan mozambican namibian
nepalese nepali nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian
polish portuguese qatari romanian russian rwandan salvadoran samoan saudi scottish scots senegalese serbian serb
sierra leonean singaporean slovak slovakian slovenian slovene somali spanish sri lankan sudanese surinamese swazi
swedish swede swiss syrian taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian turkish turkmen
ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean yugoslav soviet arab arabic
kurdish kurd basque catalan chechen tamil sikh hindu muslim islamic christian catholic protestant jewish buddhist
shiite shi'ite sunni western asian african latin balkan scandinavian nordic baltic caucasian slavic hispanic
`
  .trim()
  .split(/\s+/);

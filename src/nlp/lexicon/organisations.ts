/**
 * Gazetteer data: words that mark organisation names (suffixes such as Corp/Inc, heads such as Ministry/Party)
 * and person titles (Mr, President, General). Lower case; features for the entity model.
 */

/** Company suffixes and organisation head words, lower case. */
export const ORG_WORDS: readonly string[] = `
corp corp. corporation inc inc. incorporated ltd ltd. limited plc llc llp co co. company companies group holdings
holding ag gmbh sa s.a. nv n.v. bv spa s.p.a. ab asa oyj kk bhd pty industries international enterprises partners
associates bank bancorp trust fund securities capital investments insurance airlines airways motors petroleum oil
energy telecom communications systems technologies electronics pharmaceuticals chemicals steel mining resources
ministry department agency office bureau commission committee council assembly parliament congress senate cabinet
government administration authority board court tribunal army navy police force forces guard service services
party front movement alliance coalition union federation confederation association society league club institute
foundation university college school academy hospital church organisation organization
news times post herald journal gazette tribune daily weekly radio television tv network agency exchange
fc united city rovers athletic wanderers olympique sporting real dynamo spartak lokomotiv
`
  .trim()
  .split(/\s+/);

/** Person titles and honorifics, lower case, without the trailing period (the tokenizer may keep it). */
export const PERSON_TITLES: readonly string[] = `
mr mrs ms miss dr prof professor sir dame lord lady mister madam madame monsieur herr
president vice-president premier prime minister chancellor king queen prince princess emperor pope cardinal bishop
archbishop rabbi imam sheikh ayatollah sultan emir general gen lt lieutenant colonel col major maj captain capt
sergeant sgt admiral marshal commander governor gov senator sen representative rep congressman congresswoman mayor
judge justice ambassador secretary chairman chairwoman chief director spokesman spokeswoman coach manager striker
midfielder defender goalkeeper leader comrade deputy envoy officer minister mp
`
  .trim()
  .split(/\s+/);

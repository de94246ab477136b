/**
 * A corpus made for the quality report: each document plants one thing the report must find, among ordinary
 * news sentences that it must not flag.
 */
import type { CorpusDocument } from "../../src/types.js";

const texts: Record<string, string> = {
  // A spelling fragment: one chief executive, two spellings.
  "motors-1":
    "Jonathan Smithers, the chief executive of Brackley Motors, said sales rose in March. The company employs 900 people in Northampton.",
  "motors-2": "Jonathon Smithers of Brackley Motors said the company would hire more staff in Northampton next year.",
  // An acronym no text defines.
  "widgets-1": "The Federal Widget Authority said on Monday that the rules for exporters would change in April.",
  "widgets-2": "A spokesman for the FWA said on Tuesday that the new rules were final.",
  // A bare name two full names fit equally.
  "harrow-1": "Peter Whitcombe opened the new library in Leeds on Friday, and the council thanked him.",
  "harrow-2": "Sarah Whitcombe won the regional chess title in Sheffield on Saturday.",
  "harrow-3": "Mr Whitcombe told reporters in York that the campaign would go on.",
  // A bare surname folded into the one full name of the corpus, in documents that share nothing with it.
  "treasury-1":
    "Chancellor Gordon Brown told the Treasury committee in London that growth would stay strong. Tony Blair backed him.",
  "treasury-2": "Gordon Brown and Tony Blair met business leaders at Downing Street on Wednesday.",
  "football-1": "Brown scored twice as Celtic beat Hibernian 3-1 at Parkhead in Glasgow on Saturday.",
  "football-2": "Celtic manager Martin O'Neill said Brown would start against Rangers at Ibrox.",
  // A publisher named only in the footer three articles repeat.
  "footer-1":
    "Farmers in Devon said the wet summer had cut the harvest.\nCopyright 2005 Northwind Media Group. All rights reserved.",
  "footer-2":
    "The ferry from Plymouth was cancelled on Thursday because of storms.\nCopyright 2005 Northwind Media Group. All rights reserved.",
  "footer-3":
    "Exeter council said the new bridge would open in May.\nCopyright 2005 Northwind Media Group. All rights reserved.",
};

/** The planted corpus, in memory. */
export const PLANTED: CorpusDocument[] = Object.entries(texts).map(([id, text]) => ({
  id,
  path: `${id}.txt`,
  title: id,
  text,
}));

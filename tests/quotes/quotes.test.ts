/**
 * Quotations and their speakers (src/quotes/extract.ts): attribution after and before a quote, pronouns, quotes
 * printed in parts, and the constructions that name no speaker; and the seed corpus's quotations through the query.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  SAID,
  isRelation,
  type DocumentNodeAttributes,
  type KnowledgeGraph,
  type RelationEdgeAttributes,
} from "../../src/graph/index.js";
import { allQuotes, quotes, quotesAbout } from "../../src/query/index.js";
import { findQuotes, type QuoteMention } from "../../src/quotes/extract.js";
import { seedGraph } from "../helpers.js";

/** Mentions of the given names (each occurrence), typed as given. */
function mentionsOf(text: string, names: Record<string, string>): QuoteMention[] {
  const out: QuoteMention[] = [];
  for (const [name, entityType] of Object.entries(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      out.push({ start: at, end: at + name.length, entity: name, entityType });
  }
  return out;
}

/** "quote start → speaker" for every quotation of the text. */
function attributions(text: string, names: Record<string, string>): string[] {
  return findQuotes(text, mentionsOf(text, names)).map(
    (q) => `${text.slice(q.quote.start, q.quote.start + 12)} → ${q.speaker ?? "nobody"}`,
  );
}

describe("quotation speakers", () => {
  it("holds a quote left open to its first sentence, unless the next paragraph goes on with it", () => {
    const spans = (text: string) => findQuotes(text, []).map((q) => text.slice(q.quote.start, q.quote.end));
    const lost = `Peter Jamieson said: "I am very pleased with this delay. The Official UK Charts are run by the OCC.\nThe US has merged downloads into its chart.`;
    expect(spans(lost)).toEqual(["I am very pleased with this delay."]);
    // The same at the end of the document: nothing says where the quote ends.
    expect(spans(lost.slice(0, lost.indexOf("\n")))).toEqual(["I am very pleased with this delay."]);
    const continued = `He said: "I am very pleased. We tried hard.\n"It is a great day," he added.`;
    expect(spans(continued)).toEqual(["I am very pleased. We tried hard.", "It is a great day,"]);
  });

  it("reads a straight mark with a space after it as a closing mark, not the opening of the rest", () => {
    const text = `"I use colloquial language within the framework of the football world. " England's players wore t-shirts in Madrid.`;
    const found = findQuotes(text, mentionsOf(text, { England: "organization", Madrid: "place" }));
    expect(found.map((q) => text.slice(q.quote.start, q.quote.end))).toEqual([
      "I use colloquial language within the framework of the football world. ",
    ]);
  });

  it("reads the speaker after the quote, preferring the person to the organisation", () => {
    const text = `"We don't think it's a change in direction," said Jason Daw at Merrill Lynch.`;
    expect(attributions(text, { "Jason Daw": "person", "Merrill Lynch": "organization" })).toEqual([
      "We don't thi → Jason Daw",
    ]);
  });

  it("takes the subject, not the listener, of 'told'", () => {
    const text = `"We knew there would be cuts," said Jason Parkinson. "A lot of people suspected it," he told BBC News Online.`;
    expect(attributions(text, { "Jason Parkinson": "person", "BBC News Online": "media" })).toEqual([
      "We knew ther → Jason Parkinson",
      "A lot of peo → Jason Parkinson",
    ]);
  });

  it("reads the speaker before the quote, and a subject right before 'said' across a clause", () => {
    const text = `Mr Murray said: "The football sector is changing fast." Standard Chartered said KFB was a "well-managed, conservatively run bank".`;
    expect(
      attributions(text, { "Mr Murray": "person", "Standard Chartered": "organization", KFB: "organization" }),
    ).toEqual(["The football → Mr Murray", "well-managed → Standard Chartered"]);
  });

  it("gives a quote printed in parts the speaker of its attributed part", () => {
    const text = `Charles Kennedy spoke in London. "A clear division is emerging in politics. "Labour is counting on fear," he said.`;
    expect(attributions(text, { "Charles Kennedy": "person" })).toEqual([
      "A clear divi → Charles Kennedy",
      "Labour is co → Charles Kennedy",
    ]);
  });

  it("names nobody for captions, relative clauses, clauses after 'saying' and unnamed speakers", () => {
    const text =
      `A caption saying the leader had "approved the plans for the attack" was shown. ` +
      `A message read: "Let us bravely fight this battle," which refers to Kim, according to the broadcast. ` +
      `"It will bring more customers to us," a spokesman said.`;
    expect(attributions(text, { Kim: "person" })).toEqual([
      "approved the → nobody",
      "Let us brave → nobody",
      "It will brin → nobody",
    ]);
  });

  it("reads 'according to' later in the quote's sentence, and a colon after a subject with no verb of saying", () => {
    const text =
      `The band have done "everything in their considerable powers" to stay on top, according to Q magazine editor Paul Rees. ` +
      `Drummer Larry Mullen echoed those sentiments: "We're very competitive - we want to be on the radio." ` +
      `The album sold well: "nothing else comes close this year at all".`;
    expect(attributions(text, { "Paul Rees": "person", "Larry Mullen": "person" })).toEqual([
      "everything i → Paul Rees",
      "We're very c → Larry Mullen",
      "nothing else → nobody",
    ]);
  });

  it("gives a quote opening a sentence the speaker of the report just before it", () => {
    const text =
      `The other key ingredient was organisation, Mr Rees said. "They do everything in the right way." ` +
      `Kenteris, speaking on Alter Television, also claimed that he asked to be tested. "I told the hospital to call the IOC." ` +
      `The 31-year-old insisted he will be happy if he is charged. "If a decision is taken, I will accept it gladly."\n` +
      `"A prosecution means that the case will be cleared."`;
    expect(
      attributions(text, { "Mr Rees": "person", Kenteris: "person", "Alter Television": "media", IOC: "organization" }),
    ).toEqual([
      "They do ever → Mr Rees",
      "I told the h → Kenteris",
      "If a decisio → Kenteris",
      "A prosecutio → Kenteris",
    ]);
  });

  it("takes no speaker from what a report is about ('he stressed that ONGC was…')", () => {
    const text =
      `ONGC's Mr Raha spoke in Delhi. However, he stressed that ONGC was not interested in a loan-for-oil deal. ` +
      `"China's problem is it has immediate demand for the oil."`;
    expect(attributions(text, { "Mr Raha": "person", ONGC: "organization" })).toEqual(["China's prob → Mr Raha"]);
  });

  it("keeps the speaker of an attributed quote for the next one, not the organisation after the speaker", () => {
    const text = `"The world economy was strong," said Stefan Schilbe, analyst at HSBC Trinkaus. "If exports weaken, we cannot expect much."`;
    expect(attributions(text, { "Stefan Schilbe": "person", "HSBC Trinkaus": "organization" })).toEqual([
      "The world ec → Stefan Schilbe",
      "If exports w → Stefan Schilbe",
    ]);
  });

  it("gives an organisation's spokesman's words to the organisation the document names", () => {
    const text = `Five said it had stopped. A Five spokesman said: "We are surprised a small minority of recipients objected." "It will be fine next year," a Dell spokesman said.`;
    expect(attributions(text, { Five: "organization" })).toEqual(["We are surpr → Five", "It will be f → nobody"]);
  });

  it("does not take an organisation's quote as the antecedent of 'he'", () => {
    const text =
      `The Bank's minutes said risks were "sufficiently to the downside to hold". Ross Walker, economist at RBS, said he was surprised. ` +
      `He said the minutes appeared to be "trying to get the market to focus".`;
    expect(attributions(text, { Bank: "organization", "Ross Walker": "person", RBS: "organization" })).toEqual([
      "sufficiently → Bank",
      "trying to ge → Ross Walker",
    ]);
  });

  it("gives a member named by the organisation and a role ('the Tottenham striker') the person, not the club", () => {
    const text = `Matchwinner Keane was full of praise. "It was great play from Damien," said the Tottenham striker.`;
    expect(attributions(text, { Keane: "person", Damien: "person", Tottenham: "organization" })).toEqual([
      "It was great → Keane",
    ]);
    const apposition = `"These figures show the slowdown," Peter Williams, CML deputy director, said.`;
    expect(attributions(apposition, { "Peter Williams": "person", CML: "organization" })).toEqual([
      "These figure → Peter Williams",
    ]);
    const spokesman = `A Five spokesman said: "We are very pleased with the show."`;
    expect(attributions(spokesman, { Five: "media" })).toEqual(["We are very  → Five"]);
  });

  it("reads the subject before a verb and its colon, and 'he' right before the verb over a name that owns something", () => {
    const colon = `Some Liverpool fans would find it controversial, but Parry countered: "I recognise it would be an issue."`;
    expect(attributions(colon, { Liverpool: "organization", Parry: "person" })).toEqual(["I recognise  → Parry"]);
    const owner = `Mr Brown spoke in Gateshead. Laying into the Conservative's record he said: "I give you this promise today."`;
    expect(attributions(owner, { "Mr Brown": "person", Conservative: "organization" })).toEqual([
      "I give you t → Mr Brown",
    ]);
    const spoke = `Edward Leigh said the plans were a step forward but he told the FT: "I would cut taxes much sooner."`;
    expect(attributions(spoke, { "Edward Leigh": "person", FT: "media" })).toEqual(["I would cut  → Edward Leigh"]);
  });

  it("leaves phrases of fewer than four words alone", () => {
    expect(attributions(`He called it "deeply flawed", said Mark Oaten.`, { "Mark Oaten": "person" })).toEqual([]);
  });
});

describe("quotations of the seed corpus", () => {
  let graph: KnowledgeGraph;
  beforeAll(async () => {
    graph = await seedGraph();
  });

  it("attributes Putin's April statement to Vladimir Putin, about Russia", () => {
    const said = quotes(graph, "Vladimir Putin");
    expect(said).toHaveLength(1);
    expect(said[0]!.text).toMatch(/^The Russian people will never forget the heroism/);
    expect(said[0]!.about).toContain("Russia");
    expect(said[0]!.attribution?.text).toMatch(/statement saying/);
    expect(quotes(graph, "Vladimir Putin", { about: "Russia" })).toHaveLength(1);
    expect(quotesAbout(graph, "Russia").map((q) => q.speaker)).toContain("Vladimir Putin");
  });

  it("does not attribute the soldier's notebook to Kim Jong Un", () => {
    const notebook = allQuotes(graph).filter((q) => q.text.startsWith("Let us bravely fight"));
    expect(notebook.length).toBeGreaterThan(0);
    for (const q of notebook) expect(q.speaker).not.toBe("Kim Jong Un");
    expect(quotes(graph, "Kim Jong Un")).toEqual([]);
  });

  it("stores each document's quotations and makes a `said` edge from Putin to Russia, the quotation as evidence", () => {
    const said = graph.filterEdges((_e, a) => isRelation(a) && a.predicate === SAID);
    expect(said.map((e) => `${graph.source(e)} -> ${graph.target(e)}`)).toEqual([
      "entity:vladimir-putin -> entity:russia",
    ]);
    const edge = graph.getEdgeAttributes(said[0]!) as RelationEdgeAttributes;
    expect(edge.candidate).toBeUndefined();
    const [evidence] = edge.evidence;
    const text = (graph.getNodeAttributes(evidence!.document) as DocumentNodeAttributes).text;
    expect(text.slice(evidence!.start, evidence!.end)).toMatch(/^The Russian people will never forget the heroism/);
    expect(text.slice(evidence!.attribution!.start, evidence!.attribution!.end)).toMatch(/Putin/);
    // The document keeps every quotation it holds, the speaker's node key on the attributed one.
    const stored = (graph.getNodeAttributes(evidence!.document) as DocumentNodeAttributes).quotes ?? [];
    expect(stored.filter((q) => q.speaker).map((q) => [q.speaker, q.about])).toEqual([
      ["entity:vladimir-putin", ["entity:russia"]],
    ]);
    expect(stored.length).toBeGreaterThan(1);
  });
});

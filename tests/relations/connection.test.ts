/**
 * The connection rules that keep a classifier relation only where the words between two names relate them
 * (src/relations/typed/connection.ts), and the mentions kept out of typed relations (mentions.ts). Sentences are
 * written in the constructions the judged BBC sample showed, with expected outputs and expected non-outputs.
 */
import { describe, expect, it } from "vitest";
import { unconnected } from "../../src/relations/typed/connection.js";
import { extractTypedRelations } from "../../src/relations/typed/index.js";
import type { PairEntity, PairType } from "../../src/relations/typed/features.js";
import { relationMentions } from "../../src/relations/typed/mentions.js";
import { mentionTokenRanges } from "../../src/relations/typed/patterns.js";
import { relationDocument, type MentionSpec } from "./fixtures.js";

/** A sentence with its names marked [like this|Type]; the pair is the `source` and `target` names (by order). */
function parse(marked: string): { words: string[]; entities: PairEntity[]; names: string[] } {
  const words: string[] = [];
  const entities: PairEntity[] = [];
  const names: string[] = [];
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    const m = /^\[([^|]+)\|(\w+)\]$/.exec(part);
    if (m) {
      const w = m[1]!.split(" ");
      entities.push({ start: words.length, end: words.length + w.length, type: m[2] as PairType });
      names.push(m[1]!);
      words.push(...w);
    } else words.push(...part.split(" ").filter(Boolean));
  }
  return { words, entities, names };
}

/** The rule that drops the relation source → target in the marked sentence, or undefined when it is kept. */
function ruleFor(marked: string, source: string, target: string): string | undefined {
  const { words, entities, names } = parse(marked);
  const s = entities[names.indexOf(source)]!;
  const t = entities[names.indexOf(target)]!;
  const [left, right] = s.start < t.start ? [s, t] : [t, s];
  return unconnected({ words, entities, left, right, sourceFirst: s.start < t.start })?.id;
}

describe("connection rules", () => {
  it.each([
    ["[Wilkinson|Peop] to lead [England|Loc]", "Wilkinson", "England", "headline"],
    ["[S Byrne|Peop] , [S Best|Peop] , [L Cullen|Org] , [A Foley|Peop] .", "S Best", "L Cullen", "list"],
    [
      "[Republic of Ireland|Loc] v [Cyprus|Loc] ; [France|Loc] v [Israel|Loc] .",
      "Republic of Ireland",
      "Cyprus",
      "list",
    ],
    ["[Time Warner|Peop] now owns 8 % of [Google|Org] .", "Time Warner", "Google", "foreign-verb"],
    ["He is in [Brussels|Loc] , where [Iraq|Loc] is on the agenda .", "Brussels", "Iraq", "clause-break"],
    ["[Lord Nicholls|Peop] of [Birkenhead|Loc] ruled .", "Lord Nicholls", "Birkenhead", undefined],
    ["Lord [Nicholls|Peop] of [Birkenhead|Loc] ruled .", "Nicholls", "Birkenhead", "peerage"],
    ["He met [Bush|Peop] in [Brussels|Loc] .", "Bush", "Brussels", "person-in-place"],
    ["It beat [Finding Neverland|Org] 's [UK|Loc] designer .", "Finding Neverland", "UK", "modifier"],
    [
      "[C-Murder|Org] , a former member of rap group [Tru|Peop] , was filmed .",
      "Tru",
      "C-Murder",
      "appositive-direction",
    ],
    ["Speaking in [Las Vegas|Loc] [Microsoft|Org] boss Bill Gates said so .", "Microsoft", "Las Vegas", "adjacent"],
    ["Nominees include [Charlize Theron|Peop] for [Monster|Org] .", "Charlize Theron", "Monster", "bare-for"],
    [
      "Films with [Jude Law|Peop] were among those hit , [Screen Daily|Org] has said .",
      "Jude Law",
      "Screen Daily",
      "speaker-after",
    ],
    ["Strong [Chrysler|Peop] growth at [Mercedes|Org] slowed .", "Chrysler", "Mercedes", "source-modifier"],
    ["L [Dallaglio|Org] ( [England|Loc] ) , B [Cohen|Peop] ( [England|Loc] ) .", "Cohen", "Dallaglio", "list"],
    ["Subs Not Used : [Pidgeley|Peop] , [Tiago|Loc] .", "Pidgeley", "Tiago", "list"],
    ["[EastEnders|Org] ' head writer [Tony Jordan|Peop] is involved .", "Tony Jordan", "EastEnders", "creative-role"],
    // A verb of crime relates a killer and the killed only.
    ["The [Lib Dems|Org] accused Mr [Brown|Peop] of ducking the issue .", "Brown", "Lib Dems", "foreign-verb"],
    // A name the recogniser missed, or found a part of, is still an item of the list.
    [
      "[Al Fatah|Peop] , Black September , [Red Brigades|Org] , but most of all the IRA .",
      "Al Fatah",
      "Red Brigades",
      "list",
    ],
    [
      "[Al Fatah|Peop] , [Black|Loc] September , [Red Brigades|Org] , but most of all the IRA .",
      "Al Fatah",
      "Red Brigades",
      "list",
    ],
    // Where something happens is not where a name lives or is based.
    [
      "[Moya|Peop] beat [Andy Roddick|Peop] in the fourth rubber in [Seville|Loc] .",
      "Andy Roddick",
      "Seville",
      "event-place",
    ],
    ["Mr [Blair|Peop] was still on holiday in [Egypt|Loc] .", "Blair", "Egypt", "event-place"],
    ["She led [Care International|Org] operations in [Iraq|Loc] .", "Care International", "Iraq", "event-place"],
    ["a Test match against the [All Blacks|Org] in [Christchurch|Loc] .", "All Blacks", "Christchurch", "event-place"],
    ["In [Argentina|Loc] , [Suez|Org] 's subsidiary was fined .", "Suez", "Argentina", "event-place"],
    ["Mr [Newton|Peop] and the [Beastie Boys|Org] were not available .", "Newton", "Beastie Boys", "coordinated"],
    ["Devon singer [Joss Stone|Peop] and rock band [Muse|Org] won .", "Joss Stone", "Muse", "coordinated"],
    [
      "Sunday 's clash at [Lansdowne Road|Loc] was a good example as [Ireland|Loc] won .",
      "Lansdowne Road",
      "Ireland",
      "event-place",
    ],
    ["In a speech to the [Hansard Society|Org] , Mr [Bell|Peop] warned .", "Bell", "Hansard Society", "event-place"],
    [
      "[Kenteris|Peop] 's lawyer , [Gregory Ioannidis|Peop] , reacted angrily .",
      "Gregory Ioannidis",
      "Kenteris",
      "no-killing",
    ],
    [
      "[Henry|Peop] is on the shortlist with [Barcelona|Org] 's [Ronaldinho|Peop] .",
      "Henry",
      "Barcelona",
      "possessive-of-another",
    ],
  ])("%s: %s → %s dropped by %s", (marked, source, target, rule) => {
    expect(ruleFor(marked, source, target)).toBe(rule);
  });

  it.each([
    ["[Jason Daw|Peop] , chief economist at [Merrill Lynch|Org] , said so .", "Jason Daw", "Merrill Lynch"],
    ["[Serbia|Loc] 's [Ana Ivanovic|Peop] won the title .", "Ana Ivanovic", "Serbia"],
    // Title words between commas are a title in apposition, not a name of a list.
    [
      "The head of the [NHTCU|Org] , Acting Detective Chief Superintendent , [Mick Deats|Peop] , said so .",
      "Mick Deats",
      "NHTCU",
    ],
    ["[Gordon Brown|Peop] was born in [Glasgow|Loc] in 1951 .", "Gordon Brown", "Glasgow"],
    ["[Peter Nielson|Peop] , who is [UKIP Scotland|Org] chairman , spoke .", "Peter Nielson", "UKIP Scotland"],
    ["[Lee Harvey Oswald|Peop] assassinated [Kennedy|Peop] in Dallas .", "Lee Harvey Oswald", "Kennedy"],
    ["[Nihat|Peop] ( Marka ) , deputy leader of [SHP|Org] , spoke .", "Nihat", "SHP"],
    ["[Kursk|Loc] , [Russia|Loc] , was shelled .", "Kursk", "Russia"],
    ["[Arsenal|Org] director [Danny Fiszman|Peop] wants him to stay .", "Danny Fiszman", "Arsenal"],
    ["[Gordon Brown|Peop] , who grew up in [Kirkcaldy|Loc] , spoke .", "Gordon Brown", "Kirkcaldy"],
    ["He delivered the [Adam Smith Lecture|Org] in [Kirkcaldy|Loc] .", "Adam Smith Lecture", "Kirkcaldy"],
    ["[Oswald|Peop] shot [Kennedy|Peop] in Dallas .", "Oswald", "Kennedy"],
    ["[Britain|Loc] 's [Sarah Claxton|Peop] was third .", "Sarah Claxton", "Britain"],
    ["They met in the [Plaza Hotel|Loc] , [New York|Loc] , in 1953 .", "Plaza Hotel", "New York"],
  ])("%s: %s → %s is connected", (marked, source, target) => {
    expect(ruleFor(marked, source, target)).toBeUndefined();
  });
});

describe("mentions kept out of typed relations", () => {
  const kept = (text: string, specs: MentionSpec[]) => {
    const doc = relationDocument(text, specs);
    return relationMentions(doc, mentionTokenRanges(doc)).mentions.map((m) => m.text);
  };

  it.each([
    ["Cate Blanchett played a role in The Aviator.", "Aviator", "organization"],
    ["His last album, Genius Loves Company, sold well.", "Genius Loves Company", "organization"],
    [
      "A complaint came from Sony Music and Universal Music on Monday.",
      "Sony Music and Universal Music",
      "organization",
    ],
    ["Veteran Labour MP Jack Cunningham will stand down.", "Veteran Labour MP", "organization"],
    ["The US rap star 50 Cent said he was leaving.", "Cent", "person"],
    ["He spoke at the 3GSM show in Cannes.", "GSM", "organization"],
    ["It was announced by Work and Pensions Secretary Alan Smith.", "Pensions", "organization"],
  ] as const)("%s: %s takes no part", (text, name, type) => {
    expect(kept(text, [{ text: name, entity: name.toLowerCase(), type }])).toEqual([]);
  });

  it.each([
    ["Talks in The Hague ended on Monday.", "The Hague", "place"],
    ["Japan's Honda won a copyright case.", "Honda", "organization"],
    ["Sales at Marks and Spencer rose.", "Marks and Spencer", "organization"],
    ["He read The Times on the train.", "The Times", "media"],
  ] as const)("%s: %s takes part", (text, name, type) => {
    expect(kept(text, [{ text: name, entity: name.toLowerCase(), type }])).toEqual([name]);
  });
});

describe("affiliation: an organisation's possessive before a person", () => {
  const relations = (text: string, specs: MentionSpec[]) =>
    extractTypedRelations(relationDocument(text, specs), { classifier: false }).map(
      (r) => `${r.source} -[${r.relationLabel}]-> ${r.target}`,
    );

  it("makes the person a member of the party, club or company", () => {
    expect(
      relations("Labour's Gordon Brown said so.", [
        { text: "Labour", entity: "labour", type: "organization" },
        { text: "Gordon Brown", entity: "gordon brown", type: "person" },
      ]),
    ).toEqual(["gordon brown -[member of]-> labour"]);
    expect(
      relations("Nortel's head Frank Dunn was fired.", [
        { text: "Nortel", entity: "nortel", type: "organization" },
        { text: "Frank Dunn", entity: "frank dunn", type: "person" },
      ]),
    ).toEqual(["frank dunn -[head of]-> nortel"]);
  });

  it("not after 'over', nor for a product with a one-word name", () => {
    expect(
      relations("It was a win over Arsenal's Thierry Henry.", [
        { text: "Arsenal", entity: "arsenal", type: "organization" },
        { text: "Thierry Henry", entity: "thierry henry", type: "person" },
      ]),
    ).toEqual([]);
    expect(
      relations("Honda's Asimo was built five years ago.", [
        { text: "Honda", entity: "honda", type: "organization" },
        { text: "Asimo", entity: "asimo", type: "person" },
      ]),
    ).toEqual([]);
  });

  it("nor by the classifier, which would otherwise put the product back", () => {
    // A BBC sentence the classifier related (works for, 0.68) before it was held to the pattern's rule.
    const text =
      "Some services, such as Kodak's Ofoto and Snapfish, offer unlimited storage space but they do require users to buy some prints online.";
    const specs: MentionSpec[] = [
      { text: "Kodak", entity: "kodak", type: "organization" },
      { text: "Ofoto", entity: "ofoto", type: "person" },
      { text: "Snapfish", entity: "snapfish", type: "organization" },
    ];
    expect(extractTypedRelations(relationDocument(text, specs)).map((r) => [r.source, r.target])).not.toContainEqual([
      "ofoto",
      "kodak",
    ]);
    // The same construction with a full name still makes the person a member of the company.
    const named = text.replace("Ofoto", "Antonio Perez");
    const found = extractTypedRelations(
      relationDocument(named, [
        ...specs.slice(0, 1),
        { text: "Antonio Perez", entity: "antonio perez", type: "person" },
      ]),
    );
    expect(found.map((r) => [r.source, r.target])).toContainEqual(["antonio perez", "kodak"]);
  });
});

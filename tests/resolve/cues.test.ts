import { describe, expect, it } from "vitest";
import { contextType } from "../../src/resolve/cues.js";

/** The context type of the first occurrence of `name` in `text`. */
const typeIn = (text: string, name: string) => contextType(text, text.indexOf(name), text.indexOf(name) + name.length);

describe("context type cues", () => {
  it("reads clubs and parties from the words around them", () => {
    expect(typeIn("Chelsea manager Jose Mourinho said", "Chelsea")).toBe("organization");
    expect(typeIn("Last night Chelsea have won again.", "Chelsea")).toBe("organization");
    expect(typeIn("a Tory MP said", "Tory")).toBe("organization");
    expect(typeIn("Arsenal v Chelsea on Sunday", "Chelsea")).toBeUndefined();
    expect(typeIn("Rabobank 8 seconds behind", "Rabobank")).toBeUndefined();
    expect(typeIn("played at The Oval , London", "Oval")).toBeUndefined();
  });

  it("reads plural agreement in a relative clause and after an opening phrase, not after a list", () => {
    expect(typeIn("Franz Ferdinand, who were shortlisted in five categories, won", "Franz Ferdinand")).toBe(
      "organization",
    );
    expect(typeIn("With their self-titled debut, Franz Ferdinand have achieved it", "Franz Ferdinand")).toBe(
      "organization",
    );
    expect(
      typeIn("Joss Stone and Franz Ferdinand, who were both up for three awards", "Franz Ferdinand"),
    ).toBeUndefined();
    expect(typeIn("Keane, Franz Ferdinand have", "Franz Ferdinand")).toBeUndefined();
  });

  it("reads a film an actor starred in, and the work a prize in a category was won for", () => {
    expect(typeIn("Eastwood won best director for Million Dollar Baby, beating", "Million Dollar Baby")).toBe("misc");
    expect(typeIn("took the best director prize for Million Dollar Baby while", "Million Dollar Baby")).toBe("misc");
    expect(typeIn("to scoop best actor and actress for Ray and others", "Ray")).toBe("misc");
    expect(typeIn("Roberts, who co-starred in Closer last year", "Closer")).toBe("misc");
    expect(typeIn("His latest role in Finding Neverland explored", "Finding Neverland")).toBe("misc");
    expect(typeIn("nods for her roles in Closer and Ray", "Closer")).toBe("misc");
    // A bare "role in" is as often a part played in a firm or a party.
    expect(typeIn("his role in Enron was questioned", "Enron")).toBeUndefined();
    // The winner before "best", a team after "the best player for", an owner's possessive: no cue.
    expect(typeIn("Lampard was the best player for Chelsea on Sunday", "Chelsea")).toBeUndefined();
    expect(typeIn("he starred in Spielberg's Munich", "Spielberg")).toBeUndefined();
    expect(typeIn("Jamie Foxx won best actor", "Jamie Foxx")).toBeUndefined();
  });

  it("reads competitions and events by their last word", () => {
    expect(typeIn("It would not be acceptable in the Zurich Premiership.", "Zurich Premiership")).toBe("misc");
    expect(typeIn("chasing the Six Nations Grand Slam this year", "Six Nations Grand Slam")).toBe("misc");
    expect(typeIn("she won the Kooyong Classic on Sunday", "Kooyong Classic")).toBe("misc");
  });

  it("reads a subject that 'its own' takes back as an organisation, not across a verb of saying", () => {
    expect(typeIn("Kirin, the fourth big name, is launching its own drink.", "Kirin")).toBe("organization");
    expect(typeIn("Heineken is doing its own thing.", "Heineken")).toBe("organization");
    expect(typeIn("Brown said its own figures were wrong.", "Brown")).toBeUndefined();
    expect(typeIn("Microsoft Outlook and uses its own engine.", "Microsoft Outlook")).toBeUndefined();
  });

  it("reads a job held at a name as an organisation", () => {
    expect(typeIn("discuss with the other partners at Tods Murray.", "Tods Murray")).toBe("organization");
    expect(typeIn("said Mark Mulligan, a music analyst with Jupiter Research.", "Jupiter Research")).toBe(
      "organization",
    );
    expect(typeIn("Flavio Cotti, the chairman of the Organisation for Security", "Organisation for Security")).toBe(
      "organization",
    );
    expect(typeIn("Claudio Ranieri has been sacked by Valencia", "Valencia")).toBe("organization");
    // Staff are at places as often: no cue.
    expect(typeIn("staff at Heathrow were told", "Heathrow")).toBeUndefined();
  });

  it("reads works, products and awards", () => {
    expect(typeIn("the wine comedy film Sideways won", "Sideways")).toBe("misc");
    expect(typeIn("Halo 2 sells five million copies", "Halo")).toBe("misc");
    expect(typeIn("She won an Oscar for her role", "Oscar")).toBe("misc");
    expect(typeIn("Tony Hawk's Underground 2 held its own at three", "Tony Hawk")).toBe("misc");
    // A league table's numbers, a model's number: no sequel.
    expect(typeIn("Queen's Park 3 1 1 1 6 8 4", "Queen")).toBeUndefined();
    expect(typeIn("Symbian's Series 60 software is licenced", "Symbian")).toBeUndefined();
    expect(typeIn("the Bafta awards ceremony", "Bafta")).toBe("misc");
  });

  it("says nothing where the words do not decide, and keeps national teams places", () => {
    expect(typeIn("Dundee Utd 4-1 Aberdeen", "Dundee Utd")).toBeUndefined();
    expect(typeIn("on BBC Radio 4 today", "BBC Radio")).toBeUndefined();
    expect(typeIn("England were beaten in Cardiff", "England")).toBeUndefined();
    expect(typeIn("refugees of Darfur are getting help", "Darfur")).toBeUndefined();
    expect(typeIn("Mourinho's side lost", "Mourinho")).toBeUndefined();
    expect(typeIn("Blair and Brown are", "Blair")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { contextType } from "../../src/resolve/cues.js";
import { typeDefinedAfter, typeDefinedBefore } from "../../src/resolve/apposition.js";

/** The context type of the first occurrence of `name` in `text`. */
const typeIn = (text: string, name: string) => contextType(text, text.indexOf(name), text.indexOf(name) + name.length);

describe("defining phrases (apposition and predicate nouns)", () => {
  it("reads the head noun of a phrase after the name", () => {
    expect(typeIn("Illva Saronno has agreed to buy 33% of Changyu, the largest wine maker in China.", "Changyu")).toBe(
      "organization",
    );
    expect(typeIn("I think Angels is a great song and deserved to win.", "Angels")).toBe("misc");
    expect(typeIn('"Holcim is cheap," said KK Mittal, a fund manager with Escorts.', "KK Mittal")).toBe("person");
    expect(typeIn("Wal-Mart, the world's biggest retailer, said sales rose.", "Wal-Mart")).toBe("organization");
  });

  it("reads a definition past a closing mark, an aside in brackets, a participle's clause and joined modifiers", () => {
    expect(typeIn("Fingerpori is a Finnish comic strip written and drawn by Pertti Jarla.", "Fingerpori")).toBe("misc");
    expect(typeIn('"Surreal" (stylised as "SURREAL") is a song by Ayumi Hamasaki.', "Surreal")).toBe("misc");
    expect(typeIn("The Toyota Avalon is a full-size car produced by Toyota.", "Toyota Avalon")).toBe("misc");
    expect(typeIn("Skylake is the codename used by Intel for a microarchitecture.", "Skylake")).toBe("misc");
    // "handset and infrastructure" qualify "maker": no handset is defined here.
    expect(typeIn("Motorola, the US handset and infrastructure maker, said so.", "Motorola")).toBe("organization");
  });

  it("reads the head noun of a phrase before the name, set off by commas", () => {
    expect(typeIn("Sony will launch its first handheld console, the PSP, in the US.", "PSP")).toBe("misc");
    expect(typeIn("Doves topped the chart with their new release, Some Cities.", "Some Cities")).toBe("misc");
    expect(typeIn("Motorola may save the launch for CTIA, a wireless show in America.", "CTIA")).toBe("misc");
  });

  it("says nothing where the phrase defines something else", () => {
    // A list, or a group noun after a list.
    expect(typeIn("Blair, Brown and Prescott met.", "Blair")).toBeUndefined();
    expect(
      typeIn("He grew up with Sergio Pizzorno and bassist Chris Edwards, a trio from Leicester.", "Chris Edwards"),
    ).toBe(undefined);
    expect(
      typeIn(
        "It was commissioned by the executive, Scottish Borders Council, Midlothian Council and others.",
        "Scottish Borders Council",
      ),
    ).toBeUndefined();
    // A phrase inside "of", an opening adverbial, nouns that name people and things alike.
    expect(typeIn("The head of the state-owned Naftohaz company, Yury Boyko, said he was happy.", "Yury Boyko")).toBe(
      undefined,
    );
    expect(typeIn("In the film, Smith plays a boxer.", "Smith")).toBeUndefined();
    expect(typeIn("says Jo Flaherty, a senior broadcaster with CBS.", "Jo Flaherty")).toBeUndefined();
    expect(typeIn("Guidant is a key producer of equipment.", "Guidant")).toBeUndefined();
    expect(typeIn("Kirin, the fourth big name, is launching a drink.", "Kirin")).toBeUndefined();
    // A clause, not a noun phrase: its last noun is no head.
    expect(typeIn("two behind Dynamo Moscow, the Volgograd side have a game in hand", "Dynamo Moscow")).toBeUndefined();
  });

  it("reads a phrase after a name that opens its sentence", () => {
    expect(typeIn("Sales rose after a last minute rush. Wal-Mart, the largest US retailer, has said", "Wal-Mart")).toBe(
      "organization",
    );
    // "behind" ends the phrase: its head is "studio", not "film".
    expect(
      typeIn("Paramount Pictures, the studio behind the film, have revealed", "Paramount Pictures"),
    ).toBeUndefined();
  });

  it("reads the class a name is an example of", () => {
    expect(typeIn("store groups such as Federated and other retailers such as Wal-Mart.", "Wal-Mart")).toBe(
      "organization",
    );
    expect(typeIn("bands including Franz Ferdinand and Keane played", "Keane")).toBe("organization");
    expect(typeIn("arcade games such as Space Invaders, Pac-Man and Donkey Kong", "Donkey Kong")).toBe("misc");
    expect(typeIn("arcade classics such as Space Invaders and Donkey Kong are gone", "Donkey Kong")).toBe("misc");
    expect(typeIn("GM, whose brands include Buick, Cadillac and Chevrolet in the US", "Chevrolet")).toBe(
      "organization",
    );
    // The class is the subject of "include", not a preposition's object.
    expect(typeIn("Other winners at the awards included Caroline Quentin, who", "Caroline Quentin")).toBeUndefined();
    // Not across a sentence, nor for a class the lexicon does not know, nor a singular.
    expect(
      typeIn("hits including Light My Fire and Riders On The Storm. Morrison was wild", "Morrison"),
    ).toBeUndefined();
    expect(typeIn("cities such as London", "London")).toBeUndefined();
    expect(typeIn("a band such as Keane", "Keane")).toBeUndefined();
  });

  it("needs an article to open the phrase after the name", () => {
    const text = "Angels is middle-of-the-road rubbish.";
    expect(typeDefinedAfter(text, 0, 6)).toBeUndefined();
    const list = "a 40 GB hard drive and DVD player, Windows XP Home.";
    expect(typeDefinedBefore(list, list.indexOf("Windows"), list.length - 1)).toBeUndefined();
  });
});

/**
 * Well-known aliases: acronyms, official names and short forms that the text alone cannot tie together.
 * Users extend this with their own alias file (`--aliases file.json`, same shape; see README).
 */
import type { EntityType } from "../../types.js";

/** One entity's canonical name, type and other names. */
export interface AliasEntry {
  name: string;
  type?: EntityType;
  aliases: string[];
  /** Why these names are one entity, where no text of a corpus says so. */
  reason?: string;
}

/** The built-in table. Canonical names are the ones a news reader would expect as the node label. */
export const BUILT_IN_ALIASES: readonly AliasEntry[] = [
  {
    name: "North Korea",
    type: "place",
    aliases: ["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea", "N. Korea"],
  },
  { name: "South Korea", type: "place", aliases: ["ROK", "Republic of Korea", "S. Korea"] },
  { name: "Russia", type: "place", aliases: ["Russian Federation"] },
  {
    name: "United States",
    type: "place",
    aliases: ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
  },
  { name: "United Kingdom", type: "place", aliases: ["UK", "U.K.", "Britain", "Great Britain"] },
  { name: "China", type: "place", aliases: ["People's Republic of China", "PRC", "mainland China"] },
  { name: "Ukraine", type: "place", aliases: ["the Ukraine"] },
  { name: "European Union", type: "organization", aliases: ["EU", "E.U."] },
  { name: "United Nations", type: "organization", aliases: ["UN", "U.N."] },
  {
    name: "NATO",
    type: "organization",
    aliases: ["Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"],
  },
  { name: "Korean Central Television", type: "media", aliases: ["KCTV"] },
  { name: "Korean Central News Agency", type: "media", aliases: ["KCNA"] },
  { name: "Yonhap", type: "media", aliases: ["Yonhap News Agency", "Yonhap News"] },
  { name: "BBC", type: "media", aliases: ["British Broadcasting Corporation", "BBC News"] },
  { name: "Reuters", type: "media", aliases: ["Thomson Reuters"] },
  { name: "Associated Press", type: "media", aliases: ["AP"] },
  { name: "Agence France-Presse", type: "media", aliases: ["AFP"] },
  { name: "CNN", type: "media", aliases: ["Cable News Network"] },
  { name: "Xinhua", type: "media", aliases: ["Xinhua News Agency"] },
  { name: "TASS", type: "media", aliases: ["Tass"] },
  { name: "Al Jazeera", type: "media", aliases: ["Al-Jazeera"] },
  { name: "Deutsche Welle", type: "media", aliases: ["DW"] },
  {
    name: "Conservative Party",
    type: "organization",
    aliases: ["Conservatives", "Conservative", "Conservative party", "Tories", "Tory", "Tory Party", "Tory party"],
    reason:
      "the UK party's members and the party itself are called Tories (a nickname since the 1830s) and the " +
      "Conservatives; news uses every form, and 'Tory' alone is the party's adjective, never a person",
  },
  {
    name: "Labour Party",
    type: "organization",
    aliases: ["Labour", "Labour party"],
    reason: "the UK party is 'Labour' in most mentions; the full name appears once an article at most",
  },
  {
    name: "Liberal Democrats",
    type: "organization",
    aliases: ["Lib Dems", "Lib Dem", "LibDems", "Liberal Democrat", "Liberal Democrat Party"],
    reason: "the UK party's own short form (Lib Dems) and its adjective (Lib Dem, Liberal Democrat)",
  },
  {
    name: "Republican Party",
    type: "organization",
    aliases: ["Republicans", "Republican", "Republican party", "GOP"],
    reason:
      "the US party: its members are Republicans and 'Republican' alone is its adjective ('a Republican senator'); " +
      "'GOP' (Grand Old Party) is its nickname",
  },
  {
    name: "Democratic Party",
    type: "organization",
    aliases: ["Democrats", "Democrat", "Democratic", "Democratic party"],
    reason:
      "the US party: its members are Democrats and 'Democrat' or 'Democratic' alone is its adjective; other " +
      "parties with the word ('Liberal Democrats', 'Christian Democrats') are named in full",
  },
  {
    name: "Manchester United",
    type: "organization",
    aliases: ["Man Utd", "Man United"],
    reason: "British sports writing's standard abbreviation of the club's name, which no article spells out",
  },
  {
    name: "Manchester City",
    type: "organization",
    aliases: ["Man City"],
    reason: "British sports writing's standard abbreviation of the club's name, which no article spells out",
  },
  { name: "Federal Bureau of Investigation", type: "organization", aliases: ["FBI"] },
  { name: "Central Intelligence Agency", type: "organization", aliases: ["CIA"] },
  { name: "World Health Organization", type: "organization", aliases: ["WHO"] },
  { name: "International Monetary Fund", type: "organization", aliases: ["IMF"] },
  { name: "World Trade Organization", type: "organization", aliases: ["WTO"] },
];

/** Words that mark an organisation as a media outlet. */
export const MEDIA_WORDS =
  /\b(?:Television|TV|Radio|News|Broadcasting|Broadcast|Press|Times|Post|Herald|Gazette|Journal|Telegraph|Tribune|Guardian|Channel|Newspaper|Magazine|Media|Daily|Observer|Chronicle)\b/;

/**
 * Every name and alias of the built-in table, with its entry's type: the names clean-up recognises as known
 * (case kept: "Un" ending "Kim Jong Un" is no "UN"). No name is in two entries.
 */
export const ALIAS_TABLE_NAMES: ReadonlyMap<string, EntityType | undefined> = new Map(
  BUILT_IN_ALIASES.flatMap((e) => [e.name, ...e.aliases].map((name) => [name, e.type] as const)),
);

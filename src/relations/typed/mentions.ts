/**
 * Mentions that take no part in typed relations: names the recogniser found but which are not the person, place
 * or organisation a relation needs. Titles of works ("her role in The Aviator", "Charles' last album, Genius Loves
 * Company"), two names glued into one ("Sony Music and Universal Music"), an organisation made of a title's words
 * ("Veteran Labour MP", "Conservative Shadow chancellor", "Ex-Welsh Office Minister"), a portfolio ("Home Affairs
 * spokesman") or a bare common noun ("Committee chairman"). They stay entities and
 * co-occur; they are only kept out of "works for", "based in" and the like, which would be false facts.
 */
import { isTitleHead } from "../../resolve/index.js";
import type { Token } from "../../types.js";
import type { RelationDocument, RelationMention } from "./types.js";

/** Nouns of creative works: a name right after one is a title ("the film Ray", "her album Confessions"). */
const WORK_NOUNS = new Set(
  `album albums film films movie movies show shows series sitcom drama documentary novel book books song songs single
  singles track tracks play musical programme program opera ballet exhibition`.split(/\s+/),
);

/** Two words before a name that make it a work's title: "role in Dead Man's Shoes", "starred in Ray". */
const WORK_CONTEXT = /^(?:role in|roles in|starring in|starred in|stars in|star of|starring role in|appeared in)$/i;

/** A minister's portfolio, not an organisation: "Home Affairs spokesman", "Health Secretary". */
const PORTFOLIO =
  /^(?:(?:Home|Foreign|Constitutional|Rural|Economic|Legal|Public)\s+Affairs|Health|Education|Defence|Transport|Environment|Culture|Trade|Industry|Pensions|Work|Justice|Energy|Agriculture|Treasury\s+Affairs)$/;

/** A bare common noun read as an organisation: "Committee chairman X" names no particular committee. */
const GENERIC_ORG =
  /^(?:The\s+)?(?:Committee|Commission|Council|Court|Government|Party|Board|Department|Ministry|Agency|Authority|Union|Group|Company|Club|Team|Society|Association|Institute|Foundation|Bank)$/;

/** Words that open an organisation name made from a title: "Ex-Welsh Office", "Veteran Labour MP". */
const TITLE_OPENER = /^(?:ex-|former|veteran|shadow)/i;

/** Why a mention takes no part in typed relations, or undefined when it may. */
export function unfitReason(
  doc: RelationDocument,
  m: RelationMention,
  range: [number, number],
  covered: ReadonlySet<number> = new Set(),
): string | undefined {
  const sentence = doc.sentences[m.sentence];
  const sentenceStart = sentence ? sentence.tokenStart : 0;
  const tokens = doc.tokens;
  const at = (i: number): Token | undefined => (i >= sentenceStart ? tokens[i] : undefined);
  // "3GSM" read as "GSM", "50 Cent" as "Cent", "Formula 3" as "Formula": the name goes on beyond the mention.
  const firstToken = tokens[range[0]];
  if (firstToken && firstToken.start < m.start) return "part of a longer name";
  if (/^\d+$/.test(at(range[0] - 1)?.text ?? "") || /^\d+$/.test(tokens[range[1]]?.text ?? ""))
    return "part of a longer name";
  // "Work and Pensions Secretary": capitalised words that are no names of their own on both sides of the mention,
  // the first joined by "and", make one longer name.
  const joiner = at(range[0] - 1)?.text;
  const before = at(range[0] - 2);
  const after = tokens[range[1]];
  if ((joiner === "and" || joiner === "&") && before && range[0] - 2 > sentenceStart && /^\p{Lu}/u.test(before.text)) {
    // Only an organisation: "Kim Jong Un and Russian President Vladimir Putin" is a demonym before a title.
    const titled =
      m.entityType === "organization" && after !== undefined && /^\p{Lu}/u.test(after.text) && isTitleHead(after.text);
    // "Work and Pensions Secretary", "Trade and Industry Secretary": a department before a title, whatever the
    // recogniser made of its first word.
    if (titled) return "part of a longer name";
    if (!covered.has(range[0] - 2) && after && /^\p{Lu}/u.test(after.text) && !covered.has(range[1]))
      return "part of a longer name";
  }
  if (m.entityType !== "media") {
    // A capitalised "The" inside a sentence opens a title ("in The Aviator"); "The Hague" is a place's own name.
    const first = tokens[range[0]]?.text;
    if (first === "The" && range[0] > sentenceStart && m.entityType !== "place") return "work title";
    if (at(range[0] - 1)?.text === "The" && range[0] - 1 > sentenceStart) return "work title";
  }
  let k = range[0] - 1;
  if (at(k)?.text === ",") k--;
  if (WORK_NOUNS.has(at(k)?.text.toLowerCase() ?? "")) return "work title";
  const two = `${at(range[0] - 2)?.text ?? ""} ${at(range[0] - 1)?.text ?? ""}`;
  if (WORK_CONTEXT.test(two)) return "work title";
  // "Sony Music and Universal Music": two names of two words or more each, glued by the recogniser.
  const parts = m.text.split(/\s+(?:and|&)\s+/);
  if (parts.length === 2 && parts.every((p) => p.split(/\s+/).length >= 2)) return "two names glued";
  if (m.entityType === "organization" && (PORTFOLIO.test(m.text) || GENERIC_ORG.test(m.text)))
    return "no named organisation";
  if (m.entityType === "organization") {
    const words = m.text.split(/\s+/);
    if (TITLE_OPENER.test(words[0]!) || isTitleHead(words[words.length - 1]!)) return "title words";
  }
  return undefined;
}

/** The mentions of a document that may take part in typed relations, with their token ranges. */
export function relationMentions(
  doc: RelationDocument,
  ranges: ReadonlyArray<[number, number] | undefined>,
): { mentions: RelationMention[]; ranges: Array<[number, number] | undefined> } {
  const mentions: RelationMention[] = [];
  const kept: Array<[number, number] | undefined> = [];
  const covered = new Set<number>();
  for (const range of ranges) if (range) for (let t = range[0]; t < range[1]; t++) covered.add(t);
  doc.mentions.forEach((m, i) => {
    const range = ranges[i];
    if (range && unfitReason(doc, m, range, covered)) return;
    mentions.push(m);
    kept.push(range);
  });
  return { mentions, ranges: kept };
}

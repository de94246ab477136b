/**
 * Places glued to "-based" ("London-based Xfm", "Santa Monica-based Activision", "Hong Kong-based Hutchison"). The
 * tokenizer keeps "Monica-based" whole, so the recogniser reads the place as part of a MISC word, or runs it into
 * the organisation's name, or splits it ("Santa" | "Monica-based"). Here the place becomes a mention of its own and
 * the organisation after it keeps the rest of its span; `based-prefix.ts` in the relations reads the fact.
 */
import { isListedPlace } from "../nlp/index.js";
import type { RecognisedMention } from "../types.js";

/** One to three capitalised words (or dotted initials: "U.S.") right before "-based", in one sentence. */
const BASED = /((?:(?:\p{Lu}\p{Ll}*|(?:\p{Lu}\.)+)[ ]){0,2}(?:\p{Lu}[\p{L}]*|(?:\p{Lu}\.)+))-based\b/gu;
/** Words that open a sentence or a phrase rather than a place's name: articles, conjunctions, numbers. */
const NOT_PLACE_WORDS = new Set(
  `The A An And But Or So Its Their His Her Our All Both Many Most Some Other Two Three Four Five Six Seven Eight
  Nine Ten`.split(/\s+/),
);

/**
 * The place before "-based" when it is one: a place the gazetteer lists ("London", "California"), or a name of
 * two or three capitalised words ("San Francisco", "Silicon Valley"). "Linux-based", "Windows-based" are not.
 */
function placeBefore(words: string): { offset: number; name: string } | undefined {
  const parts = words.split(" ");
  let offset = 0;
  while (parts.length > 0 && NOT_PLACE_WORDS.has(parts[0]!)) offset += parts.shift()!.length + 1;
  if (parts.length === 0) return undefined;
  const name = parts.join(" ");
  if (parts.length >= 2 || isListedPlace(name.toLowerCase())) return { offset, name };
  return undefined;
}

/**
 * The mentions with each place before "-based" as a LOC mention of its own: recognised mentions inside the place
 * and its "-based" word are dropped, and one that runs on past them keeps its part after the space.
 */
export function withPlacePrefixes(text: string, mentions: readonly RecognisedMention[]): RecognisedMention[] {
  if (!text.includes("-based")) return [...mentions];
  let out = [...mentions];
  for (const match of text.matchAll(BASED)) {
    const place = placeBefore(match[1]!);
    if (!place) continue;
    const start = match.index + place.offset;
    const end = start + place.name.length;
    const wordEnd = match.index + match[0].length; // after "-based"
    const touched = out.filter((m) => m.start < wordEnd && m.end > start);
    // The sentence is a mention's: one that overlaps the place, or the name right after it ("London-based Xfm").
    const sentence = (touched[0] ?? out.find((m) => m.start === wordEnd + 1))?.sentence;
    if (sentence === undefined) continue;
    const kept = out.filter((m) => !touched.includes(m));
    const rest = touched
      .filter((m) => m.end > wordEnd + 1 && /^\s\S/u.test(text.slice(wordEnd, wordEnd + 2)))
      .map((m) => ({ ...m, start: wordEnd + 1, text: text.slice(wordEnd + 1, m.end) }));
    const placeMention: RecognisedMention = { start, end, text: place.name, label: "LOC", sentence };
    out = [...kept, placeMention, ...rest].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * The baseline recogniser: compromise's people/places/organisations on a full parse.
 * It is slow (a full parse per document) and weak on news (about 0.34 F1 on CoNLL-2003), and is kept as a
 * reference point for evaluation (`--recogniser compromise`); the trained model is the default.
 */
import nlp from "compromise";
import type { EntityLabel, RecognisedMention, Recogniser, Sentence } from "../types.js";
import { splitSentences, tokenize } from "./tokenize.js";
import { partitionPoint } from "../util/search.js";

interface OffsetMatch {
  text: string;
  offset: { start: number; length: number };
}

const SELECTORS: Array<[EntityLabel, (doc: ReturnType<typeof nlp>) => { json(o: object): unknown }]> = [
  ["PER", (d) => d.people()],
  ["LOC", (d) => d.places()],
  ["ORG", (d) => d.organizations()],
];

/** Creates the compromise-based recogniser. */
export function createCompromiseRecogniser(): Recogniser {
  return {
    name: "compromise",
    version: "14",
    recognise(text) {
      const tokens = tokenize(text);
      const sentences = splitSentences(text, tokens);
      const doc = nlp(text);
      const mentions: RecognisedMention[] = [];
      for (const [label, select] of SELECTORS) {
        for (const m of select(doc).json({ offset: true, text: true, terms: false }) as OffsetMatch[]) {
          let start = m.offset.start;
          let end = start + m.offset.length;
          // compromise's spans include trailing punctuation and possessives: trim them back to the name.
          const raw = text.slice(start, end);
          const trimmed = raw.replace(/(?:['’]s?)?[\s.,;:!?"'’”)\]]*$/u, "");
          end = start + trimmed.length;
          const lead = /^[\s"'“‘([]*/u.exec(trimmed)![0].length;
          start += lead;
          if (end <= start) continue;
          const sentence = sentenceOf(sentences, start, end);
          mentions.push({ start, end, text: text.slice(start, end), label, sentence: Math.max(0, sentence) });
        }
      }
      mentions.sort((a, b) => a.start - b.start || b.end - a.end);
      return { tokens, sentences, mentions: mentions.filter((m, i) => i === 0 || m.start >= mentions[i - 1]!.end) };
    },
  };
}

/**
 * Index of the sentence holding `[start, end)`, or -1: the last sentence starting at or before `start`, by binary
 * search (a scan per mention cost the product of mentions and sentences on a long document).
 */
function sentenceOf(sentences: readonly Sentence[], start: number, end: number): number {
  const lo = partitionPoint(sentences, (s) => s.start <= start);
  const s = sentences[lo - 1];
  return s && end <= s.end ? lo - 1 : -1;
}

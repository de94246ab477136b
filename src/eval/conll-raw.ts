/**
 * CoNLL-2003 scored through the path a user's articles take: each document written out as text (a sentence a
 * line, punctuation as news prints it), extracted by `kgraph extract` (recognition, clean-up, resolution; each
 * mention's type where it stands, as CoNLL tags each mention), and the mentions it finds mapped back to the gold
 * tokens. The model's own figure
 * (`evaluateConllFile`) tags the gold tokens; this one also measures tokenizing, sentence splitting and every
 * repair kgraph makes to a name, so the two differ by what those cost or gain.
 */
import type { ConllDocument, TokenSpan } from "../nlp/index.js";
import type { EntityLabel } from "../types.js";
import { sentenceText } from "./detokenise.js";
import { scoreSpans, type ConllScores } from "./conll-ner.js";

/** A CoNLL document as text, with the character offset of every token of every sentence. */
export interface RawConllDocument {
  text: string;
  tokenStarts: number[][];
}

/** A mention `kgraph extract` reports: character offsets into the document's text and the mention's type. */
export interface RawMention {
  start: number;
  end: number;
  /** kgraph's type of the mention where it stands: person, place, organization, media or misc. */
  type: string;
  /** A demonym standing for its place ("Russian"): CoNLL tags those MISC. */
  adjectival?: boolean;
}

/** Writes a CoNLL document as text: each sentence on a line of its own, tokens spaced as news prints them. */
export function rawTextOf(document: ConllDocument): RawConllDocument {
  let text = "";
  const tokenStarts = document.sentences.map((words, i) => {
    if (i > 0) text += "\n";
    const sentence = sentenceText(words, "news");
    const offset = text.length;
    text += sentence.text;
    return sentence.starts.map((start) => start + offset);
  });
  return { text, tokenStarts };
}

/** CoNLL's label for a kgraph type: outlets are organisations in CoNLL, demonyms MISC. */
function labelOf(m: RawMention): EntityLabel {
  if (m.adjectival) return "MISC";
  switch (m.type) {
    case "person":
      return "PER";
    case "place":
      return "LOC";
    case "organization":
    case "media":
      return "ORG";
    default:
      return "MISC";
  }
}

/**
 * Scores the mentions found in each document's text against its gold labels, exact spans as conlleval counts
 * them: a mention is a token span when it starts at a token's first character and ends at a token's last, in one
 * sentence; a mention that cuts a token, or spans two sentences, is counted as found and wrong.
 */
export function scoreRawMentions(
  documents: readonly ConllDocument[],
  raws: readonly RawConllDocument[],
  mentionsOf: ReadonlyArray<readonly RawMention[]>,
): ConllScores {
  const gold: string[][] = [];
  const predicted: TokenSpan[][] = [];
  documents.forEach((document, d) => {
    const raw = raws[d]!;
    const first = predicted.length;
    for (const labels of document.labels) {
      gold.push(labels);
      predicted.push([]);
    }
    // Where each token starts and ends in the text, with its sentence and its index there.
    const starts = new Map<number, { sentence: number; token: number }>();
    const ends = new Map<number, { sentence: number; token: number }>();
    raw.tokenStarts.forEach((tokenStarts, s) =>
      tokenStarts.forEach((start, t) => {
        starts.set(start, { sentence: s, token: t });
        ends.set(start + document.sentences[s]![t]!.length, { sentence: s, token: t });
      }),
    );
    for (const m of mentionsOf[d] ?? []) {
      const a = starts.get(m.start);
      const b = ends.get(m.end);
      const label = labelOf(m);
      if (a && b && a.sentence === b.sentence && a.token <= b.token) {
        predicted[first + a.sentence]!.push({ start: a.token, end: b.token + 1, label });
      } else {
        // Found, but no token span: a span no gold span can equal (its sentence is any; it only counts as found).
        predicted[first]!.push({ start: -1, end: -1, label });
      }
    }
  });
  return scoreSpans(gold, predicted);
}

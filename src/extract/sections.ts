/**
 * Sections of a long document: recognition holds every token of what it reads (objects, features, both tagging
 * stages), about 150 MB per MB of text, so a document longer than MAX_SECTION_CHARS is recognised a section at
 * a time and only each section's token offsets are kept between the passes (8 bytes a token). Sections end at
 * the best boundary near their limit: a blank line, a line break, a sentence end, a space.
 */
import type { Span, Token } from "../types.js";

/** A section's token offsets, as two arrays of numbers: the compact form kept while other sections are read. */
export interface CompactTokens {
  starts: Int32Array;
  ends: Int32Array;
}

/** Boundaries tried, best first, each searched for in the second half of a section's window. */
const BOUNDARIES = ["\n\n", "\n", ". ", " "];

/**
 * The sections of `text`, in order and covering it: one when it has at most `max` characters, else pieces of at
 * most `max` characters, each ending just after the last best boundary of its second half (a hard cut, kept off
 * the middle of a surrogate pair, when there is none). Linear: each search looks at most `max / 2` characters back.
 */
export function sectionsOf(text: string, max: number): Span[] {
  const sections: Span[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const floor = start + Math.floor(max / 2);
    let end = -1;
    for (const boundary of BOUNDARIES) {
      const at = text.lastIndexOf(boundary, limit - boundary.length);
      if (at >= floor) {
        end = at + boundary.length;
        break;
      }
    }
    if (end < 0) {
      end = limit;
      const code = text.charCodeAt(end);
      if (code >= 0xdc00 && code <= 0xdfff) end--;
    }
    sections.push({ start, end });
    start = end;
  }
  sections.push({ start, end: text.length });
  return sections;
}

/** The offsets of `tokens`, moved by `offset` (a section's start), in compact form. */
export function compactTokens(tokens: readonly Token[], offset: number): CompactTokens {
  const starts = new Int32Array(tokens.length);
  const ends = new Int32Array(tokens.length);
  tokens.forEach((t, i) => {
    starts[i] = t.start + offset;
    ends[i] = t.end + offset;
  });
  return { starts, ends };
}

/** The tokens again, with their text read from the document. */
export function expandTokens(text: string, compact: CompactTokens): Token[] {
  const tokens: Token[] = new Array<Token>(compact.starts.length);
  for (let i = 0; i < tokens.length; i++) {
    const start = compact.starts[i]!;
    const end = compact.ends[i]!;
    tokens[i] = { text: text.slice(start, end), start, end };
  }
  return tokens;
}

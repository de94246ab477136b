/**
 * Documents of the shapes that once stalled a build, made to a given size from ordinary articles: the articles
 * themselves (a long report, a whole book), the same words with no sentence punctuation (a transcript or a
 * scraped page without full stops), and a list of "First Last," names (a team sheet or a list flattened to text).
 * Used by `bench-scaling` and by the bounds test; deterministic, so sizes and results repeat.
 */

/** The shapes, by name. */
export const SHAPES = ["ordinary", "unpunctuated", "names"] as const;
export type Shape = (typeof SHAPES)[number];

// Common first names and surnames, paired in a fixed order that cycles through many combinations.
const FIRST = [
  "James",
  "Mary",
  "John",
  "Patricia",
  "Robert",
  "Jennifer",
  "Michael",
  "Linda",
  "William",
  "Elizabeth",
  "David",
  "Barbara",
  "Richard",
  "Susan",
  "Joseph",
  "Jessica",
  "Thomas",
  "Sarah",
  "Charles",
  "Karen",
];
const LAST = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Gonzalez",
  "Wilson",
  "Anderson",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "Thompson",
  "White",
  "Harris",
  "Clark",
];

/** `source` repeated (joined by blank lines) until it has `chars` characters, cut at a word boundary. */
function repeatTo(source: string, chars: number, separator: string): string {
  if (!source.trim()) throw new Error("document-shapes: the source text is empty");
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    parts.push(source);
    length += source.length + separator.length;
  }
  const text = parts.join(separator).slice(0, chars);
  const lastSpace = text.lastIndexOf(" ");
  return lastSpace > chars / 2 ? text.slice(0, lastSpace) : text;
}

/** The same words without sentence punctuation, quotes, brackets or line breaks: one run of words. */
export function unpunctuate(text: string): string {
  return text
    .replace(/[.,;:!?"“”()[\]…]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** "First Last, First Last, …" of about `chars` characters. */
export function nameList(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const name = `${FIRST[(i * 7) % FIRST.length]} ${LAST[(i * 13 + Math.floor(i / FIRST.length)) % LAST.length]}`;
    parts.push(name);
    length += name.length + 2;
  }
  return parts.join(", ");
}

/** A document of `shape` with about `chars` characters, made from the ordinary articles `articles`. */
export function makeDocument(shape: Shape, chars: number, articles: readonly string[]): string {
  switch (shape) {
    case "ordinary":
      return repeatTo(articles.join("\n\n"), chars, "\n\n");
    case "unpunctuated":
      return repeatTo(unpunctuate(articles.join(" ")), chars, " ");
    case "names":
      return nameList(chars);
  }
}

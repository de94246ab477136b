/**
 * Who said what: direct quotations in a document and their speakers. A quotation is text between quotation marks
 * (a paragraph whose quote is not closed runs to its end, as news prints a quote spanning paragraphs). Its speaker
 * is the subject of the attribution after it ('…," said Jason Daw', '…," he told BBC News') or before it ('Mr Brown
 * said: "…"', 'Putin released a statement saying, "…"', 'Dr Greenspan said the philosopher was a "…"'): a named
 * person or organisation, or for "he"/"she" the person last speaking or named before. A quote with no attribution
 * of its own takes the speaker of the quote it continues (the next quote when the two are one quotation printed in
 * parts, else the previous one when it follows it at once). Reported speech without quotation marks ("X said that
 * …") is not read.
 *
 * Pure: text and mention spans in, quotes out. Extraction (`src/extract`) runs it on each document's mentions;
 * graph assembly maps the speakers and entities to nodes, stores the quotes on each document node, and makes a
 * `said` edge from the speaker to each entity a quote names.
 */
import type { DocumentQuote, TextSpan } from "../contract.js";
import { partitionPoint } from "../util/search.js";

/** A named mention in the text, as the graph's mention edges give it. */
export interface QuoteMention {
  start: number;
  end: number;
  /** The entity's node key. */
  entity: string;
  entityType: string;
}

/** One quotation with its speaker: the graph contract's `DocumentQuote`, which the build stores on documents. */
export type Quote = DocumentQuote;

/** Verbs and phrases that attribute speech. */
const SAYING =
  /\b(?:said|says|say|saying|told|tells|added|adds|warned|warns|insisted|insists|explained|argued|argues|claimed|claims|stated|commented|declared|announced|admitted|stressed|noted|suggested|continued|countered|replied|according to)\b/gi;
/** The first verb of saying in a text (no `g` flag: `exec` keeps no position between calls). */
const FIRST_SAYING = new RegExp(SAYING.source, "i");
/** Verbs whose object is the listener, not the speaker ("he told BBC News Online"). */
const TO_LISTENER = /^(?:told|tells)$/i;
/** Words that open a relative clause: '…," which refers to Kim, according to the broadcast' is not Kim speaking. */
const RELATIVE = /\b(?:which|who|whom|that|where|when)\b/i;
/** A verb of a clause of its own between a verb of saying and a quotation ('a caption saying the leader had "…"'). */
const AUXILIARY = /^(?:had|has|have|was|were|is|are|would|will|could|should|did|does)$/i;
/**
 * A third-person pronoun, or news's "the 31-year-old", standing for a person named before. The source strings are
 * reused in patterns anchored at a verb.
 */
const PERSON_REFERENCE = String.raw`\b(?:he|she|the\s+\d+-year-old)`;
const PRONOUN = new RegExp(`${PERSON_REFERENCE}\\b`, "i");
/** That reference right before a verb ('…, he said'), with an adverb between ('he also said'), or a few words. */
const REFERENCE_AT_END = new RegExp(`${PERSON_REFERENCE}\\s*$`, "i");
const REFERENCE_AND_ADVERB_AT_END = new RegExp(
  `${PERSON_REFERENCE}\\s+(?:(?:also|then|later|again|\\w+ly)\\s+)?$`,
  "i",
);
const REFERENCE_NEAR_END = new RegExp(`${PERSON_REFERENCE}\\b[^,]{0,30}$`, "i");
/** Quotation marks: straight and curly double quotes. */
const MARK = /["“”]/g;
/** An indefinite subject: someone not named before ("a spokesman", "another analyst"). */
const INDEFINITE = /\b(?:a|an|another|one)\s+[a-z]/i;
/** Shortest quotation worth attributing (words): "cash for honours" in quotation marks is a phrase, not a quote. */
const MIN_WORDS = 4;
/** The longest attribution read on either side of a quotation (characters). */
const WINDOW = 160;

const SPEAKER_TYPES = new Set(["person", "organization", "media"]);

/** The quotations of a document with their speakers, in text order. */
export function findQuotes(text: string, mentions: readonly QuoteMention[]): Quote[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const quotes: Quote[] = [];
  const all = paragraphs(text);
  const spansOf = all.map((p) => quotationSpans(text, p));
  // Names inside a quotation are what is said, never who says it. Quotation spans are disjoint and in text order.
  const spans = spansOf.flat();
  const inside = (m: QuoteMention) => {
    const q = spans[partitionPoint(spans, (x) => x.start <= m.start) - 1];
    return q !== undefined && m.end <= q.end;
  };
  const outside = sorted.filter((m) => !inside(m));
  const people = new Set(outside.filter((m) => m.entityType === "person").map((m) => m.entity));
  const byName = new Map<string, QuoteMention>();
  for (const m of outside) if (!byName.has(text.slice(m.start, m.end))) byName.set(text.slice(m.start, m.end), m);
  all.forEach((paragraph, p) => {
    const context: Context = {
      text,
      paragraph,
      previous: all.slice(Math.max(0, p - 2), p),
      mentions: outside,
      people,
      byName,
      quotes,
    };
    for (const span of spansOf[p]!) {
      if (text.slice(span.start, span.end).trim().split(/\s+/).length < MIN_WORDS) continue;
      const q = after(context, span) ??
        before(context, span) ??
        introducedByColon(context, span) ??
        accordingTo(context, span) ??
        followingReport(context, span) ?? { quote: span, how: "none" as const, about: [] };
      quotes.push(q);
    }
  });
  continueSpeakers(text, quotes);
  // What a quote is about: the entities named inside it, once the speakers are known (never the speaker).
  for (const q of quotes)
    q.about = [
      ...new Set(within(sorted, q.quote.start, q.quote.end).flatMap((m) => (m.entity === q.speaker ? [] : [m.entity]))),
    ];
  return quotes;
}

/** What attribution needs to know around a quotation. */
interface Context {
  text: string;
  paragraph: TextSpan;
  /** Up to two paragraphs before it, for a pronoun whose person was named there. */
  previous: TextSpan[];
  /** Mentions outside quotations, in text order. */
  mentions: readonly QuoteMention[];
  /** The entities of those mentions that are people. */
  people: ReadonlySet<string>;
  /** The first of those mentions of each name, as the text writes it. */
  byName: ReadonlyMap<string, QuoteMention>;
  /** The quotations read so far. */
  quotes: readonly Quote[];
}

/** The paragraphs of a text (lines, as news files break them), as spans. */
function paragraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The spans inside quotation marks of a paragraph; an unclosed last quote runs to the paragraph's end when the next
 * paragraph goes on with the quotation, and to the end of its first sentence when it does not. A straight
 * mark opens when it follows a space, a bracket or the paragraph's start and is followed by text, and closes
 * otherwise, so one stray mark does not turn the rest of the paragraph inside out.
 */
function quotationSpans(text: string, paragraph: TextSpan): TextSpan[] {
  const spans: TextSpan[] = [];
  let open = -1;
  const slice = text.slice(paragraph.start, paragraph.end);
  for (const m of slice.matchAll(MARK)) {
    const at = paragraph.start + m.index!;
    const before = at > paragraph.start ? text[at - 1]! : " ";
    const after = text[at + 1] ?? " ";
    // A quotation starts right after its mark: a straight mark with a space after it closes ('…world. " England's
    // players…' is a closing mark printed with a space), even where a space before it would make it an opening one.
    const opening = m[0] === "“" || (m[0] === '"' && /[\s([—–-]/.test(before) && !/\s/.test(after));
    if (opening) {
      if (open >= 0) spans.push({ start: open + 1, end: at });
      open = at;
    } else if (open >= 0) {
      spans.push({ start: open + 1, end: at });
      open = -1;
    }
  }
  if (open >= 0) {
    // News leaves a quote open at a paragraph's end only when the next paragraph goes on with it, opening with a
    // mark. Without that, the page lost the closing mark and does not say where the quote ends: it is held to its
    // first sentence rather than run on into the report around it ('"I am very pleased … independents. The
    // Official UK Charts are run by …').
    const next = /\S/.exec(text.slice(paragraph.end));
    const continued = next !== null && /["“]/.test(next[0]);
    spans.push({ start: open + 1, end: continued ? paragraph.end : sentenceEndAfter(text, paragraph, open + 1) });
  }
  return spans;
}

/**
 * Quotes with no attribution of their own take a neighbour's speaker: the previous quote's when this one follows
 * it or its attribution at once ('…," he said. "Next…'), else the next quote's when the two are one quotation
 * printed in parts ('"A clear division is emerging. "Labour is counting…," he said').
 */
function continueSpeakers(text: string, quotes: Quote[]): void {
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i]!;
    const previous = quotes[i - 1]!;
    // A quote whose own attribution brings in someone new ('…," a Dell spokesman said') is not the previous
    // speaker's; one that refers back ('…," said the spokesman') is.
    if (
      q.how !== "none" ||
      !previous.speaker ||
      (q.attribution && INDEFINITE.test(text.slice(q.attribution.start, q.attribution.end)))
    )
      continue;
    const end = Math.max(previous.quote.end, previous.attribution?.end ?? 0);
    // Punctuation, quotation marks and a paragraph break at most.
    if (/^[\s"“”.,;:!?]*$/.test(text.slice(end, q.quote.start)))
      Object.assign(q, { speaker: previous.speaker, how: "continued" });
  }
  // One quotation printed in parts: the first part is not closed, only the next one opened ('… emerging. "Labour
  // is…'). Two quotations side by side ('…rates." "The economy…," said Ken Mayland') have two marks between them.
  const parts = (a: Quote, b: Quote) => {
    const between = text.slice(a.quote.end, b.quote.start);
    return /^[\s"“”]*$/.test(between) && (between.match(/["“”]/g) ?? []).length === 1;
  };
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!;
    const next = quotes[i + 1]!;
    if (q.how === "none" && !q.attribution && next.speaker && parts(q, next))
      Object.assign(q, { speaker: next.speaker, how: "continued" });
  }
}

/** The mentions (sorted by start) that lie inside [from, to), found by binary search. */
function within(mentions: readonly QuoteMention[], from: number, to: number): QuoteMention[] {
  const first = partitionPoint(mentions, (m) => m.start < from);
  const last = partitionPoint(mentions, (m) => m.start < to, first);
  return mentions.slice(first, last).filter((m) => m.end <= to);
}

/** The mentions of speakers inside a span, in text order. */
function speakersIn(c: Context, from: number, to: number): QuoteMention[] {
  return within(c.mentions, from, to).filter((m) => SPEAKER_TYPES.has(m.entityType));
}

/** '…," said X' / '…," he told BBC News' / '…, X said': the clause from the closing mark to the end of the sentence. */
function after(c: Context, span: TextSpan): Quote | undefined {
  const { text, paragraph } = c;
  const from = Math.min(paragraph.end, span.end + 1);
  let to = from;
  const limit = Math.min(paragraph.end, from + WINDOW);
  while (to < limit && !/[.!?"“”]/.test(text[to]!)) to++;
  const clause = text.slice(from, to);
  // A quote that ends its sentence ('… this year."') has no attribution after it; one that ends in a comma,
  // question or exclamation mark continues into it ('…," said X').
  const last = text.slice(span.start, span.end).trimEnd().slice(-1);
  if (!/[,?!…-]/.test(last) && !/^\s*,/.test(clause)) return undefined;
  const verb = FIRST_SAYING.exec(clause);
  if (!verb) return undefined;
  const lead = clause.slice(0, verb.index);
  if (lead.split(/\s+/).filter((w) => /\w/.test(w)).length > 5 || RELATIVE.test(lead)) return undefined;
  const attribution = { start: from, end: to };
  const verbAt = from + verb.index;
  // The subject before the verb ('," Mr Murray said'), else after it ('," said Jason Daw') unless the verb's
  // object is the listener ('," he told BBC News Online').
  // '…," Peter Williams, CML deputy director, said': the person, not the organisation in their apposition.
  const leading = speakersIn(c, from, verbAt);
  const subject = leading.filter((m) => m.entityType === "person").pop() ?? leading.pop();
  if (subject) return speakerOrMember(c, span, attribution, subject);
  if (PRONOUN.test(lead)) return pronoun(c, span, attribution);
  if (!TO_LISTENER.test(verb[0])) {
    const object = speakersIn(c, verbAt, to);
    const chosen = object.find((m) => m.entityType === "person") ?? object[0];
    if (chosen) return speakerOrMember(c, span, attribution, chosen);
    if (PRONOUN.test(clause.slice(verb.index))) return pronoun(c, span, attribution);
  }
  return spokesman(c, span, attribution);
}

/**
 * 'X said: "…"' / 'a statement saying, "…"' / 'X said the philosopher was a "…"': the last verb of saying before the
 * opening mark, in the same sentence. With at most a short object between verb and quote ('told the BBC:') the
 * subject may stand anywhere before the verb; with a clause between them, only right before it.
 */
function before(c: Context, span: TextSpan): Quote | undefined {
  const { text, paragraph } = c;
  const open = span.start - 1;
  const from = Math.max(paragraph.start, open - WINDOW, sentenceStartBefore(text, paragraph, open));
  const clause = text.slice(from, open);
  const verbs = [...clause.matchAll(SAYING)];
  const verb = verbs[verbs.length - 1];
  if (!verb) return undefined;
  const verbAt = from + verb.index!;
  const tail = clause
    .slice(verb.index! + verb[0].length)
    .trim()
    .split(/\s+/)
    .filter((w) => /\w/.test(w));
  const clauseBetween = tail.length > 3 || tail.some((w) => AUXILIARY.test(w));
  const attribution = { start: from, end: open };
  const lead = text.slice(from, verbAt);
  const subjects = speakersIn(c, from, verbAt);
  const adjacent = subjects.filter((m) => subjectGap(m, text.slice(m.end, verbAt)));
  if (clauseBetween) {
    // 'Dr Greenspan said the philosopher was a "…"', 'He said …': a subject right before the verb, nothing else.
    if (adjacent.length) return speakerOrMember(c, span, attribution, adjacent[adjacent.length - 1]!);
    if (REFERENCE_AT_END.test(lead)) return pronoun(c, span, attribution);
    return undefined;
  }
  // 'Laying into the Conservative's record he said:': "he" right before the verb is not a name further back, but
  // the person who opens the sentence ('Curbishley was criticised by Charlton fans, and he said:') or who said
  // something earlier in it ('… Edward Leigh said the proposals were a step in the right direction but he told
  // the Financial Times:').
  const spoke = subjects.filter((m) => saidSomething(c, m, verbAt)).pop();
  // (A name inside an opening phrase is not the subject: "Asked if Mr Blunkett could return, he replied:".)
  const opener = subjects.find(
    (m) =>
      m.entityType === "person" &&
      wordsIn(text.slice(from, m.start)) <= 3 &&
      !OPENING_PHRASE.test(text.slice(from, m.start)) &&
      !/^['’]/.test(text.slice(m.end, m.end + 1)),
  );
  const subject = adjacent.pop() ?? spoke ?? (REFERENCE_AND_ADVERB_AT_END.test(lead) ? opener : subjects.pop());
  if (subject) return speakerOrMember(c, span, attribution, subject);
  if (REFERENCE_NEAR_END.test(lead)) return pronoun(c, span, attribution);
  return spokesman(c, span, attribution);
}

/** Words that open a phrase before a sentence's subject: "Asked if", "Commenting on", "According to". */
const OPENING_PHRASE = /\b(?:if|on|about|to|with|for|of|by|from|as|after|when|\w+ing|\w+ed)\b/i;

/** True when a verb of saying follows `m` as its subject before `limit` ("Edward Leigh said …", "Kenteris, …, claimed"). */
function saidSomething(c: Context, m: QuoteMention, limit: number): boolean {
  const following = c.text.slice(m.end, limit);
  const verb = FIRST_SAYING.exec(following);
  return verb !== null && subjectGap(m, following.slice(0, verb.index));
}

/**
 * What may stand between a subject and its verb of saying: an apposition in commas ("Kenteris, speaking on Greek
 * television, also claimed"), letters after a name ("Guy Mansfield QC warned"), one adverb ("also", "recently");
 * for an organisation, a possessive and its noun ("The Bank's minutes said").
 */
function subjectGap(subject: QuoteMention, between: string): boolean {
  const rest = between.replace(/^\s*,[^,]{0,60},/, "");
  if (/^\s*(?:[A-Z]{2,4}\s+)?(?:(?:also|then|later|again|once|\w+ly)\s+)?$/.test(rest)) return true;
  return subject.entityType !== "person" && /^['’]s\s+[a-z]+\s+$/.test(between);
}

/**
 * '… "everything in their powers" to stay on top, according to Q magazine editor Paul Rees.': an "according to"
 * later in the quote's sentence names its source. The attribution runs to the sentence's end.
 */
function accordingTo(c: Context, span: TextSpan): Quote | undefined {
  const { text } = c;
  // A quote that ends its sentence ('… a veteran band."') leaves the next sentence's "according to" to that one.
  if (/[.!?]$/.test(text.slice(span.start, span.end).trimEnd())) return undefined;
  const to = sentenceEndAfter(text, c.paragraph, Math.min(c.paragraph.end, span.end + 1));
  const clause = text.slice(span.end, to);
  const at = /\baccording to\s+/i.exec(clause);
  if (!at) return undefined;
  const from = span.end + at.index + at[0].length;
  // The source is the first name after the phrase, a few words of title at most ("Q magazine editor Paul Rees").
  const source = speakersIn(c, from, to).find((m) => text.slice(from, m.start).split(/\s+/).length <= 4);
  return source ? named(span, { start: span.end + 1, end: to }, source) : undefined;
}

/**
 * 'Drummer Larry Mullen Jr echoed those sentiments: "…"', 'As Gavin Cox put it: "…"': a quote opened right after a
 * colon, in a sentence with no verb of saying, is its subject's: a name within the sentence's first three words, or
 * "he"/"she" opening it.
 */
function introducedByColon(c: Context, span: TextSpan): Quote | undefined {
  const { text, paragraph } = c;
  const open = span.start - 1;
  if (!/:\s*$/.test(text.slice(Math.max(paragraph.start, open - 3), open))) return undefined;
  const from = sentenceStartBefore(text, paragraph, open);
  const attribution = { start: from, end: open };
  const speakers = speakersIn(c, from, open);
  // The name right before the colon, or before a verb and its colon ('…, but Parry countered: "…"', '- Brentford
  // boss Martin Allen: "…"'), else one of the sentence's first three words.
  const subject =
    speakers.filter((m) => NAME_AND_COLON.test(text.slice(m.end, open + 1))).pop() ??
    speakers.find((m) => wordsIn(text.slice(from, m.start)) <= 3);
  if (subject) return speakerOrMember(c, span, attribution, subject);
  if (/^\s*(?:he|she)\b/i.test(text.slice(from, open))) return pronoun(c, span, attribution);
  return undefined;
}

/** What may stand between a speaker and the colon opening a quotation: nothing, or a verb (" countered:"). */
const NAME_AND_COLON = /^(?:\s+(?:\w+ly\s+|also\s+)?[a-z]+)?:\s*$/;

/**
 * People who belong to an organisation, named by it and their role: "said the Tottenham striker", "the Liverpool
 * manager said". Such a speaker is the person the role stands for, found as a pronoun's is, not the organisation
 * ("a Five spokesman" speaks for Five: that stays the organisation's).
 */
const MEMBER_ROLE =
  /^\s+(?:[a-z-]+\s+)?(?:striker|midfielder|defender|goalkeeper|keeper|winger|forward|captain|coach|manager|boss|chairman|chief|executive|director|president|economist|analyst|minister|secretary|leader|player|star|singer|frontman|founder|owner)\b/;

function speakerOrMember(c: Context, span: TextSpan, attribution: TextSpan, m: QuoteMention): Quote {
  if (m.entityType === "person" || !MEMBER_ROLE.test(c.text.slice(m.end, m.end + 40)))
    return named(span, attribution, m);
  // "Brent Bozell, PTC president and conservative activist, said": the person the role is in apposition to.
  const appositive = within(c.mentions, Math.max(0, m.start - 80), m.start)
    .filter((p) => p.entityType === "person" && /^,\s*$/.test(c.text.slice(p.end, m.start)))
    .pop();
  return appositive ? named(span, attribution, appositive) : pronoun(c, span, attribution);
}

/**
 * '…, Mr Rees said. "They do everything in the right way."': a quote with no attribution of its own that opens a
 * sentence goes on from the report just before it (the paragraph's previous sentence, or for a quote opening its
 * paragraph, the previous paragraph's last one): that report's speaker, when it has a verb of saying with a named
 * subject ('Kenteris also claimed that…'), a name after it ('…, said Mr Clarke.'), or "he"/"she" before it.
 */
function followingReport(c: Context, span: TextSpan): Quote | undefined {
  const { text, paragraph } = c;
  const open = span.start - 1;
  // Where the text before the opening mark ends, blanks skipped.
  let before = open;
  while (before > paragraph.start && /\s/.test(text[before - 1]!)) before--;
  const opensParagraph = before === paragraph.start;
  let area = paragraph;
  if (opensParagraph) {
    const previous = c.previous[c.previous.length - 1];
    if (!previous) return undefined;
    area = previous;
  } else if (!/[.!?]["”]?$/.test(text.slice(Math.max(paragraph.start, before - 2), before))) return undefined;
  const end = opensParagraph ? area.end : before;
  const start = sentenceStartBefore(text, area, end - 1);
  const sentence = text.slice(start, end);
  const attribution = { start, end };
  // A quote of that sentence already attributed: this one continues it ('"…," said X, analyst at Y. "…"').
  const quoted = c.quotes
    .slice(partitionPoint(c.quotes, (q) => q.quote.start < start))
    .filter((q) => q.speaker && q.quote.end <= end)
    .pop();
  if (quoted) return { quote: span, speaker: quoted.speaker, how: "continued", about: [] };
  for (const verb of [...sentence.matchAll(SAYING)].reverse()) {
    const verbAt = start + verb.index!;
    const subject = speakersIn(c, start, verbAt)
      .filter((m) => subjectGap(m, text.slice(m.end, verbAt)))
      .pop();
    if (subject) return named(span, attribution, subject);
    if (REFERENCE_AND_ADVERB_AT_END.test(text.slice(start, verbAt))) return pronoun(c, span, attribution);
    const verbEnd = verbAt + verb[0].length;
    // '…, said Mr Clarke.', '…, said Stefan Schilbe, analyst at HSBC.': after an inverted verb (a comma or a closing
    // mark before it), the person named first after it. 'He stressed that ONGC was…' names what was said about.
    if (!TO_LISTENER.test(verb[0]) && /[,"”]\s*$/.test(text.slice(start, verbAt))) {
      const objects = speakersIn(c, verbEnd, end);
      const object = objects.find((m) => m.entityType === "person") ?? objects[0];
      if (object && wordsIn(text.slice(verbEnd, object.start)) <= 4) return named(span, attribution, object);
    }
  }
  return undefined;
}

const wordsIn = (s: string) => s.split(/\s+/).filter((w) => /\w/.test(w)).length;

/**
 * 'A Five spokesman said', 'an Apple spokeswoman told…': an unnamed spokesperson speaks for the organisation whose
 * name stands before the word, when the document names that organisation elsewhere (the recogniser may miss the
 * name in this position). Otherwise the quote has an attribution and no speaker.
 */
function spokesman(c: Context, span: TextSpan, attribution: TextSpan): Quote {
  const words = c.text.slice(attribution.start, attribution.end);
  const name = /\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w&.'’-]*\s+){1,3})spokes(?:man|woman|person)\b/
    .exec(words)?.[1]
    ?.trim();
  const mention = name === undefined ? undefined : c.byName.get(name);
  const organisation =
    mention && mention.entityType !== "person" && SPEAKER_TYPES.has(mention.entityType) ? mention : undefined;
  return organisation ? named(span, attribution, organisation) : { quote: span, attribution, how: "none", about: [] };
}

function named(span: TextSpan, attribution: TextSpan, m: QuoteMention): Quote {
  return { quote: span, attribution, speaker: m.entity, how: "named", about: [] };
}

function pronoun(c: Context, span: TextSpan, attribution: TextSpan): Quote {
  const person = antecedent(c, Math.min(span.start, attribution.start));
  return person
    ? { quote: span, attribution, speaker: person, how: "pronoun", about: [] }
    : { quote: span, attribution, how: "none", about: [] };
}

/**
 * The longest sentence read around a quotation (characters): a document of one endless line must cost no more per
 * quotation than a news paragraph does.
 */
const LONGEST_SENTENCE = 1000;

/** Where the sentence holding `at` starts (after the last full stop before it in the paragraph). */
function sentenceStartBefore(text: string, paragraph: TextSpan, at: number): number {
  const limit = Math.max(paragraph.start, at - LONGEST_SENTENCE);
  for (let i = at - 1; i > limit; i--)
    if (/[.!?]/.test(text[i]!) && /^["”’]?\s/.test(text.slice(i + 1, i + 3))) return i + 1;
  return limit;
}

/** Where the sentence holding `at` ends (its full stop, or the paragraph's end). */
function sentenceEndAfter(text: string, paragraph: TextSpan, at: number): number {
  const limit = Math.min(paragraph.end, at + LONGEST_SENTENCE);
  for (let i = at; i < limit; i++)
    if (/[.!?]/.test(text[i]!) && (i + 1 === paragraph.end || /\s/.test(text[i + 1]!))) return i + 1;
  return limit;
}

/** A verb of saying within the next three words ("Mr Howard told", "Brown, the chancellor, said" is missed). */
const SAYING_AT_START =
  /^\s*(?:\S+\s+){0,2}?(?:said|says|told|tells|added|adds|warned|insisted|explained|argued|claimed|stated|admitted|stressed|argued)\b/i;

/**
 * The person a "he" or "she" before `at` stands for: in the paragraph, then in each of the two before it, the one
 * who last spoke (the speaker of a quote, or a person just before or after a verb of saying: "Mr Howard told the
 * Today programme Mr Blair had…" → Mr Howard; "according to editor Paul Rees" → Paul Rees), else the last person
 * opening a sentence there (in the paragraph itself, else the last person named in it).
 */
function antecedent(c: Context, at: number): string | undefined {
  const { text, paragraph, people } = c;
  const lastSpeaker = (area: TextSpan, limit: number): string | undefined => {
    const found: Array<{ at: number; entity: string }> = [];
    // "He" and "she" stand for people: an organisation's quote is not their antecedent.
    for (const q of c.quotes.slice(partitionPoint(c.quotes, (x) => x.quote.start < area.start)))
      if (q.speaker && people.has(q.speaker) && q.quote.end <= limit)
        found.push({ at: q.quote.start, entity: q.speaker });
    for (const m of within(c.mentions, area.start, limit)) {
      if (m.entityType !== "person") continue;
      const following = text.slice(m.end, Math.min(limit, m.end + 100));
      const verb = FIRST_SAYING.exec(following);
      // "Mr Howard told…", "Ross Walker, UK economist at Royal Bank of Scotland, said…".
      const after =
        SAYING_AT_START.test(following.slice(0, 40)) ||
        (verb !== null && subjectGap(m, following.slice(0, verb.index)));
      // "…, said Mr Clarke." speaks; "Dr Greenspan said Smith's philosophy…" does not make Smith the speaker.
      const before =
        SAYING_BEFORE.test(text.slice(Math.max(area.start, m.start - 60), m.start)) &&
        /^\s*(?:[.,;]|$)/.test(text.slice(m.end, m.end + 2));
      if (after || before) found.push({ at: m.start, entity: m.entity });
    }
    return found.sort((x, y) => x.at - y.at).pop()?.entity;
  };
  // Only the end of a long paragraph is read: a pronoun's person is named shortly before it.
  const recent = (area: TextSpan, end: number): TextSpan => ({
    start: Math.max(area.start, end - ANTECEDENT_WINDOW),
    end: area.end,
  });
  const here = lastSpeaker(recent(paragraph, at), at);
  if (here) return here;
  const peopleIn = (area: TextSpan, limit: number) =>
    within(c.mentions, area.start, limit).filter((m) => m.entityType === "person");
  // A person opening a sentence: a full stop (or the area's start) and at most a title and three words before.
  const opens = (area: TextSpan, m: QuoteMention) => {
    const from = Math.max(area.start, m.start - 80);
    return (from === area.start ? OPENS_AREA : OPENS_SENTENCE).test(text.slice(from, m.start));
  };
  const opener = (area: TextSpan, limit: number) =>
    peopleIn(area, limit)
      .filter((m) => opens(area, m))
      .pop();
  const inParagraph = opener(recent(paragraph, at), at) ?? peopleIn(recent(paragraph, at), at).pop();
  if (inParagraph) return inParagraph.entity;
  for (const p of [...c.previous].reverse()) {
    const speaker = lastSpeaker(recent(p, p.end), p.end) ?? opener(recent(p, p.end), p.end)?.entity;
    if (speaker) return speaker;
  }
  return undefined;
}

/** How far back a pronoun's person is looked for in a paragraph (characters): a few sentences of news. */
const ANTECEDENT_WINDOW = 1500;

const OPENS_SENTENCE = /[.!?]\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord)\.?\s+)?(?:\w+\s+){0,3}$/;
const OPENS_AREA = /(?:^|[.!?]\s+)(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord)\.?\s+)?(?:\w+\s+){0,3}$/;

/** A verb of saying just before a name, with a few words of title between ("said Mr Clarke", "according to Q magazine editor Paul Rees"). */
const SAYING_BEFORE = /\b(?:said|says|according to)\s+(?:[\w'’-]+\s+){0,4}$/i;

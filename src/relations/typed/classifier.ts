/**
 * The trained classifier applied to a news document: each sentence is reduced to the classifier's shape
 * (its words, and its named mentions as typed token spans), candidate pairs are scored, and the related ones
 * become typed relations between entity keys. The shipped model (`src/models/rel.json.gz`) loads once per process.
 */
import type { EntityType } from "../../types.js";
import { readModelText } from "../../util/model-file.js";
import { packagePath } from "../../util/package-root.js";
import { MAX_PAIRS_PER_SENTENCE, MAX_PAIR_TOKENS, type BoundCut } from "../../bounds.js";
import { boundedCandidatePairs, type PairEntity, type PairSentence, type PairType } from "./features.js";
import { parseModel, predictSentence, type RelationModel } from "./model.js";
import { calibrate, shippedCalibration, uncalibrate, type Calibration } from "./calibration.js";
import { unconnected } from "./connection.js";
import { isSovereignCountry, isUkNation, isUkName } from "./lexicon.js";
import { isFullName, mentionTokenRanges } from "./patterns.js";
import type { RelationDocument, RelationMention, TypedPredicate, TypedRelation } from "./types.js";

/** File name of the shipped model inside src/models/. */
export const MODEL_FILE = "rel.json.gz";

/** Where the shipped model lives, found from both `src/` (tsx) and `dist/` (built). */
export function modelPath(): string {
  return packagePath("src", "models", MODEL_FILE);
}

/** Reads a model file (gzipped JSON, or plain JSON when the name does not end in .gz). */
export function readModelFile(path: string): RelationModel {
  return parseModel(readModelText(path, { what: "relation model", remedy: "npm run train:rel" }), path);
}

let shipped: RelationModel | undefined;

/** The shipped model, loaded on first use and kept for the life of the process. */
export function shippedModel(): RelationModel {
  shipped ??= readModelFile(modelPath());
  return shipped;
}

const PAIR_TYPE: Record<EntityType, PairType> = {
  person: "Peop",
  place: "Loc",
  organization: "Org",
  media: "Org",
  misc: "Other",
};

/** Human labels of the classifier's predicates. */
export const CLASSIFIER_LABELS: Readonly<Partial<Record<TypedPredicate, string>>> = {
  works_for: "works for",
  killed: "killed",
  based_in: "based in",
  lives_in: "lives in",
  located_in: "located in",
};

/** A veto on classifier output: a construction in which the model (trained on other prose) is known to err. */
export interface ClassifierVeto {
  id: string;
  reason: string;
  /** True when the pair (token ranges of the left and right mention, in text order) must not be related. */
  applies: (words: readonly string[], left: PairEntity, right: PairEntity) => boolean;
}

/** Words that may follow "Kursk, Russia" when it names one place (as in the place-comma-region pattern). */
const AFTER_PLACE =
  /^(?:[,.;:)!?"'”’—–-]|on|in|at|to|from|for|last|this|after|before|where|which|who|during|with|as|near|said|says)$/i;

/** The vetoes, applied to every classifier relation. */
export const CLASSIFIER_VETOES: readonly ClassifierVeto[] = [
  {
    id: "comma-clause-boundary",
    reason:
      "CoNLL04 teaches that 'A , B' is containment; in 'liberated Kursk, Ukraine insisted' a verb after B shows B starts a new clause.",
    applies: (words, left, right) =>
      right.start === left.end + 1 &&
      words[left.end] === "," &&
      words[right.end] !== undefined &&
      /^\p{Ll}/u.test(words[right.end]!) &&
      !AFTER_PLACE.test(words[right.end]!),
  },
];

/** A possessive ending, a token of its own: "Kodak 's". */
const POSSESSIVE = /^['’]s$/;

/**
 * True when the classifier's "person works for organisation" reads "Org's Name" and the name is no full person's
 * name: "Honda's Asimo", "Kodak's Ofoto", "Samsung's Yepp" are products the recogniser took for people. The
 * pattern for this construction (`org-possessive-person`) refuses the same pairs for the same reason; without
 * this the classifier, which learnt from CoNLL04's people only, would put them back.
 */
function productOfOrganisation(
  words: readonly string[],
  person: RelationMention,
  personRange: PairEntity,
  orgRange: PairEntity,
): boolean {
  return (
    personRange.start === orgRange.end + 1 && POSSESSIVE.test(words[orgRange.end] ?? "") && !isFullName(person.entity)
  );
}

/**
 * True when "inner located in outer" would put a sovereign country inside another country: never so, however
 * often two countries share a sentence ("sales in the US offsetting a slowdown in the UK"). England, Scotland,
 * Wales and Northern Ireland are in the United Kingdom.
 */
function countryInCountry(inner: RelationMention, outer: RelationMention): boolean {
  const names = (m: RelationMention) => [m.text, m.entity];
  if (names(inner).some(isUkNation) && names(outer).some(isUkName)) return false;
  return names(inner).some(isSovereignCountry) || names(inner).some(isUkNation);
}

/**
 * The classifier's relations in a document, sentence by sentence, each with its calibrated confidence, down to
 * `floor` (calibrated). Demonyms ("Russian") and misc mentions
 * take no part: CoNLL04, which the model learnt from, relates named people, places and organisations only.
 * Candidate pairs are bounded by token distance and per sentence (src/bounds.ts); where that drops pairs, a
 * `BoundCut` is appended to `bounds`.
 */
export function classifyDocument(
  doc: RelationDocument,
  model: RelationModel,
  floor = 0.5,
  ranges: ReadonlyArray<[number, number] | undefined> = mentionTokenRanges(doc),
  calibration: Calibration = shippedCalibration(),
  bounds?: BoundCut[],
): TypedRelation[] {
  // The floor is a calibrated confidence; the model is asked for pairs at the raw probability it maps from.
  const threshold = uncalibrate(calibration, floor);
  const bySentence = new Map<number, Array<{ mention: RelationMention; range: [number, number] }>>();
  doc.mentions.forEach((mention, i) => {
    const range = ranges[i];
    if (!range || mention.adjectival || mention.entityType === "misc") return;
    const list = bySentence.get(mention.sentence) ?? [];
    list.push({ mention, range });
    bySentence.set(mention.sentence, list);
  });
  const out: TypedRelation[] = [];
  for (const [s, list] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const sentence = doc.sentences[s];
    if (!sentence || list.length < 2) continue;
    // Text order, overlapping mentions dropped (the first wins), spans relative to the sentence.
    list.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
    const kept: typeof list = [];
    for (const item of list) if (!kept.length || item.range[0] >= kept[kept.length - 1]!.range[1]) kept.push(item);
    const entities: PairEntity[] = kept.map(({ mention, range }) => ({
      start: range[0] - sentence.tokenStart,
      end: range[1] - sentence.tokenStart,
      type: PAIR_TYPE[mention.entityType],
    }));
    const pairSentence: PairSentence = {
      words: doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((t) => t.text),
      entities,
    };
    const { pairs, cut } = boundedCandidatePairs(pairSentence, MAX_PAIR_TOKENS, MAX_PAIRS_PER_SENTENCE);
    if (cut.distance) bounds?.push({ bound: "pair-distance", start: sentence.start });
    if (cut.cap) bounds?.push({ bound: "pair-cap", start: sentence.start });
    // The vetoes and connection rules decide without the model, so they run first and spare the features of the
    // pairs they refuse (86% of the BBC set's). A pair they keep is scored with its reverse, if that is a
    // candidate too: the model keeps the likelier direction of the two (see predictSentence).
    const n = entities.length;
    const refused = (source: number, target: number): boolean => {
      const [left, right] =
        source < target ? [entities[source]!, entities[target]!] : [entities[target]!, entities[source]!];
      return (
        CLASSIFIER_VETOES.some((v) => v.applies(pairSentence.words, left, right)) ||
        unconnected({ words: pairSentence.words, entities, left, right, sourceFirst: source < target }) !== undefined
      );
    };
    const open = new Set<number>();
    for (const [a, b] of pairs) if (!refused(a, b)) open.add(a * n + b);
    if (!open.size) continue;
    const scored = pairs.filter(([a, b]) => open.has(a * n + b) || open.has(b * n + a));
    for (const p of predictSentence(model, pairSentence, threshold, scored)) {
      const source = kept[p.source]!.mention;
      const target = kept[p.target]!.mention;
      if (source.entity === target.entity || !open.has(p.source * n + p.target)) continue;
      if (p.predicate === "located_in" && countryInCountry(source, target)) continue;
      if (
        p.predicate === "works_for" &&
        productOfOrganisation(pairSentence.words, source, entities[p.source]!, entities[p.target]!)
      )
        continue;
      out.push({
        source: source.entity,
        target: target.entity,
        predicate: p.predicate,
        relationLabel: CLASSIFIER_LABELS[p.predicate] ?? p.predicate,
        confidence: Math.round(calibrate(calibration, p.probability) * 1000) / 1000,
        sentence: s,
        rule: "classifier",
      });
    }
  }
  return out;
}

/**
 * "London-based Xfm", "Santa Monica-based Activision": a place glued to "-based" before an organisation's name
 * says where the organisation is based. The place ends inside the token "Monica-based", so the token patterns of
 * `patterns.ts` cannot see it; this reads the text between the two mentions instead.
 */
import type { RelationDocument, TypedRelation } from "./types.js";

/** The rule's id, as evidence names it. */
export const PLACE_BASED_ORG = "place-based-org";

/** The based_in relations that "<place>-based <organisation>" states in a document. */
export function basedPrefixRelations(doc: RelationDocument): TypedRelation[] {
  const startsAt = new Map(doc.mentions.map((m) => [m.start, m]));
  const out: TypedRelation[] = [];
  for (const place of doc.mentions) {
    if (place.entityType !== "place" || place.adjectival) continue;
    if (doc.text.slice(place.end, place.end + 7) !== "-based ") continue;
    const org = startsAt.get(place.end + 7);
    if (!org || (org.entityType !== "organization" && org.entityType !== "media") || org.entity === place.entity)
      continue;
    out.push({
      source: org.entity,
      target: place.entity,
      predicate: "based_in",
      relationLabel: "based in",
      confidence: 0.95,
      sentence: org.sentence,
      rule: PLACE_BASED_ORG,
    });
  }
  return out;
}

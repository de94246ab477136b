/**
 * The values a query filter may name: entity types and relation predicates. A filter that names anything else
 * ("country", "cooccurs") is an error listing the valid ones, rather than a query that silently finds nothing.
 */
import { UnknownFilterError } from "../errors.js";
import { TYPED_PREDICATES, CO_OCCURS } from "../relations/index.js";
import { SAID } from "../contract.js";
import type { EntityType } from "../types.js";

/** Entity types an entity node may have. */
export const ENTITY_TYPES: readonly EntityType[] = ["person", "place", "organization", "media", "misc"];

/** Every relation predicate: co-occurrence, the typed ones, then quotation (speaker → an entity they named). */
export const PREDICATES: readonly string[] = [CO_OCCURS, ...TYPED_PREDICATES, SAID];

/** Throws UnknownFilterError for the first value that is not an entity type. */
export function checkEntityTypes(types: readonly string[] | undefined): void {
  for (const t of types ?? [])
    if (!ENTITY_TYPES.includes(t as EntityType)) throw new UnknownFilterError("entity type", t, ENTITY_TYPES);
}

/** Throws UnknownFilterError for the first value that is not a predicate. */
export function checkPredicates(predicates: readonly string[] | undefined): void {
  for (const p of predicates ?? [])
    if (!PREDICATES.includes(p)) throw new UnknownFilterError("predicate", p, PREDICATES);
}

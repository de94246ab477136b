/**
 * `why`: how each alias of an entity joined it — the rule, its wording, and the document and offsets where it
 * first did — as the build recorded it in the entity's `aliasJoins`.
 */
import type { AliasJoin, EntityType } from "../contract.js";
import { isEntity, type KnowledgeGraph } from "../graph/index.js";
import { findEntity } from "./find.js";

/** One alias with how it joined, and the document's title where it joined. */
export interface AliasJoinView extends AliasJoin {
  documentTitle?: string;
}

/** Why an entity has the names it has. */
export interface WhyResult {
  node: string;
  label: string;
  entityType: EntityType;
  curated: boolean;
  aliases: AliasJoinView[];
}

/** How each alias of the entity a name denotes joined it. Throws EntityNotFoundError for an unknown name. */
export function why(graph: KnowledgeGraph, name: string): WhyResult {
  const node = findEntity(graph, name);
  const attributes = graph.getNodeAttributes(node);
  if (!isEntity(attributes)) throw new Error(`unreachable: ${node} is not an entity`);
  const aliases = (attributes.aliasJoins ?? []).map((join): AliasJoinView => {
    const document = join.document && graph.hasNode(join.document) ? graph.getNodeAttributes(join.document) : undefined;
    return document ? { ...join, documentTitle: document.label } : { ...join };
  });
  return {
    node,
    label: attributes.label,
    entityType: attributes.entityType,
    curated: attributes.curated === true,
    aliases,
  };
}

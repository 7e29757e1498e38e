// Everything the graph holds about one entity: what `kg show` prints.
import type { MentionEvidence } from "../model/types.js";
import { compare, resolveEntity, type FindOptions } from "./entities.js";
import { getIndex } from "./indexes.js";
import { relationAt, sortRelations } from "./relations.js";
import type { EntityRef, KgGraph, RelationResult } from "./types.js";

export interface EntityDetails {
  entity: EntityRef;
  aliases: string[];
  mentions: number;
  /** Articles the entity was seen in (mention evidence and relation evidence), sorted. */
  articles: string[];
  /** Where it was mentioned. */
  evidence: MentionEvidence[];
  /** Relations from this entity, then relations to it; sorted by predicate, then labels. */
  outgoing: RelationResult[];
  incoming: RelationResult[];
}

/** Details of the entity with this node id or name (throws UnknownEntityError/AmbiguousEntityError). */
export function describeEntity(graph: KgGraph, nameOrId: string, options: FindOptions = {}): EntityDetails {
  const entity = resolveEntity(graph, nameOrId, options);
  const index = getIndex(graph);
  const node = index.nodeId.get(entity.id)!;
  const attributes = graph.getNodeAttributes(entity.id);
  const outgoing: RelationResult[] = [];
  const incoming: RelationResult[] = [];
  for (let i = index.outStart[node]!; i < index.outStart[node + 1]!; i++) outgoing.push(relationAt(graph, index, index.outEdges[i]!));
  for (let i = index.inStart[node]!; i < index.inStart[node + 1]!; i++) incoming.push(relationAt(graph, index, index.inEdges[i]!));
  const evidence = Array.isArray(attributes.evidence) ? attributes.evidence : [];
  const articles = new Set<string>(evidence.map((item) => item.article));
  for (const relation of [...outgoing, ...incoming]) for (const item of relation.evidence) articles.add(item.article);
  return {
    entity,
    aliases: Array.isArray(attributes.aliases) ? [...attributes.aliases] : [],
    mentions: typeof attributes.mentions === "number" ? attributes.mentions : 0,
    articles: [...articles].filter((article) => typeof article === "string").sort(compare),
    evidence,
    outgoing: sortRelations(outgoing),
    incoming: sortRelations(incoming),
  };
}

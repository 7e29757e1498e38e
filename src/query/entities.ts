// Finding an entity by name. Names are compared after normalizeName (case, punctuation, spacing and
// a leading "the" ignored). Matching goes by tiers and stops at the first tier with a match:
//   1. "label":  the node's label equals the name
//   2. "alias":  one of the node's aliases equals the name
//   3. "prefix": the label starts with the name at a word boundary ("Embassy of Russia" finds
//                "Embassy of Russia in Baku")
// There is deliberately no substring tier: "Iran" must not silently resolve to "Embassy of Iran
// in London". Near misses are offered as suggestions in UnknownEntityError instead.
import { ENTITY_KINDS, type EntityKind } from "../model/ontology.js";
import { AmbiguousEntityError, UnknownEntityError } from "./errors.js";
import { getIndex, hasKind, kindMask, type GraphIndex } from "./indexes.js";
import { editDistance, normalizeName } from "./normalize.js";
import type { EntityRef, KgGraph, KindFilter } from "./types.js";

export type MatchTier = "label" | "alias" | "prefix";

export interface EntityMatch {
  entity: EntityRef;
  /** Which tier matched. */
  match: MatchTier;
}

export interface FindOptions {
  /** Only entities of this kind (or of one of these kinds). */
  kind?: KindFilter;
}

function kindList(kind: KindFilter | undefined): readonly EntityKind[] | undefined {
  if (kind === undefined) return undefined;
  return typeof kind === "string" ? [kind] : kind;
}

/** Node ids of the best tier matching `name`, with the tier; empty when nothing matches. */
export function matchNodes(
  index: GraphIndex,
  name: string,
  kinds?: readonly EntityKind[],
): { nodes: number[]; match: MatchTier } {
  const key = normalizeName(name);
  const mask = kindMask(kinds);
  if (key === "") return { nodes: [], match: "label" };
  const filter = (nodes: readonly number[] | undefined): number[] =>
    (nodes ?? []).filter((node) => hasKind(index, node, mask));
  const byLabel = filter(index.byLabel.get(key));
  if (byLabel.length > 0) return { nodes: byLabel, match: "label" };
  const byAlias = filter(index.byAlias.get(key)).filter((node) => !byLabel.includes(node));
  if (byAlias.length > 0) return { nodes: byAlias, match: "alias" };
  const prefix = `${key} `;
  const byPrefix: number[] = [];
  for (let node = 0; node < index.nodeCount; node++) {
    if (index.normalizedLabels[node]!.startsWith(prefix) && hasKind(index, node, mask)) byPrefix.push(node);
  }
  return { nodes: byPrefix, match: "prefix" };
}

/**
 * Every entity matching `name` in the best matching tier, sorted by label then id.
 * Empty when nothing matches.
 */
export function findEntities(graph: KgGraph, name: string, options: FindOptions = {}): EntityMatch[] {
  const index = getIndex(graph);
  const { nodes, match } = matchNodes(index, name, kindList(options.kind));
  return sortRefs(nodes.map((node) => index.ref(node))).map((entity) => ({ entity, match }));
}

/**
 * The entity named `name`, or null when nothing matches.
 * Throws AmbiguousEntityError when several entities match equally well (narrow with `kind`).
 */
export function findEntity(graph: KgGraph, name: string, options: FindOptions = {}): EntityRef | null {
  const matches = findEntities(graph, name, options);
  if (matches.length === 0) return null;
  if (matches.length > 1) throw new AmbiguousEntityError(name, matches.map((match) => match.entity));
  return matches[0]!.entity;
}

/**
 * Like findEntity, but accepts a node id too, bare or as "#id" (tried first) and throws UnknownEntityError, with
 * suggestions, instead of returning null. The entry point for APIs that take "an entity".
 */
export function resolveEntity(graph: KgGraph, nameOrId: string, options: FindOptions = {}): EntityRef {
  const index = getIndex(graph);
  const kinds = kindList(options.kind);
  for (const id of [nameOrId, idReference(nameOrId)]) {
    const byId = id === undefined ? undefined : index.nodeId.get(id);
    if (byId !== undefined && hasKind(index, byId, kindMask(kinds))) return index.ref(byId);
  }
  const found = findEntity(graph, nameOrId, options);
  if (found) return found;
  throw new UnknownEntityError(nameOrId, suggest(index, nameOrId, kinds));
}

/** The id in "#id" or '#"id"' (as errors print ids), else undefined. */
function idReference(text: string): string | undefined {
  if (!text.startsWith("#")) return undefined;
  const quoted = /^#"((?:[^"\\]|\\.)*)"$/u.exec(text);
  return quoted ? quoted[1]!.replace(/\\(.)/gu, "$1") : text.slice(1);
}

/**
 * Up to `limit` labels close to `name`: labels that contain it as whole words first, then labels
 * within a small edit distance. Used for "did you mean" in errors.
 */
export function suggest(index: GraphIndex, name: string, kinds?: readonly EntityKind[], limit = 3): EntityRef[] {
  const key = normalizeName(name);
  if (key === "") return [];
  const mask = kindMask(kinds);
  const maxDistance = Math.max(1, Math.min(3, Math.floor(key.length / 4)));
  const scored: { node: number; score: number }[] = [];
  const padded = ` ${key} `;
  for (let node = 0; node < index.nodeCount; node++) {
    if (!hasKind(index, node, mask)) continue;
    const label = index.normalizedLabels[node]!;
    if (` ${label} `.includes(padded)) {
      scored.push({ node, score: 0 });
      continue;
    }
    const distance = editDistance(key, label, maxDistance);
    if (distance <= maxDistance) scored.push({ node, score: distance });
  }
  scored.sort(
    (a, b) => a.score - b.score || compare(index.sortKeys[a.node]!, index.sortKeys[b.node]!) || a.node - b.node,
  );
  return scored.slice(0, limit).map(({ node }) => index.ref(node));
}

export function sortRefs(refs: EntityRef[]): EntityRef[] {
  return refs.sort(
    (a, b) =>
      compare(a.label.toLowerCase(), b.label.toLowerCase()) ||
      ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind) ||
      compare(a.id, b.id),
  );
}

/** Code-point order: deterministic across locales. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

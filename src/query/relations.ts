// Listing relations and neighbours, each result with its evidence.
import { PREDICATES, type EntityKind, type Predicate } from "../model/ontology.js";
import { resolveEntity, compare } from "./entities.js";
import { getIndex, hasKind, kindMask, predicateIndex, predicateRange, type GraphIndex } from "./indexes.js";
import type { EntityRef, KgGraph, KindFilter, PredicateFilter, RelationResult } from "./types.js";

export interface RelationFilter {
  predicate?: PredicateFilter;
  /** Source entity: a node id, or a name resolved like resolveEntity (throws if unknown). */
  source?: string;
  /** Target entity: a node id or a name. */
  target?: string;
  sourceKind?: KindFilter;
  targetKind?: KindFilter;
}

/** The relation stored on edge number `edge` of the index. */
export function relationAt(graph: KgGraph, index: GraphIndex, edge: number): RelationResult {
  const id = index.edgeKeys[edge]!;
  const attributes = index.edgeAttributes[edge] ?? graph.getEdgeAttributes(id);
  const evidence = Array.isArray(attributes.evidence) ? attributes.evidence : [];
  return {
    id,
    predicate: PREDICATES[index.edgePredicate[edge]!]!,
    source: index.ref(index.edgeSource[edge]!),
    target: index.ref(index.edgeTarget[edge]!),
    weight: typeof attributes.weight === "number" ? attributes.weight : evidence.length,
    evidence,
  };
}

function asList<T extends string>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  if (value === undefined) return undefined;
  return typeof value === "string" ? [value as T] : (value as readonly T[]);
}

function predicateIds(filter: PredicateFilter | undefined): number[] {
  const list = asList<Predicate>(filter) ?? PREDICATES;
  return [...new Set(list.map(predicateIndex))].sort((a, b) => a - b);
}

/**
 * Relations matching every given filter, sorted by predicate (ontology order), source label,
 * target label. Uses the per-node index when a source or target is given, else the per-predicate one.
 */
export function relations(graph: KgGraph, filter: RelationFilter = {}): RelationResult[] {
  const index = getIndex(graph);
  const predicates = predicateIds(filter.predicate);
  const sourceMask = kindMask(asList<EntityKind>(filter.sourceKind));
  const targetMask = kindMask(asList<EntityKind>(filter.targetKind));
  const source = filter.source === undefined ? -1 : index.nodeId.get(resolveEntity(graph, filter.source).id)!;
  const target = filter.target === undefined ? -1 : index.nodeId.get(resolveEntity(graph, filter.target).id)!;

  const edges: number[] = [];
  const consider = (edge: number): void => {
    const s = index.edgeSource[edge]!;
    const t = index.edgeTarget[edge]!;
    if (source >= 0 && s !== source) return;
    if (target >= 0 && t !== target) return;
    if (!hasKind(index, s, sourceMask) || !hasKind(index, t, targetMask)) return;
    edges.push(edge);
  };
  for (const p of predicates) {
    if (source >= 0 || target >= 0) {
      const useOut =
        source >= 0 &&
        (target < 0 ||
          index.outStart[source + 1]! - index.outStart[source]! <= index.inStart[target + 1]! - index.inStart[target]!);
      const [start, list] = useOut ? [index.outStart, index.outEdges] : [index.inStart, index.inEdges];
      const [from, to] = predicateRange(start, list, index.edgePredicate, useOut ? source : target, p);
      for (let i = from; i < to; i++) consider(list[i]!);
    } else {
      for (const edge of index.byPredicate[p]!) consider(edge);
    }
  }
  return sortRelations(edges.map((edge) => relationAt(graph, index, edge)));
}

export function sortRelations(list: RelationResult[]): RelationResult[] {
  return list.sort(
    (a, b) =>
      predicateIndex(a.predicate) - predicateIndex(b.predicate) ||
      compare(a.source.label.toLowerCase(), b.source.label.toLowerCase()) ||
      compare(a.target.label.toLowerCase(), b.target.label.toLowerCase()) ||
      compare(a.id, b.id),
  );
}

export type Direction = "out" | "in" | "both";

export interface NeighbourOptions {
  /** "out": entities this one points to; "in": entities pointing to it; "both" (default). */
  direction?: Direction;
  predicate?: PredicateFilter;
  /** Only neighbours of this kind. */
  kind?: KindFilter;
}

export interface Neighbour {
  entity: EntityRef;
  /** Every relation between the entity and this neighbour that passed the filters. */
  relations: RelationResult[];
}

/** The entities linked to `entity` (a node id or name), each with the relations linking them. */
export function neighbours(graph: KgGraph, entity: string, options: NeighbourOptions = {}): Neighbour[] {
  const index = getIndex(graph);
  const node = index.nodeId.get(resolveEntity(graph, entity).id)!;
  const direction = options.direction ?? "both";
  const predicates = predicateIds(options.predicate);
  const mask = kindMask(asList<EntityKind>(options.kind));
  const byNeighbour = new Map<number, number[]>();
  const collect = (start: Int32Array, list: Int32Array, other: Int32Array): void => {
    for (const p of predicates) {
      const [from, to] = predicateRange(start, list, index.edgePredicate, node, p);
      for (let i = from; i < to; i++) {
        const edge = list[i]!;
        const neighbour = other[edge]!;
        if (!hasKind(index, neighbour, mask)) continue;
        const edges = byNeighbour.get(neighbour);
        if (edges) {
          if (!edges.includes(edge)) edges.push(edge);
        } else byNeighbour.set(neighbour, [edge]);
      }
    }
  };
  if (direction !== "in") collect(index.outStart, index.outEdges, index.edgeTarget);
  if (direction !== "out") collect(index.inStart, index.inEdges, index.edgeSource);
  const result = [...byNeighbour].map(([neighbour, edges]) => ({
    entity: index.ref(neighbour),
    relations: sortRelations(edges.map((edge) => relationAt(graph, index, edge))),
  }));
  return result.sort(
    (a, b) => compare(a.entity.label.toLowerCase(), b.entity.label.toLowerCase()) || compare(a.entity.id, b.entity.id),
  );
}

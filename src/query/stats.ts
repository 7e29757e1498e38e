// Basic statistics of a graph: counts by kind and predicate, the most central entities by degree
// and by PageRank (graphology-metrics), and communities (graphology-communities-louvain).
//
// Both algorithms run on a simple projection of the multigraph: parallel relations between two
// entities become one link whose weight is the sum of their weights. PageRank follows direction
// (being protested against, reported by or represented raises an entity's rank); communities are
// found on the undirected projection. Louvain's random order is seeded: same graph, same result.
import { DirectedGraph, UndirectedGraph } from "graphology";
import { ENTITY_KINDS, PREDICATES, type EntityKind, type Predicate } from "../model/ontology.js";
import { compare } from "./entities.js";
import { getIndex, type GraphIndex } from "./indexes.js";
import type { EntityRef, KgGraph } from "./types.js";
import { louvain, pagerank } from "./vendor.js";
import { mulberry32 } from "../util/random.js";

export interface StatsOptions {
  /** How many entities to list in each ranking (default 10). */
  top?: number;
  /** Seed of Louvain's random order (default 42). */
  seed?: number;
  /** Compute communities (default true); skip on very large graphs if only counts are needed. */
  communities?: boolean;
}

export interface DegreeEntry {
  entity: EntityRef;
  degree: number;
  inDegree: number;
  outDegree: number;
}

export interface Community {
  /** 0 for the largest community, then by decreasing size. */
  id: number;
  size: number;
  /** Its most connected members (up to `top`). */
  members: EntityRef[];
}

export interface GraphStats {
  nodes: number;
  edges: number;
  /** Distinct articles cited by edge evidence. */
  articles: number;
  byKind: Record<EntityKind, number>;
  byPredicate: Record<Predicate, number>;
  topDegree: DegreeEntry[];
  topPageRank: { entity: EntityRef; score: number }[];
  communities: { count: number; modularity: number; largest: Community[] } | null;
}

export function stats(graph: KgGraph, options: StatsOptions = {}): GraphStats {
  const index = getIndex(graph);
  const top = Math.max(0, options.top ?? 10);
  const byKind = Object.fromEntries(ENTITY_KINDS.map((kind, k) => [kind, index.nodesByKind[k]!])) as Record<EntityKind, number>;
  const byPredicate = Object.fromEntries(PREDICATES.map((predicate, p) => [predicate, index.byPredicate[p]!.length])) as Record<
    Predicate,
    number
  >;
  const articles = new Set<string>();
  graph.forEachEdge((_key, attributes) => {
    if (Array.isArray(attributes.evidence)) for (const item of attributes.evidence) articles.add(item.article);
  });

  const degree = (node: number): DegreeEntry => {
    const outDegree = index.outStart[node + 1]! - index.outStart[node]!;
    const inDegree = index.inStart[node + 1]! - index.inStart[node]!;
    return { entity: index.ref(node), degree: inDegree + outDegree, inDegree, outDegree };
  };
  const nodes = Array.from({ length: index.nodeCount }, (_, node) => node);
  const degrees = nodes.map(degree);
  const byDegree = [...nodes].sort((a, b) => degrees[b]!.degree - degrees[a]!.degree || byName(index, a, b));
  const topDegree = byDegree.slice(0, top).map((node) => degrees[node]!);

  const { directed, undirected } = project(index, graph);
  let ranks: Record<string, number> = {};
  if (directed.order > 0) {
    try {
      ranks = pagerank(directed, { getEdgeWeight: "weight" });
    } catch {
      // PageRank did not converge in its iteration budget: no ranking rather than a wrong one.
      ranks = {};
    }
  }
  const topPageRank = nodes
    .filter((node) => ranks[String(node)] !== undefined)
    .sort((a, b) => ranks[String(b)]! - ranks[String(a)]! || byName(index, a, b))
    .slice(0, top)
    .map((node) => ({ entity: index.ref(node), score: round(ranks[String(node)]!) }));

  let communities: GraphStats["communities"] = null;
  if (options.communities !== false) {
    const detailed = louvain.detailed(undirected, { getEdgeWeight: "weight", rng: mulberry32(options.seed ?? 42) });
    const members = new Map<number, number[]>();
    for (const node of nodes) {
      const community = detailed.communities[String(node)]!;
      const list = members.get(community);
      if (list) list.push(node);
      else members.set(community, [node]);
    }
    const groups = [...members.values()]
      .map((list) => list.sort((a, b) => degrees[b]!.degree - degrees[a]!.degree || byName(index, a, b)))
      .sort((a, b) => b.length - a.length || byName(index, a[0]!, b[0]!));
    communities = {
      count: groups.length,
      modularity: round(detailed.modularity),
      largest: groups.slice(0, top).map((list, id) => ({
        id,
        size: list.length,
        members: list.slice(0, top).map((node) => index.ref(node)),
      })),
    };
  }

  return {
    nodes: index.nodeCount,
    edges: index.edgeCount,
    articles: articles.size,
    byKind,
    byPredicate,
    topDegree,
    topPageRank,
    communities,
  };
}

function byName(index: GraphIndex, a: number, b: number): number {
  return compare(index.sortKeys[a]!, index.sortKeys[b]!) || a - b;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Simple weighted projections keyed by node number (self-loops dropped). */
function project(index: GraphIndex, graph: KgGraph): { directed: DirectedGraph; undirected: UndirectedGraph } {
  const directed = new DirectedGraph();
  const undirected = new UndirectedGraph();
  for (let node = 0; node < index.nodeCount; node++) {
    directed.addNode(String(node));
    undirected.addNode(String(node));
  }
  for (let edge = 0; edge < index.edgeCount; edge++) {
    const s = index.edgeSource[edge]!;
    const t = index.edgeTarget[edge]!;
    if (s === t) continue;
    const raw = graph.getEdgeAttribute(index.edgeKeys[edge]!, "weight");
    const weight = typeof raw === "number" && raw > 0 ? raw : 1;
    for (const projection of [directed, undirected]) {
      projection.updateEdge(String(s), String(t), (attributes) => ({
        weight: (typeof attributes.weight === "number" ? attributes.weight : 0) + weight,
      }));
    }
  }
  return { directed, undirected };
}

export { mulberry32 };

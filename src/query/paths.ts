// Shortest paths between two entities.
//
// By default direction is ignored: "how is X connected to Y" is what users ask, and a chain like
// activists -protests-against-> Russia <-represents- Embassy is a connection even though the edges
// point different ways. `directed: true` follows edges source -> target only.
// Lengths come from graphology-shortest-path; all shortest paths are then enumerated (up to
// `maxPaths`) by walking down the distance levels, visiting neighbours in label order.
import { compare, resolveEntity } from "./entities.js";
import { getIndex, type GraphIndex } from "./indexes.js";
import { relationAt, sortRelations } from "./relations.js";
import type { EntityRef, KgGraph, RelationResult } from "./types.js";
import { singleSourceLength, undirectedSingleSourceLength } from "./vendor.js";

export interface PathOptions {
  /** Follow edges source -> target only (default false: ignore direction). */
  directed?: boolean;
  /** At most this many paths (default 10). */
  maxPaths?: number;
}

export interface PathStep {
  from: EntityRef;
  to: EntityRef;
  /** Every relation linking the two (either way unless directed); `source` shows each one's direction. */
  relations: RelationResult[];
}

export interface Path {
  nodes: EntityRef[];
  steps: PathStep[];
}

export interface PathsResult {
  from: EntityRef;
  to: EntityRef;
  directed: boolean;
  /** Number of steps of the shortest paths; null when the two are not connected. */
  length: number | null;
  paths: Path[];
  /** True when there are more shortest paths than `maxPaths`. */
  truncated: boolean;
}

/** All shortest paths (up to maxPaths) between two entities given by node id or name. */
export function shortestPaths(graph: KgGraph, from: string, to: string, options: PathOptions = {}): PathsResult {
  const index = getIndex(graph);
  const directed = options.directed === true;
  const maxPaths = Math.max(1, options.maxPaths ?? 10);
  const source = resolveEntity(graph, from);
  const target = resolveEntity(graph, to);
  const a = index.nodeId.get(source.id)!;
  const b = index.nodeId.get(target.id)!;
  // Distances measured from the end we walk towards: undirected from b; directed from a (then we
  // walk backwards from b along in-edges).
  const distances: Record<string, number> = directed
    ? singleSourceLength(graph, source.id)
    : undirectedSingleSourceLength(graph, target.id);
  const startKey = directed ? target.id : source.id;
  const length = distances[startKey];
  const result: PathsResult = { from: source, to: target, directed, length: length ?? null, paths: [], truncated: false };
  if (length === undefined) return result;

  const sequences: number[][] = [];
  const walk = (node: number, trail: number[]): void => {
    if (sequences.length > maxPaths) return;
    const distance = distances[index.nodeKeys[node]!]!;
    if (distance === 0) {
      sequences.push(trail);
      return;
    }
    const next = directed ? predecessors(index, node) : adjacent(index, node);
    for (const candidate of next) {
      if (distances[index.nodeKeys[candidate]!] === distance - 1) walk(candidate, [...trail, candidate]);
      if (sequences.length > maxPaths) return;
    }
  };
  const start = directed ? b : a;
  walk(start, [start]);
  result.truncated = sequences.length > maxPaths;
  result.paths = sequences.slice(0, maxPaths).map((sequence) => {
    const nodes = directed ? [...sequence].reverse() : sequence;
    const steps: PathStep[] = [];
    for (let i = 0; i + 1 < nodes.length; i++) {
      steps.push({
        from: index.ref(nodes[i]!),
        to: index.ref(nodes[i + 1]!),
        relations: linking(graph, index, nodes[i]!, nodes[i + 1]!, directed),
      });
    }
    return { nodes: nodes.map((node) => index.ref(node)), steps };
  });
  return result;
}

function byLabel(index: GraphIndex, nodes: Iterable<number>): number[] {
  return [...new Set(nodes)].sort((x, y) => compare(index.sortKeys[x]!, index.sortKeys[y]!) || x - y);
}

function predecessors(index: GraphIndex, node: number): number[] {
  const found: number[] = [];
  for (let i = index.inStart[node]!; i < index.inStart[node + 1]!; i++) found.push(index.edgeSource[index.inEdges[i]!]!);
  return byLabel(index, found);
}

function adjacent(index: GraphIndex, node: number): number[] {
  const found = predecessors(index, node);
  for (let i = index.outStart[node]!; i < index.outStart[node + 1]!; i++) found.push(index.edgeTarget[index.outEdges[i]!]!);
  return byLabel(index, found);
}

function linking(graph: KgGraph, index: GraphIndex, u: number, v: number, directed: boolean): RelationResult[] {
  const found: RelationResult[] = [];
  for (let i = index.outStart[u]!; i < index.outStart[u + 1]!; i++) {
    const edge = index.outEdges[i]!;
    if (index.edgeTarget[edge] === v) found.push(relationAt(graph, index, edge));
  }
  if (!directed) {
    for (let i = index.inStart[u]!; i < index.inStart[u + 1]!; i++) {
      const edge = index.inEdges[i]!;
      if (index.edgeSource[edge] === v && index.edgeTarget[edge] !== index.edgeSource[edge]) {
        found.push(relationAt(graph, index, edge));
      }
    }
  }
  return sortRelations(found);
}

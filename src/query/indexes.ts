// Indexes over a graph, built once and cached per graph instance (WeakMap), dropped as soon as the
// graph changes (graphology emits an event for every mutation).
//
// Nodes and edges are numbered; adjacency is stored as CSR arrays whose edges are sorted by
// predicate within each node, so "in-edges of Russia with predicate protests-against" is a binary
// search plus a slice, and a scan of one predicate touches only that predicate's edges.
import { GraphFormatError } from "../errors.js";
import { ENTITY_KINDS, PREDICATES, type EntityKind, type Predicate } from "../model/ontology.js";
import { normalizeName } from "./normalize.js";
import type { EdgeAttributes } from "../model/types.js";
import type { EntityRef, KgGraph } from "./types.js";

/** Kind index used for nodes whose kind is not in the ontology: it never satisfies a kind filter. */
export const UNKNOWN_KIND = 255;

export interface GraphIndex {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly nodeKeys: readonly string[];
  readonly nodeId: ReadonlyMap<string, number>;
  /** Index into ENTITY_KINDS, or UNKNOWN_KIND. */
  readonly kinds: Uint8Array;
  readonly labels: readonly string[];
  /** Lower-cased labels, for sorting results the way people read them. */
  readonly sortKeys: readonly string[];
  readonly nodesByKind: readonly number[];
  readonly edgeKeys: readonly string[];
  /** The attribute object of each edge (the graph's own; read-only). */
  readonly edgeAttributes: readonly EdgeAttributes[];
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Index into PREDICATES. */
  readonly edgePredicate: Uint8Array;
  /** Edge ids per predicate, in graph order. */
  readonly byPredicate: readonly Int32Array[];
  /** CSR: out-edges of node n are outEdges[outStart[n] .. outStart[n+1]), sorted by predicate. */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
  /** Normalized label -> node ids; normalized alias -> node ids. */
  readonly byLabel: ReadonlyMap<string, readonly number[]>;
  readonly byAlias: ReadonlyMap<string, readonly number[]>;
  /** Normalized label per node (for prefix look-ups and suggestions). */
  readonly normalizedLabels: readonly string[];
  /** One shared EntityRef per node, created on first use. */
  ref(node: number): EntityRef;
  /** rank[node] = position of the node when sorted by lower-cased label, then key (computed once). */
  labelRank(): Int32Array;
}

const cache = new WeakMap<KgGraph, GraphIndex>();
const watched = new WeakSet<KgGraph>();

const MUTATION_EVENTS = [
  "nodeAdded",
  "edgeAdded",
  "nodeDropped",
  "edgeDropped",
  "cleared",
  "edgesCleared",
  "nodeAttributesUpdated",
  "edgeAttributesUpdated",
  "eachNodeAttributesUpdated",
  "eachEdgeAttributesUpdated",
] as const;

/** The index of `graph`, built on first use and reused until the graph is mutated. */
export function getIndex(graph: KgGraph): GraphIndex {
  const cached = cache.get(graph);
  if (cached) return cached;
  const index = buildIndex(graph);
  cache.set(graph, index);
  if (!watched.has(graph)) {
    watched.add(graph);
    const drop = (): void => {
      cache.delete(graph);
    };
    for (const event of MUTATION_EVENTS) graph.on(event, drop);
  }
  return index;
}

const KIND_INDEX = new Map<string, number>(ENTITY_KINDS.map((kind, i) => [kind, i]));
const PREDICATE_INDEX = new Map<string, number>(PREDICATES.map((predicate, i) => [predicate, i]));

export function kindIndex(kind: EntityKind): number {
  return KIND_INDEX.get(kind)!;
}

export function predicateIndex(predicate: Predicate): number {
  return PREDICATE_INDEX.get(predicate)!;
}

/** Bit mask over ENTITY_KINDS; the empty list means "any kind". */
export function kindMask(kinds: readonly EntityKind[] | undefined): number {
  if (!kinds || kinds.length === 0) return ALL_KINDS;
  let mask = 0;
  for (const kind of kinds) mask |= 1 << kindIndex(kind);
  return mask;
}

export const ALL_KINDS = (1 << ENTITY_KINDS.length) - 1;

export function hasKind(index: GraphIndex, node: number, mask: number): boolean {
  const kind = index.kinds[node]!;
  if (mask === ALL_KINDS) return true;
  return kind !== UNKNOWN_KIND && (mask & (1 << kind)) !== 0;
}

/** [from, to) positions in outEdges (or inEdges) of `node`'s edges with predicate `p`. */
export function predicateRange(
  start: Int32Array,
  edges: Int32Array,
  edgePredicate: Uint8Array,
  node: number,
  p: number,
): [number, number] {
  const first = start[node]!;
  const end = start[node + 1]!;
  let lo = first;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edgePredicate[edges[mid]!]! < p) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edgePredicate[edges[mid]!]! <= p) lo = mid + 1;
    else hi = mid;
  }
  return [from, lo];
}

function buildIndex(graph: KgGraph): GraphIndex {
  const nodeCount = graph.order;
  const edgeCount = graph.size;
  const nodeKeys: string[] = new Array<string>(nodeCount);
  const nodeId = new Map<string, number>();
  const kinds = new Uint8Array(nodeCount);
  const labels: string[] = new Array<string>(nodeCount);
  const sortKeys: string[] = new Array<string>(nodeCount);
  const normalizedLabels: string[] = new Array<string>(nodeCount);
  const nodesByKind = new Array<number>(ENTITY_KINDS.length).fill(0);
  const byLabel = new Map<string, number[]>();
  const byAlias = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, node: number): void => {
    if (key === "") return;
    const list = map.get(key);
    if (!list) map.set(key, [node]);
    else if (list[list.length - 1] !== node) list.push(node);
  };

  let n = 0;
  graph.forEachNode((key, attributes) => {
    nodeKeys[n] = key;
    nodeId.set(key, n);
    const kind = KIND_INDEX.get(attributes.kind as string);
    kinds[n] = kind ?? UNKNOWN_KIND;
    if (kind !== undefined) nodesByKind[kind]! += 1;
    const label = typeof attributes.label === "string" ? attributes.label : key;
    labels[n] = label;
    sortKeys[n] = label.toLowerCase();
    const normalized = normalizeName(label);
    normalizedLabels[n] = normalized;
    add(byLabel, normalized, n);
    if (Array.isArray(attributes.aliases)) {
      for (const alias of attributes.aliases) if (typeof alias === "string") add(byAlias, normalizeName(alias), n);
    }
    n++;
  });

  const edgeKeys: string[] = new Array<string>(edgeCount);
  const edgeSource = new Int32Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const edgePredicate = new Uint8Array(edgeCount);
  const predicateCounts = new Int32Array(PREDICATES.length);
  const outDegree = new Int32Array(nodeCount + 1);
  const inDegree = new Int32Array(nodeCount + 1);
  const edgeAttributes: EdgeAttributes[] = new Array<EdgeAttributes>(edgeCount);
  let e = 0;
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    const p = PREDICATE_INDEX.get(attributes.predicate as string);
    if (p === undefined) {
      throw new GraphFormatError(
        "news-kg/query",
        `edge "${key}": predicate ${JSON.stringify(attributes.predicate)} is not one of ${PREDICATES.join(", ")}`,
      );
    }
    if (undirected) throw new GraphFormatError("news-kg/query", `edge "${key}" is undirected; relations are directed`);
    const s = nodeId.get(source)!;
    const t = nodeId.get(target)!;
    edgeKeys[e] = key;
    edgeAttributes[e] = attributes;
    edgeSource[e] = s;
    edgeTarget[e] = t;
    edgePredicate[e] = p;
    predicateCounts[p]! += 1;
    outDegree[s + 1]! += 1;
    inDegree[t + 1]! += 1;
    e++;
  });

  // Edges grouped by predicate (stable), then distributed to nodes (stable): sorted by (node, predicate).
  const byPredicate: Int32Array[] = [];
  const cursor = new Int32Array(PREDICATES.length);
  for (let p = 0; p < PREDICATES.length; p++) byPredicate.push(new Int32Array(predicateCounts[p]!));
  const byPredicateOrder = new Int32Array(edgeCount);
  const predicateStart = new Int32Array(PREDICATES.length + 1);
  for (let p = 0; p < PREDICATES.length; p++) predicateStart[p + 1] = predicateStart[p]! + predicateCounts[p]!;
  for (let i = 0; i < edgeCount; i++) {
    const p = edgePredicate[i]!;
    byPredicate[p]![cursor[p]!] = i;
    byPredicateOrder[predicateStart[p]! + cursor[p]!] = i;
    cursor[p]! += 1;
  }
  const outStart = prefixSums(outDegree);
  const inStart = prefixSums(inDegree);
  const outEdges = new Int32Array(edgeCount);
  const inEdges = new Int32Array(edgeCount);
  const outFill = outStart.slice(0, nodeCount);
  const inFill = inStart.slice(0, nodeCount);
  for (let i = 0; i < edgeCount; i++) {
    const edge = byPredicateOrder[i]!;
    outEdges[outFill[edgeSource[edge]!]!++] = edge;
    inEdges[inFill[edgeTarget[edge]!]!++] = edge;
  }

  const refs: (EntityRef | undefined)[] = new Array<EntityRef | undefined>(nodeCount);
  let rank: Int32Array | undefined;
  return {
    nodeCount,
    edgeCount,
    nodeKeys,
    nodeId,
    kinds,
    labels,
    sortKeys,
    nodesByKind,
    edgeKeys,
    edgeAttributes,
    edgeSource,
    edgeTarget,
    edgePredicate,
    byPredicate,
    outStart,
    outEdges,
    inStart,
    inEdges,
    byLabel,
    byAlias,
    normalizedLabels,
    labelRank(): Int32Array {
      if (!rank) {
        const order = Array.from({ length: nodeCount }, (_, node) => node);
        order.sort((a, b) => (sortKeys[a]! < sortKeys[b]! ? -1 : sortKeys[a]! > sortKeys[b]! ? 1 : nodeKeys[a]! < nodeKeys[b]! ? -1 : nodeKeys[a]! > nodeKeys[b]! ? 1 : 0));
        rank = new Int32Array(nodeCount);
        order.forEach((node, position) => (rank![node] = position));
      }
      return rank;
    },
    ref(node: number): EntityRef {
      let ref = refs[node];
      if (!ref) {
        const kind = kinds[node]!;
        ref = {
          id: nodeKeys[node]!,
          label: labels[node]!,
          kind: (kind === UNKNOWN_KIND ? String(graph.getNodeAttribute(nodeKeys[node]!, "kind")) : ENTITY_KINDS[kind]!) as EntityKind,
        };
        Object.freeze(ref);
        refs[node] = ref;
      }
      return ref;
    },
  };
}

/** counts[i + 1] holds the count of i; returns start offsets of length counts.length. */
function prefixSums(counts: Int32Array): Int32Array {
  const start = new Int32Array(counts.length);
  for (let i = 1; i < counts.length; i++) start[i] = start[i - 1]! + counts[i]!;
  return start;
}

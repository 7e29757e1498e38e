// Canonical order and value shapes shared by the exporters: same graph, same bytes, whatever
// order its nodes and edges were added in.
import type { Attributes } from "graphology-types";
import { ENTITY_KINDS } from "../model/ontology.js";
import type { ExportableGraph } from "./types.js";
import { wellFormed } from "./text.js";

export interface NodeRecord {
  key: string;
  attributes: Attributes;
}

export interface EdgeRecord {
  key: string;
  /** Stable id for formats that need one: the key, or `e<index>` for graphology's generated keys. */
  id: string;
  /** Whether graphology generated the key (it then differs between processes). */
  generatedKey: boolean;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Attributes;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rank of a node's kind in ONTOLOGY.md order; nodes of other or no kind come last. */
function kindRank(attributes: Attributes): number {
  const rank = (ENTITY_KINDS as readonly unknown[]).indexOf(attributes.kind);
  return rank < 0 ? ENTITY_KINDS.length : rank;
}

/**
 * Nodes sorted by kind in ONTOLOGY.md order (actors first, places last), then by key (UTF-16 code
 * unit order: locale-independent). Readers that take the first node matching a name, as the shared
 * scorer does, then meet the State "Russia" before a Location that shares one of its names.
 */
export function sortedNodes(graph: ExportableGraph): NodeRecord[] {
  const nodes: NodeRecord[] = [];
  graph.forEachNode((key, attributes) => nodes.push({ key, attributes }));
  return nodes.sort((a, b) => kindRank(a.attributes) - kindRank(b.attributes) || compareStrings(a.key, b.key));
}

/** Edges sorted by (source, target, key). */
export function sortedEdges(graph: ExportableGraph): EdgeRecord[] {
  const edges: EdgeRecord[] = [];
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    edges.push({ key, id: key, generatedKey: key.startsWith("geid_"), source, target, undirected, attributes });
  });
  edges.sort((a, b) =>
    a.source !== b.source
      ? a.source < b.source ? -1 : 1
      : a.target !== b.target
        ? a.target < b.target ? -1 : 1
        : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i] as EdgeRecord;
    if (edge.generatedKey) edge.id = `e${i}`;
  }
  return edges;
}

/**
 * Field order for objects in outputs: the attribute names of ONTOLOGY.md and CONTRIBUTING.md in
 * their documented order, then evidence fields; any other field follows, alphabetically.
 */
const FIELD_ORDER = [
  "key", "source", "target", "undirected", "attributes",
  "label", "kind", "predicate", "aliases", "mentions", "weight", "evidence",
  "x", "y", "size", "color",
  "article", "sentence", "start", "end", "rule",
  "name", "generator", "articles", "type", "multi", "allowSelfLoops",
];
const FIELD_RANK = new Map(FIELD_ORDER.map((name, index) => [name, index]));

export function compareFields(a: string, b: string): number {
  const ra = FIELD_RANK.get(a) ?? FIELD_ORDER.length;
  const rb = FIELD_RANK.get(b) ?? FIELD_ORDER.length;
  return ra - rb || compareStrings(a, b);
}

/**
 * A copy of a JSON-like value with object keys in canonical order, strings well-formed (no lone
 * surrogates) and non-finite numbers as null. Sets become sorted arrays, Maps objects.
 */
export function canonicalValue(value: unknown): unknown {
  if (typeof value === "string") return wellFormed(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value === null || typeof value !== "object") return typeof value === "boolean" ? value : value === undefined ? null : String(value);
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value instanceof Set) return [...value].map(canonicalValue).sort((a, b) => compareStrings(JSON.stringify(a), JSON.stringify(b)));
  const entries: Array<readonly [string, unknown]> =
    value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v] as const) : Object.entries(value);
  let ordered = true;
  for (let i = 1; i < entries.length && ordered; i++) ordered = compareFields((entries[i - 1] as readonly [string, unknown])[0], (entries[i] as readonly [string, unknown])[0]) < 0;
  if (!ordered) entries.sort((a, b) => compareFields(a[0], b[0]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    if (v === undefined) continue;
    out[wellFormed(k)] = canonicalValue(v);
  }
  return out;
}

const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Whether JSON.stringify(value) is already canonical: plain data, keys in canonical order, finite
 * numbers, no surrogates. Checked without allocating, so the common case (evidence objects built
 * in field order) skips the copy canonicalValue makes.
 */
function isCanonical(value: unknown): boolean {
  switch (typeof value) {
    case "string":
      return !ANY_SURROGATE.test(value);
    case "number":
      return Number.isFinite(value);
    case "boolean":
      return true;
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (const item of value) if (!isCanonical(item)) return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      let previous: string | undefined;
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined || ANY_SURROGATE.test(key)) return false;
        if (previous !== undefined && compareFields(previous, key) >= 0) return false;
        if (!isCanonical(item)) return false;
        previous = key;
      }
      return true;
    }
    default:
      return false;
  }
}

/** JSON text of a value in canonical form, on one line. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(isCanonical(value) ? value : canonicalValue(value));
}

/** Attribute names of a set of records, in canonical order. */
export function attributeNames(records: readonly { attributes: Attributes }[], exclude: ReadonlySet<string> = new Set()): string[] {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record.attributes)) if (!exclude.has(name)) names.add(name);
  return [...names].sort(compareFields);
}

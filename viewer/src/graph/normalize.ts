// Any graphology graph (our graph.json, or a GEXF file from elsewhere) -> the total ViewGraph the
// viewer draws. Missing attributes get defaults; `type` (sigma's render-program key) is dropped;
// string-encoded lists (GEXF attributes) are decoded; nodes without coordinates are put on a circle.
import Graph from "graphology";
import type { Attributes } from "graphology-types";
import { KIND_COLORS, PREDICATE_COLORS, isEntityKind, isPredicate } from "../../../src/model/ontology.js";
import { FALLBACK_COLOR, UNKNOWN_KIND, type Evidence, type MentionEvidence, type ViewEdge, type ViewGraph, type ViewNode } from "../state/model.js";

const finite = (v: unknown): number | undefined => {
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
};

const text = (v: unknown): string | undefined => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);

/** A list given as an array, a JSON array string, or a "|"-separated string (GEXF liststring). */
export function decodeList(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v !== "string" || v.trim() === "") return [];
  const s = v.trim();
  if (s.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // not JSON: fall through to the separator form
    }
  }
  return s.split("|").map((x) => x.trim()).filter((x) => x !== "");
}

function strings(v: unknown): string[] {
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v as string[];
  return decodeList(v).map(text).filter((x): x is string => x !== undefined);
}

const isRecord = (e: unknown): e is Record<string, unknown> => e !== null && typeof e === "object";

const wellFormedMention = (e: unknown): boolean =>
  isRecord(e) && typeof e.article === "string" && typeof e.sentence === "number" && typeof e.start === "number" && typeof e.end === "number";

const wellFormedRelation = (e: unknown): boolean =>
  isRecord(e) && typeof e.article === "string" && typeof e.sentence === "string" && typeof e.start === "number" && typeof e.end === "number" && typeof e.rule === "string";

function mentionEvidence(v: unknown): MentionEvidence[] {
  // fast path: our own graph.json is already well formed; keep the array instead of copying it
  if (Array.isArray(v) && v.every(wellFormedMention)) return v as MentionEvidence[];
  return decodeList(v).flatMap((e) => {
    if (e === null || typeof e !== "object") return [];
    const r = e as Record<string, unknown>;
    const article = text(r.article);
    const start = finite(r.start);
    const end = finite(r.end);
    if (article === undefined || start === undefined || end === undefined) return [];
    return [{ article, sentence: finite(r.sentence) ?? -1, start, end }];
  });
}

function relationEvidence(v: unknown): Evidence[] {
  if (Array.isArray(v) && v.every(wellFormedRelation)) return v as Evidence[];
  return decodeList(v).flatMap((e) => {
    if (e === null || typeof e !== "object") return [];
    const r = e as Record<string, unknown>;
    const article = text(r.article);
    const sentence = text(r.sentence);
    if (article === undefined || sentence === undefined) return [];
    return [{ article, sentence, start: finite(r.start) ?? 0, end: finite(r.end) ?? sentence.length, rule: text(r.rule) ?? "" }];
  });
}

const isColor = (v: unknown): v is string => typeof v === "string" && /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\))$/i.test(v.trim());

export function normalizeNode(key: string, a: Attributes): Omit<ViewNode, "x" | "y"> & { x?: number; y?: number } {
  const kind = text(a.kind) ?? text(a.category) ?? UNKNOWN_KIND;
  const evidence = mentionEvidence(a.evidence);
  const x = finite(a.x);
  const y = finite(a.y);
  return {
    label: text(a.label) ?? key,
    kind,
    aliases: strings(a.aliases),
    mentions: finite(a.mentions) ?? evidence.length,
    evidence,
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    size: Math.max(0.5, finite(a.size) ?? 4),
    // colored by kind: ontology kinds always take the shared palette, so the legend matches
    color: isEntityKind(kind) ? KIND_COLORS[kind] : isColor(a.color) ? a.color : FALLBACK_COLOR,
  };
}

export function normalizeEdge(a: Attributes): ViewEdge {
  const predicate = text(a.predicate) ?? text(a.label) ?? "related-to";
  return {
    predicate,
    label: predicate,
    weight: Math.max(1, finite(a.weight) ?? 1),
    evidence: relationEvidence(a.evidence),
    color: isPredicate(predicate) ? PREDICATE_COLORS[predicate] : isColor(a.color) ? a.color : FALLBACK_COLOR,
  };
}

function emptyViewGraph(attrs: Attributes): ViewGraph {
  const graph: ViewGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  graph.replaceAttributes({
    ...(typeof attrs.name === "string" ? { name: attrs.name } : {}),
    ...(typeof attrs.generator === "string" ? { generator: attrs.generator } : {}),
    ...(finite(attrs.articles) !== undefined ? { articles: finite(attrs.articles)! } : {}),
  });
  return graph;
}

/** Nodes without a position go on a circle, in input order: deterministic until the user runs a layout. */
function placeMissing(nodes: Array<{ key: string; node: ReturnType<typeof normalizeNode> }>): void {
  let missing = 0;
  for (const { node } of nodes) {
    if (node.x !== undefined && node.y !== undefined) continue;
    const angle = (2 * Math.PI * missing++) / Math.max(1, nodes.length);
    node.x = 100 * Math.cos(angle);
    node.y = 100 * Math.sin(angle);
  }
}

/** Copies `input` into a fresh directed multigraph with total attributes. */
export function normalizeGraph(input: Graph): ViewGraph {
  const graph = emptyViewGraph(input.getAttributes());
  const nodes = input.mapNodes((key, a) => ({ key, node: normalizeNode(key, a) }));
  placeMissing(nodes);
  for (const { key, node } of nodes) graph.addNode(key, node as ViewNode);
  // an undirected edge of a foreign file becomes one directed edge, source to target as written
  input.forEachEdge((key, a, source, target) => {
    graph.addDirectedEdgeWithKey(key, source, target, normalizeEdge(a));
  });
  return graph;
}

export interface SerializedGraph {
  attributes?: Attributes;
  nodes: Array<{ key: unknown; attributes?: Attributes }>;
  edges?: Array<{ key?: unknown; source: unknown; target: unknown; attributes?: Attributes; undirected?: boolean }>;
}

/**
 * Builds the ViewGraph straight from graphology's serialization, without an intermediate graph:
 * the load path of large graph.json files. Throws on duplicate nodes or edges to missing nodes.
 */
export function graphFromSerialized(data: SerializedGraph): ViewGraph {
  const graph = emptyViewGraph(data.attributes ?? {});
  const nodes = data.nodes.map((n) => {
    const key = String(n.key);
    return { key, node: normalizeNode(key, n.attributes ?? {}) };
  });
  placeMissing(nodes);
  for (const { key, node } of nodes) graph.addNode(key, node as ViewNode);
  for (const e of data.edges ?? []) {
    const attrs = normalizeEdge(e.attributes ?? {});
    if (e.key === undefined || e.key === null) graph.addDirectedEdge(String(e.source), String(e.target), attrs);
    else graph.addDirectedEdgeWithKey(String(e.key), String(e.source), String(e.target), attrs);
  }
  return graph;
}

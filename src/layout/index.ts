// ForceAtlas2 layout, seeded and deterministic, plus sizes and colors.
//
// `computeLayout(graph)` returns positions and leaves the graph alone; `layoutGraph(graph)` writes
// node `x`, `y`, `size`, `color` and edge `color`. Both give the same coordinates for the same
// graph and seed, whatever order its nodes and edges were added in: the layout runs on a
// canonical copy (nodes sorted by key, parallel edges merged), seeded per node key.
import { UndirectedGraph } from "graphology";
import { forceAtlas2 } from "./fa2.js";
import type { AbstractGraph, Attributes } from "graphology-types";
import { seededPoint } from "./random.js";
import { LAYOUT_DEFAULTS, resolveOptions, settingsFor, type LayoutOptions } from "./settings.js";
import { edgeColor, nodeColor, nodeSize, round } from "./style.js";

export type { LayoutOptions } from "./settings.js";
export { iterationsFor, settingsFor, LAYOUT_DEFAULTS } from "./settings.js";
export { nodeSize, nodeColor, edgeColor, STYLE_DEFAULTS } from "./style.js";

export type Positions = Record<string, { x: number; y: number }>;

// A graph of any attribute shape: the layout reads only `kind`, `predicate` and `weight`.
type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;
type Point = { x: number; y: number };

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Edge weight as the layout sees it: repeated evidence pulls harder, but only logarithmically. */
function layoutWeight(weight: unknown): number {
  const w = typeof weight === "number" && Number.isFinite(weight) && weight > 0 ? weight : 1;
  return 1 + Math.log(w);
}

/** Undirected simple copy in canonical order, with start positions; parallel edges add up. */
function skeleton(graph: AnyGraph, seed: number): UndirectedGraph<Point, { weight: number }> {
  const copy = new UndirectedGraph<Point, { weight: number }>({ allowSelfLoops: false });
  const keys = graph.nodes().sort(compareKeys);
  const radius = 10 * Math.sqrt(Math.max(1, keys.length));
  for (const key of keys) copy.addNode(key, seededPoint(key, seed, radius));

  const pairs: Array<[string, string, number]> = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    pairs.push([a, b, layoutWeight(attributes.weight)]);
  });
  pairs.sort((p, q) => compareKeys(p[0], q[0]) || compareKeys(p[1], q[1]) || p[2] - q[2]);
  for (const [a, b, w] of pairs) {
    copy.updateEdge(a, b, (attr) => ({ weight: (attr.weight ?? 0) + w }));
  }
  return copy;
}

/** Runs ForceAtlas2 and returns rounded positions by node key. Does not modify `graph`. */
export function computeLayout(graph: AnyGraph, options: LayoutOptions = {}): Positions {
  const { seed, iterations } = resolveOptions(options, graph.order, graph.size);
  const positions: Positions = {};
  if (graph.order === 0) return positions;
  if (graph.order === 1) {
    positions[graph.nodes()[0] as string] = { x: 0, y: 0 };
    return positions;
  }

  const copy = skeleton(graph, seed);
  const computed =
    copy.size === 0
      ? {} // no edges: FA2 would only apply gravity; keep the seeded scatter
      : forceAtlas2(copy, { iterations, settings: settingsFor(copy.order), getEdgeWeight: "weight" });

  const decimals = LAYOUT_DEFAULTS.decimals;
  copy.forEachNode((key, start) => {
    const p = (computed as Positions)[key];
    const ok = p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
    const { x, y } = ok ? p : start;
    positions[key] = { x: round(x, decimals), y: round(y, decimals) };
  });
  return positions;
}

/** Lays the graph out in place: node `x`, `y`, `size`, `color`; edge `color`. */
export function layoutGraph(graph: AnyGraph, options: LayoutOptions = {}): void {
  const positions = computeLayout(graph, options);
  let maxDegree = 0;
  graph.forEachNode((key) => {
    maxDegree = Math.max(maxDegree, graph.degree(key));
  });
  graph.updateEachNodeAttributes((key, attributes) => {
    const p = positions[key] ?? { x: 0, y: 0 };
    return {
      ...attributes,
      x: p.x,
      y: p.y,
      size: nodeSize(graph.degree(key), maxDegree),
      color: nodeColor(attributes.kind),
    };
  });
  graph.updateEachEdgeAttributes((_key, attributes) => ({ ...attributes, color: edgeColor(attributes.predicate) }));
}

// Node sizes by mentions or by degree (square-root scale, so hubs do not swallow the view).
import type { ViewGraph } from "./model.js";
import type { SizeMode } from "./view-state.js";

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 18;

export function scaleSizes(values: Map<string, number>, min = MIN_NODE_SIZE, max = MAX_NODE_SIZE): Map<string, number> {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values.values()) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const result = new Map<string, number>();
  const span = Math.sqrt(Math.max(hi - lo, 0));
  for (const [key, v] of values) {
    result.set(key, span === 0 ? (min + max) / 2 : min + ((max - min) * Math.sqrt(v - lo)) / span);
  }
  return result;
}

/** Display size per node for a mode; null for "layout" (use the size the layout stage wrote). */
export function computeSizes(graph: ViewGraph, mode: SizeMode): Map<string, number> | null {
  if (mode === "layout") return null;
  const values = new Map<string, number>();
  graph.forEachNode((node, attrs) => {
    values.set(node, mode === "mentions" ? Math.max(0, attrs.mentions) : graph.degree(node));
  });
  return scaleSizes(values);
}

/** Edge thickness grows with the number of evidence sentences. */
export function edgeSize(weight: number): number {
  return Math.min(1 + Math.log2(Math.max(1, weight)), 6);
}

// Visual attributes: node color by kind, node size by degree, edge color by predicate.
import { KIND_COLORS, PREDICATE_COLORS, isEntityKind, isPredicate } from "../model/ontology.js";

export const STYLE_DEFAULTS = {
  minNodeSize: 3,
  maxNodeSize: 20,
  /** For a kind or predicate outside the ontology (should not happen in a built graph). */
  fallbackColor: "#999999",
} as const;

export function nodeColor(kind: unknown): string {
  return isEntityKind(kind) ? KIND_COLORS[kind] : STYLE_DEFAULTS.fallbackColor;
}

export function edgeColor(predicate: unknown): string {
  return isPredicate(predicate) ? PREDICATE_COLORS[predicate] : STYLE_DEFAULTS.fallbackColor;
}

/**
 * Size grows with the square root of degree (so area, not radius, tracks degree), bounded to
 * [minNodeSize, maxNodeSize]; the best-connected node gets maxNodeSize.
 */
export function nodeSize(degree: number, maxDegree: number): number {
  const { minNodeSize, maxNodeSize } = STYLE_DEFAULTS;
  if (maxDegree <= 0 || degree <= 0) return minNodeSize;
  const share = Math.sqrt(Math.min(degree, maxDegree) / maxDegree);
  return round(minNodeSize + (maxNodeSize - minNodeSize) * share, 2);
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded; // no "-0" in outputs
}

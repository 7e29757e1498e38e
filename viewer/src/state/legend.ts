// Counts per kind and per predicate, in ontology order, for the legend.
import { ENTITY_KINDS, KIND_COLORS, PREDICATES, PREDICATE_COLORS } from "../../../src/model/ontology.js";
import { FALLBACK_COLOR, type ViewGraph } from "./model.js";

export interface LegendItem {
  value: string;
  color: string;
  count: number;
}

function ordered(counts: Map<string, number>, known: readonly string[], colors: Record<string, string>, seenColors: Map<string, string>): LegendItem[] {
  const rank = (v: string): number => {
    const i = known.indexOf(v);
    return i < 0 ? known.length : i;
  };
  return [...counts.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([value, count]) => ({ value, count, color: colors[value] ?? seenColors.get(value) ?? FALLBACK_COLOR }));
}

/** One item per kind present in the graph: ontology kinds first, in ontology order, then others by name. */
export function kindLegend(graph: ViewGraph): LegendItem[] {
  const counts = new Map<string, number>();
  const colors = new Map<string, string>();
  graph.forEachNode((_node, attrs) => {
    counts.set(attrs.kind, (counts.get(attrs.kind) ?? 0) + 1);
    if (!colors.has(attrs.kind)) colors.set(attrs.kind, attrs.color);
  });
  return ordered(counts, ENTITY_KINDS, KIND_COLORS, colors);
}

export function predicateLegend(graph: ViewGraph): LegendItem[] {
  const counts = new Map<string, number>();
  const colors = new Map<string, string>();
  graph.forEachEdge((_edge, attrs) => {
    counts.set(attrs.predicate, (counts.get(attrs.predicate) ?? 0) + 1);
    if (!colors.has(attrs.predicate)) colors.set(attrs.predicate, attrs.color);
  });
  return ordered(counts, PREDICATES, PREDICATE_COLORS, colors);
}

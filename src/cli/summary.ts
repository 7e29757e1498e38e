import type { KnowledgeGraph } from "../graph/build.js";
import { ENTITY_KINDS, PREDICATES } from "../model/ontology.js";

/** Counts of a built graph by kind and by predicate, in ontology order. */
export function countGraph(graph: KnowledgeGraph): { kinds: Record<string, number>; predicates: Record<string, number> } {
  const kinds: Record<string, number> = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0]));
  const predicates: Record<string, number> = Object.fromEntries(PREDICATES.map((p) => [p, 0]));
  graph.forEachNode((_, attr) => {
    kinds[attr.kind] = (kinds[attr.kind] ?? 0) + 1;
  });
  graph.forEachEdge((_, attr) => {
    predicates[attr.predicate] = (predicates[attr.predicate] ?? 0) + 1;
  });
  return { kinds, predicates };
}

/** The short summary `kg build` prints. */
export function formatBuildSummary(input: {
  articles: number;
  skipped: number;
  graph: KnowledgeGraph;
  outDir: string;
  files: string[];
}): string {
  const { kinds, predicates } = countGraph(input.graph);
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ") || "none";
  return [
    `articles: ${input.articles}${input.skipped ? ` (${input.skipped} skipped)` : ""}`,
    `entities: ${input.graph.order} (${list(kinds)})`,
    `relations: ${input.graph.size} (${list(predicates)})`,
    `written to ${input.outDir}: ${input.files.join(", ")}`,
  ].join("\n");
}

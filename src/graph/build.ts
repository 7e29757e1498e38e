// Extraction[] -> graphology graph: one node per resolved entity, one edge per
// (source, predicate, target), with evidence appended and weight counting it.
import { MultiDirectedGraph } from "graphology";
import { KIND_COLORS, PREDICATE_COLORS } from "../model/ontology.js";
import type { EdgeAttributes, Evidence, Extraction, GraphAttributes, NodeAttributes } from "../model/types.js";
import { resolveAcrossDocuments } from "../resolve/crossDocument.js";
import type { CrossDocumentResolver } from "../resolve/types.js";

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuildGraphOptions {
  resolver?: CrossDocumentResolver;
  generator?: string;
}

export function edgeKey(source: string, predicate: string, target: string): string {
  return `${source}->${predicate}->${target}`;
}

export function buildGraph(extractions: readonly Extraction[], options: BuildGraphOptions = {}): KnowledgeGraph {
  const resolve = options.resolver ?? resolveAcrossDocuments;
  const sorted = [...extractions].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  const resolution = resolve(sorted);
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ name: "news-kg", generator: options.generator ?? "news-kg", articles: sorted.length });

  for (const e of resolution.entities) {
    graph.addNode(e.key, {
      label: e.label,
      kind: e.kind,
      aliases: e.aliases,
      mentions: e.mentions,
      evidence: e.evidence,
      x: 0,
      y: 0,
      size: 1,
      color: KIND_COLORS[e.kind],
    });
  }

  // Collect first, add once: appending evidence to a graph attribute one by one copies the
  // list each time (quadratic on edges read thousands of times in a large corpus).
  const edges = new Map<string, { source: string; target: string; rel: Extraction["relations"][number]; evidence: Evidence[] }>();
  for (const ex of sorted) {
    for (const rel of ex.relations) {
      const source = resolution.keyOf(ex.article, rel.source);
      const target = resolution.keyOf(ex.article, rel.target);
      if (source === target) continue; // an actor never acts on itself in this ontology
      const key = edgeKey(source, rel.predicate, target);
      const edge = edges.get(key);
      if (edge) edge.evidence.push(rel.evidence);
      else edges.set(key, { source, target, rel, evidence: [rel.evidence] });
    }
  }
  for (const [key, { source, target, rel, evidence }] of edges) {
    graph.addDirectedEdgeWithKey(key, source, target, {
      predicate: rel.predicate,
      label: rel.predicate,
      weight: evidence.length,
      evidence,
      color: PREDICATE_COLORS[rel.predicate],
    });
  }
  return graph;
}

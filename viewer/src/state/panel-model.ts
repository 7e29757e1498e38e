// What the side panel shows for a node or an edge, computed from the graph without touching the DOM.
import { PREDICATES } from "../../../src/model/ontology.js";
import { findNameSpans, segment, type Segment, type Span } from "./marks.js";
import type { Evidence, ViewGraph } from "./model.js";

export interface RelationLink {
  edge: string;
  other: string;
  otherLabel: string;
  otherKind: string;
  weight: number;
}

export interface RelationGroup {
  predicate: string;
  color: string;
  links: RelationLink[];
}

export interface EvidenceItem {
  edge: string;
  article: string;
  /** Offset of the sentence in its article. */
  start: number;
  rule: string;
  predicate: string;
  sourceLabel: string;
  targetLabel: string;
  segments: Segment[];
}

export interface ArticleCount {
  article: string;
  mentions: number;
}

export interface NodePanel {
  type: "node";
  key: string;
  label: string;
  kind: string;
  color: string;
  aliases: string[];
  mentions: number;
  outgoing: RelationGroup[];
  incoming: RelationGroup[];
  evidence: EvidenceItem[];
  /** Evidence items left out beyond the limit. */
  moreEvidence: number;
  articles: ArticleCount[];
}

export interface EdgePanel {
  type: "edge";
  key: string;
  predicate: string;
  color: string;
  source: string;
  sourceLabel: string;
  target: string;
  targetLabel: string;
  weight: number;
  evidence: EvidenceItem[];
  moreEvidence: number;
}

export const EVIDENCE_LIMIT = 100;

const predicateRank = (p: string): number => {
  const i = (PREDICATES as readonly string[]).indexOf(p);
  return i < 0 ? PREDICATES.length : i;
};

function group(graph: ViewGraph, links: Array<RelationLink & { predicate: string }>): RelationGroup[] {
  const byPredicate = new Map<string, RelationLink[]>();
  for (const { predicate, ...link } of links) {
    const list = byPredicate.get(predicate);
    if (list) list.push(link);
    else byPredicate.set(predicate, [link]);
  }
  return [...byPredicate.entries()]
    .sort(([a], [b]) => predicateRank(a) - predicateRank(b) || a.localeCompare(b))
    .map(([predicate, list]) => ({
      predicate,
      color: graph.getEdgeAttribute(list[0]!.edge, "color"),
      links: list.sort((a, b) => b.weight - a.weight || a.otherLabel.localeCompare(b.otherLabel)),
    }));
}

/**
 * Where the given nodes are mentioned inside one evidence sentence: their stored mention offsets
 * (article offsets) when they fall inside the sentence, else their names found in the text.
 */
export function mentionSpans(graph: ViewGraph, nodes: readonly string[], ev: Evidence): Span[] {
  const spans: Span[] = [];
  const length = ev.sentence.length;
  for (const node of nodes) {
    const attrs = graph.getNodeAttributes(node);
    let found = false;
    for (const m of attrs.evidence) {
      if (m.article !== ev.article) continue;
      const start = m.start - ev.start;
      const end = m.end - ev.start;
      if (start >= 0 && end <= length && end > start) {
        spans.push({ start, end });
        found = true;
      }
    }
    if (!found) spans.push(...findNameSpans(ev.sentence, [attrs.label, ...attrs.aliases]));
  }
  return spans;
}

function evidenceItems(graph: ViewGraph, edges: readonly string[], marked: (edge: string) => string[]): EvidenceItem[] {
  const seen = new Set<string>();
  const items: EvidenceItem[] = [];
  for (const edge of edges) {
    const attrs = graph.getEdgeAttributes(edge);
    for (const ev of attrs.evidence) {
      const id = `${edge}\u0000${ev.article}\u0000${ev.start}\u0000${ev.sentence}`;
      if (seen.has(id)) continue;
      seen.add(id);
      items.push({
        edge,
        article: ev.article,
        start: ev.start,
        rule: ev.rule,
        predicate: attrs.predicate,
        sourceLabel: graph.getNodeAttribute(graph.source(edge), "label"),
        targetLabel: graph.getNodeAttribute(graph.target(edge), "label"),
        segments: segment(ev.sentence, mentionSpans(graph, marked(edge), ev)),
      });
    }
  }
  return items;
}

/** Sorts by article then position, and cuts at `limit`. */
function limitEvidence(items: EvidenceItem[], limit: number): { evidence: EvidenceItem[]; moreEvidence: number } {
  items.sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start || predicateRank(a.predicate) - predicateRank(b.predicate));
  return { evidence: items.slice(0, limit), moreEvidence: Math.max(0, items.length - limit) };
}

export function nodePanel(graph: ViewGraph, node: string, limit = EVIDENCE_LIMIT): NodePanel {
  const attrs = graph.getNodeAttributes(node);
  const out: Array<RelationLink & { predicate: string }> = [];
  const inc: Array<RelationLink & { predicate: string }> = [];
  const edges: string[] = [];
  graph.forEachEdge(node, (edge, e, source, target) => {
    edges.push(edge);
    const other = source === node ? target : source;
    const link = {
      edge,
      predicate: e.predicate,
      other,
      otherLabel: graph.getNodeAttribute(other, "label"),
      otherKind: graph.getNodeAttribute(other, "kind"),
      weight: e.weight,
    };
    if (source === node) out.push(link);
    else inc.push(link);
  });
  const perArticle = new Map<string, number>();
  for (const m of attrs.evidence) perArticle.set(m.article, (perArticle.get(m.article) ?? 0) + 1);
  return {
    type: "node",
    key: node,
    label: attrs.label,
    kind: attrs.kind,
    color: attrs.color,
    aliases: [...attrs.aliases].sort((a, b) => a.localeCompare(b)),
    mentions: attrs.mentions,
    outgoing: group(graph, out),
    incoming: group(graph, inc),
    ...limitEvidence(evidenceItems(graph, edges, () => [node]), limit),
    articles: [...perArticle.entries()]
      .map(([article, mentions]) => ({ article, mentions }))
      .sort((a, b) => b.mentions - a.mentions || a.article.localeCompare(b.article)),
  };
}

export function edgePanel(graph: ViewGraph, edge: string, limit = EVIDENCE_LIMIT): EdgePanel {
  const attrs = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  return {
    type: "edge",
    key: edge,
    predicate: attrs.predicate,
    color: attrs.color,
    source,
    sourceLabel: graph.getNodeAttribute(source, "label"),
    target,
    targetLabel: graph.getNodeAttribute(target, "label"),
    weight: attrs.weight,
    ...limitEvidence(evidenceItems(graph, [edge], () => [source, target]), limit),
  };
}

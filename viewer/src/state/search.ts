// Search over node labels and aliases: case-, accent- and punctuation-insensitive, with the best
// match per node ranked whole-prefix, then word-prefix, then substring.
import type { ViewGraph } from "./model.js";

export interface SearchEntry {
  node: string;
  /** The surface form as written (a label or an alias). */
  text: string;
  normalized: string;
  isAlias: boolean;
}

export interface Suggestion {
  node: string;
  label: string;
  kind: string;
  /** Set when the query matched an alias rather than the label. */
  alias?: string;
  score: number;
}

/** "Élysée  Palace!" -> "elysee palace". */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function buildSearchIndex(graph: ViewGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, attrs) => {
    entries.push({ node, text: attrs.label, normalized: normalizeText(attrs.label), isAlias: false });
    for (const alias of attrs.aliases) {
      const normalized = normalizeText(alias);
      if (normalized !== "") entries.push({ node, text: alias, normalized, isAlias: true });
    }
  });
  return entries;
}

/** 0 best. -1 when the entry does not match. */
export function matchScore(normalizedEntry: string, normalizedQuery: string): number {
  if (normalizedQuery === "") return -1;
  if (normalizedEntry === normalizedQuery) return 0;
  if (normalizedEntry.startsWith(normalizedQuery)) return 1;
  const at = normalizedEntry.indexOf(normalizedQuery);
  if (at < 0) return -1;
  return normalizedEntry[at - 1] === " " ? 2 : 3;
}

export function search(graph: ViewGraph, index: readonly SearchEntry[], query: string, limit = 8): Suggestion[] {
  const q = normalizeText(query);
  if (q === "") return [];
  const best = new Map<string, { entry: SearchEntry; score: number }>();
  for (const entry of index) {
    const score = matchScore(entry.normalized, q);
    if (score < 0) continue;
    // a label beats an alias of the same score
    const weighted = score * 2 + (entry.isAlias ? 1 : 0);
    const current = best.get(entry.node);
    if (!current || weighted < current.score) best.set(entry.node, { entry, score: weighted });
  }
  const mentions = (node: string): number => graph.getNodeAttribute(node, "mentions");
  return [...best.values()]
    .sort(
      (a, b) =>
        a.score - b.score ||
        mentions(b.entry.node) - mentions(a.entry.node) ||
        graph.getNodeAttribute(a.entry.node, "label").localeCompare(graph.getNodeAttribute(b.entry.node, "label")) ||
        (a.entry.node < b.entry.node ? -1 : 1),
    )
    .slice(0, limit)
    .map(({ entry, score }) => ({
      node: entry.node,
      label: graph.getNodeAttribute(entry.node, "label"),
      kind: graph.getNodeAttribute(entry.node, "kind"),
      ...(entry.isAlias ? { alias: entry.text } : {}),
      score,
    }));
}

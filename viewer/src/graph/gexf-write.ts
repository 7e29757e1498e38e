// Writing GEXF 1.3 (graphology-gexf's writer; runs in the browser and under Node).
/// <reference path="../types/graphology-gexf-writer.d.ts" />
import write from "graphology-gexf/browser/writer.js";
import type { ViewGraph } from "../state/model.js";

// XML 1.0 forbids most control characters and lone surrogates, even escaped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
export const xmlSafe = (s: string): string => s.replace(XML_INVALID, "\ufffd");

/**
 * GEXF 1.3 of the graph: label, color, size and position as viz data; kind, aliases, mentions and
 * evidence as attributes (lists and evidence as JSON strings, which any GEXF reader keeps as text).
 */
export function writeGexf(graph: ViewGraph): string {
  return write(graph, {
    version: "1.3",
    pretty: true,
    formatNode: (_key, a) => ({
      label: xmlSafe(a.label),
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      attributes: {
        kind: xmlSafe(a.kind),
        aliases: xmlSafe(JSON.stringify(a.aliases)),
        mentions: a.mentions,
        evidence: xmlSafe(JSON.stringify(a.evidence)),
      },
    }),
    formatEdge: (_key, a) => ({
      label: xmlSafe(a.predicate),
      weight: a.weight,
      viz: { color: a.color },
      attributes: { predicate: xmlSafe(a.predicate), evidence: xmlSafe(JSON.stringify(a.evidence)) },
    }),
  });
}

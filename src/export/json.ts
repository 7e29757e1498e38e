// graph.json: graphology's serialization format (docs/serialization.md of graphology), the file
// `Graph.from` / `graph.import` read back and the shared scorer reads. One node or edge per line,
// in canonical order, object keys in canonical order: diffable and byte-stable.
import { canonicalJson, canonicalValue, sortedEdges, sortedNodes } from "./canonical.js";
import type { Exporter, ExportableGraph, OutputFile } from "./types.js";

function block(name: string, lines: string[], last: boolean): string {
  const end = last ? "" : ",";
  if (lines.length === 0) return `  "${name}": []${end}\n`;
  return `  "${name}": [\n${lines.map((line) => `    ${line}`).join(",\n")}\n  ]${end}\n`;
}

export function writeJson(graph: ExportableGraph): string {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const nodes = sortedNodes(graph).map((node) =>
    canonicalJson(Object.keys(node.attributes).length > 0 ? { key: node.key, attributes: node.attributes } : { key: node.key }),
  );
  const edges = sortedEdges(graph).map((edge) => {
    const serialized: Record<string, unknown> = { source: edge.source, target: edge.target };
    // Generated keys ("geid_...") differ between processes: leave them out, graphology makes new ones.
    if (!edge.generatedKey) serialized.key = edge.key;
    if (Object.keys(edge.attributes).length > 0) serialized.attributes = edge.attributes;
    if (graph.type === "mixed" && edge.undirected) serialized.undirected = true;
    return canonicalJson(serialized);
  });
  return (
    "{\n" +
    `  "attributes": ${JSON.stringify(canonicalValue(graph.getAttributes()))},\n` +
    `  "options": ${JSON.stringify(canonicalValue(options))},\n` +
    block("nodes", nodes, false) +
    block("edges", edges, true) +
    "}\n"
  );
}

export const jsonExporter: Exporter = {
  name: "json",
  description: "graph.json: graphology's serialization format (read back with Graph.from)",
  write(graph): OutputFile[] {
    return [{ path: "graph.json", content: writeJson(graph) }];
  },
};

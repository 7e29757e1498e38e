// graph.json: graphology's serialization format (docs/serialization.md of graphology), the file
// `Graph.from` / `graph.import` read back and the shared scorer reads. One node or edge per line,
// in canonical order, object keys in canonical order: diffable and byte-stable.
import { canonicalJson, canonicalValue, sortedEdges, sortedNodes } from "./canonical.js";
import { joinPieces, PieceBuffer } from "./chunks.js";
import type { Exporter, ExportableGraph, OutputFile } from "./types.js";

/** A `"name": [ ... ]` member with one item per line; `last` leaves out the trailing comma. */
function* block(out: PieceBuffer, name: string, items: Iterable<string>, last: boolean): Generator<string> {
  const end = last ? "" : ",";
  let first = true;
  for (const item of items) {
    out.push(first ? `  "${name}": [\n    ` : ",\n    ", item);
    first = false;
    if (out.full) yield out.take();
  }
  out.push(first ? `  "${name}": []${end}\n` : `\n  ]${end}\n`);
}

/** graph.json as a sequence of pieces (chunks.ts). */
export function* jsonPieces(graph: ExportableGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const out = new PieceBuffer();
  out.push(
    "{\n",
    `  "attributes": ${JSON.stringify(canonicalValue(graph.getAttributes()))},\n`,
    `  "options": ${JSON.stringify(canonicalValue(options))},\n`,
  );
  const nodes = function* (): Generator<string> {
    for (const node of sortedNodes(graph)) {
      yield canonicalJson(Object.keys(node.attributes).length > 0 ? { key: node.key, attributes: node.attributes } : { key: node.key });
    }
  };
  const edges = function* (): Generator<string> {
    for (const edge of sortedEdges(graph)) {
      const serialized: Record<string, unknown> = { source: edge.source, target: edge.target };
      // Generated keys ("geid_...") differ between processes: leave them out, graphology makes new ones.
      if (!edge.generatedKey) serialized.key = edge.key;
      if (Object.keys(edge.attributes).length > 0) serialized.attributes = edge.attributes;
      if (graph.type === "mixed" && edge.undirected) serialized.undirected = true;
      yield canonicalJson(serialized);
    }
  };
  yield* block(out, "nodes", nodes(), false);
  yield* block(out, "edges", edges(), true);
  out.push("}\n");
  yield out.take();
}

/** graph.json as one string. */
export function writeJson(graph: ExportableGraph): string {
  return joinPieces(jsonPieces(graph));
}

export const jsonExporter: Exporter = {
  name: "json",
  description: "graph.json: graphology's serialization format (read back with Graph.from)",
  write(graph): OutputFile[] {
    return [{ path: "graph.json", pieces: () => jsonPieces(graph) }];
  },
};

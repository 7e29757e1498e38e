// The export formats, in one visible registry. Each exporter is pure: graph in, files out.
import { UsageError } from "../errors.js";
import { csvExporter } from "./csv.js";
import { gexfExporter } from "./gexf.js";
import { graphmlExporter } from "./graphml.js";
import { jsonExporter } from "./json.js";
import { neo4jExporter } from "./neo4j.js";
import type { Exporter, ExportableGraph, OutputFile } from "./types.js";

export type { Exporter, ExportableGraph, OutputFile } from "./types.js";
export { writeJson, jsonPieces } from "./json.js";
export { writeGexf, gexfPieces } from "./gexf.js";
export { writeGraphml, graphmlPieces } from "./graphml.js";
export { writeNodesCsv, writeEdgesCsv, nodesCsvPieces, edgesCsvPieces } from "./csv.js";
export { fileText, PIECE_CHARS } from "./chunks.js";
export { writeNeo4j, NEO4J_FILES, ARRAY_DELIMITER } from "./neo4j.js";
export { LIST_SEPARATOR } from "./model.js";

export const EXPORTERS: Record<string, Exporter> = {
  json: jsonExporter,
  gexf: gexfExporter,
  graphml: graphmlExporter,
  csv: csvExporter,
  neo4j: neo4jExporter,
};

/** What `kg build` writes to graph-output/ (neo4j only on request, through `kg export`). */
export const DEFAULT_FORMATS: readonly string[] = ["json", "gexf", "graphml", "csv"];

export function getExporter(name: string): Exporter {
  const exporter = Object.hasOwn(EXPORTERS, name) ? EXPORTERS[name] : undefined;
  if (!exporter) {
    throw new UsageError("news-kg/export", `unknown format "${name}"; choose one of: ${Object.keys(EXPORTERS).join(", ")}`);
  }
  return exporter;
}

/**
 * The files of the given formats, one exporter at a time. Each file's text is made lazily, piece by
 * piece (chunks.ts), so a caller that writes pieces as they come never holds a whole format (on a
 * 10,000-article graph each format is 100-300 MB of text).
 */
export function* exportFiles(graph: ExportableGraph, formats: readonly string[] = DEFAULT_FORMATS): Generator<OutputFile> {
  const exporters = [...new Set(formats)].map(getExporter); // unknown names fail before any work
  const seen = new Set<string>();
  for (const exporter of exporters) {
    for (const file of exporter.write(graph)) {
      if (seen.has(file.path)) throw new UsageError("news-kg/export", `two formats write the same file ${file.path}`);
      seen.add(file.path);
      yield file;
    }
  }
}

/** Runs the given exporters (default DEFAULT_FORMATS) and returns all their files, sorted by path. */
export function exportAll(graph: ExportableGraph, formats: readonly string[] = DEFAULT_FORMATS): OutputFile[] {
  return [...exportFiles(graph, formats)].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// nodes.csv and edges.csv: one row per node and per edge, for spreadsheets and Gephi's import.
//
// Safe to open in a spreadsheet: every text cell that begins with =, +, -, @, tab or CR gets a
// leading single quote so Excel, LibreOffice and Google Sheets show it as text instead of running
// it as a formula (OWASP "CSV injection"). Numbers are written as numbers, never prefixed, so
// negative coordinates stay numeric. Control characters XML forbids are removed; lone surrogates
// become U+FFFD. Lists (aliases) are joined with "|"; evidence is JSON text. UTF-8, no BOM,
// RFC 4180 quoting (csvFormat.ts), LF line ends.
import type { Attributes } from "graphology-types";
import { sortedEdges, sortedNodes } from "./canonical.js";
import { flatten, inferModel, type AttributeSpec } from "./model.js";
import { gatherPieces, joinPieces } from "./chunks.js";
import { csvRecord } from "./csvFormat.js";
import { csvText } from "./text.js";
import type { Exporter, ExportableGraph, OutputFile } from "./types.js";

type Cell = string | number | boolean | undefined;

function cell(value: string | number | boolean | undefined): Cell {
  return typeof value === "string" ? csvText(value) : value;
}

function cells(attributes: Attributes, model: AttributeSpec[]): Cell[] {
  return model.map((spec) => cell(flatten(attributes[spec.name], spec.type)));
}

function* nodeRecords(graph: ExportableGraph): Generator<string> {
  const nodes = sortedNodes(graph);
  const model = inferModel(nodes, new Set(["id"]));
  yield csvRecord(["id", ...model.map((s) => s.name)].map(csvText));
  for (const node of nodes) yield csvRecord([cell(node.key), ...cells(node.attributes, model)]);
}

function* edgeRecords(graph: ExportableGraph): Generator<string> {
  const edges = sortedEdges(graph);
  const model = inferModel(edges, new Set(["id", "source", "target", "source_label", "target_label"]));
  const labelOf = (key: string): string => {
    const label: unknown = graph.getNodeAttribute(key, "label");
    return typeof label === "string" ? label : key;
  };
  const header = ["id", "source", "target", "source_label", "target_label", ...model.map((s) => s.name)];
  yield csvRecord(header.map(csvText));
  for (const edge of edges) {
    yield csvRecord([
      cell(edge.id),
      cell(edge.source),
      cell(edge.target),
      cell(labelOf(edge.source)),
      cell(labelOf(edge.target)),
      ...cells(edge.attributes, model),
    ]);
  }
}

export function nodesCsvPieces(graph: ExportableGraph): Generator<string> {
  return gatherPieces(nodeRecords(graph));
}

export function edgesCsvPieces(graph: ExportableGraph): Generator<string> {
  return gatherPieces(edgeRecords(graph));
}

export function writeNodesCsv(graph: ExportableGraph): string {
  return joinPieces(nodesCsvPieces(graph));
}

export function writeEdgesCsv(graph: ExportableGraph): string {
  return joinPieces(edgesCsvPieces(graph));
}

export const csvExporter: Exporter = {
  name: "csv",
  description: "nodes.csv and edges.csv, safe to open in a spreadsheet",
  write(graph): OutputFile[] {
    return [
      { path: "nodes.csv", pieces: () => nodesCsvPieces(graph) },
      { path: "edges.csv", pieces: () => edgesCsvPieces(graph) },
    ];
  },
};

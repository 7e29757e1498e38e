// graph.graphml: GraphML (graphml.graphdrawing.org) with a declared <key> per attribute.
// graphology has no GraphML writer; this one streams through XmlWriter (xml.ts).
//
// Key ids are "n_<name>" for nodes, "e_<name>" for edges and "g_<name>" for the graph, with the
// attribute's name in attr.name (what networkx, Gephi, yEd and igraph read). Lists of scalars
// (aliases) are joined with "|", evidence is JSON text. Types: int/long/double/boolean/string.
import type { Attributes } from "graphology-types";
import { sortedEdges, sortedNodes } from "./canonical.js";
import { joinPieces } from "./chunks.js";
import { flatten, inferModel, type AttributeSpec, type ValueType } from "./model.js";
import { xmlSafe, xmlSafeId } from "./text.js";
import type { Exporter, ExportableGraph, OutputFile } from "./types.js";
import { XmlWriter } from "./xml.js";

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const SCHEMA_LOCATION = `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`;

function graphmlType(type: ValueType): string {
  return type === "list" || type === "json" ? "string" : type;
}

function dataText(value: string | number | boolean): string {
  return typeof value === "string" ? xmlSafe(value) : String(value);
}

function writeData(xml: XmlWriter, prefix: string, model: AttributeSpec[], attributes: Attributes): void {
  for (const spec of model) {
    const value = flatten(attributes[spec.name], spec.type);
    if (value === undefined) continue;
    xml.element("data", { key: `${prefix}_${spec.name}` }, dataText(value));
  }
}

/** graph.graphml as a sequence of pieces (chunks.ts). */
export function* graphmlPieces(graph: ExportableGraph): Generator<string> {
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  const nodeModel = inferModel(nodes);
  const edgeModel = inferModel(edges);
  const graphModel = inferModel([{ attributes: graph.getAttributes() }]);

  const xml = new XmlWriter();
  xml.start("graphml", { xmlns: GRAPHML_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": SCHEMA_LOCATION });
  const declare = (prefix: string, domain: string, model: AttributeSpec[]) => {
    for (const spec of model) {
      xml.element("key", { id: `${prefix}_${spec.name}`, for: domain, "attr.name": xmlSafe(spec.name), "attr.type": graphmlType(spec.type) });
    }
  };
  declare("g", "graph", graphModel);
  declare("n", "node", nodeModel);
  declare("e", "edge", edgeModel);

  const edgedefault = graph.type === "undirected" ? "undirected" : "directed";
  xml.start("graph", { id: "G", edgedefault });
  writeData(xml, "g", graphModel, graph.getAttributes());
  for (const node of nodes) {
    xml.start("node", { id: xmlSafeId(node.key) });
    writeData(xml, "n", nodeModel, node.attributes);
    xml.end();
    if (xml.full) yield xml.drain();
  }
  for (const edge of edges) {
    const attrs: Record<string, string> = { id: xmlSafeId(edge.id), source: xmlSafeId(edge.source), target: xmlSafeId(edge.target) };
    if (edge.undirected !== (edgedefault === "undirected")) attrs.directed = edge.undirected ? "false" : "true";
    xml.start("edge", attrs);
    writeData(xml, "e", edgeModel, edge.attributes);
    xml.end();
    if (xml.full) yield xml.drain();
  }
  xml.end(); // graph
  xml.end(); // graphml
  yield xml.finish();
}

/** graph.graphml as one string. */
export function writeGraphml(graph: ExportableGraph): string {
  return joinPieces(graphmlPieces(graph));
}

export const graphmlExporter: Exporter = {
  name: "graphml",
  description: "graph.graphml: GraphML with declared keys (networkx, Gephi, yEd, igraph)",
  write(graph): OutputFile[] {
    return [{ path: "graph.graphml", pieces: () => graphmlPieces(graph) }];
  },
};

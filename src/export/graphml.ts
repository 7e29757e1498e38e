// graph.graphml: GraphML (graphml.graphdrawing.org) with a declared <key> per attribute, written
// with xmlbuilder2's streaming builder. graphology has no GraphML writer.
//
// Key ids are "n_<name>" for nodes, "e_<name>" for edges and "g_<name>" for the graph, with the
// attribute's name in attr.name (what networkx, Gephi, yEd and igraph read). Lists of scalars
// (aliases) are joined with "|", evidence is JSON text. Types: int/long/double/boolean/string.
import { createCB } from "xmlbuilder2";
import type { Attributes } from "graphology-types";
import { sortedEdges, sortedNodes } from "./canonical.js";
import { flatten, inferModel, type AttributeSpec, type ValueType } from "./model.js";
import { xmlSafe, xmlSafeId } from "./text.js";
import type { Exporter, ExportableGraph, OutputFile } from "./types.js";

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
const SCHEMA_LOCATION = `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`;

function graphmlType(type: ValueType): string {
  return type === "list" || type === "json" ? "string" : type;
}

/**
 * xmlbuilder2 escapes "&" only when it does not already start "&amp;", "&lt;", "&gt;", "&apos;" or
 * "&quot;", so article text holding a literal "&amp;" would come back as "&". Escaping every "&"
 * first makes each one start "&amp;", which xmlbuilder2 then leaves alone: the text round-trips.
 */
export function forXmlbuilder(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;");
}

function dataText(value: string | number | boolean): string {
  return typeof value === "string" ? forXmlbuilder(value) : String(value);
}

type Builder = ReturnType<typeof createCB>;

function writeData(xml: Builder, prefix: string, model: AttributeSpec[], attributes: Attributes): void {
  for (const spec of model) {
    const value = flatten(attributes[spec.name], spec.type);
    if (value === undefined) continue;
    xml.ele("data", { key: `${prefix}_${spec.name}` }).txt(dataText(value)).up();
  }
}

export function writeGraphml(graph: ExportableGraph): string {
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  const nodeModel = inferModel(nodes);
  const edgeModel = inferModel(edges);
  const graphModel = inferModel([{ attributes: graph.getAttributes() }]);

  const chunks: string[] = [];
  const xml = createCB({
    data: (chunk: string) => {
      chunks.push(chunk);
    },
    prettyPrint: true,
  });
  xml.dec({ version: "1.0", encoding: "UTF-8" });
  xml.ele("graphml", { xmlns: GRAPHML_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": SCHEMA_LOCATION });
  const declare = (prefix: string, domain: string, model: AttributeSpec[]) => {
    for (const spec of model) {
      xml
        .ele("key", { id: `${prefix}_${spec.name}`, for: domain, "attr.name": forXmlbuilder(spec.name), "attr.type": graphmlType(spec.type) })
        .up();
    }
  };
  declare("g", "graph", graphModel);
  declare("n", "node", nodeModel);
  declare("e", "edge", edgeModel);

  const edgedefault = graph.type === "undirected" ? "undirected" : "directed";
  xml.ele("graph", { id: "G", edgedefault });
  writeData(xml, "g", graphModel, graph.getAttributes());
  for (const node of nodes) {
    xml.ele("node", { id: forXmlbuilder(xmlSafeId(node.key)) });
    writeData(xml, "n", nodeModel, node.attributes);
    xml.up();
  }
  for (const edge of edges) {
    const attrs: Record<string, string> = {
      id: forXmlbuilder(xmlSafeId(edge.id)),
      source: forXmlbuilder(xmlSafeId(edge.source)),
      target: forXmlbuilder(xmlSafeId(edge.target)),
    };
    if (edge.undirected !== (edgedefault === "undirected")) attrs.directed = edge.undirected ? "false" : "true";
    xml.ele("edge", attrs);
    writeData(xml, "e", edgeModel, edge.attributes);
    xml.up();
  }
  xml.up(); // graph
  xml.up(); // graphml
  xml.end();
  const text = chunks.join("");
  return text.endsWith("\n") ? text : `${text}\n`;
}

export const graphmlExporter: Exporter = {
  name: "graphml",
  description: "graph.graphml: GraphML with declared keys (networkx, Gephi, yEd, igraph)",
  write(graph): OutputFile[] {
    return [{ path: "graph.graphml", content: writeGraphml(graph) }];
  },
};

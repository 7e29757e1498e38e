// graph.gexf: GEXF 1.3 (gexf.net), valid against the official 1.3 RELAX NG grammar.
//
// Node `label` and viz (color as r/g/b, size, position) map to GEXF fields; `kind`, `aliases`
// (joined with "|"), `mentions` and `evidence` (JSON text) are declared attributes. An edge's
// `predicate` is its GEXF `kind` and `label`, and also a declared attribute; `weight` is the GEXF
// weight. Colors are written as r/g/b channels (the 1.3 `hex` form is not read by networkx 2.x).
//
// Written with our streaming XmlWriter, in the layout graphology-gexf's writer produces with
// `version: "1.3"` and `pedantic: true` (so graphology-gexf and Gephi read it back). We first
// used graphology-gexf's writer itself; on a 36,000-node graph it took twice as long as this one
// and needed two extra passes over a 300 MB string (it always adds an xsi:schemaLocation the
// grammar rejects, and its pretty-printing is slow).
import type { Attributes } from "graphology-types";
import { sortedEdges, sortedNodes } from "./canonical.js";
import { joinPieces } from "./chunks.js";
import { parseHexColor } from "./color.js";
import { flatten, inferModel, type AttributeSpec, type ValueType } from "./model.js";
import { xmlSafe, xmlSafeId } from "./text.js";
import type { Exporter, ExportableGraph, OutputFile } from "./types.js";
import { XmlWriter, type XmlAttributes } from "./xml.js";

const GEXF_NS = "http://gexf.net/1.3";
const VIZ_NS = "http://gexf.net/1.3/viz";

/** Attributes written as GEXF fields or viz, not as declared attributes. */
const NODE_FIELDS = new Set(["label", "x", "y", "z", "size", "color", "shape"]);
const EDGE_FIELDS = new Set(["label", "weight", "color", "thickness", "shape", "kind"]);

function gexfType(type: ValueType): string {
  switch (type) {
    case "int":
      return "integer";
    case "long":
    case "double":
    case "boolean":
      return type;
    default:
      return "string";
  }
}

function finite(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function declare(xml: XmlWriter, domain: "node" | "edge", model: AttributeSpec[]): void {
  if (model.length === 0) return;
  xml.start("attributes", { class: domain });
  for (const spec of model) {
    const name = xmlSafe(spec.name);
    xml.element("attribute", { id: name, title: name, type: gexfType(spec.type) });
  }
  xml.end();
}

function attvalues(xml: XmlWriter, model: AttributeSpec[], attributes: Attributes): void {
  const values: XmlAttributes[] = [];
  for (const spec of model) {
    const value = flatten(attributes[spec.name], spec.type);
    if (value === undefined || value === "") continue;
    values.push({ for: xmlSafe(spec.name), value: typeof value === "string" ? xmlSafe(value) : String(value) });
  }
  if (values.length === 0) return;
  xml.start("attvalues");
  for (const v of values) xml.element("attvalue", v);
  xml.end();
}

function color(xml: XmlWriter, value: unknown): void {
  const c = parseHexColor(value);
  if (c) xml.element("viz:color", { r: c.r, g: c.g, b: c.b });
}

function meta(xml: XmlWriter, graph: ExportableGraph): void {
  const a = graph.getAttributes();
  const parts: string[] = [];
  if (typeof a.name === "string") parts.push(a.name);
  if (typeof a.articles === "number") parts.push(`${a.articles} articles`);
  xml.start("meta");
  if (typeof a.generator === "string") xml.element("creator", {}, xmlSafe(a.generator));
  if (parts.length > 0) xml.element("description", {}, xmlSafe(parts.join(": ")));
  xml.end();
}

/** graph.gexf as a sequence of pieces (chunks.ts). */
export function* gexfPieces(graph: ExportableGraph): Generator<string> {
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  const nodeModel = inferModel(nodes, NODE_FIELDS);
  const edgeModel = inferModel(edges, EDGE_FIELDS);
  const defaultType = graph.type === "undirected" ? "undirected" : "directed";

  const xml = new XmlWriter();
  xml.start("gexf", { xmlns: GEXF_NS, "xmlns:viz": VIZ_NS, version: "1.3" });
  meta(xml, graph);
  xml.start("graph", { defaultedgetype: defaultType });
  declare(xml, "node", nodeModel);
  declare(xml, "edge", edgeModel);

  xml.start("nodes");
  for (const { key, attributes } of nodes) {
    const tag: XmlAttributes = { id: xmlSafeId(key) };
    const label = xmlSafe(typeof attributes.label === "string" ? attributes.label : key);
    if (label !== "") tag.label = label;
    xml.start("node", tag);
    attvalues(xml, nodeModel, attributes);
    color(xml, attributes.color);
    const size = finite(attributes.size);
    if (size !== undefined && size >= 0) xml.element("viz:size", { value: size });
    const x = finite(attributes.x);
    const y = finite(attributes.y);
    if (x !== undefined && y !== undefined) xml.element("viz:position", { x, y });
    xml.end();
    if (xml.full) yield xml.drain();
  }
  xml.end();

  xml.start("edges");
  for (const edge of edges) {
    const a = edge.attributes;
    const tag: XmlAttributes = { id: xmlSafeId(edge.id) };
    if (edge.undirected !== (defaultType === "undirected")) tag.type = edge.undirected ? "undirected" : "directed";
    tag.source = xmlSafeId(edge.source);
    tag.target = xmlSafeId(edge.target);
    const weight = finite(a.weight);
    if (weight !== undefined) tag.weight = weight;
    const predicate = typeof a.predicate === "string" ? xmlSafe(a.predicate) : "";
    if (predicate !== "") tag.kind = predicate;
    const label = typeof a.label === "string" ? xmlSafe(a.label) : predicate;
    if (label !== "") tag.label = label;
    xml.start("edge", tag);
    attvalues(xml, edgeModel, a);
    color(xml, a.color);
    xml.end();
    if (xml.full) yield xml.drain();
  }
  xml.end();

  xml.end(); // graph
  xml.end(); // gexf
  yield xml.finish();
}

/** graph.gexf as one string. */
export function writeGexf(graph: ExportableGraph): string {
  return joinPieces(gexfPieces(graph));
}

export const gexfExporter: Exporter = {
  name: "gexf",
  description: "graph.gexf: GEXF 1.3 for Gephi, with positions, colors, sizes and evidence",
  write(graph): OutputFile[] {
    return [{ path: "graph.gexf", pieces: () => gexfPieces(graph) }];
  },
};

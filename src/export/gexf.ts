// graph.gexf: GEXF 1.3 through graphology-gexf, valid against the official 1.3 RELAX NG grammar.
//
// graphology-gexf's defaults emit GEXF 1.2 and write every graph attribute as a <meta> child,
// which the grammar rejects; we ask for version 1.3 and `pedantic` (meta holds only creator and
// description). Node `label` and viz (color as r/g/b, size, position) map to GEXF fields; `kind`,
// `aliases` (joined with "|"), `mentions` and `evidence` (JSON text) are declared attributes. An
// edge's `predicate` is its GEXF `kind` and `label`, and also a declared attribute; `weight` is
// the GEXF weight. The writer runs on a copy in canonical order, with ids and text made legal XML.
import { write } from "graphology-gexf";
import type { Attributes } from "graphology-types";
import { sortedEdges, sortedNodes, type EdgeRecord, type NodeRecord } from "./canonical.js";
import { parseHexColor } from "./color.js";
import { flatten, inferModel, type AttributeSpec } from "./model.js";
import { xmlSafe, xmlSafeId } from "./text.js";
import type { Exporter, ExportableGraph, OutputFile } from "./types.js";
import { GraphFormatError } from "../errors.js";

const NODE_FIELDS = new Set(["label", "x", "y", "z", "size", "color", "shape"]);
const EDGE_FIELDS = new Set(["label", "weight", "color", "thickness", "shape", "kind"]);

type Flat = Record<string, string | number | boolean>;

function flatAttributes(attributes: Attributes, model: AttributeSpec[]): Flat {
  const out: Flat = {};
  for (const spec of model) {
    const value = flatten(attributes[spec.name], spec.type);
    if (value === undefined) continue;
    out[spec.name] = typeof value === "string" ? xmlSafe(value) : value;
  }
  return out;
}

function rgb(color: unknown): string | undefined {
  const c = parseHexColor(color);
  return c ? `rgb(${c.r},${c.g},${c.b})` : undefined;
}

function finite(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function graphMeta(graph: ExportableGraph): Attributes {
  const a = graph.getAttributes();
  const meta: Attributes = {};
  if (typeof a.generator === "string") meta.creator = xmlSafe(a.generator);
  const parts: string[] = [];
  if (typeof a.name === "string") parts.push(a.name);
  if (typeof a.articles === "number") parts.push(`${a.articles} articles`);
  if (parts.length > 0) meta.description = xmlSafe(parts.join(": "));
  return meta;
}

/** A copy in canonical order whose node and edge keys are legal XML ids. */
function canonicalCopy(graph: ExportableGraph, nodes: NodeRecord[], edges: EdgeRecord[]): ExportableGraph {
  const copy = graph.nullCopy();
  copy.replaceAttributes(graphMeta(graph));
  for (const node of nodes) {
    const id = xmlSafeId(node.key);
    if (copy.hasNode(id)) throw new GraphFormatError("news-kg/export/gexf", `two node keys map to the same XML id ${JSON.stringify(id)}`);
    copy.addNode(id, node.attributes);
  }
  for (const edge of edges) {
    const args = [xmlSafeId(edge.id), xmlSafeId(edge.source), xmlSafeId(edge.target), edge.attributes] as const;
    if (edge.undirected) copy.addUndirectedEdgeWithKey(...args);
    else copy.addDirectedEdgeWithKey(...args);
  }
  return copy;
}

// graphology-gexf writes an xsi:schemaLocation on <gexf> pointing at the 1.3 XSD; the official
// RELAX NG grammar declares no such attribute and rejects it, so it is taken out.
const SCHEMA_LOCATION =
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"';

export function writeGexf(graph: ExportableGraph): string {
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  const copy = canonicalCopy(graph, nodes, edges);
  const nodeModel = inferModel(nodes, NODE_FIELDS);
  const edgeModel = inferModel(edges, EDGE_FIELDS);
  const xml = write(copy, {
    version: "1.3",
    pedantic: true,
    // xml-writer's indentation costs 3x the whole write on large graphs; one element per line
    // instead (below) keeps the file readable and diffable.
    pretty: false,
    formatNode: (key, attributes) => {
      const viz: Record<string, string | number> = {};
      const color = rgb(attributes.color);
      if (color) viz.color = color;
      const size = finite(attributes.size);
      if (size !== undefined && size >= 0) viz.size = size;
      const x = finite(attributes.x);
      const y = finite(attributes.y);
      if (x !== undefined && y !== undefined) Object.assign(viz, { x, y });
      return {
        label: xmlSafe(typeof attributes.label === "string" ? attributes.label : key),
        attributes: flatAttributes(attributes, nodeModel),
        viz,
      };
    },
    formatEdge: (_key, attributes) => {
      const predicate = typeof attributes.predicate === "string" ? xmlSafe(attributes.predicate) : undefined;
      const label = typeof attributes.label === "string" ? xmlSafe(attributes.label) : predicate;
      const color = rgb(attributes.color);
      return {
        ...(label ? { label } : {}),
        ...(predicate ? { kind: predicate } : {}),
        ...(finite(attributes.weight) !== undefined ? { weight: attributes.weight as number } : {}),
        attributes: flatAttributes(attributes, edgeModel),
        ...(color ? { viz: { color } } : {}),
      };
    },
  });
  const head = xml.indexOf(SCHEMA_LOCATION);
  const body = head >= 0 && head < 400 ? xml.slice(0, head) + xml.slice(head + SCHEMA_LOCATION.length) : xml;
  // "<" is escaped in every attribute value and text node, so "><" only ever sits between two
  // tags, where a line break is insignificant whitespace (GEXF has no mixed content).
  return `${body.replace(/></g, ">\n<")}\n`;
}

export const gexfExporter: Exporter = {
  name: "gexf",
  description: "graph.gexf: GEXF 1.3 for Gephi, with positions, colors, sizes and evidence",
  write(graph): OutputFile[] {
    return [{ path: "graph.gexf", content: writeGexf(graph) }];
  },
};

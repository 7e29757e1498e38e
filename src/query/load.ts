// Parsing a saved graph back into a graphology graph with the attribute shapes of src/model/types.ts.
// Pure: strings and objects in, a graph out. Reading files is src/io/readGraph.ts's job.
//
// graph.json is graphology's serialization format ({attributes, options, nodes, edges}).
// A .gexf written by src/export/gexf.ts flattens two list attributes to strings: `aliases` joined
// with "|" and `evidence` as a JSON string; GEXF colors come back as "rgb(r,g,b)". All are undone
// here, so a graph loaded from either file answers queries the same way.
import { MultiGraph } from "graphology";
import gexf from "graphology-gexf";
import xmldom from "@xmldom/xmldom";
import type { SerializedGraph, SerializedEdge, Attributes } from "graphology-types";
import { GraphFormatError } from "../errors.js";
import { isEntityKind, isPredicate, ENTITY_KINDS, PREDICATES } from "../model/ontology.js";
import type { EdgeAttributes, Evidence, GraphAttributes, MentionEvidence, NodeAttributes } from "../model/types.js";
import type { KgGraph } from "./types.js";

const MODULE = "news-kg/query";

function fail(message: string, cause?: unknown): never {
  throw new GraphFormatError(MODULE, message, cause === undefined ? undefined : { cause });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses graph.json text, or takes an already parsed object, and returns the graph. */
export function parseGraphJson(input: string | unknown): KgGraph {
  let data: unknown = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      fail(`not valid JSON (${(error as Error).message}); expected graphology's serialization format`, error);
    }
  }
  if (!isRecord(data) || !Array.isArray(data.nodes)) {
    fail('expected an object with a "nodes" array (graphology serialization format: {attributes, options, nodes, edges})');
  }
  if (data.edges !== undefined && !Array.isArray(data.edges)) fail('"edges" must be an array');
  return buildGraph(data as unknown as SerializedGraph);
}

/** Parses GEXF (1.2 or 1.3) text with graphology-gexf and restores the project's attribute shapes. */
export function parseGexf(xml: string): KgGraph {
  const problems: string[] = [];
  const report = (message: string): void => {
    problems.push(String(message).trim());
  };
  let document: Document;
  try {
    const parser = new xmldom.DOMParser({ errorHandler: { warning: () => undefined, error: report, fatalError: report } });
    document = parser.parseFromString(xml, "application/xml") as unknown as Document;
  } catch (error) {
    fail(`not well-formed XML (${(error as Error).message})`, error);
  }
  if (problems.length > 0) fail(`not well-formed XML (${problems[0]})`);
  if (document.getElementsByTagName("graph").length === 0) fail("no <graph> element; expected a GEXF file");
  let parsed: MultiGraph;
  try {
    parsed = gexf.parse(MultiGraph, document, { addMissingNodes: false, allowUndeclaredAttributes: true });
  } catch (error) {
    fail(`could not read GEXF (${(error as Error).message})`, error);
  }
  return buildGraph(parsed.export() as SerializedGraph);
}

function buildGraph(data: SerializedGraph): KgGraph {
  const options = isRecord(data.options) ? data.options : {};
  const type = options.type === "undirected" || options.type === "mixed" ? options.type : "directed";
  const graph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type,
    allowSelfLoops: options.allowSelfLoops !== false,
  });
  graph.replaceAttributes(graphAttributes(isRecord(data.attributes) ? data.attributes : {}));
  for (const [index, node] of (data.nodes as unknown[]).entries()) {
    if (!isRecord(node) || (typeof node.key !== "string" && typeof node.key !== "number")) {
      fail(`node #${index + 1} has no "key"`);
    }
    const key = String(node.key);
    if (graph.hasNode(key)) fail(`node "${key}" appears twice`);
    graph.addNode(key, nodeAttributes(key, isRecord(node.attributes) ? node.attributes : {}));
  }
  for (const [index, edge] of ((data.edges ?? []) as unknown[]).entries()) {
    if (!isRecord(edge)) fail(`edge #${index + 1} is not an object`);
    const { source, target } = edge as Partial<SerializedEdge>;
    const name = edge.key === undefined ? `#${index + 1}` : `"${String(edge.key)}"`;
    if (source === undefined || !graph.hasNode(String(source))) fail(`edge ${name}: source "${String(source)}" is not a node`);
    if (target === undefined || !graph.hasNode(String(target))) fail(`edge ${name}: target "${String(target)}" is not a node`);
    const attributes = edgeAttributes(name, isRecord(edge.attributes) ? edge.attributes : {});
    const undirected = edge.undirected === true && graph.type !== "directed";
    try {
      if (edge.key !== undefined && edge.key !== null) {
        if (undirected) graph.addUndirectedEdgeWithKey(String(edge.key), String(source), String(target), attributes);
        else graph.addDirectedEdgeWithKey(String(edge.key), String(source), String(target), attributes);
      } else if (undirected) graph.addUndirectedEdge(String(source), String(target), attributes);
      else graph.addDirectedEdge(String(source), String(target), attributes);
    } catch (error) {
      fail(`edge ${name}: ${(error as Error).message}`, error);
    }
  }
  return graph;
}

function graphAttributes(raw: Attributes): GraphAttributes {
  const articles = Number(raw.articles ?? 0);
  return {
    ...raw,
    name: typeof raw.name === "string" ? raw.name : "",
    generator: typeof raw.generator === "string" ? raw.generator : "",
    articles: Number.isFinite(articles) ? articles : 0,
  };
}

function nodeAttributes(key: string, raw: Attributes): NodeAttributes {
  const kind = raw.kind;
  if (!isEntityKind(kind)) {
    fail(`node "${key}": kind ${JSON.stringify(kind)} is not one of ${ENTITY_KINDS.join(", ")}`);
  }
  return {
    ...raw,
    label: typeof raw.label === "string" && raw.label !== "" ? raw.label : key,
    kind,
    aliases: stringList(raw.aliases),
    mentions: numberOr(raw.mentions, 0),
    evidence: jsonList<MentionEvidence>(`node "${key}"`, raw.evidence),
    x: numberOr(raw.x, 0),
    y: numberOr(raw.y, 0),
    size: numberOr(raw.size, 1),
    color: color(raw.color),
  };
}

function edgeAttributes(name: string, raw: Attributes): EdgeAttributes {
  // graph.json stores `predicate`; GEXF readers may only keep the edge label or kind.
  const predicate = [raw.predicate, raw.label, raw.kind].find(isPredicate);
  if (predicate === undefined) {
    fail(`edge ${name}: predicate ${JSON.stringify(raw.predicate ?? raw.label)} is not one of ${PREDICATES.join(", ")}`);
  }
  // graphology-gexf puts the GEXF edge kind (our predicate) in `kind`: not an edge attribute of ours.
  const { kind: gexfKind, ...rest } = raw;
  const evidence = jsonList<Evidence>(`edge ${name}`, raw.evidence);
  return {
    ...(isPredicate(gexfKind) ? rest : raw),
    predicate,
    label: typeof raw.label === "string" && raw.label !== "" ? raw.label : predicate,
    weight: numberOr(raw.weight, Math.max(1, evidence.length)),
    evidence,
    color: color(raw.color),
  };
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  if (typeof value === "string") return value.split("|").filter((item) => item !== "");
  return [];
}

function jsonList<T>(owner: string, value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  if (value === undefined || value === null || value === "") return [];
  if (typeof value === "string") {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed as T[];
    } catch (error) {
      fail(`${owner}: evidence is not valid JSON (${(error as Error).message})`, error);
    }
  }
  fail(`${owner}: evidence must be a list`);
}

function numberOr(value: unknown, fallback: number): number {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : fallback;
}

const RGB = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*[\d.]+\s*)?\)$/u;

/** "rgb(225,87,89)" (how GEXF colors come back) -> "#e15759", as the builder writes them. */
function color(value: unknown): string {
  if (typeof value !== "string") return "#999999";
  const match = RGB.exec(value);
  if (!match) return value;
  return `#${match
    .slice(1, 4)
    .map((part) => Math.min(255, Number(part)).toString(16).padStart(2, "0"))
    .join("")}`;
}


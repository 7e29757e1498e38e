// Reading GEXF in the browser (graphology-gexf's DOMParser-based reader).
import Graph from "graphology";
import { parse } from "graphology-gexf/browser";
import { GraphLoadError } from "./load.js";
import { normalizeGraph } from "./normalize.js";
import type { ViewGraph } from "../state/model.js";

export function parseGexf(source: string, fileName = "graph.gexf"): ViewGraph {
  const doc = new DOMParser().parseFromString(source, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0) throw new GraphLoadError(`${fileName} is not well-formed XML.`);
  try {
    return normalizeGraph(parse(Graph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true }));
  } catch (error) {
    throw new GraphLoadError(`${fileName} could not be read as GEXF: ${(error as Error).message}`);
  }
}

// Reads a graph file's text (graph.json in graphology's serialization, or GEXF) into a ViewGraph.
import { graphFromSerialized, type SerializedGraph } from "./normalize.js";
import type { ViewGraph } from "../state/model.js";

export class GraphLoadError extends Error {
  override name = "GraphLoadError";
}

/** graphology's serialization: {attributes?, options?, nodes: [{key, attributes}], edges: [...]}. */
export function parseGraphJson(source: string, fileName = "graph.json"): ViewGraph {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new GraphLoadError(`${fileName} is not valid JSON (${(error as Error).message}).`);
  }
  if (data === null || typeof data !== "object" || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new GraphLoadError(`${fileName} is not a graph: expected {"nodes": [...], "edges": [...]} as written by kg build.`);
  }
  const serialized = data as { options?: Record<string, unknown>; edges?: unknown };
  if (serialized.edges !== undefined && !Array.isArray(serialized.edges)) {
    throw new GraphLoadError(`${fileName}: "edges" must be an array.`);
  }
  try {
    return graphFromSerialized(data as SerializedGraph);
  } catch (error) {
    throw new GraphLoadError(`${fileName} could not be read as a graph: ${(error as Error).message}`);
  }
}

export type GraphFileFormat = "json" | "gexf";

export function formatOf(fileName: string, text: string): GraphFileFormat {
  if (/\.gexf$/i.test(fileName)) return "gexf";
  if (/\.json$/i.test(fileName)) return "json";
  return text.trimStart().startsWith("<") ? "gexf" : "json";
}

// Reads a saved graph file (graph.json or .gexf) and hands the text to the pure parsers of
// src/query/load.ts. The format follows the extension; anything else is tried as JSON.
import fs from "node:fs/promises";
import path from "node:path";
import { GraphFormatError, InputError } from "../errors.js";
import { parseGexf, parseGraphJson } from "../query/load.js";
import type { KgGraph } from "../query/types.js";

const MODULE = "news-kg/io";

/** Where `kg build` writes the graph by default; the CLI's default GRAPH. */
export const DEFAULT_GRAPH_FILE = path.join("graph-output", "graph.json");

export async function readGraph(file: string): Promise<KgGraph> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) {
      // A build's output directory: use the graph.json inside it.
      return await readGraph(path.join(file, "graph.json"));
    }
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if (error instanceof GraphFormatError || error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file; build a graph first (kg build <articles> writes graph-output/graph.json) or give its path"
        : code === "EACCES"
          ? "permission denied"
          : (error as Error).message;
    throw new InputError(MODULE, file, reason, { cause: error });
  }
  try {
    return /\.gexf$/iu.test(file) ? parseGexf(text) : parseGraphJson(text);
  } catch (error) {
    if (error instanceof GraphFormatError) {
      throw new GraphFormatError(MODULE, `${file}: ${error.message.replace(/^news-kg\/query: /u, "")}`, { cause: error });
    }
    throw error;
  }
}

// kg export [GRAPH] --format <name[,name...]> --out DIR
// Loads a built graph (graph.json, a .gexf, or a build directory) and writes it in other formats.
import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { EXPORTERS, exportAll, getExporter } from "../../export/index.js";
import { DEFAULT_GRAPH_FILE, readGraph } from "../../io/readGraph.js";
import { writeOutputsAtomically } from "../../io/outputs.js";

interface ExportCommandOptions {
  format: string;
  out: string;
  quiet?: boolean;
}

const MODULE = "news-kg/export";

function formatList(): string {
  return Object.values(EXPORTERS)
    .map((e) => `  ${e.name.padEnd(8)} ${e.description}`)
    .join("\n");
}

/** The output directory is replaced whole; it must not hold the graph we are reading. */
function checkOutDir(graphFile: string, outDir: string): void {
  const graphPath = path.resolve(graphFile);
  const graphDir = fs.existsSync(graphPath) && fs.statSync(graphPath).isDirectory() ? graphPath : path.dirname(graphPath);
  const relative = path.relative(path.resolve(outDir), graphDir);
  if (!relative.startsWith("..") && !path.isAbsolute(relative)) {
    throw new UsageError(
      MODULE,
      `--out ${outDir} holds the graph being exported (${graphFile}) and would be replaced whole; choose another directory, e.g. --out export-neo4j`,
    );
  }
}

export function register(program: Command): void {
  program
    .command("export")
    .description("write a built graph in other formats (json, gexf, graphml, csv, neo4j)")
    .argument("[graph]", "graph.json, a .gexf, or a build directory", DEFAULT_GRAPH_FILE)
    .requiredOption("-f, --format <names>", "format, or several separated by commas (see below)")
    .requiredOption("-o, --out <dir>", "output directory; replaced whole, like kg build's")
    .option("-q, --quiet", "print nothing but errors")
    .addHelpText("after", `\nFormats:\n${formatList()}\n\nExample:\n  kg export graph-output/graph.json --format neo4j --out neo4j-import\n  (then see docs/neo4j.md)`)
    .action(async (graphFile: string, options: ExportCommandOptions) => {
      const formats = options.format
        .split(",")
        .map((f) => f.trim().toLowerCase())
        .filter((f) => f !== "");
      if (formats.length === 0) throw new UsageError(MODULE, "--format needs at least one format name");
      formats.forEach(getExporter); // unknown names fail before anything is read
      checkOutDir(graphFile, options.out);
      const graph = await readGraph(graphFile);
      const files = exportAll(graph, formats);
      await writeOutputsAtomically(options.out, files);
      if (!options.quiet) {
        process.stdout.write(
          `exported ${graph.order} nodes and ${graph.size} edges as ${formats.join(", ")} to ${options.out}/: ${files.map((f) => f.path).join(", ")}\n`,
        );
      }
    });
}

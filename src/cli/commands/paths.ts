// kg paths [GRAPH] <a> <b>    the shortest chains of relations linking two entities
import type { Command } from "commander";
import { DEFAULT_GRAPH_FILE } from "../../io/readGraph.js";
import { pathsToText } from "../../query/format.js";
import { shortestPaths } from "../../query/paths.js";
import { loadGraphArgument, parseCount, parseFormat, splitGraphArgument, writeStdout } from "./query.js";

interface PathsCommandOptions {
  format: string;
  directed?: boolean;
  max: string;
  evidence: boolean;
}

export function register(program: Command): void {
  program
    .command("paths")
    .description("show the shortest paths between two entities (ignoring edge direction unless --directed)")
    .usage("[GRAPH] <a> <b> [options]")
    .argument("<args...>", `[GRAPH] (default ${DEFAULT_GRAPH_FILE}), then two entity names, aliases or #ids`)
    .option("-f, --format <format>", "table or json", "table")
    .option("-d, --directed", "follow edges from source to target only")
    .option("-m, --max <n>", "at most n paths", "10")
    .option("--no-evidence", "table: leave out the evidence sentences")
    .action(async (args: string[], options: PathsCommandOptions) => {
      const [file, [from, to]] = splitGraphArgument(args, 2, "[GRAPH] <a> <b>");
      const format = parseFormat(options.format, ["table", "json"]);
      const maxPaths = parseCount("--max", options.max) ?? 10;
      const graph = await loadGraphArgument(file);
      const result = shortestPaths(graph, from!, to!, { directed: options.directed === true, maxPaths: Math.max(1, maxPaths) });
      writeStdout(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : pathsToText(result, { evidence: options.evidence }));
    });
}

// kg query [GRAPH] "<pattern>" [--format table|json|csv]
import type { Command } from "commander";
import { PatternError, UsageError } from "../../errors.js";
import { DEFAULT_GRAPH_FILE, readGraph } from "../../io/readGraph.js";
import { OUTPUT_FORMATS, type OutputFormat, queryToCsv, queryToJson, queryToTable } from "../../query/format.js";
import { parsePattern } from "../../query/pattern/parse.js";
import { query } from "../../query/query.js";
import type { KgGraph } from "../../query/types.js";

const MODULE = "news-kg/cli";

const PATTERN_HELP = `
Patterns are triples "subject predicate object", joined with " . " (all must hold):
  ?who protests-against Russia
  ?x:Organization protects ?e:Embassy . ?e represents ?s
  ?src protests-against|attacks "Embassy of Russia in Baku"
  ?a ?p Russia                          (?p binds the predicate)
  ?who protests-against ?p~police       (?p: every entity named "police")
?name is a variable, ?name:Kind or ?name:Kind|Kind constrains its kind; names with spaces are
quoted ("..." or '...'); #id names a node by id. A name matches a label or alias, ignoring case
and punctuation, or the start of one label; a name that matches nothing or several entities is
an error (exit 2), so an empty result really means "no such relation". ?x~name lets ?x range over
every entity the name matches.

Examples:
  kg query '?who protests-against Russia'
  kg query graph-output/graph.gexf '?who reported-by ?outlet:Organization' --format csv`;

/** Splits the positional arguments into the graph file (optional, first) and the rest. */
export function splitGraphArgument(args: readonly string[], rest: number, usage: string): [graph: string, values: string[]] {
  if (args.length === rest) return [DEFAULT_GRAPH_FILE, [...args]];
  if (args.length === rest + 1) return [args[0]!, args.slice(1)];
  throw new UsageError(MODULE, `expected ${usage}, got ${args.length} argument${args.length === 1 ? "" : "s"}; quote names and patterns that contain spaces`);
}

export function parseFormat(value: string, allowed: readonly OutputFormat[] = OUTPUT_FORMATS): OutputFormat {
  const format = allowed.find((candidate) => candidate === value.toLowerCase());
  if (!format) throw new UsageError(MODULE, `unknown --format "${value}"; expected ${allowed.join(", ")}`);
  return format;
}

export function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new UsageError(MODULE, `${name} takes a whole number, got "${value}"`);
  return count;
}

/** The CLI reports usage errors with exit code 2; a bad pattern is one. */
export function asUsageError(error: unknown): unknown {
  if (error instanceof PatternError && !(error instanceof UsageError)) {
    return new UsageError(error.module, error.message.slice(error.module.length + 2), { cause: error });
  }
  return error;
}

let pipeGuarded = false;

/**
 * Writes a command's output. When the reader goes away early (`kg query ... | head`), the rest is
 * dropped quietly instead of crashing with an unhandled EPIPE.
 */
export function writeStdout(text: string): void {
  if (!pipeGuarded) {
    pipeGuarded = true;
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
  process.stdout.write(text);
}

export async function loadGraphArgument(file: string): Promise<KgGraph> {
  return readGraph(file);
}

interface QueryCommandOptions {
  format: string;
  limit?: string;
  evidence: boolean;
  explain?: boolean;
}

export function register(program: Command): void {
  program
    .command("query")
    .description("list the relations matching a triple pattern, with their evidence")
    .usage("[GRAPH] <pattern> [options]")
    .argument("<args...>", `[GRAPH] (a graph.json or .gexf; default ${DEFAULT_GRAPH_FILE}) and the pattern`)
    .option("-f, --format <format>", "table (for people), json or csv (for machines)", "table")
    .option("-n, --limit <n>", "stop after n results (0: all)")
    .option("--no-evidence", "table: leave out the evidence sentences")
    .option("--explain", "print the evaluation order of the triples on stderr")
    .addHelpText("after", PATTERN_HELP)
    .action(async (args: string[], options: QueryCommandOptions) => {
      const [file, [pattern]] = splitGraphArgument(args, 1, "[GRAPH] <pattern>");
      const format = parseFormat(options.format);
      const limit = parseCount("--limit", options.limit);
      let parsed;
      try {
        parsed = parsePattern(pattern!); // before loading: a typo should not wait for a big graph
      } catch (error) {
        throw asUsageError(error);
      }
      const graph = await loadGraphArgument(file);
      let result;
      try {
        result = query(graph, parsed, { limit });
      } catch (error) {
        throw asUsageError(error);
      }
      if (options.explain) {
        result.plan.forEach((step, i) => {
          const { span } = parsed.triples[step.triple]!;
          process.stderr.write(`plan ${i + 1}: ${pattern!.slice(span.start, span.end)}  (estimated cost ${step.estimate})\n`);
        });
      }
      for (const name of result.resolved) {
        if (name.match === "prefix" || name.match === "alias") {
          process.stderr.write(`note: "${name.text}" is ${name.entity.label} (${name.entity.kind}, matched by ${name.match})\n`);
        }
      }
      const text =
        format === "json"
          ? queryToJson(result)
          : format === "csv"
            ? queryToCsv(result)
            : queryToTable(result, { evidence: options.evidence });
      writeStdout(text);
    });
}

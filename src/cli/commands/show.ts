// kg show [GRAPH] <entity>    everything about one entity
// kg show [GRAPH] --stats     counts, most central entities, communities
import type { Command } from "commander";
import { isEntityKind, ENTITY_KINDS, type EntityKind } from "../../model/ontology.js";
import { UsageError } from "../../errors.js";
import { DEFAULT_GRAPH_FILE } from "../../io/readGraph.js";
import { describeEntity } from "../../query/describe.js";
import { alignColumns, entityCell, entityToText } from "../../query/format.js";
import { stats, type GraphStats } from "../../query/stats.js";
import { loadGraphArgument, parseCount, parseFormat, splitGraphArgument, writeStdout } from "./query.js";

interface ShowCommandOptions {
  format: string;
  kind?: string;
  evidence: boolean;
  stats?: boolean;
  top?: string;
}

export function register(program: Command): void {
  program
    .command("show")
    .description("show everything the graph holds about one entity (or, with --stats, about the graph)")
    .usage("[GRAPH] <entity> [options]")
    .argument("[args...]", `[GRAPH] (default ${DEFAULT_GRAPH_FILE}) and the entity's name, alias or #id`)
    .option("-f, --format <format>", "table or json", "table")
    .option("-k, --kind <kind>", `only entities of this kind (${ENTITY_KINDS.join(", ")})`)
    .option("--no-evidence", "table: leave out the evidence sentences")
    .option("--stats", "graph statistics: counts, degree and PageRank rankings, communities")
    .option("--top <n>", "--stats: entries per ranking", "10")
    .action(async (args: string[], options: ShowCommandOptions) => {
      const format = parseFormat(options.format, ["table", "json"]);
      if (options.stats) {
        const [file] = splitGraphArgument(args, 0, "[GRAPH] with --stats");
        const graph = await loadGraphArgument(file);
        const result = stats(graph, { top: parseCount("--top", options.top) ?? 10 });
        writeStdout(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : statsToText(result));
        return;
      }
      const [file, [name]] = splitGraphArgument(args, 1, "[GRAPH] <entity>");
      let kind: EntityKind | undefined;
      if (options.kind !== undefined) {
        kind = ENTITY_KINDS.find((candidate) => candidate.toLowerCase() === options.kind!.toLowerCase());
        if (!isEntityKind(kind)) throw new UsageError("news-kg/cli", `unknown --kind "${options.kind}"; expected ${ENTITY_KINDS.join(", ")}`);
      }
      const graph = await loadGraphArgument(file);
      const details = describeEntity(graph, name!, kind ? { kind } : {});
      writeStdout(
        format === "json" ? `${JSON.stringify(details, null, 2)}\n` : entityToText(details, { evidence: options.evidence }),
      );
    });
}

function statsToText(result: GraphStats): string {
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const lines = [
    `${count(result.nodes, "entity", "entities")}, ${count(result.edges, "relation", "relations")}, ${count(result.articles, "article", "articles")} cited`,
    "",
  ];
  lines.push("entities by kind");
  lines.push(...alignColumns(Object.entries(result.byKind).map(([kind, count]) => [`  ${kind}`, String(count)])));
  lines.push("", "relations by predicate");
  lines.push(...alignColumns(Object.entries(result.byPredicate).map(([predicate, count]) => [`  ${predicate}`, String(count)])));
  lines.push("", "most connected (relations in + out)");
  lines.push(...alignColumns(result.topDegree.map((d) => [`  ${entityCell(d.entity)}`, String(d.degree), `in ${d.inDegree}`, `out ${d.outDegree}`])));
  lines.push("", "PageRank");
  lines.push(...alignColumns(result.topPageRank.map((p) => [`  ${entityCell(p.entity)}`, p.score.toFixed(4)])));
  if (result.communities) {
    lines.push("", `communities (Louvain): ${result.communities.count}, modularity ${result.communities.modularity.toFixed(3)}`);
    for (const community of result.communities.largest) {
      lines.push(`  ${community.id + 1}. ${community.size} entities: ${community.members.map((m) => m.label).join(", ")}${community.size > community.members.length ? ", …" : ""}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

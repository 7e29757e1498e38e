// How two entities are connected, and the graph's most central entities.
//
//   npx ts-node examples/connections.ts [graph-output/graph.json] <entity> <entity>
import { loadGraph, shortestPaths, stats } from "news-kg";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [file, a, b] = args.length >= 3 ? args : ["graph-output/graph.json", ...args];
  const graph = await loadGraph(file!);

  const overview = stats(graph, { top: 3 });
  console.log(`${overview.nodes} entities, ${overview.edges} relations`);
  console.log(`most central (PageRank): ${overview.topPageRank.map((entry) => entry.entity.label).join(", ")}`);
  if (a === undefined || b === undefined) return;

  const result = shortestPaths(graph, a, b);
  if (result.length === null) {
    console.log(`${result.from.label} and ${result.to.label} are not connected.`);
    return;
  }
  console.log(`${result.from.label} → ${result.to.label}: ${result.paths.length} shortest path(s) of ${result.length} step(s)`);
  for (const path of result.paths) {
    const steps = path.steps.map((step) =>
      step.relations.map((r) => `${r.source.label} ${r.predicate} ${r.target.label}`).join(" / "),
    );
    console.log(`  ${steps.join("; ")}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

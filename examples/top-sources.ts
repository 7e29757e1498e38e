// Which sources reported the most: outlets and people credited by reported-by relations, ranked by
// the number of reports (evidence sentences), then by the number of actors they reported on.
//
//   npx ts-node examples/top-sources.ts [graph-output/graph.json] [how-many]
import { loadGraph, relations } from "news-kg";

interface Tally {
  label: string;
  kind: string;
  reports: number;
  actors: Set<string>;
  articles: Set<string>;
}

async function main(): Promise<void> {
  const graph = await loadGraph(process.argv[2] ?? "graph-output/graph.json");
  const top = Number(process.argv[3] ?? 10);

  const tallies = new Map<string, Tally>();
  for (const relation of relations(graph, { predicate: "reported-by" })) {
    const source = relation.target;
    const tally = tallies.get(source.id) ?? { label: source.label, kind: source.kind, reports: 0, actors: new Set(), articles: new Set() };
    tally.reports += relation.evidence.length;
    tally.actors.add(relation.source.id);
    for (const evidence of relation.evidence) tally.articles.add(evidence.article);
    tallies.set(source.id, tally);
  }
  const ranked = [...tallies.values()].sort(
    (a, b) => b.reports - a.reports || b.actors.size - a.actors.size || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  if (ranked.length === 0) {
    console.log("No reported-by relations in this graph.");
    return;
  }
  ranked.slice(0, top).forEach((tally, i) => {
    console.log(
      `${i + 1}. ${tally.label} (${tally.kind}): ${tally.reports} reports on ${tally.actors.size} actors in ${tally.articles.size} articles`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

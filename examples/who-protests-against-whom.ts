// Who protests against whom, and who reported it.
//
//   npx ts-node examples/who-protests-against-whom.ts [graph-output/graph.json]
//
// One pattern lists the protests; a second one, joined on ?who, finds the outlets or people
// credited with reporting what the protesters did.
import { loadGraph, query } from "news-kg";

async function main(): Promise<void> {
  const graph = await loadGraph(process.argv[2] ?? "graph-output/graph.json");

  // Listing the variables as a type argument types row.bindings.who and .target as always present.
  const protests = query<"who" | "target">(graph, "?who protests-against ?target");
  if (protests.rows.length === 0) {
    console.log("No protests in this graph.");
    return;
  }
  const reporters = new Map<string, Set<string>>();
  for (const row of query<"who" | "target" | "source">(graph, "?who protests-against ?target . ?who reported-by ?source").rows) {
    const set = reporters.get(row.bindings.who.id) ?? new Set<string>();
    set.add(row.bindings.source.label);
    reporters.set(row.bindings.who.id, set);
  }

  for (const row of protests.rows) {
    const { who, target } = row.bindings;
    const relation = row.relations[0]!;
    const sources = [...(reporters.get(who.id) ?? [])].sort();
    console.log(`${who.label} (${who.kind}) protests against ${target.label} (${target.kind})`);
    console.log(`  reported by: ${sources.length > 0 ? sources.join(", ") : "nobody named"}`);
    for (const evidence of relation.evidence) console.log(`  evidence [${evidence.article}]: ${evidence.sentence}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

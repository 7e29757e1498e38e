// Who protects which embassy, and which state each embassy represents.
//
//   npx ts-node examples/who-protects-embassies.ts [graph-output/graph.json]
import { loadGraph, query, relations } from "news-kg";

async function main(): Promise<void> {
  const graph = await loadGraph(process.argv[2] ?? "graph-output/graph.json");

  const rows = query<"guard" | "embassy">(graph, "?guard protects ?embassy:Embassy").rows;
  if (rows.length === 0) {
    console.log("Nobody protects an embassy in this graph.");
    return;
  }
  for (const row of rows) {
    const { guard, embassy } = row.bindings;
    // The library API answers the follow-up question directly, without a pattern.
    const states = relations(graph, { source: embassy.id, predicate: "represents" }).map((r) => r.target.label);
    const represents = states.length > 0 ? ` (represents ${states.join(", ")})` : "";
    console.log(`${guard.label} (${guard.kind}) protects ${embassy.label}${represents}`);
    for (const evidence of row.relations[0]!.evidence) console.log(`  evidence [${evidence.article}]: ${evidence.sentence}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

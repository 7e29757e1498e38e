// Query benchmark: a generated graph of 100,000 entities and 1,000,000 relations (seeded), then
// the latency of a selective pattern (one named entity; target < 10 ms) and of a broad two-pattern
// join over kind-constrained variables (target < 200 ms), each the median of repeated runs after
// a warm-up. Index construction is timed separately: it happens once per graph.
//
// Endpoints follow the ontology's kinds per predicate and are drawn with a skew (low ids are
// hubs), as in news graphs where a few states and outlets collect most relations. The graph does
// not depend on the article corpus the harness generates; it is built once per process.
import os from "node:os";
import { MultiDirectedGraph } from "graphology";
import { KIND_COLORS, PREDICATE_COLORS, PREDICATES, type EntityKind, type Predicate } from "../../model/ontology.js";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from "../../model/types.js";
import { getIndex } from "../../query/indexes.js";
import { query } from "../../query/query.js";
import type { KgGraph } from "../../query/types.js";
import { mulberry32 } from "../../query/stats.js";

export const NODES = 100_000;
export const EDGES = 1_000_000;

const KIND_SHARE: [EntityKind, number][] = [
  ["Person", 0.35],
  ["Organization", 0.2],
  ["Group", 0.15],
  ["Location", 0.15],
  ["State", 0.05],
  ["Embassy", 0.1],
];

/** Kinds allowed at each end, after ONTOLOGY.md. */
const SIGNATURES: Record<Predicate, [EntityKind[], EntityKind[]]> = {
  "protests-against": [["Person", "Group", "Organization", "State"], ["State", "Embassy", "Organization", "Person"]],
  protects: [["Organization", "Person", "State"], ["Embassy", "State", "Person", "Organization", "Location"]],
  "reported-by": [["Person", "Group", "Organization", "State"], ["Organization", "Person"]],
  represents: [["Embassy", "Person"], ["State", "Organization"]],
  "located-in": [["Embassy", "Organization", "Location"], ["Location", "State"]],
  "member-of": [["Person"], ["Group", "Organization"]],
  leads: [["Person"], ["State", "Organization"]],
  "allied-with": [["State", "Organization"], ["State", "Organization"]],
  attacks: [["State", "Organization", "Group", "Person"], ["State", "Organization", "Group", "Person", "Embassy"]],
  supports: [["State", "Organization", "Group", "Person"], ["State", "Organization", "Group", "Person"]],
  arrests: [["Organization", "State"], ["Person", "Group"]],
};

export const SELECTIVE = "?who:Group|Person protests-against 'State 0'";
export const BROAD = "?x:Organization protects ?e:Embassy . ?e represents ?s:State";

/** The generated graph: deterministic for a seed. */
export function generateQueryGraph(nodes = NODES, edges = EDGES, seed = 7): KgGraph {
  const random = mulberry32(seed);
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes({ name: "bench", generator: "bench/query", articles: 0 });
  const pools = new Map<EntityKind, string[]>();
  let next = 0;
  for (const [kind, share] of KIND_SHARE) {
    const count = Math.round(nodes * share);
    const pool: string[] = [];
    for (let i = 0; i < count && next < nodes; i++, next++) {
      const key = `n${next}`;
      graph.addNode(key, {
        label: `${kind} ${i}`,
        kind,
        aliases: [`${kind.toLowerCase()} number ${i}`],
        mentions: 1,
        evidence: [],
        x: 0,
        y: 0,
        size: 1,
        color: KIND_COLORS[kind],
      });
      pool.push(key);
    }
    pools.set(kind, pool);
  }
  // Skewed pick: squaring a uniform number favours low indexes (hubs).
  const pick = (kinds: EntityKind[]): string => {
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const pool = pools.get(kind)!;
    const r = random();
    return pool[Math.floor(r * r * pool.length)]!;
  };
  const evidence: Evidence[] = [{ article: "bench", sentence: "A generated sentence.", start: 0, end: 21, rule: "bench" }];
  let added = 0;
  while (added < edges) {
    const predicate = PREDICATES[Math.floor(random() * PREDICATES.length)]!;
    const [sources, targets] = SIGNATURES[predicate];
    const source = pick(sources);
    const target = pick(targets);
    if (source === target) continue;
    graph.addDirectedEdgeWithKey(`e${added}`, source, target, {
      predicate,
      label: predicate,
      weight: 1,
      evidence,
      color: PREDICATE_COLORS[predicate],
    });
    added++;
  }
  return graph;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100;
}

/**
 * Median wall-clock and CPU milliseconds of `repeats` runs after a warm-up. CPU time is reported
 * too because on a shared machine wall time includes waiting for a core.
 */
function time(run: () => unknown, repeats: number): { wall: number; cpu: number } {
  run(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const usage = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const spent = process.cpuUsage(usage);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

let cached: { graph: KgGraph; generateMs: number; indexMs: number } | undefined;

export async function run(): Promise<Record<string, number | string>> {
  if (!cached) {
    let start = performance.now();
    const graph = generateQueryGraph();
    const generateMs = performance.now() - start;
    start = performance.now();
    getIndex(graph);
    cached = { graph, generateMs, indexMs: performance.now() - start };
  }
  const { graph, generateMs, indexMs } = cached;
  const selectiveRows = query(graph, SELECTIVE).rows.length;
  const broadRows = query(graph, BROAD).rows.length;
  const selective = time(() => query(graph, SELECTIVE), 50);
  const broad = time(() => query(graph, BROAD), 10);
  const unsorted = time(() => query(graph, BROAD, { sort: false }), 10);
  return {
    "graph nodes": graph.order,
    "graph edges": graph.size,
    "generate graph ms": Math.round(generateMs),
    "build indexes ms (once per graph)": Math.round(indexMs),
    "selective pattern": SELECTIVE,
    "selective rows": selectiveRows,
    "selective median ms (target < 10)": selective.wall,
    "selective median cpu ms": selective.cpu,
    "broad join": BROAD,
    "broad join rows": broadRows,
    "broad join median ms (target < 200)": broad.wall,
    "broad join median cpu ms": broad.cpu,
    "broad join unsorted median ms": unsorted.wall,
    "load average (1 min)": os.loadavg()[0]!.toFixed(1),
  };
}

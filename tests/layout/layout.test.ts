import { MultiDirectedGraph } from "graphology";
import type { Attributes } from "graphology-types";
import { describe, expect, it } from "vitest";
import { computeLayout, iterationsFor, layoutGraph, LAYOUT_DEFAULTS, settingsFor, STYLE_DEFAULTS } from "../../src/layout/index.js";
import { mulberry32 } from "../../src/layout/random.js";
import { KIND_COLORS, PREDICATE_COLORS } from "../../src/model/ontology.js";

type G = MultiDirectedGraph<Attributes, Attributes, Attributes>;
const KINDS = ["Person", "State", "Embassy", "Organization", "Group", "Location"] as const;
const PREDICATES = ["protests-against", "protects", "reported-by", "supports"] as const;

/** A random news-like graph: nodes of every kind, some hubs, some isolated nodes. */
function randomGraph(seed: number, order: number, size: number): G {
  const next = mulberry32(seed);
  const g: G = new MultiDirectedGraph();
  for (let i = 0; i < order; i++) g.addNode(`node-${i}`, { label: `Node ${i}`, kind: KINDS[i % KINDS.length] });
  for (let j = 0; j < size; j++) {
    const a = Math.floor(next() * order);
    const b = Math.floor(next() ** 2 * order);
    if (a === b) continue;
    const predicate = PREDICATES[j % PREDICATES.length] as string;
    const key = `node-${a}->${predicate}->node-${b}`;
    if (!g.hasEdge(key)) g.addDirectedEdgeWithKey(key, `node-${a}`, `node-${b}`, { predicate, weight: 1 + (j % 4) });
  }
  return g;
}

function reversed(graph: G): G {
  const g: G = new MultiDirectedGraph();
  for (const key of graph.nodes().reverse()) g.addNode(key, { ...graph.getNodeAttributes(key) });
  for (const key of graph.edges().reverse()) g.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), { ...graph.getEdgeAttributes(key) });
  return g;
}

describe("layout", () => {
  it("is byte-deterministic: two runs give identical coordinates", () => {
    const a = JSON.stringify(computeLayout(randomGraph(1, 300, 600)));
    const b = JSON.stringify(computeLayout(randomGraph(1, 300, 600)));
    expect(a).toBe(b);
  });

  it("is deterministic with Barnes-Hut too (large graphs)", () => {
    const graph = randomGraph(7, LAYOUT_DEFAULTS.barnesHutAbove + 500, 5000);
    expect(settingsFor(graph.order).barnesHutOptimize).toBe(true);
    const a = JSON.stringify(computeLayout(graph, { iterations: 5 }));
    expect(JSON.stringify(computeLayout(reversed(graph), { iterations: 5 }))).toBe(a);
  });

  it("does not depend on the order nodes and edges were added in", () => {
    const graph = randomGraph(2, 200, 400);
    expect(JSON.stringify(computeLayout(reversed(graph)))).toBe(JSON.stringify(computeLayout(graph)));
  });

  it("depends on the seed, and spreads nodes out", () => {
    const graph = randomGraph(3, 150, 300);
    const one = computeLayout(graph, { seed: 1 });
    const two = computeLayout(graph, { seed: 2 });
    expect(JSON.stringify(one)).not.toBe(JSON.stringify(two));
    const distinct = new Set(Object.values(one).map((p) => `${p.x},${p.y}`));
    expect(distinct.size).toBeGreaterThan(graph.order * 0.95);
  });

  it("rounds coordinates to two decimals, all finite, and does not touch the graph", () => {
    const graph = randomGraph(4, 120, 200);
    const before = JSON.stringify(graph.export());
    const positions = computeLayout(graph);
    expect(JSON.stringify(graph.export())).toBe(before);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes().sort());
    for (const { x, y } of Object.values(positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 100) / 100).toBe(x);
      expect(Math.round(y * 100) / 100).toBe(y);
      expect(Object.is(x, -0) || Object.is(y, -0)).toBe(false);
    }
  });

  it("pulls connected nodes closer than unconnected ones", () => {
    // two cliques joined by one edge: within-clique distances are shorter than across
    const g: G = new MultiDirectedGraph();
    const clique = (prefix: string) => {
      for (let i = 0; i < 6; i++) g.addNode(`${prefix}${i}`, { kind: "Person" });
      for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) g.addEdge(`${prefix}${i}`, `${prefix}${j}`, { predicate: "supports", weight: 1 });
    };
    clique("a");
    clique("b");
    g.addEdge("a0", "b0", { predicate: "supports", weight: 1 });
    const p = computeLayout(g);
    const dist = (u: string, v: string) => Math.hypot((p[u]?.x ?? 0) - (p[v]?.x ?? 0), (p[u]?.y ?? 0) - (p[v]?.y ?? 0));
    let within = 0;
    let across = 0;
    for (let i = 1; i < 6; i++) {
      for (let j = i + 1; j < 6; j++) within += dist(`a${i}`, `a${j}`) + dist(`b${i}`, `b${j}`);
      for (let j = 1; j < 6; j++) across += dist(`a${i}`, `b${j}`);
    }
    expect(within / 20).toBeLessThan(across / 25);
  });

  it("handles an empty graph and a single node", () => {
    const empty: G = new MultiDirectedGraph();
    expect(computeLayout(empty)).toEqual({});
    layoutGraph(empty);
    expect(empty.order).toBe(0);

    const one: G = new MultiDirectedGraph();
    one.addNode("solo", { kind: "Location" });
    layoutGraph(one);
    expect(one.getNodeAttributes("solo")).toMatchObject({ x: 0, y: 0, size: STYLE_DEFAULTS.minNodeSize, color: KIND_COLORS.Location });
  });

  it("handles nodes without edges", () => {
    const g: G = new MultiDirectedGraph();
    for (const k of ["a", "b", "c"]) g.addNode(k, { kind: "State" });
    const p = computeLayout(g);
    expect(new Set(Object.values(p).map((q) => `${q.x},${q.y}`)).size).toBe(3);
  });

  it("assigns colors by kind and predicate and sizes by degree within bounds", () => {
    const graph = randomGraph(5, 100, 250);
    graph.addNode("isolated", { kind: "Embassy" });
    layoutGraph(graph);
    let maxSize = 0;
    graph.forEachNode((key, a) => {
      expect(a.color).toBe(KIND_COLORS[a.kind as keyof typeof KIND_COLORS]);
      expect(a.size).toBeGreaterThanOrEqual(STYLE_DEFAULTS.minNodeSize);
      expect(a.size).toBeLessThanOrEqual(STYLE_DEFAULTS.maxNodeSize);
      maxSize = Math.max(maxSize, a.size as number);
      if (key === "isolated") expect(a.size).toBe(STYLE_DEFAULTS.minNodeSize);
    });
    expect(maxSize).toBe(STYLE_DEFAULTS.maxNodeSize);
    // a node of higher degree is never smaller
    const nodes = graph.nodes();
    for (let i = 1; i < nodes.length; i++) {
      const [u, v] = [nodes[i - 1] as string, nodes[i] as string];
      if (graph.degree(u) > graph.degree(v)) expect(graph.getNodeAttribute(u, "size")).toBeGreaterThanOrEqual(graph.getNodeAttribute(v, "size"));
    }
    graph.forEachEdge((_k, a) => expect(a.color).toBe(PREDICATE_COLORS[a.predicate as keyof typeof PREDICATE_COLORS]));
  });

  it("adapts iterations and Barnes-Hut to the graph's size, within bounds", () => {
    expect(iterationsFor(10, 20)).toBe(LAYOUT_DEFAULTS.maxIterations);
    expect(iterationsFor(200_000, 500_000)).toBe(LAYOUT_DEFAULTS.minIterations);
    let previous = Infinity;
    for (const n of [100, 1000, 3000, 10_000, 30_000, 100_000]) {
      const it = iterationsFor(n, 2 * n);
      expect(it).toBeLessThanOrEqual(previous);
      previous = it;
    }
    expect(settingsFor(500).barnesHutOptimize).toBe(false);
    expect(settingsFor(5000).barnesHutOptimize).toBe(true);
    expect(settingsFor(50_000).barnesHutTheta).toBeGreaterThan(settingsFor(5000).barnesHutTheta as number);
  });

  it("rejects bad options with a usage error", () => {
    const graph = randomGraph(6, 10, 10);
    expect(() => computeLayout(graph, { iterations: 0 })).toThrow(/iterations must be a positive integer/);
    expect(() => computeLayout(graph, { seed: 1.5 })).toThrow(/seed must be an integer/);
  });
});

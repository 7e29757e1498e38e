import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/model/types.js";
import { stats } from "../../src/query/stats.js";
import { fixtureGraph } from "./fixture.js";

describe("stats", () => {
  it("counts entities by kind and relations by predicate, listing every kind and predicate", () => {
    const result = stats(fixtureGraph());
    expect(result.nodes).toBe(19);
    expect(result.edges).toBe(22);
    expect(result.articles).toBe(4);
    expect(result.byKind).toEqual({ Person: 3, State: 3, Embassy: 3, Organization: 4, Group: 2, Location: 4 });
    expect(result.byPredicate["protests-against"]).toBe(4);
    expect(result.byPredicate["allied-with"]).toBe(0);
    expect(Object.values(result.byPredicate).reduce((a, b) => a + b, 0)).toBe(22);
  });

  it("ranks by degree and by PageRank", () => {
    const result = stats(fixtureGraph(), { top: 3 });
    expect(result.topDegree.map((d) => [d.entity.id, d.degree, d.inDegree, d.outDegree])).toEqual([
      ["students", 7, 3, 4],
      ["ruritania", 6, 5, 1],
      ["emb-rur-klow", 4, 2, 2],
    ]);
    expect(result.topPageRank).toHaveLength(3);
    const scores = result.topPageRank.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Ruritania receives protests, leadership and representation: it ranks near the top.
    expect(result.topPageRank.map((p) => p.entity.id)).toContain("ruritania");
  });

  it("finds communities deterministically and separates disconnected clusters", () => {
    const graph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed" });
    const add = (key: string) =>
      graph.addNode(key, { label: key, kind: "Person", aliases: [], mentions: 1, evidence: [], x: 0, y: 0, size: 1, color: "#000" });
    const link = (s: string, t: string) =>
      graph.addDirectedEdge(s, t, { predicate: "supports", label: "supports", weight: 1, evidence: [], color: "#000" });
    for (const key of ["a1", "a2", "a3", "a4", "b1", "b2", "b3"]) add(key);
    for (const [s, t] of [["a1", "a2"], ["a2", "a3"], ["a3", "a1"], ["a4", "a1"], ["a4", "a2"], ["b1", "b2"], ["b2", "b3"], ["b3", "b1"]]) link(s!, t!);
    const first = stats(graph);
    const second = stats(graph);
    expect(first).toEqual(second);
    expect(first.communities!.count).toBe(2);
    expect(first.communities!.largest.map((c) => c.members.map((m) => m.id).sort())).toEqual([
      ["a1", "a2", "a3", "a4"],
      ["b1", "b2", "b3"],
    ]);
    expect(first.communities!.modularity).toBeGreaterThan(0.3);
  });

  it("copes with an empty graph and can skip communities", () => {
    const empty = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed" });
    const result = stats(empty);
    expect(result).toMatchObject({ nodes: 0, edges: 0, topDegree: [], topPageRank: [] });
    expect(stats(fixtureGraph(), { communities: false }).communities).toBeNull();
  });
});

import { MultiDirectedGraph } from "graphology";
import { parse as graphologyGexfParse, write as graphologyGexfWrite } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../src/export/gexf.js";
import { expectedXmlText, hostileGraph, protestGraph, reversedCopy, type TestGraph } from "./fixtures.js";
import { networkxRead, writeTemp, xmllint } from "./tools.js";

function validate(graph: TestGraph) {
  const file = writeTemp("graph.gexf", writeGexf(graph));
  return { file, result: xmllint([file], { relaxng: true }) };
}

describe("GEXF export", () => {
  it("validates against the official GEXF 1.3 RELAX NG grammar", () => {
    const { result } = validate(protestGraph());
    expect(result.stderr).toContain("validates");
    expect(result.status).toBe(0);
  });

  it("uses a grammar check that can fail: graphology-gexf's default output is rejected", () => {
    const file = writeTemp("default.gexf", graphologyGexfWrite(protestGraph()));
    const result = xmllint([file], { relaxng: true });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("fails to validate");
  });

  it("validates for an empty graph and a single node", () => {
    expect(validate(new MultiDirectedGraph()).result.status).toBe(0);
    const one: TestGraph = new MultiDirectedGraph();
    one.addNode("solo", { label: "Solo", kind: "Person", aliases: [], mentions: 1, evidence: [], x: 0, y: 0, size: 3, color: "#e15759" });
    expect(validate(one).result.status).toBe(0);
  });

  it("is read back by networkx with the same nodes, edges and attributes", () => {
    const graph = protestGraph();
    const { file } = validate(graph);
    const nx = networkxRead("gexf", file);
    expect(nx.directed).toBe(true);
    expect(Object.keys(nx.nodes).sort()).toEqual(graph.nodes().sort());
    expect(nx.edges).toHaveLength(graph.size);

    graph.forEachNode((key, a) => {
      const n = nx.nodes[key] as Record<string, unknown>;
      expect(n.label).toBe(a.label);
      expect(n.kind).toBe(a.kind);
      expect(n.aliases ?? "").toBe((a.aliases as string[]).join("|"));
      expect(n.mentions).toBe(a.mentions);
      expect(JSON.parse(n.evidence as string)).toEqual(a.evidence);
      const viz = n.viz as { color: Record<string, number>; size: number; position: { x: number; y: number } };
      expect(viz.position.x).toBeCloseTo(a.x as number, 5);
      expect(viz.position.y).toBeCloseTo(a.y as number, 5);
      expect(viz.size).toBe(a.size);
      expect(viz.color).toMatchObject({ r: 0x12, g: 0x34, b: 0x56 });
    });

    for (const [source, target, data] of nx.edges) {
      const key = data.id as string;
      expect(graph.source(key)).toBe(source);
      expect(graph.target(key)).toBe(target);
      const a = graph.getEdgeAttributes(key);
      expect(data.label).toBe(a.predicate);
      expect(data.predicate).toBe(a.predicate);
      expect(data.weight).toBe(a.weight);
      expect(JSON.parse(data.evidence as string)).toEqual(a.evidence);
    }
  });

  it("is read back by graphology-gexf's parser (what kg query uses for .gexf files)", () => {
    const graph = protestGraph();
    const back = graphologyGexfParse(MultiDirectedGraph, writeGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, a) => {
      expect(back.getNodeAttributes(key)).toMatchObject({ label: a.label, kind: a.kind, mentions: a.mentions, x: a.x, y: a.y, size: a.size });
    });
    graph.forEachEdge((key, a) => {
      expect(back.getEdgeAttributes(key)).toMatchObject({ label: a.predicate, predicate: a.predicate, weight: a.weight });
      expect(JSON.parse(back.getEdgeAttribute(key, "evidence") as string)).toEqual(a.evidence);
    });
  });

  it("writes each edge's predicate as its GEXF kind", () => {
    const xml = writeGexf(protestGraph());
    const edges = xml.match(/^\s*<edge .*$/gm) ?? []; // one edge start tag per line (pretty-printed)
    expect(edges).toHaveLength(5);
    for (const tag of edges) {
      const kind = /kind="([^"]*)"/.exec(tag)?.[1];
      const label = /label="([^"]*)"/.exec(tag)?.[1];
      expect(kind).toBeDefined();
      expect(kind).toBe(label);
    }
    expect(xml).toContain('kind="protests-against"');
  });

  it("keeps hostile strings valid and readable", () => {
    const graph = hostileGraph();
    const { file, result } = validate(graph);
    expect(result.stderr).toContain("validates");
    const nx = networkxRead("gexf", file);
    expect(Object.keys(nx.nodes)).toHaveLength(graph.order);
    expect(nx.edges).toHaveLength(graph.size);
    const labels = new Set(Object.values(nx.nodes).map((n) => n.label));
    graph.forEachNode((_key, a) => {
      expect(labels.has(expectedXmlText(a.label as string))).toBe(true);
    });
  });

  it("gives the same bytes whatever order the graph was built in", () => {
    const graph = hostileGraph();
    expect(writeGexf(reversedCopy(graph))).toBe(writeGexf(graph));
  });
});

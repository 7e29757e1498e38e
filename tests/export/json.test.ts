import Graph, { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { writeJson } from "../../src/export/json.js";
import { HOSTILE, hostileGraph, protestGraph, reversedCopy } from "./fixtures.js";

describe("JSON export (graphology serialization)", () => {
  it("is read back by graphology with the same nodes, edges, attributes and options", () => {
    const graph = protestGraph();
    const data = JSON.parse(writeJson(graph));
    const back = MultiDirectedGraph.from(data);
    expect(back.type).toBe("directed");
    expect(back.multi).toBe(true);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getAttributes()).toEqual(graph.getAttributes());
    graph.forEachNode((key, a) => expect(back.getNodeAttributes(key)).toEqual(a));
    graph.forEachEdge((key, a, source, target) => {
      expect(back.getEdgeAttributes(key)).toEqual(a);
      expect([back.source(key), back.target(key)]).toEqual([source, target]);
    });
  });

  it("has the shape the shared scorer reads", () => {
    const data = JSON.parse(writeJson(protestGraph())) as {
      nodes: Array<{ attributes: { label: string; kind: string; aliases: string[] } }>;
      edges: Array<{ attributes: { predicate: string } }>;
    };
    for (const n of data.nodes) {
      expect(typeof n.attributes.label).toBe("string");
      expect(typeof n.attributes.kind).toBe("string");
      expect(Array.isArray(n.attributes.aliases)).toBe(true);
    }
    for (const e of data.edges) expect(typeof e.attributes.predicate).toBe("string");
  });

  it("writes attributes in the documented order, one element per line, and is insertion-order independent", () => {
    const graph = protestGraph();
    // same attributes, given in a scrambled key order
    graph.updateEachNodeAttributes((_k, a) => Object.fromEntries(Object.entries(a).reverse()));
    const text = writeJson(graph);
    const firstNode = text.split("\n").find((line) => line.includes('"key":"embassy:'));
    expect(firstNode).toMatch(/"label".*"kind".*"aliases".*"mentions".*"evidence".*"x".*"y".*"size".*"color"/);
    // "{", attributes, options, nodes block, edges block, "}", and the empty string after the last newline
    expect(text.split("\n")).toHaveLength(3 + (graph.order + 2) + (graph.size + 2) + 1 + 1);
    expect(writeJson(reversedCopy(graph))).toBe(text);
  });

  it("stays valid JSON with hostile strings; lone surrogates become U+FFFD", () => {
    const text = writeJson(hostileGraph());
    expect(text).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i);
    const back = Graph.from(JSON.parse(text));
    expect(back.order).toBe(hostileGraph().order);
    const labels = back.mapNodes((_k, a) => a.label as string);
    expect(labels).toContain(HOSTILE.markup);
    expect(labels).toContain(HOSTILE.controls); // JSON escapes controls, nothing is lost
    expect(labels).toContain("before \uFFFD after");
    expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text); // encodes as UTF-8 losslessly
  });

  it("writes an empty graph", () => {
    const data = JSON.parse(writeJson(new MultiDirectedGraph()));
    expect(data).toEqual({ attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: true }, nodes: [], edges: [] });
  });
});

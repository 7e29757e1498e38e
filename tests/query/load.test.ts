import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GraphFormatError, InputError } from "../../src/errors.js";
import { writeGexf } from "../../src/export/gexf.js";
import { writeJson } from "../../src/export/json.js";
import { readGraph } from "../../src/io/readGraph.js";
import { parseGexf, parseGraphJson } from "../../src/query/load.js";
import { query } from "../../src/query/query.js";
import type { KgGraph } from "../../src/query/types.js";
import { fixtureGraph } from "./fixture.js";

function snapshot(graph: KgGraph) {
  const nodes = graph.mapNodes((key, a) => ({ key, ...a })).sort((x, y) => (x.key < y.key ? -1 : 1));
  const edges = graph
    .mapEdges((key, a, source, target) => ({ key, source, target, ...a }))
    .sort((x, y) => (x.key < y.key ? -1 : 1));
  return { nodes, edges };
}

describe("parseGraphJson", () => {
  it("reads graphology's serialization back with the same attributes", () => {
    const original = fixtureGraph();
    const loaded = parseGraphJson(JSON.stringify(original.export()));
    expect(snapshot(loaded)).toEqual(snapshot(original));
    expect(loaded.getAttributes()).toEqual(original.getAttributes());
    expect(parseGraphJson(original.export()).order).toBe(original.order);
  });

  it("reads the graph.json the exporter writes", () => {
    const original = fixtureGraph();
    const loaded = parseGraphJson(writeJson(original));
    expect(snapshot(loaded)).toEqual(snapshot(original));
  });

  it("fills in missing optional attributes", () => {
    const loaded = parseGraphJson({
      nodes: [{ key: "a", attributes: { kind: "State" } }, { key: "b", attributes: { kind: "Group", label: "B" } }],
      edges: [{ source: "b", target: "a", attributes: { predicate: "protests-against" } }],
    });
    expect(loaded.getNodeAttributes("a")).toMatchObject({ label: "a", aliases: [], mentions: 0, evidence: [] });
    expect(query(loaded, "?x protests-against a").rows[0]!.bindings.x!.label).toBe("B");
  });

  it("rejects what is not a graph, naming the problem", () => {
    const bad: [unknown, RegExp][] = [
      ["{not json", /not valid JSON/],
      [[1, 2], /"nodes" array/],
      [{ nodes: [{ attributes: {} }] }, /node #1 has no "key"/],
      [{ nodes: [{ key: "a", attributes: { kind: "Planet" } }] }, /node "a": kind "Planet" is not one of Person/],
      [{ nodes: [{ key: "a", attributes: { kind: "State" } }, { key: "a", attributes: { kind: "State" } }] }, /appears twice/],
      [{ nodes: [{ key: "a", attributes: { kind: "State" } }], edges: [{ source: "a", target: "z", attributes: { predicate: "leads" } }] }, /target "z" is not a node/],
      [{ nodes: [{ key: "a", attributes: { kind: "State" } }], edges: [{ key: "e", source: "a", target: "a", attributes: { predicate: "likes" } }] }, /edge "e": predicate "likes"/],
      [{ nodes: [{ key: "a", attributes: { kind: "State", evidence: "[oops" } }] }, /evidence is not valid JSON/],
    ];
    for (const [input, message] of bad) {
      expect(() => parseGraphJson(input as string)).toThrow(GraphFormatError);
      expect(() => parseGraphJson(input as string)).toThrow(message);
    }
  });
});

describe("parseGexf", () => {
  it("restores the attribute shapes of a GEXF written by the exporter", () => {
    const original = fixtureGraph();
    const loaded = parseGexf(writeGexf(original));
    expect(snapshot(loaded)).toEqual(snapshot(original));
  });

  it("answers queries the same way as the JSON graph", () => {
    const original = fixtureGraph();
    const pattern = "?x:Organization protects ?e:Embassy . ?e represents ?s";
    const fromGexf = query(parseGexf(writeGexf(original)), pattern);
    const fromJson = query(parseGraphJson(writeJson(original)), pattern);
    expect(JSON.stringify(fromGexf.rows)).toBe(JSON.stringify(fromJson.rows));
    expect(fromGexf.rows).toHaveLength(3);
  });

  it("rejects malformed XML and XML that is not GEXF without printing", () => {
    expect(() => parseGexf("<gexf><graph>")).toThrow(GraphFormatError);
    expect(() => parseGexf("<svg></svg>")).toThrow(/no <graph> element/);
    expect(() => parseGexf("")).toThrow(GraphFormatError);
  });
});

describe("readGraph", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-query-load-"));

  it("reads .json, .gexf and a build's output directory", async () => {
    const graph = fixtureGraph();
    fs.writeFileSync(path.join(dir, "graph.json"), writeJson(graph));
    fs.writeFileSync(path.join(dir, "graph.gexf"), writeGexf(graph));
    expect((await readGraph(path.join(dir, "graph.json"))).size).toBe(graph.size);
    expect((await readGraph(path.join(dir, "graph.gexf"))).size).toBe(graph.size);
    expect((await readGraph(dir)).order).toBe(graph.order);
  });

  it("throws InputError for a missing file and GraphFormatError naming the file for a bad one", async () => {
    await expect(readGraph(path.join(dir, "missing.json"))).rejects.toThrow(InputError);
    await expect(readGraph(path.join(dir, "missing.json"))).rejects.toThrow(/no such file; build a graph first/);
    fs.writeFileSync(path.join(dir, "broken.json"), "[]");
    await expect(readGraph(path.join(dir, "broken.json"))).rejects.toThrow(GraphFormatError);
    await expect(readGraph(path.join(dir, "broken.json"))).rejects.toThrow(/broken\.json: expected an object/);
  });
});

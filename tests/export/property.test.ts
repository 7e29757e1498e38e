// Property-based: whatever Unicode (or broken UTF-16) ends up in names, aliases, keys and
// evidence, every export stays valid. Generated graphs are checked in batches so each checker
// (xmllint, networkx) starts once per batch.
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import Graph, { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { exportAll, EXPORTERS } from "../../src/export/index.js";
import { layoutGraph } from "../../src/layout/index.js";
import { tempDir, xmllint, networkxRead } from "./tools.js";
import type { TestGraph } from "./fixtures.js";
import { fileText } from "../../src/export/chunks.js";

const KINDS = ["Person", "State", "Embassy", "Organization", "Group", "Location"];
const PREDICATES = ["protests-against", "protects", "reported-by", "attacks"];

// any UTF-16 code units (lone surrogates included), any Unicode, and strings built from the
// characters that break formats
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: fc.constantFrom("<", "&", "amp;", '"', "'", ">", "\u0000", "\u0007", "\r", "\n", "\t", "\u200f", "\u202e", "\ud800", "\udfff", "😀", "=", "+", "-", "@", "|", ";", ",", "\\", "\uFFFE"), maxLength: 15 }),
);

const graphSpec = fc.record({
  nodes: fc.uniqueArray(fc.record({ key: nasty, label: nasty, aliases: fc.array(nasty, { maxLength: 3 }), kind: fc.constantFrom(...KINDS), mentions: fc.nat(50) }), {
    minLength: 1,
    maxLength: 6,
    selector: (n) => n.key,
  }),
  edges: fc.array(fc.record({ s: fc.nat(), t: fc.nat(), predicate: fc.constantFrom(...PREDICATES), sentence: nasty, article: nasty, rule: nasty }), { maxLength: 8 }),
});

type Spec = typeof graphSpec extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec): TestGraph {
  const g: TestGraph = new MultiDirectedGraph();
  g.replaceAttributes({ name: "property", generator: "fast-check", articles: spec.edges.length });
  for (const n of spec.nodes) {
    g.addNode(n.key, { label: n.label, kind: n.kind, aliases: n.aliases, mentions: n.mentions, evidence: [{ article: n.label, sentence: 0, start: 0, end: 1 }] });
  }
  const keys = g.nodes();
  for (const e of spec.edges) {
    const source = keys[e.s % keys.length] as string;
    const target = keys[e.t % keys.length] as string;
    if (source === target) continue;
    const key = `${source}->${e.predicate}->${target}`;
    const ev = { article: e.article, sentence: e.sentence, start: 0, end: e.sentence.length, rule: e.rule };
    if (g.hasEdge(key)) {
      g.updateEdgeAttributes(key, (a) => ({ ...a, weight: (a.weight as number) + 1, evidence: [...(a.evidence as unknown[]), ev] }));
    } else {
      g.addDirectedEdgeWithKey(key, source, target, { predicate: e.predicate, label: e.predicate, weight: 1, evidence: [ev] });
    }
  }
  layoutGraph(g);
  return g;
}

describe("every export stays valid for arbitrary strings (fast-check)", () => {
  it("JSON, GEXF (1.3 grammar), GraphML, CSV and Neo4j CSV", () => {
    const samples = fc.sample(graphSpec, { numRuns: 60, seed: 20261127 });
    const dir = tempDir();
    const gexfFiles: string[] = [];
    const graphmlFiles: string[] = [];
    samples.forEach((spec, i) => {
      const graph = build(spec);
      const files = exportAll(graph, Object.keys(EXPORTERS));
      const byPath = Object.fromEntries(files.map((f) => [f.path, fileText(f)]));

      const back = Graph.from(JSON.parse(byPath["graph.json"] as string));
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);

      for (const csvFile of ["nodes.csv", "edges.csv", "neo4j-nodes.csv", "neo4j-relationships.csv"]) {
        const table = parse(byPath[csvFile] as string) as string[][];
        const expected = csvFile.includes("node") ? graph.order : graph.size;
        expect(table).toHaveLength(expected + 1);
        const width = (table[0] as string[]).length;
        for (const row of table) expect(row).toHaveLength(width);
      }
      for (const row of parse(byPath["nodes.csv"] as string, { columns: true }) as Record<string, string>[]) {
        for (const column of ["id", "label", "aliases"]) expect(row[column] ?? "").not.toMatch(/^[=+\-@\t\r]/);
      }

      const gexf = path.join(dir, `g${i}.gexf`);
      const graphml = path.join(dir, `g${i}.graphml`);
      fs.writeFileSync(gexf, byPath["graph.gexf"] as string);
      fs.writeFileSync(graphml, byPath["graph.graphml"] as string);
      gexfFiles.push(gexf);
      graphmlFiles.push(graphml);
    });

    const gexfCheck = xmllint(gexfFiles, { relaxng: true });
    expect(gexfCheck.stderr.split("\n").filter((l) => l.includes("fails to validate") || l.includes("error"))).toEqual([]);
    expect(gexfCheck.status).toBe(0);
    const graphmlCheck = xmllint(graphmlFiles);
    expect(graphmlCheck.stderr).toBe("");
    expect(graphmlCheck.status).toBe(0);

    // networkx reads a handful of them back with the right counts
    for (const i of [0, 1, 2, 3, 4]) {
      const spec = samples[i] as Spec;
      const graph = build(spec);
      const nxGexf = networkxRead("gexf", gexfFiles[i] as string);
      const nxGraphml = networkxRead("graphml", graphmlFiles[i] as string);
      expect(Object.keys(nxGexf.nodes)).toHaveLength(graph.order);
      expect(nxGexf.edges).toHaveLength(graph.size);
      expect(Object.keys(nxGraphml.nodes)).toHaveLength(graph.order);
      expect(nxGraphml.edges).toHaveLength(graph.size);
    }
  });
});

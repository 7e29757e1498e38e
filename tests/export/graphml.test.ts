import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { writeGraphml } from "../../src/export/graphml.js";
import { expectedXmlText, HOSTILE, hostileGraph, protestGraph, reversedCopy } from "./fixtures.js";
import { networkxRead, writeTemp, xmllint } from "./tools.js";

describe("GraphML export", () => {
  it("declares a typed <key> for every attribute", () => {
    const xml = writeGraphml(protestGraph());
    for (const [id, domain, name, type] of [
      ["n_label", "node", "label", "string"],
      ["n_kind", "node", "kind", "string"],
      ["n_aliases", "node", "aliases", "string"],
      ["n_mentions", "node", "mentions", "int"],
      ["n_x", "node", "x", "double"],
      ["n_evidence", "node", "evidence", "string"],
      ["e_predicate", "edge", "predicate", "string"],
      ["e_weight", "edge", "weight", "int"],
      ["g_articles", "graph", "articles", "int"],
    ]) {
      expect(xml).toContain(`<key id="${id}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`);
    }
    // every data element refers to a declared key
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of xml.matchAll(/<data key="([^"]+)"/g)) expect(declared.has(m[1])).toBe(true);
  });

  it("is well-formed XML and read back by networkx with the same nodes, edges and attributes", () => {
    const graph = protestGraph();
    const file = writeTemp("graph.graphml", writeGraphml(graph));
    expect(xmllint([file]).status).toBe(0);
    const nx = networkxRead("graphml", file);
    expect(nx.directed).toBe(true);
    expect(nx.graph).toMatchObject({ name: "test graph", articles: 2 });
    expect(Object.keys(nx.nodes).sort()).toEqual(graph.nodes().sort());
    expect(nx.edges).toHaveLength(graph.size);
    graph.forEachNode((key, a) => {
      const n = nx.nodes[key] as Record<string, unknown>;
      expect(n).toMatchObject({ label: a.label, kind: a.kind, mentions: a.mentions, x: a.x, y: a.y, size: a.size, color: a.color });
      expect(n.aliases ?? "").toBe((a.aliases as string[]).join("|"));
      expect(JSON.parse(n.evidence as string)).toEqual(a.evidence);
    });
    for (const [source, target, data] of nx.edges) {
      const key = data.id as string;
      expect([graph.source(key), graph.target(key)]).toEqual([source, target]);
      const a = graph.getEdgeAttributes(key);
      expect(data).toMatchObject({ predicate: a.predicate, label: a.label, weight: a.weight, color: a.color });
      expect(JSON.parse(data.evidence as string)).toEqual(a.evidence);
    }
  });

  it("round-trips hostile strings exactly, up to what XML 1.0 cannot hold", () => {
    const graph = hostileGraph();
    const file = writeTemp("hostile.graphml", writeGraphml(graph));
    const lint = xmllint([file]);
    expect(lint.stderr).toBe("");
    const nx = networkxRead("graphml", file);
    expect(Object.keys(nx.nodes)).toHaveLength(graph.order);
    expect(nx.edges).toHaveLength(graph.size);
    const labels = new Set(Object.values(nx.nodes).map((n) => n.label));
    graph.forEachNode((_key, a) => {
      // XML parsers turn CR LF into LF in text content
      expect(labels.has(expectedXmlText(a.label as string).replace(/\r\n?/g, "\n"))).toBe(true);
    });
    // a literal "&amp;" in article text stays "&amp;" (not decoded into "&")
    expect(labels.has(HOSTILE.entity)).toBe(true);
    expect(nx.graph.generator).toBe(`gen ${HOSTILE.entity}`);
  });

  it("writes an empty graph and the same bytes whatever the insertion order", () => {
    const empty = writeTemp("empty.graphml", writeGraphml(new MultiDirectedGraph()));
    expect(xmllint([empty]).status).toBe(0);
    expect(networkxRead("graphml", empty).nodes).toEqual({});
    const graph = hostileGraph();
    expect(writeGraphml(reversedCopy(graph))).toBe(writeGraphml(graph));
  });
});

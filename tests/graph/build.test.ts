import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { embassyProtestExtractions, entity, extraction, relation } from "../helpers/fixtures.js";

describe("buildGraph", () => {
  it("makes one node per entity across articles, summing mentions and keeping aliases", () => {
    const graph = buildGraph(embassyProtestExtractions());
    expect(graph.order).toBe(4);
    const freedonia = graph.findNode((_, a) => a.label === "Freedonia");
    expect(freedonia).toBeDefined();
    const attr = graph.getNodeAttributes(freedonia!);
    expect(attr.kind).toBe("State");
    expect(attr.mentions).toBe(3);
    expect(attr.aliases).toEqual(["Freedonian"]);
    expect(attr).not.toHaveProperty("type");
  });

  it("makes one edge per (source, predicate, target) with weight and all evidence", () => {
    const graph = buildGraph(embassyProtestExtractions());
    const protests = graph.filterEdges((_, a) => a.predicate === "protests-against");
    expect(protests).toHaveLength(1);
    const attr = graph.getEdgeAttributes(protests[0]!);
    expect(attr.weight).toBe(2);
    expect(attr.evidence.map((e) => e.article)).toEqual(["a.txt", "b.txt"]);
    expect(attr.label).toBe("protests-against");
  });

  it("keeps two predicates between the same pair as two edges", () => {
    const graph = buildGraph(embassyProtestExtractions());
    const source = graph.findNode((_, a) => a.label === "Sylvanian Students Union")!;
    const target = graph.findNode((_, a) => a.label === "Freedonia")!;
    const predicates = graph.edges(source, target).map((e) => graph.getEdgeAttribute(e, "predicate")).sort();
    expect(predicates).toEqual(["attacks", "protests-against"]);
  });

  it("does not depend on the order of the extractions", () => {
    const forward = buildGraph(embassyProtestExtractions());
    const backward = buildGraph([...embassyProtestExtractions()].reverse());
    expect(JSON.stringify(backward.export())).toBe(JSON.stringify(forward.export()));
  });

  it("never merges across kinds and drops self-loops", () => {
    const ex = extraction(
      "c.txt",
      [entity("e1", "State", "Georgia"), entity("e2", "Location", "Georgia")],
      [relation("e1", "located-in", "e1", "c.txt", "Georgia is in Georgia.")],
    );
    const graph = buildGraph([ex]);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { UnknownEntityError } from "../../src/query/errors.js";
import { describeEntity } from "../../src/query/describe.js";
import { neighbours, relations } from "../../src/query/relations.js";
import { fixtureGraph } from "./fixture.js";

const triples = (list: { source: { label: string }; predicate: string; target: { label: string } }[]) =>
  list.map((r) => `${r.source.label} ${r.predicate} ${r.target.label}`);

describe("relations", () => {
  const graph = fixtureGraph();

  it("lists all relations in predicate order, then by labels", () => {
    const all = relations(graph);
    expect(all).toHaveLength(graph.size);
    expect(all[0]!.predicate).toBe("protests-against");
    expect(all.at(-1)!.predicate).toBe("arrests");
  });

  it("filters by predicate, source, target and kinds", () => {
    expect(triples(relations(graph, { predicate: "protects" }))).toEqual([
      "Klow police protects Embassy of Borduria in Klow",
      "Klow police protects Embassy of Ruritania in Klow",
      "Syldavian Guard protects Embassy of Ruritania in Szohod",
    ]);
    expect(triples(relations(graph, { source: "police", predicate: ["arrests", "reported-by"] }))).toEqual([
      "Klow police reported-by Daily Courier",
      "Klow police arrests Ruritanian student activists",
    ]);
    expect(triples(relations(graph, { target: "Ruritania", sourceKind: "Person" }))).toEqual([
      "Anna Petrova protests-against Ruritania",
      "Igor Malenkov leads Ruritania",
    ]);
    expect(triples(relations(graph, { predicate: "protests-against", targetKind: ["Embassy"] }))).toEqual([
      "Ruritanian student activists protests-against Embassy of Ruritania in Klow",
    ]);
    expect(triples(relations(graph, { source: "students", target: "Ruritania" }))).toEqual([
      "Ruritanian student activists protests-against Ruritania",
    ]);
  });

  it("carries the evidence of every relation", () => {
    for (const relation of relations(graph)) {
      expect(relation.evidence.length).toBe(relation.weight);
      for (const item of relation.evidence) expect(item.sentence.length).toBeGreaterThan(10);
    }
  });

  it("returns an empty list when nothing matches and throws for an unknown entity", () => {
    expect(relations(graph, { source: "Lonely Island" })).toEqual([]);
    expect(() => relations(graph, { target: "Atlantis" })).toThrow(UnknownEntityError);
  });
});

describe("neighbours", () => {
  const graph = fixtureGraph();

  it("groups relations by neighbour, both directions by default", () => {
    const list = neighbours(graph, "Embassy of Ruritania in Klow");
    expect(list.map((n) => [n.entity.label, n.relations.map((r) => r.predicate)])).toEqual([
      ["Klow", ["located-in"]],
      ["Klow police", ["protects"]],
      ["Ruritania", ["represents"]],
      ["Ruritanian student activists", ["protests-against"]],
    ]);
  });

  it("filters by direction, predicate and kind", () => {
    expect(neighbours(graph, "students", { direction: "in" }).map((n) => n.entity.label)).toEqual([
      "Anna Petrova",
      "Klow police",
      "Marlow",
    ]);
    expect(neighbours(graph, "students", { direction: "out", kind: "Organization" }).map((n) => n.entity.label)).toEqual([
      "Daily Courier",
      "Northwire",
    ]);
    expect(neighbours(graph, "students", { predicate: "arrests" }).map((n) => n.entity.label)).toEqual(["Klow police"]);
    expect(neighbours(graph, "Lonely Island")).toEqual([]);
  });
});

describe("describeEntity", () => {
  it("gathers aliases, articles and relations both ways", () => {
    const details = describeEntity(fixtureGraph(), "students");
    expect(details.entity.label).toBe("Ruritanian student activists");
    expect(details.aliases).toEqual(["students", "the activists", "protesters"]);
    expect(details.articles).toEqual(["a1", "a4"]);
    expect(triples(details.outgoing)).toEqual([
      "Ruritanian student activists protests-against Embassy of Ruritania in Klow",
      "Ruritanian student activists protests-against Ruritania",
      "Ruritanian student activists reported-by Daily Courier",
      "Ruritanian student activists reported-by Northwire",
    ]);
    expect(details.incoming.map((r) => r.predicate)).toEqual(["member-of", "supports", "arrests"]);
  });
});

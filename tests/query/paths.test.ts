import { describe, expect, it } from "vitest";
import { UnknownEntityError } from "../../src/query/errors.js";
import { shortestPaths } from "../../src/query/paths.js";
import { fixtureGraph } from "./fixture.js";

const labels = (path: { nodes: { label: string }[] }) => path.nodes.map((n) => n.label).join(" > ");

describe("shortestPaths", () => {
  const graph = fixtureGraph();

  it("ignores direction by default and lists every shortest path in label order", () => {
    const result = shortestPaths(graph, "Anna Petrova", "Klow");
    expect(result.length).toBe(3);
    expect(result.directed).toBe(false);
    expect(result.paths.map(labels)).toEqual([
      "Anna Petrova > Ruritania > Embassy of Ruritania in Klow > Klow",
      "Anna Petrova > Ruritanian student activists > Embassy of Ruritania in Klow > Klow",
    ]);
    expect(result.truncated).toBe(false);
  });

  it("gives each step the relations linking the two entities, whichever way they point", () => {
    const [path] = shortestPaths(graph, "Anna Petrova", "Syldavia").paths;
    expect(path!.steps.map((s) => s.relations.map((r) => `${r.source.id} ${r.predicate} ${r.target.id}`))).toEqual([
      ["anna protests-against ruritania"],
      ["ruritania attacks syldavia"],
    ]);
    const [back] = shortestPaths(graph, "Klow", "Embassy of Borduria in Klow").paths;
    expect(back!.steps[0]!.relations[0]).toMatchObject({ source: { id: "emb-bor-klow" }, target: { id: "klow" } });
  });

  it("follows edge direction when asked", () => {
    const directed = shortestPaths(graph, "Anna Petrova", "Syldavia", { directed: true });
    expect(directed.paths.map(labels)).toEqual(["Anna Petrova > Ruritania > Syldavia"]);
    const against = shortestPaths(graph, "Syldavia", "Anna Petrova", { directed: true });
    expect(against.length).toBeNull();
    expect(against.paths).toEqual([]);
    // Undirected, Klow reaches Borduria through the embassy; directed it cannot.
    expect(shortestPaths(graph, "Klow", "Borduria").length).toBe(2);
    expect(shortestPaths(graph, "Klow", "Borduria", { directed: true }).length).toBeNull();
  });

  it("caps the number of paths and says so", () => {
    const all = shortestPaths(graph, "Anna Petrova", "Klow");
    const capped = shortestPaths(graph, "Anna Petrova", "Klow", { maxPaths: 1 });
    expect(capped.paths).toEqual(all.paths.slice(0, 1));
    expect(capped.truncated).toBe(true);
  });

  it("handles unconnected entities, the same entity, and unknown names", () => {
    expect(shortestPaths(graph, "Lonely Island", "Klow")).toMatchObject({ length: null, paths: [] });
    const self = shortestPaths(graph, "Klow", "klow");
    expect(self.length).toBe(0);
    expect(self.paths.map(labels)).toEqual(["Klow"]);
    expect(() => shortestPaths(graph, "Klow", "Atlantis")).toThrow(UnknownEntityError);
  });
});

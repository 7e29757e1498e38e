// The query benchmark's generated graph, at a small scale: right size, deterministic, and its two
// patterns return rows (an empty benchmark would measure nothing).
import { describe, expect, it } from "vitest";
import { BROAD, SELECTIVE, generateQueryGraph } from "../../src/bench/suites/query.js";
import { query } from "../../src/query/query.js";
import { relations } from "../../src/query/relations.js";

describe("query benchmark graph", () => {
  it("has the requested size and follows the ontology's kinds per predicate", () => {
    const graph = generateQueryGraph(2_000, 20_000, 3);
    expect(graph.order).toBe(2_000);
    expect(graph.size).toBe(20_000);
    for (const r of relations(graph, { predicate: "represents" })) {
      expect(["Embassy", "Person"]).toContain(r.source.kind);
      expect(["State", "Organization"]).toContain(r.target.kind);
    }
  });

  it("is deterministic for a seed", () => {
    const a = generateQueryGraph(500, 3_000, 11).export();
    const b = generateQueryGraph(500, 3_000, 11).export();
    expect(a).toEqual(b);
    expect(generateQueryGraph(500, 3_000, 12).export()).not.toEqual(a);
  });

  it("gives both benchmark patterns something to find", () => {
    const graph = generateQueryGraph(2_000, 20_000, 3);
    expect(query(graph, SELECTIVE).rows.length).toBeGreaterThan(0);
    const broad = query(graph, BROAD);
    expect(broad.rows.length).toBeGreaterThan(100);
    for (const row of broad.rows.slice(0, 50)) {
      expect(row.bindings.x!.kind).toBe("Organization");
      expect(row.bindings.e!.kind).toBe("Embassy");
      expect(row.bindings.s!.kind).toBe("State");
    }
  });
});

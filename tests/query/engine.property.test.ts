// The join engine (index look-ups, planned order, early binding) must return exactly what a naive
// evaluator returns: every combination of edges, one per triple, that agrees on the variables.
import fc from "fast-check";
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EntityKind, Predicate } from "../../src/model/ontology.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/model/types.js";
import { PatternEntityError } from "../../src/query/errors.js";
import { query } from "../../src/query/query.js";
import type { KgGraph } from "../../src/query/types.js";

const KINDS: EntityKind[] = ["Person", "State", "Group"];
const PREDS: Predicate[] = ["protects", "attacks", "represents"];

interface Term {
  variable?: string;
  node?: number;
}
interface Triple {
  s: Term;
  o: Term;
  preds: Predicate[] | null; // null: predicate variable
  pvar: string;
}
interface Case {
  kinds: EntityKind[];
  edges: [number, number, number][];
  triples: Triple[];
  constraints: Record<string, EntityKind[]>;
  /** `?v~"Node k"`: v ranges over the nodes labelled "Node k" (labels repeat every 3 nodes). */
  among: Record<string, number>;
}

const termArb = (nodes: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom("a", "b", "c").map((variable): Term => ({ variable })) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: nodes - 1 }).map((node): Term => ({ node })) },
  );

const caseArb: fc.Arbitrary<Case> = fc.integer({ min: 1, max: 7 }).chain((nodes) =>
  fc.record({
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: nodes, maxLength: nodes }),
    edges: fc.array(fc.tuple(fc.integer({ min: 0, max: nodes - 1 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: nodes - 1 })), {
      maxLength: 18,
    }),
    triples: fc.array(
      fc.record({
        s: termArb(nodes),
        o: termArb(nodes),
        preds: fc.option(fc.uniqueArray(fc.constantFrom(...PREDS), { minLength: 1, maxLength: 2 }), { nil: null, freq: 4 }),
        pvar: fc.constantFrom("p", "q"),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    constraints: fc.record(
      { a: fc.uniqueArray(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 2 }), b: fc.uniqueArray(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 2 }) },
      { requiredKeys: [] },
    ),
    among: fc.record({ a: fc.integer({ min: 0, max: 2 }), c: fc.integer({ min: 0, max: 2 }) }, { requiredKeys: [] }),
  }),
);

function buildGraph(c: Case): KgGraph {
  const graph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "directed", allowSelfLoops: true });
  c.kinds.forEach((kind, i) =>
    graph.addNode(`n${i}`, { label: `Node ${i % 3}`, kind, aliases: [], mentions: 1, evidence: [], x: 0, y: 0, size: 1, color: "#000" }),
  );
  c.edges.forEach(([s, p, t], i) =>
    graph.addDirectedEdgeWithKey(`e${i}`, `n${s}`, `n${t}`, { predicate: PREDS[p]!, label: PREDS[p]!, weight: 1, evidence: [], color: "#000" }),
  );
  return graph;
}

function render(c: Case): string {
  const seen = new Set<string>();
  const term = (t: Term): string => {
    if (t.variable === undefined) return `#n${t.node}`;
    const constraint = c.constraints[t.variable];
    const among = c.among[t.variable];
    const first = !seen.has(t.variable);
    seen.add(t.variable);
    if (!first) return `?${t.variable}`;
    return `?${t.variable}${constraint ? `:${constraint.join("|")}` : ""}${among !== undefined ? `~"Node ${among}"` : ""}`;
  };
  return c.triples.map((t) => `${term(t.s)} ${t.preds ? t.preds.join("|") : `?${t.pvar}`} ${term(t.o)}`).join(" . ");
}

/** True when some `~name` matches no node of the kinds given with it: the pattern is rejected. */
function unresolvable(c: Case): boolean {
  const used = new Set(c.triples.flatMap((t) => [t.s.variable, t.o.variable]));
  return Object.entries(c.among).some(
    ([v, k]) =>
      used.has(v) &&
      !c.kinds.some((kind, node) => node % 3 === k && (c.constraints[v] === undefined || c.constraints[v]!.includes(kind))),
  );
}

function naive(c: Case): string[] {
  const results: string[] = [];
  const nodes: Record<string, number> = {};
  const preds: Record<string, Predicate> = {};
  const chosen: number[] = [];
  const fits = (t: Term, node: number, undo: string[]): boolean => {
    if (t.variable === undefined) return t.node === node;
    const bound = nodes[t.variable];
    if (bound !== undefined) return bound === node;
    const constraint = c.constraints[t.variable];
    if (constraint && !constraint.includes(c.kinds[node]!)) return false;
    const among = c.among[t.variable];
    if (among !== undefined && node % 3 !== among) return false;
    nodes[t.variable] = node;
    undo.push(t.variable);
    return true;
  };
  const walk = (k: number): void => {
    if (k === c.triples.length) {
      results.push(key(nodes, preds, chosen.map((e) => `e${e}`)));
      return;
    }
    const t = c.triples[k]!;
    c.edges.forEach(([s, p, o], e) => {
      const predicate = PREDS[p]!;
      const undo: string[] = [];
      let undoPred = false;
      let ok = true;
      if (t.preds) ok = t.preds.includes(predicate);
      else if (preds[t.pvar] === undefined) {
        preds[t.pvar] = predicate;
        undoPred = true;
      } else ok = preds[t.pvar] === predicate;
      ok = ok && fits(t.s, s, undo) && fits(t.o, o, undo);
      if (ok) {
        chosen[k] = e;
        walk(k + 1);
      }
      for (const v of undo) delete nodes[v];
      if (undoPred) delete preds[t.pvar];
    });
  };
  walk(0);
  return results.sort();
}

function key(nodes: Record<string, number | string>, preds: Record<string, string>, edges: string[]): string {
  const n = Object.keys(nodes).sort().map((v) => `${v}=${typeof nodes[v] === "number" ? `n${nodes[v]}` : nodes[v]}`);
  const p = Object.keys(preds).sort().map((v) => `${v}=${preds[v]}`);
  return [...n, ...p, ...edges].join(" ");
}

describe("query engine agrees with a naive evaluator", () => {
  it("on random graphs and random patterns", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const graph = buildGraph(c);
        const pattern = render(c);
        if (unresolvable(c)) {
          expect(() => query(graph, pattern)).toThrow(PatternEntityError);
          return;
        }
        const result = query(graph, pattern);
        // Rows come sorted by each variable's (lower-cased label, id), in variable order.
        const sortKey = (row: (typeof result.rows)[number]) =>
          result.variables.map((v) => [row.bindings[v]!.label.toLowerCase(), row.bindings[v]!.id] as const);
        for (let i = 1; i < result.rows.length; i++) {
          const a = sortKey(result.rows[i - 1]!);
          const b = sortKey(result.rows[i]!);
          const cmp = a.map(([la, ia], k) => (la < b[k]![0] ? -1 : la > b[k]![0] ? 1 : ia < b[k]![1] ? -1 : ia > b[k]![1] ? 1 : 0)).find((d) => d !== 0) ?? 0;
          expect(cmp).toBeLessThanOrEqual(0);
        }
        expect(query(graph, pattern).rows).toEqual(result.rows);
        const got = result.rows
          .map((row) =>
            key(
              Object.fromEntries(Object.entries(row.bindings).map(([v, ref]) => [v, ref.id])),
              row.predicates,
              row.relations.map((r) => r.id),
            ),
          )
          .sort();
        expect(got).toEqual(naive(c));
      }),
      { numRuns: 600, seed: 20261127 },
    );
  });
});

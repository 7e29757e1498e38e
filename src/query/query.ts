// query(graph, pattern): the pattern language's entry point.
//
//   query(graph, "?who protests-against Russia")
//   query(graph, "?x:Organization protects ?e:Embassy . ?e represents ?s")
//
// Names in the pattern resolve like findEntity (label, then alias, then label prefix; kinds
// narrow). A name that matches nothing, or several entities equally well, is an error that points
// at it (PatternEntityError) rather than an empty result: an analyst must be able to tell "nobody
// did this" from "I misspelled the name".
import type { Predicate } from "../model/ontology.js";
import { PREDICATES } from "../model/ontology.js";
import { getIndex, type GraphIndex } from "./indexes.js";
import { compilePattern, executePattern, planPattern, type PlanStep, type RawSolutions } from "./pattern/engine.js";
import { parsePattern } from "./pattern/parse.js";
import type { ParsedPattern } from "./pattern/ast.js";
import type { MatchTier } from "./entities.js";
import { relationAt } from "./relations.js";
import type { EntityRef, KgGraph, RelationResult } from "./types.js";

export interface QueryOptions {
  /** Stop after this many solutions (0 or undefined: all). Applied before sorting. */
  limit?: number;
  /** Sort rows by the variables' labels, in variable order (default true). */
  sort?: boolean;
}

/**
 * One solution. `V` names the entity variables when the caller lists them
 * (`query<"who" | "target">(graph, "?who protests-against ?target")`), so `row.bindings.who` is
 * typed as always present; by default any name may be looked up.
 */
export interface QueryRow<V extends string = string> {
  /** Entity variable name (without "?") -> the entity bound to it. */
  bindings: Record<V, EntityRef>;
  /** Predicate variable name -> the predicate bound to it. */
  predicates: Record<string, Predicate>;
  /** The relation matched by each triple pattern, in the order the triples were written. */
  relations: RelationResult[];
}

export interface ResolvedEntity {
  /** The name or #id as written in the pattern, and where. */
  text: string;
  start: number;
  end: number;
  entity: EntityRef;
  /** How it matched; anything but "label" or "id" is worth showing to the user. */
  match: MatchTier | "id";
}

/** What a `?x~name` constraint matched: the variable ranges over these entities. */
export interface NameSetResult {
  text: string;
  start: number;
  end: number;
  variable: string;
  entities: EntityRef[];
  match: MatchTier;
}

export interface QueryResult<V extends string = string> {
  pattern: string;
  /** Entity variables in order of first appearance. */
  variables: string[];
  predicateVariables: string[];
  rows: QueryRow<V>[];
  resolved: ResolvedEntity[];
  /** How each `?x~name` resolved. */
  nameSets: NameSetResult[];
  /** The order the triples were evaluated in, with the planner's estimates. */
  plan: PlanStep[];
  /** True when `limit` cut the solutions short. */
  truncated: boolean;
}

function identity(count: number): Uint32Array {
  const order = new Uint32Array(count);
  for (let r = 0; r < count; r++) order[r] = r;
  return order;
}

/** Row numbers in result order. */
function sortRows(index: GraphIndex, solutions: RawSolutions, nodeCount: number): Uint32Array {
  const { width, count, data } = solutions;
  const rank = index.labelRank();
  const compareRows = (a: number, b: number): number => {
    const x = a * width;
    const y = b * width;
    for (let i = 0; i < nodeCount; i++) {
      const d = rank[data[x + i]!]! - rank[data[y + i]!]!;
      if (d !== 0) return d;
    }
    for (let i = nodeCount; i < width; i++) {
      const d = data[x + i]! - data[y + i]!;
      if (d !== 0) return d;
    }
    return a - b;
  };
  // Fast path: the ranks of the first `leading` entity variables, packed with the row number into
  // one exact number, are ordered by a native numeric sort; runs with equal ranks are then finished
  // with the full comparison. Same order as the comparison alone, several times faster.
  const base = Math.max(1, index.nodeCount);
  let leading = 0;
  while (leading < nodeCount && Math.pow(base, leading + 1) * count < Number.MAX_SAFE_INTEGER) leading++;
  if (leading > 0) {
    const keys = new Float64Array(count);
    for (let r = 0; r < count; r++) {
      let key = 0;
      for (let i = 0; i < leading; i++) key = key * base + rank[data[r * width + i]!]!;
      keys[r] = key * count + r;
    }
    keys.sort();
    const order = new Uint32Array(count);
    for (let r = 0; r < count; r++) order[r] = keys[r]! % count;
    for (let start = 0; start < count; ) {
      const group = Math.floor(keys[start]! / count);
      let end = start + 1;
      while (end < count && Math.floor(keys[end]! / count) === group) end++;
      if (end - start > 1) order.subarray(start, end).sort(compareRows);
      start = end;
    }
    return order;
  }
  return identity(count).sort(compareRows);
}

function relationCache(graph: KgGraph, index: GraphIndex, lookups: number): (edge: number) => RelationResult {
  const made: RelationResult[] = [];
  if (lookups > 4096) {
    const slot = new Int32Array(index.edgeCount);
    return (edge) => {
      const at = slot[edge]!;
      if (at > 0) return made[at - 1]!;
      const relation = relationAt(graph, index, edge);
      slot[edge] = made.push(relation);
      return relation;
    };
  }
  const byEdge = new Map<number, RelationResult>();
  return (edge) => {
    let relation = byEdge.get(edge);
    if (!relation) {
      relation = relationAt(graph, index, edge);
      byEdge.set(edge, relation);
    }
    return relation;
  };
}

/** Sets an own property, even for a variable named ?__proto__. */
function define<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Evaluates a pattern (text or parsed). Throws PatternError for a bad pattern or an unresolved name. */
export function query<V extends string = string>(
  graph: KgGraph,
  pattern: string | ParsedPattern,
  options: QueryOptions = {},
): QueryResult<V> {
  const parsed = typeof pattern === "string" ? parsePattern(pattern) : pattern;
  const index = getIndex(graph);
  const compiled = compilePattern(index, parsed);
  const plan = planPattern(index, compiled);
  const solutions = executePattern(index, compiled, plan, { limit: options.limit });
  const variables = parsed.nodeVariables;
  const predicateVariables = parsed.predicateVariables;
  const nodeCount = variables.length;
  const predicateCount = predicateVariables.length;
  const { width, count, data } = solutions;
  // Row order: by the variables' labels (through the index's label ranks), then by the predicate
  // variables and the matched edges' numbers.
  const order = options.sort !== false && count > 1 ? sortRows(index, solutions, nodeCount) : identity(count);
  // One RelationResult per distinct edge, shared by the rows that matched it. Large results use a
  // slot array over all edges (cheaper than a Map for tens of thousands of edges).
  const relationFor = relationCache(graph, index, count * parsed.triples.length);
  const tripleCount = parsed.triples.length;
  // Rows are built in the order they were found (which follows the index, so memory is read
  // mostly in sequence) and placed at their sorted position.
  const position = new Uint32Array(count);
  for (let r = 0; r < count; r++) position[order[r]!] = r;
  const materialized = new Array<QueryRow<V>>(count);
  for (let found = 0; found < count; found++) {
    const at = found * width;
    const bindings = {} as Record<V, EntityRef>;
    for (let i = 0; i < nodeCount; i++) define(bindings as Record<string, EntityRef>, variables[i]!, index.ref(data[at + i]!));
    const predicates: Record<string, Predicate> = {};
    for (let i = 0; i < predicateCount; i++) define(predicates, predicateVariables[i]!, PREDICATES[data[at + nodeCount + i]!]!);
    const relations = new Array<RelationResult>(tripleCount);
    for (let i = 0; i < tripleCount; i++) relations[i] = relationFor(data[at + nodeCount + predicateCount + i]!);
    materialized[position[found]!] = { bindings, predicates, relations };
  }
  return {
    pattern: parsed.source,
    variables: [...variables],
    predicateVariables: [...predicateVariables],
    rows: materialized,
    resolved: compiled.resolved.map((name) => ({
      text: name.text,
      start: name.start,
      end: name.end,
      entity: index.ref(name.node),
      match: name.match,
    })),
    nameSets: compiled.nameSets.map((set) => ({
      text: set.text,
      start: set.start,
      end: set.end,
      variable: variables[set.variable]!,
      entities: set.nodes.map((node) => index.ref(node)),
      match: set.match,
    })),
    plan,
    truncated: solutions.truncated,
  };
}

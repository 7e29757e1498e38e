// Evaluation of a parsed pattern over the graph index: names are resolved, triples are ordered by a
// greedy plan (most selective first, then always a triple that shares a bound variable), and
// solutions are enumerated by nested index look-ups. Works on integer ids; query.ts names them.
import { PatternError } from "../../errors.js";
import { ENTITY_KINDS, PREDICATES } from "../../model/ontology.js";
import { matchNodes, suggest, type MatchTier } from "../entities.js";
import { PatternEntityError } from "../errors.js";
import {
  ALL_KINDS,
  hasKind,
  kindMask,
  predicateIndex,
  predicateRange,
  type GraphIndex,
} from "../indexes.js";
import type { NodeTerm, ParsedPattern, TriplePattern } from "./ast.js";

/** One end of a compiled triple: a variable slot or a fixed node. */
interface End {
  variable: number; // -1 when fixed
  node: number; // -1 when a variable
}

export interface CompiledTriple {
  pattern: TriplePattern;
  /** Position of the triple in the pattern text. */
  position: number;
  subject: End;
  object: End;
  /** Allowed predicate ids (sorted); all of them for a predicate variable. */
  predicates: number[];
  predicateVariable: number; // -1 when fixed
}

export interface ResolvedName {
  /** The name or #id as written. */
  text: string;
  start: number;
  end: number;
  node: number;
  match: MatchTier | "id";
}

/** A `?x~name` constraint: the variable ranges over every entity the name matches. */
export interface NameSet {
  text: string;
  start: number;
  end: number;
  variable: number;
  nodes: number[];
  match: MatchTier;
}

export interface CompiledPattern {
  pattern: ParsedPattern;
  triples: CompiledTriple[];
  /** Kind mask per node variable (intersection of its constraints). */
  variableMasks: number[];
  /** Per node variable: the nodes it may take (from `~name`), sorted, or null for any. */
  variableNodes: (number[] | null)[];
  /** Per node variable: membership flags of variableNodes, or null. */
  variableAllowed: (Uint8Array | null)[];
  resolved: ResolvedName[];
  nameSets: NameSet[];
}

export interface PlanStep {
  /** Index of the triple in the pattern. */
  triple: number;
  /** Estimated number of edges looked at for each partial solution reaching this step. */
  estimate: number;
}

/**
 * Solutions as integer rows stored back to back in `data`: row r occupies
 * data[r * width .. (r + 1) * width): node bindings, then predicate bindings, then one edge per triple.
 */
export interface RawSolutions {
  width: number;
  count: number;
  data: Int32Array;
  truncated: boolean;
}

export function compilePattern(index: GraphIndex, pattern: ParsedPattern): CompiledPattern {
  const masks = pattern.nodeVariables.map(() => ALL_KINDS);
  const constraintOf = pattern.nodeVariables.map(() => [] as string[]);
  const resolved: ResolvedName[] = [];
  const resolvedAt = new Map<number, number>();
  const variableNodes: (number[] | null)[] = pattern.nodeVariables.map(() => null);
  const nameSets: NameSet[] = [];
  const end = (term: NodeTerm): End => {
    if (term.term === "variable") {
      const variable = pattern.nodeVariables.indexOf(term.name);
      if (term.kinds.length > 0) {
        const mask = masks[variable]! & kindMask(term.kinds);
        if (mask === 0) {
          throw new PatternError(
            pattern.source,
            term.span.start,
            `a kind for ?${term.name} compatible with its other constraint (${constraintOf[variable]!.join("|")})`,
          );
        }
        masks[variable] = mask;
        constraintOf[variable]!.push(...term.kinds);
      }
      if (term.among) {
        const kinds = term.kinds.length > 0 ? term.kinds : undefined;
        const { nodes, match } = matchNodes(index, term.among.name, kinds);
        if (nodes.length === 0) {
          throw new PatternEntityError(pattern.source, term.among.span.start, term.among.name, "unknown", suggest(index, term.among.name, kinds));
        }
        const sorted = [...nodes].sort((a, b) => a - b);
        const previous = variableNodes[variable];
        variableNodes[variable] = previous ? previous.filter((node) => sorted.includes(node)) : sorted;
        nameSets.push({ text: term.among.name, start: term.among.span.start, end: term.among.span.end, variable, nodes: sorted, match });
      }
      return { variable, node: -1 };
    }
    const known = resolvedAt.get(term.span.start);
    if (known !== undefined) return { variable: -1, node: known };
    const node = resolveTerm(index, pattern.source, term);
    resolvedAt.set(term.span.start, node.node);
    resolved.push(node);
    return { variable: -1, node: node.node };
  };
  const triples = pattern.triples.map((triple, position): CompiledTriple => {
    const subject = end(triple.subject);
    const predicateVariable =
      triple.predicate.term === "variable" ? pattern.predicateVariables.indexOf(triple.predicate.name) : -1;
    const predicates =
      triple.predicate.term === "variable"
        ? PREDICATES.map((_, i) => i)
        : [...new Set(triple.predicate.predicates.map(predicateIndex))].sort((a, b) => a - b);
    const object = end(triple.object);
    return { pattern: triple, position, subject, object, predicates, predicateVariable };
  });
  const variableAllowed = variableNodes.map((nodes) => {
    if (!nodes) return null;
    const allowed = new Uint8Array(index.nodeCount);
    for (const node of nodes) allowed[node] = 1;
    return allowed;
  });
  return { pattern, triples, variableMasks: masks, variableNodes, variableAllowed, resolved, nameSets };
}

function resolveTerm(index: GraphIndex, source: string, term: Exclude<NodeTerm, { term: "variable" }>): ResolvedName {
  const mask = kindMask(term.kinds);
  if (term.term === "id") {
    const node = index.nodeId.get(term.id);
    if (node === undefined || !hasKind(index, node, mask)) {
      const kinds = term.kinds.length > 0 ? ` of kind ${term.kinds.join("|")}` : "";
      throw new PatternError(source, term.span.start, `the id of a node${kinds}; there is no node #${term.id}${kinds}`);
    }
    return { text: `#${term.id}`, start: term.span.start, end: term.span.end, node, match: "id" };
  }
  const kinds = term.kinds.length > 0 ? term.kinds : undefined;
  const { nodes, match } = matchNodes(index, term.name, kinds);
  if (nodes.length === 0) {
    throw new PatternEntityError(source, term.span.start, term.name, "unknown", suggest(index, term.name, kinds));
  }
  if (nodes.length > 1) {
    const candidates = nodes.map((node) => index.ref(node));
    throw new PatternEntityError(source, term.span.start, term.name, "ambiguous", candidates);
  }
  return { text: term.name, start: term.span.start, end: term.span.end, node: nodes[0]!, match };
}

/** Number of edges with one of `predicates` around `node` (out or in). */
function degreeOf(index: GraphIndex, node: number, predicates: number[], out: boolean): number {
  const [start, list] = out ? [index.outStart, index.outEdges] : [index.inStart, index.inEdges];
  if (predicates.length === PREDICATES.length) return start[node + 1]! - start[node]!;
  let total = 0;
  for (const p of predicates) {
    const [from, to] = predicateRange(start, list, index.edgePredicate, node, p);
    total += to - from;
  }
  return total;
}

function kindFraction(index: GraphIndex, mask: number): number {
  if (mask === ALL_KINDS || index.nodeCount === 0) return 1;
  let count = 0;
  for (let k = 0; k < ENTITY_KINDS.length; k++) if (mask & (1 << k)) count += index.nodesByKind[k]!;
  return count / index.nodeCount;
}

/** Orders the triples: cheapest first given what is bound so far; ties keep the written order. */
export function planPattern(index: GraphIndex, compiled: CompiledPattern): PlanStep[] {
  const boundNodes = new Set<number>();
  const boundPredicates = new Set<number>();
  const remaining = [...compiled.triples];
  const plan: PlanStep[] = [];
  const n = Math.max(1, index.nodeCount);
  while (remaining.length > 0) {
    let best = 0;
    let bestCost = Infinity;
    for (let i = 0; i < remaining.length; i++) {
      const cost = estimate(index, compiled, remaining[i]!, boundNodes, boundPredicates, n);
      if (cost < bestCost) {
        best = i;
        bestCost = cost;
      }
    }
    const [triple] = remaining.splice(best, 1);
    plan.push({ triple: triple!.position, estimate: Math.round(bestCost * 100) / 100 });
    if (triple!.subject.variable >= 0) boundNodes.add(triple!.subject.variable);
    if (triple!.object.variable >= 0) boundNodes.add(triple!.object.variable);
    if (triple!.predicateVariable >= 0) boundPredicates.add(triple!.predicateVariable);
  }
  return plan;
}

function estimate(
  index: GraphIndex,
  compiled: CompiledPattern,
  triple: CompiledTriple,
  boundNodes: Set<number>,
  boundPredicates: Set<number>,
  n: number,
): number {
  const predicateShare = triple.predicateVariable >= 0 && boundPredicates.has(triple.predicateVariable) ? 1 / PREDICATES.length : 1;
  let edges = 0;
  for (const p of triple.predicates) edges += index.byPredicate[p]!.length;
  edges *= predicateShare;
  const fixed = (end: End): boolean => end.node >= 0;
  const bound = (end: End): boolean => end.node >= 0 || boundNodes.has(end.variable);
  const mask = (end: End): number => (end.variable >= 0 ? compiled.variableMasks[end.variable]! : ALL_KINDS);
  if (bound(triple.subject) && bound(triple.object)) return 0.5;
  if (fixed(triple.subject)) return degreeOf(index, triple.subject.node, triple.predicates, true) * predicateShare;
  if (fixed(triple.object)) return degreeOf(index, triple.object.node, triple.predicates, false) * predicateShare;
  const setCost = setScanCost(index, compiled, triple);
  if (setCost !== null) return setCost * predicateShare;
  // One end bound by an earlier triple: the average degree for these predicates.
  if (bound(triple.subject) || bound(triple.object)) return 1 + edges / n;
  // Nothing bound: a scan, cheaper to continue from when the kinds are selective.
  return edges * kindFraction(index, mask(triple.subject)) * kindFraction(index, mask(triple.object)) + n;
}

/** Edges visited by walking the adjacency of a `~name` end's nodes (the cheaper end), or null. */
function setScanCost(index: GraphIndex, compiled: CompiledPattern, triple: CompiledTriple): number | null {
  const cost = (end: End, out: boolean): number | null => {
    const nodes = end.variable >= 0 ? compiled.variableNodes[end.variable] : null;
    if (!nodes) return null;
    let total = 0;
    for (const node of nodes) total += degreeOf(index, node, triple.predicates, out);
    return total;
  };
  const s = cost(triple.subject, true);
  const o = cost(triple.object, false);
  if (s === null) return o;
  if (o === null) return s;
  return Math.min(s, o);
}

export interface ExecuteOptions {
  /** Stop after this many solutions (0 or undefined: all). */
  limit?: number;
}

export function executePattern(
  index: GraphIndex,
  compiled: CompiledPattern,
  plan: PlanStep[],
  options: ExecuteOptions = {},
): RawSolutions {
  const nodeCount = compiled.pattern.nodeVariables.length;
  const predicateCount = compiled.pattern.predicateVariables.length;
  const tripleCount = compiled.triples.length;
  const width = nodeCount + predicateCount + tripleCount;
  const limit = options.limit && options.limit > 0 ? options.limit : Infinity;
  const nodes = new Int32Array(nodeCount).fill(-1);
  const predicates = new Int32Array(predicateCount).fill(-1);
  const edges = new Int32Array(tripleCount).fill(-1);
  let data = new Int32Array(Math.max(1, width) * 64);
  let count = 0;
  const ordered = plan.map((step) => compiled.triples[step.triple]!);
  const masks = compiled.variableMasks;
  const allowedNodes = compiled.variableAllowed;
  const { edgeSource, edgeTarget, edgePredicate } = index;
  let truncated = false;

  const emit = (): void => {
    let at = count * width;
    if (at + width > data.length) {
      const grown = new Int32Array(data.length * 2);
      grown.set(data);
      data = grown;
    }
    for (let i = 0; i < nodeCount; i++) data[at++] = nodes[i]!;
    for (let i = 0; i < predicateCount; i++) data[at++] = predicates[i]!;
    for (let i = 0; i < tripleCount; i++) data[at++] = edges[i]!;
    count++;
  };

  const valueOf = (end: End): number => (end.node >= 0 ? end.node : nodes[end.variable]!);

  /** Tries edge `e` for `triple`: binds what is unbound, recurses, unbinds. False stops the search. */
  const tryEdge = (depth: number, triple: CompiledTriple, e: number): boolean => {
    const s = edgeSource[e]!;
    const t = edgeTarget[e]!;
    const sv = triple.subject.variable;
    const ov = triple.object.variable;
    const pv = triple.predicateVariable;
    let boundS = false;
    let boundO = false;
    let boundP = false;
    let ok = true;
    let more = true;
    if (pv >= 0) {
      const current = predicates[pv]!;
      if (current === -1) {
        predicates[pv] = edgePredicate[e]!;
        boundP = true;
      } else if (current !== edgePredicate[e]) return true;
    }
    const subjectNode = triple.subject.node >= 0 ? triple.subject.node : nodes[sv]!;
    if (subjectNode === -1) {
      if (hasKind(index, s, masks[sv]!) && (allowedNodes[sv] === null || allowedNodes[sv]![s] === 1)) {
        nodes[sv] = s;
        boundS = true;
      } else ok = false;
    } else if (subjectNode !== s) ok = false;
    if (ok) {
      const objectNode = triple.object.node >= 0 ? triple.object.node : nodes[ov]!;
      if (objectNode === -1) {
        if (hasKind(index, t, masks[ov]!) && (allowedNodes[ov] === null || allowedNodes[ov]![t] === 1)) {
          nodes[ov] = t;
          boundO = true;
        } else ok = false;
      } else if (objectNode !== t) ok = false;
    }
    if (ok) {
      edges[triple.position] = e;
      more = step(depth + 1);
    }
    if (boundP) predicates[pv] = -1;
    if (boundS) nodes[sv] = -1;
    if (boundO) nodes[ov] = -1;
    return more;
  };

  /** Returns false once the limit is reached, to stop the search. */
  const step = (depth: number): boolean => {
    if (depth === ordered.length) {
      emit();
      if (count >= limit) {
        truncated = true;
        return false;
      }
      return true;
    }
    const triple = ordered[depth]!;
    const subjectNode = valueOf(triple.subject);
    const objectNode = valueOf(triple.object);
    const pv = triple.predicateVariable;
    const allowed = pv >= 0 && predicates[pv]! >= 0 ? [predicates[pv]!] : triple.predicates;
    /** Tries the edges of `node` (out or in) whose predicate is allowed. */
    const walk = (node: number, out: boolean): boolean => {
      const start = out ? index.outStart : index.inStart;
      const list = out ? index.outEdges : index.inEdges;
      if (allowed.length === PREDICATES.length) {
        for (let i = start[node]!, to = start[node + 1]!; i < to; i++) {
          if (!tryEdge(depth, triple, list[i]!)) return false;
        }
        return true;
      }
      for (const p of allowed) {
        const [from, to] = predicateRange(start, list, edgePredicate, node, p);
        for (let i = from; i < to; i++) if (!tryEdge(depth, triple, list[i]!)) return false;
      }
      return true;
    };
    if (subjectNode >= 0 || objectNode >= 0) {
      // Walk the smaller side's adjacency.
      const out =
        subjectNode >= 0 &&
        (objectNode < 0 ||
          index.outStart[subjectNode + 1]! - index.outStart[subjectNode]! <=
            index.inStart[objectNode + 1]! - index.inStart[objectNode]!);
      return walk(out ? subjectNode : objectNode, out);
    }
    // Neither end bound: walk the nodes of a `~name` end if it has them, else scan the predicates.
    const subjectSet = triple.subject.variable >= 0 ? (compiled.variableNodes[triple.subject.variable] ?? null) : null;
    const objectSet = triple.object.variable >= 0 ? (compiled.variableNodes[triple.object.variable] ?? null) : null;
    if (subjectSet || objectSet) {
      const out = subjectSet !== null && (objectSet === null || subjectSet.length <= objectSet.length);
      for (const node of (out ? subjectSet : objectSet)!) if (!walk(node, out)) return false;
      return true;
    }
    for (const p of allowed) {
      const list = index.byPredicate[p]!;
      for (let i = 0; i < list.length; i++) if (!tryEdge(depth, triple, list[i]!)) return false;
    }
    return true;
  };

  if (tripleCount > 0) step(0);
  return { width, count, data, truncated };
}

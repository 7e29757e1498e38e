// The parsed form of a pattern. Every part keeps its character span in the pattern text so later
// errors (an unknown entity, say) can point at it.
import type { EntityKind, Predicate } from "../../model/ontology.js";

export interface Span {
  /** 0-based offset of the first character. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

/**
 * `?name`, optionally constrained by kind (`?x:Organization`, `?x:Group|Person`) and to every
 * entity a name matches (`?p~police`, `?p:Organization~"riot police"`).
 */
export interface VariableTerm {
  term: "variable";
  name: string;
  kinds: EntityKind[];
  /** The name after "~", if any, and where it is. */
  among?: { name: string; span: Span };
  span: Span;
}

/** An entity by name (`Russia`, `"Embassy of Russia in Baku"`), optionally with kinds. */
export interface NameTerm {
  term: "name";
  name: string;
  kinds: EntityKind[];
  span: Span;
}

/** An entity by node id: `#n12`. */
export interface IdTerm {
  term: "id";
  id: string;
  kinds: EntityKind[];
  span: Span;
}

export type NodeTerm = VariableTerm | NameTerm | IdTerm;

/** One predicate or alternatives (`protects|attacks`), or a predicate variable (`?p`). */
export type PredicateTerm =
  | { term: "predicates"; predicates: Predicate[]; span: Span }
  | { term: "variable"; name: string; span: Span };

export interface TriplePattern {
  subject: NodeTerm;
  predicate: PredicateTerm;
  object: NodeTerm;
  span: Span;
}

export interface ParsedPattern {
  /** The pattern text as given. */
  source: string;
  triples: TriplePattern[];
  /** Entity variables in order of first appearance (without "?"). */
  nodeVariables: string[];
  /** Predicate variables in order of first appearance. */
  predicateVariables: string[];
}

// Result types of the query API. Plain values: safe to JSON.stringify and to pipe into other tools.
import type { AbstractGraph } from "graphology-types";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from "../model/types.js";
import type { EntityKind, Predicate } from "../model/ontology.js";

/** The built knowledge graph as the query API sees it. */
export type KgGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** A node, reduced to what a result row needs to name it. */
export interface EntityRef {
  /** The graphology node key. */
  id: string;
  label: string;
  kind: EntityKind;
}

/** One edge of the graph with both ends named and all its evidence. */
export interface RelationResult {
  /** The graphology edge key. */
  id: string;
  predicate: Predicate;
  source: EntityRef;
  target: EntityRef;
  /** How many times the relation was read (the number of evidence items as built). */
  weight: number;
  evidence: Evidence[];
}

/** A kind filter: one kind or any of several. */
export type KindFilter = EntityKind | readonly EntityKind[];

/** A predicate filter: one predicate or any of several. */
export type PredicateFilter = Predicate | readonly Predicate[];

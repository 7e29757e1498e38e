// The graph as the viewer holds it: the attributes of ONTOLOGY.md, made total by ../graph/normalize.ts.
// `kind` and `predicate` stay plain strings so that a foreign GEXF file with other kinds still shows.
import type Graph from "graphology";
import type { EdgeAttributes, Evidence, MentionEvidence, NodeAttributes } from "../../../src/model/types.js";

export type { Evidence, MentionEvidence };

/** A built graph's node attributes, with any kind a foreign file may bring. */
export type ViewNode = Omit<NodeAttributes, "kind"> & { kind: string };

/** A built graph's edge attributes, with any predicate a foreign file may bring. */
export type ViewEdge = Omit<EdgeAttributes, "predicate"> & { predicate: string };

export interface ViewGraphAttributes {
  name?: string;
  generator?: string;
  articles?: number;
}

export type ViewGraph = Graph<ViewNode, ViewEdge, ViewGraphAttributes>;

export const UNKNOWN_KIND = "Unknown";
export const FALLBACK_COLOR = "#999999";

// The graph as the viewer holds it: the attributes of ONTOLOGY.md, made total by ../graph/normalize.ts.
// `kind` and `predicate` stay plain strings so that a foreign GEXF file with other kinds still shows.
import type Graph from "graphology";
import type { Evidence, MentionEvidence } from "../../../src/model/types.js";

export type { Evidence, MentionEvidence };

export interface ViewNode {
  label: string;
  kind: string;
  aliases: string[];
  mentions: number;
  evidence: MentionEvidence[];
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ViewEdge {
  predicate: string;
  label: string;
  weight: number;
  evidence: Evidence[];
  color: string;
}

export interface ViewGraphAttributes {
  name?: string;
  generator?: string;
  articles?: number;
}

export type ViewGraph = Graph<ViewNode, ViewEdge, ViewGraphAttributes>;

export const UNKNOWN_KIND = "Unknown";
export const FALLBACK_COLOR = "#999999";

import type { AbstractGraph, Attributes } from "graphology-types";

/** Any graphology graph; exporters read the attributes of ONTOLOGY.md and keep unknown ones. */
export type ExportableGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/**
 * A file an exporter produces: a path relative to the output directory and its text, made on
 * demand as a sequence of pieces (see chunks.ts). Each call of `pieces` starts the text over.
 */
export interface OutputFile {
  path: string;
  pieces(): Iterable<string>;
}

/** A swappable export format. Pure: takes the laid-out graph, returns its files (made lazily). */
export interface Exporter {
  readonly name: string;
  readonly description: string;
  write(graph: ExportableGraph): OutputFile[];
}

import type { AbstractGraph, Attributes } from "graphology-types";

/** Any graphology graph; exporters read the attributes of ONTOLOGY.md and keep unknown ones. */
export type ExportableGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** A file an exporter produces: a path relative to the output directory and its content. */
export interface OutputFile {
  path: string;
  content: string;
}

/** A swappable export format. Pure: takes the laid-out graph, returns file contents. */
export interface Exporter {
  readonly name: string;
  readonly description: string;
  write(graph: ExportableGraph): OutputFile[];
}

// The package entry point (`import { ... } from "news-kg"`). Each stage adds its public API here.

// Errors
export { KgError, UsageError, InputError, GraphFormatError, PatternError, NothingToBuildError } from "./errors.js";

// Ontology and data types
export * from "./model/ontology.js";
export type * from "./model/types.js";

// Query: load a graph, find entities, relations, paths, statistics, triple patterns
export * from "./query/index.js";
export { readGraph as loadGraph, DEFAULT_GRAPH_FILE } from "./io/readGraph.js";

// Ingest: bytes -> Article; reading inputs and writing outputs atomically
export { ingest, isSkipped, formatOf, type IngestResult, type IngestOptions, type InputFormat } from "./ingest/index.js";
export type { RawInput, Warning } from "./ingest/types.js";
export { collectInputs, parseSize, DEFAULT_MAX_FILE_SIZE, type CollectOptions } from "./io/inputs.js";
export { writeOutputsAtomically, OUTPUT_MARKER } from "./io/outputs.js";

// Layout and exports: ForceAtlas2 positions, sizes, colors; graph -> files
export { layoutGraph, computeLayout, iterationsFor, type LayoutOptions, type Positions } from "./layout/index.js";
export { EXPORTERS, DEFAULT_FORMATS, exportAll, exportFiles, getExporter, type Exporter, type OutputFile } from "./export/index.js";

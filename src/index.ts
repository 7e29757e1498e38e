// The package entry point (`import { ... } from "news-kg"`). Each stage adds its public API here.

// Errors
export { KgError, UsageError, InputError, GraphFormatError, PatternError, NothingToBuildError } from "./errors.js";

// Ontology and data types
export * from "./model/ontology.js";
export type * from "./model/types.js";

// Query: load a graph, find entities, relations, paths, statistics, triple patterns
export * from "./query/index.js";
export { readGraph as loadGraph, DEFAULT_GRAPH_FILE } from "./io/readGraph.js";

// The query API: load a saved graph, find entities, list relations, neighbours, paths, statistics,
// and evaluate triple patterns. Everything here is pure; src/io/readGraph.ts reads files.
export type { KgGraph, EntityRef, RelationResult, KindFilter, PredicateFilter } from "./types.js";
export { parseGraphJson, parseGexf } from "./load.js";
export { findEntity, findEntities, resolveEntity, type EntityMatch, type FindOptions, type MatchTier } from "./entities.js";
export { relations, neighbours, type RelationFilter, type Neighbour, type NeighbourOptions, type Direction } from "./relations.js";
export { shortestPaths, type PathOptions, type Path, type PathStep, type PathsResult } from "./paths.js";
export { stats, type GraphStats, type StatsOptions, type DegreeEntry, type Community } from "./stats.js";
export { describeEntity, type EntityDetails } from "./describe.js";
export { query, type QueryOptions, type QueryResult, type QueryRow, type ResolvedEntity, type NameSetResult } from "./query.js";
export { parsePattern } from "./pattern/parse.js";
export type { ParsedPattern, TriplePattern, NodeTerm, PredicateTerm, Span } from "./pattern/ast.js";
export type { PlanStep } from "./pattern/engine.js";
export { UnknownEntityError, AmbiguousEntityError, PatternEntityError } from "./errors.js";
export { normalizeName } from "./normalize.js";
export {
  queryToTable,
  queryToCsv,
  queryToJson,
  entityToText,
  pathsToText,
  OUTPUT_FORMATS,
  type OutputFormat,
  type TextOptions,
} from "./format.js";

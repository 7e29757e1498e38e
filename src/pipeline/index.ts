// The build pipeline as pure stages: raw inputs -> articles -> extractions -> graph (laid out).
// Reading inputs and writing outputs is the caller's job (src/io, src/cli).
import type { Extractor } from "../extract/types.js";
import { buildGraph, type KnowledgeGraph } from "../graph/build.js";
import { ingest } from "../ingest/index.js";
import type { RawInput, Warning } from "../ingest/types.js";
import { layoutGraph } from "../layout/index.js";
import type { Article, Extraction } from "../model/types.js";
import type { CrossDocumentResolver } from "../resolve/types.js";
import { resolveAcrossDocuments } from "../resolve/crossDocument.js";
import type { ExtractionStore } from "../io/cache.js";
import { extractArticles } from "./incremental.js";
import type { ExtractorSpec } from "./parallel.js";

export type Stage = "ingest" | "extract" | "resolve" | "graph" | "layout";

/** Reported through BuildOptions.onProgress; the CLI renders it. */
export interface ProgressData {
  stage: Stage;
  done: number;
  total: number;
  /** Words extracted so far (extract stage). */
  words: number;
  /** How many of `done` came from the extraction cache (extract stage). */
  cached?: number;
}

export interface BuildOptions {
  extractor: Extractor;
  resolver?: CrossDocumentResolver;
  /** Seed of the layout's start positions. */
  seed?: number;
  onProgress?: (progress: ProgressData) => void;
  /** Extraction cache (runBuildAsync); default none. */
  cache?: ExtractionStore;
  /** Hash of the extractor configuration, part of the cache key. */
  configHash?: string;
  /** Worker threads for extraction (runBuildAsync); default os.availableParallelism(). */
  jobs?: number;
  /** How worker threads build the same extractor; without it extraction stays in this thread. */
  spec?: ExtractorSpec;
  /**
   * Keep the per-article extractions in the result (default true). A caller that needs only the
   * graph passes false: the extractions (sentences, mentions: as much memory as the graph itself
   * on a large corpus) are then let go as soon as the graph is built, before the layout runs.
   */
  keepExtractions?: boolean;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  articles: Article[];
  extractions: Extraction[];
  warnings: Warning[];
  /** Milliseconds spent per stage. */
  timings: Record<Stage, number>;
  /**
   * CPU milliseconds per stage, all threads (runBuildAsync): on a busy machine wall times grow with
   * the load, CPU times much less.
   */
  cpu?: Record<Stage, number>;
  /** Articles taken from the cache and extracted in this run, and their words (runBuildAsync). */
  extraction?: { cached: number; extracted: number; words: number };
}

export function ingestAll(raws: readonly RawInput[]): { articles: Article[]; warnings: Warning[] } {
  const articles: Article[] = [];
  const warnings: Warning[] = [];
  for (const raw of raws) {
    const result = ingest(raw);
    warnings.push(...result.warnings);
    if (result.article) articles.push(result.article);
  }
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { articles, warnings };
}


/** Resolve, build and lay out the graph from per-article extractions. */
export function graphFromExtractions(
  extractions: readonly Extraction[],
  options: BuildOptions & {
    timings?: Record<Stage, number>;
    cpu?: Record<Stage, number>;
    /** Called once the graph is built, before the layout: the extractions are no longer read. */
    onGraphBuilt?: () => void;
  },
): KnowledgeGraph {
  const cpuNow = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let c = cpuNow();
  let resolveCpu = 0;
  // stages without a count are reported as 0 of 1 when they start and 1 of 1 when they end
  const mark = (stage: Stage, done: 0 | 1): void => options.onProgress?.({ stage, done, total: 1, words: 0 });
  let t = performance.now();
  // time the resolver on its own: buildGraph calls it, the rest of buildGraph is the graph stage
  let resolveMs = 0;
  const resolver = options.resolver ?? resolveAcrossDocuments;
  const timedResolver: CrossDocumentResolver = (list) => {
    mark("resolve", 0);
    const start = performance.now();
    const startCpu = cpuNow();
    const resolution = resolver(list);
    resolveMs += performance.now() - start;
    resolveCpu += cpuNow() - startCpu;
    mark("resolve", 1);
    mark("graph", 0);
    return resolution;
  };
  const graph = buildGraph(extractions, {
    resolver: timedResolver,
    generator: `${options.extractor.name}@${options.extractor.version}`,
  });
  if (options.timings) {
    options.timings.resolve = resolveMs;
    options.timings.graph = performance.now() - t - resolveMs;
  }
  if (options.cpu) {
    options.cpu.resolve = resolveCpu;
    options.cpu.graph = cpuNow() - c - resolveCpu;
  }
  options.onGraphBuilt?.();
  c = cpuNow();
  mark("graph", 1);
  mark("layout", 0);
  t = performance.now();
  layoutGraph(graph, { seed: options.seed ?? 1 });
  if (options.timings) options.timings.layout = performance.now() - t;
  if (options.cpu) options.cpu.layout = cpuNow() - c;
  mark("layout", 1);
  return graph;
}

/**
 * The whole build after reading: ingest, extract (only articles missing from the cache, on `jobs`
 * worker threads when it pays, serially otherwise), resolve, graph and layout. The graph does not
 * depend on the cache or the number of threads.
 */
export async function runBuildAsync(raws: readonly RawInput[], options: BuildOptions): Promise<BuildResult> {
  const timings: Record<Stage, number> = { ingest: 0, extract: 0, resolve: 0, graph: 0, layout: 0 };
  const cpu: Record<Stage, number> = { ingest: 0, extract: 0, resolve: 0, graph: 0, layout: 0 };
  const cpuNow = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let t = performance.now();
  let c = cpuNow();
  const { articles, warnings } = ingestAll(raws);
  timings.ingest = performance.now() - t;
  cpu.ingest = cpuNow() - c;
  t = performance.now();
  c = cpuNow();
  const extracted = await extractArticles(articles, {
    extractor: options.extractor,
    ...(options.spec ? { spec: options.spec } : {}),
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.configHash ? { configHash: options.configHash } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  timings.extract = performance.now() - t;
  cpu.extract = cpuNow() - c;
  const keep = options.keepExtractions ?? true;
  const graph = graphFromExtractions(extracted.extractions, {
    ...options,
    timings,
    cpu,
    ...(keep ? {} : { onGraphBuilt: () => void (extracted.extractions.length = 0) }),
  });
  const { cached, words } = extracted;
  return {
    graph,
    articles,
    extractions: extracted.extractions,
    warnings,
    timings,
    cpu,
    extraction: { cached, extracted: extracted.extracted, words },
  };
}

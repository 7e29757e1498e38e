// The build pipeline as pure stages: raw inputs -> articles -> extractions -> graph (laid out).
// Reading inputs and writing outputs is the caller's job (src/io, src/cli).
import type { Extractor } from "../extract/types.js";
import { buildGraph, type KnowledgeGraph } from "../graph/build.js";
import { ingest } from "../ingest/index.js";
import type { RawInput, Warning } from "../ingest/types.js";
import { layoutGraph } from "../layout/index.js";
import type { Article, Extraction } from "../model/types.js";
import type { CrossDocumentResolver } from "../resolve/types.js";

export type Stage = "ingest" | "extract" | "resolve" | "layout";

/** Reported through BuildOptions.onProgress; the CLI renders it. */
export interface ProgressData {
  stage: Stage;
  done: number;
  total: number;
  /** Words extracted so far (extract stage). */
  words: number;
}

export interface BuildOptions {
  extractor: Extractor;
  resolver?: CrossDocumentResolver;
  /** Seed of the layout's start positions. */
  seed?: number;
  onProgress?: (progress: ProgressData) => void;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  articles: Article[];
  extractions: Extraction[];
  warnings: Warning[];
  /** Milliseconds spent per stage. */
  timings: Record<Stage, number>;
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

export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export function extractAll(
  articles: readonly Article[],
  extractor: Extractor,
  onProgress?: (progress: ProgressData) => void,
): Extraction[] {
  let words = 0;
  return articles.map((article, i) => {
    const extraction = extractor.extract(article);
    words += countWords(article.text);
    onProgress?.({ stage: "extract", done: i + 1, total: articles.length, words });
    return extraction;
  });
}

/** Resolve, build and lay out the graph from per-article extractions. */
export function graphFromExtractions(
  extractions: readonly Extraction[],
  options: Omit<BuildOptions, "onProgress"> & { timings?: Record<Stage, number> },
): KnowledgeGraph {
  let t = performance.now();
  const graph = buildGraph(extractions, {
    resolver: options.resolver,
    generator: `${options.extractor.name}@${options.extractor.version}`,
  });
  if (options.timings) options.timings.resolve = performance.now() - t;
  t = performance.now();
  layoutGraph(graph, { seed: options.seed ?? 1 });
  if (options.timings) options.timings.layout = performance.now() - t;
  return graph;
}

export function runBuild(raws: readonly RawInput[], options: BuildOptions): BuildResult {
  const timings: Record<Stage, number> = { ingest: 0, extract: 0, resolve: 0, layout: 0 };
  let t = performance.now();
  const { articles, warnings } = ingestAll(raws);
  timings.ingest = performance.now() - t;
  t = performance.now();
  const extractions = extractAll(articles, options.extractor, options.onProgress);
  timings.extract = performance.now() - t;
  const graph = graphFromExtractions(extractions, { ...options, timings });
  return { graph, articles, extractions, warnings, timings };
}

// The extract stage of a build with a cache and worker threads: look every article up in the
// cache, extract only the misses (in parallel when it pays), store what was extracted, and return
// the extractions in article order. The result does not depend on the cache or on the number of
// jobs: a cached, parallel build gives the same extractions as a cold, serial one.
import type { ExtractionStore } from "../io/cache.js";
import type { Extractor } from "../extract/types.js";
import type { Article, Extraction } from "../model/types.js";
import { articleCacheKey, extractorPrefix } from "./cacheKey.js";
import { shareArticleText } from "./cacheCodec.js";
import { defaultJobs, extractInWorkers, type ExtractorSpec } from "./parallel.js";
import { countWords } from "../util/text.js";

/** Progress of the extract stage, as reported to onProgress. */
export interface ExtractProgress {
  stage: "extract";
  done: number;
  total: number;
  /** Words of the articles done so far. */
  words: number;
  /** How many of `done` came from the cache. */
  cached: number;
}

export interface ExtractStageOptions {
  /** The extractor, used in this thread for serial runs and to name the cache entries. */
  extractor: Extractor;
  /** How worker threads build the same extractor; without it extraction runs in this thread. */
  spec?: ExtractorSpec;
  /** Worker threads; default os.availableParallelism(). 1 extracts in this thread. */
  jobs?: number;
  /** Worker script URL (tests); default the compiled worker next to parallel.js. */
  workerUrl?: string;
  cache?: ExtractionStore;
  /** Hash of configuration that the extractor's version does not already reflect. */
  configHash?: string;
  onProgress?: (progress: ExtractProgress) => void;
  /** Called once per article with its extraction, cached or fresh, in completion order. */
  onResult?: (index: number, extraction: Extraction) => void;
}

export interface ExtractStageResult {
  extractions: Extraction[];
  /** Articles taken from the cache. */
  cached: number;
  /** Articles extracted in this run. */
  extracted: number;
  words: number;
}

/**
 * Below this many misses per job, starting worker threads (each loads the extractor's lexicons,
 * a fraction of a second) costs more than extracting in this thread.
 */
export const MIN_ARTICLES_PER_JOB = 16;


export async function extractArticles(
  articles: readonly Article[],
  options: ExtractStageOptions,
): Promise<ExtractStageResult> {
  const total = articles.length;
  const results: (Extraction | undefined)[] = new Array(total);
  const prefix = extractorPrefix({
    name: options.extractor.name,
    version: options.extractor.version,
    ...(options.configHash ? { config: options.configHash } : {}),
  });
  const keys: string[] = articles.map((article) => articleCacheKey(article, prefix));
  let done = 0;
  let words = 0;
  let cached = 0;
  const report = (article: Article): void => {
    done++;
    words += countWords(article.text);
    options.onProgress?.({ stage: "extract", done, total, words, cached });
  };

  const missing: number[] = [];
  articles.forEach((article, i) => {
    const hit = options.cache?.get(keys[i]!, article);
    if (hit === undefined) {
      missing.push(i);
      return;
    }
    results[i] = hit;
    cached++;
    report(article);
    options.onResult?.(i, hit);
  });

  const store = (i: number, extraction: Extraction): void => {
    const article = articles[i]!;
    results[i] = extraction;
    options.cache?.put(keys[i]!, article, extraction);
    report(article);
    options.onResult?.(i, extraction);
  };

  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const useWorkers = options.spec !== undefined && jobs > 1 && missing.length >= jobs * MIN_ARTICLES_PER_JOB;
  if (useWorkers) {
    const todo = missing.map((i) => articles[i]!);
    await extractInWorkers(todo, {
      jobs,
      spec: options.spec!,
      ...(options.workerUrl ? { workerUrl: options.workerUrl } : {}),
      // a worker's message copies every string: share the article's text again (see shareArticleText)
      onExtracted: (j, extraction) => store(missing[j]!, shareArticleText(articles[missing[j]!]!, extraction)),
    });
  } else {
    for (const i of missing) store(i, options.extractor.extract(articles[i]!));
  }
  return { extractions: results as Extraction[], cached, extracted: missing.length, words };
}

// kg extract: per-article extractions without building a graph.
// - `kg extract FILE` prints the one article's Extraction (entities, mentions, relations with evidence) as JSON.
// - `kg extract --jsonl INPUTS...` streams one Extraction per line, in article-id order, so extraction
//   can run as the map step of a distributed engine; `kg merge` is the matching reduce step.
import type { Command } from "commander";
import { NothingToBuildError, UsageError } from "../../errors.js";
import { createExtractor } from "../../extract/index.js";
import { DEFAULT_CACHE_DIR, openExtractionCache } from "../../io/cache.js";
import { readConfig } from "../../io/config.js";
import { collectInputs } from "../../io/inputs.js";
import type { Extraction } from "../../model/types.js";
import { configHash } from "../../pipeline/cacheKey.js";
import { extractArticles } from "../../pipeline/incremental.js";
import { ingestAll } from "../../pipeline/index.js";
import { compiledModuleUrl, defaultJobs } from "../../pipeline/parallel.js";
import { chooseMode, ProgressRenderer } from "../progress.js";

interface ExtractCommandOptions {
  jsonl?: boolean;
  config?: string;
  cache: string | false;
  jobs: number;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command("extract")
    .description("print the extraction of articles as JSON (one article), or as JSON lines with --jsonl")
    .argument("<inputs...>", "article files, directories, globs, or - for stdin")
    .option("--jsonl", "stream one extraction per line, ordered by article id (the map step of a distributed build)")
    .option("-c, --config <file>", "user lexicon and relation patterns (default: kg.config.json if present)")
    .option("--cache <dir>", "where per-article extractions are cached between runs", DEFAULT_CACHE_DIR)
    .option("--no-cache", "neither read nor write the cache")
    .option("-j, --jobs <n>", "worker threads (default: number of cores)", parseJobs, defaultJobs())
    .option("-q, --quiet", "no progress on stderr")
    .action(async (inputs: string[], options: ExtractCommandOptions) => {
      const collected = await collectInputs(inputs, { stdin: readStdin });
      const config = await readConfig(options.config);
      const extractor = createExtractor(config);
      const { articles, warnings } = ingestAll(collected.inputs);
      for (const w of [...collected.warnings, ...warnings]) process.stderr.write(`warning: ${w.file}: ${w.reason}\n`);
      if (articles.length === 0) throw new NothingToBuildError("news-kg/extract", "no article could be read from the inputs");
      if (!options.jsonl && articles.length > 1) {
        throw new UsageError("news-kg/extract", `${articles.length} articles given; print one, or use --jsonl for several`);
      }
      const progress = new ProgressRenderer({
        stream: process.stderr,
        mode: options.jsonl ? chooseMode(process.stderr, options.quiet === true) : "quiet",
      });
      // lines go out in article order as soon as every earlier article is done
      const ready = new Map<number, Extraction>();
      let next = 0;
      const emit = (index: number, extraction: Extraction): void => {
        if (!options.jsonl) return;
        ready.set(index, extraction);
        while (ready.has(next)) {
          process.stdout.write(`${JSON.stringify(ready.get(next))}\n`);
          ready.delete(next++);
        }
      };
      const result = await extractArticles(articles, {
        extractor,
        cache: openExtractionCache(options.cache),
        configHash: configHash(config),
        jobs: options.jobs,
        spec: { module: compiledModuleUrl("../../extract/index.js", import.meta.url), factory: "createExtractor", args: [config] },
        onProgress: progress.update,
        onResult: emit,
      });
      progress.finish();
      if (!options.jsonl) process.stdout.write(`${JSON.stringify(result.extractions[0], null, 2)}\n`);
    });
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError("news-kg/extract", `--jobs: "${value}" is not a positive whole number`);
  return jobs;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

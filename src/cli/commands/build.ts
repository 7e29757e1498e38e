import fs from "node:fs";
import type { Command } from "commander";
import { NothingToBuildError, UsageError } from "../../errors.js";
import { DEFAULT_FORMATS, exportFiles, type OutputFile } from "../../export/index.js";
import { createExtractor } from "../../extract/index.js";
import { readConfig } from "../../io/config.js";
import { collectInputs, DEFAULT_MAX_FILE_SIZE, parseSize } from "../../io/inputs.js";
import { writeOutputsAtomically } from "../../io/outputs.js";
import { collectGarbage } from "../../io/memory.js";
import { isSkipped } from "../../ingest/index.js";
import { runBuildAsync } from "../../pipeline/index.js";
import { buildFingerprint, configHash } from "../../pipeline/cacheKey.js";
import { compiledModuleUrl, defaultJobs } from "../../pipeline/parallel.js";
import {
  DEFAULT_CACHE_DIR,
  openExtractionCache,
  outputsUnchanged,
  readBuildRecord,
  toolFingerprint,
  extractorCodeFingerprint,
  writeBuildRecord,
} from "../../io/cache.js";
import { chooseMode, ProgressRenderer } from "../progress.js";
import { formatBuildSummary } from "../summary.js";

interface BuildCommandOptions {
  out: string;
  config?: string;
  quiet?: boolean;
  maxFileSize: number;
  /** A directory, or false with --no-cache. */
  cache: string | false;
  jobs: number;
  timings?: string;
  force?: boolean;
}

/** Stages after which the build collects garbage (see src/io/memory.ts). */
const GARBAGE_STAGES: ReadonlySet<string> = new Set(["extract", "graph", "layout"]);

export function register(program: Command): void {
  program
    .command("build")
    .description("build the graph from articles (files, directories, globs, or - for stdin)")
    .argument("<inputs...>", "article files (.txt, .md, .html), directories, globs, or -")
    .option("-o, --out <dir>", "output directory", "graph-output")
    .option("-c, --config <file>", "user lexicon and relation patterns (default: kg.config.json if present)")
    .option("-q, --quiet", "print nothing but errors")
    .option("--max-file-size <size>", "skip input files larger than this (e.g. 10MB, 512KB)", parseMaxFileSize, DEFAULT_MAX_FILE_SIZE)
    .option("--cache <dir>", "where per-article extractions are cached between builds", DEFAULT_CACHE_DIR)
    .option("--no-cache", "extract every article again; neither read nor write the cache")
    .option("-j, --jobs <n>", "worker threads for extraction (default: number of cores)", parseJobs, defaultJobs())
    .option("--force", "build even when the inputs, configuration and program are unchanged since the last build")
    .option("--timings <file>", "write stage times, counts and peak memory of the build as JSON to <file>")
    .action(async (inputs: string[], options: BuildCommandOptions) => {
      const started = performance.now();
      const cpuStart = process.cpuUsage();
      const collected = await collectInputs(inputs, { stdin: readStdin, maxFileSize: options.maxFileSize });
      const config = await readConfig(options.config);
      const extractor = createExtractor(config);
      // Nothing changed since the last build into this directory (same inputs, configuration and
      // program, outputs untouched): the outputs are already right.
      const fingerprint =
        options.cache === false
          ? undefined
          : buildFingerprint({
              tool: toolFingerprint(),
              extractor: { name: extractor.name, version: extractor.version, config: configHash(config) },
              options: { formats: DEFAULT_FORMATS, seed: 1 },
              inputs: collected.inputs,
            });
      if (options.cache !== false && fingerprint !== undefined && !options.force) {
        const record = readBuildRecord(options.cache, options.out);
        if (record?.fingerprint === fingerprint && outputsUnchanged(options.out, record)) {
          for (const w of [...collected.warnings, ...record.warnings]) process.stderr.write(`warning: ${w.file}: ${w.reason}\n`);
          if (options.timings) {
            const cpu = process.cpuUsage(cpuStart);
            const report = {
              upToDate: true,
              articles: record.articles,
              words: 0,
              extracted: 0,
              cached: record.articles,
              nodes: record.nodes,
              edges: record.edges,
              maxRss: process.resourceUsage().maxRSS * 1024,
              stages: {},
              totalMs: performance.now() - started,
              cpuMs: (cpu.user + cpu.system) / 1000,
            };
            fs.writeFileSync(options.timings, `${JSON.stringify(report, null, 2)}\n`);
          }
          if (!options.quiet) {
            process.stdout.write(
              `${options.out} is up to date: ${record.articles} articles, ${record.nodes} entities, ${record.edges} relations, ` +
                `unchanged since the last build (--force builds anyway)\n`,
            );
          }
          return;
        }
      }
      const cache = openExtractionCache(options.cache);
      const progress = new ProgressRenderer({ stream: process.stderr, mode: chooseMode(process.stderr, options.quiet === true) });
      const result = await runBuildAsync(collected.inputs, {
        extractor,
        cache,
        // the extraction code's own fingerprint joins the configuration in every cache key
        configHash: configHash({ config, code: extractorCodeFingerprint() }),
        jobs: options.jobs,
        // worker threads rebuild the extractor from the compiled module and the parsed configuration
        spec: { module: compiledModuleUrl("../../extract/index.js", import.meta.url), factory: "createExtractor", args: [config] },
        keepExtractions: false,
        onProgress: (update) => {
          progress.update(update);
          // see collectGarbage: each of these stages leaves hundreds of MB of garbage behind
          if (update.done === update.total && GARBAGE_STAGES.has(update.stage)) collectGarbage();
        },
      });
      if (cache.stats.writeErrors > 0) {
        process.stderr.write(`warning: cache: ${cache.stats.writeErrors} extractions could not be saved in ${options.cache}\n`);
      }
      const warnings = [...collected.warnings, ...result.warnings];
      for (const w of warnings) process.stderr.write(`warning: ${w.file}: ${w.reason}\n`);
      const articleCount = result.articles.length;
      // The graph holds what the exports need; the articles' texts can go before the exports build
      // their large strings (the extractions went before the layout: keepExtractions is false).
      result.articles = [];
      if (articleCount === 0) {
        progress.finish();
        throw new NothingToBuildError("news-kg/build", "no article could be read from the inputs; nothing was written");
      }
      const cpuMs = (since: NodeJS.CpuUsage): number => {
        const used = process.cpuUsage(since);
        return (used.user + used.system) / 1000;
      };
      const rssBeforeExport = process.memoryUsage().rss;
      // Each format is written as soon as it is produced, so only one format's text is in memory.
      // Time spent producing (export) and writing (write) is told apart by timing the generator.
      const exportClock = { ms: 0, cpu: 0 };
      let t = performance.now();
      let c = process.cpuUsage();
      progress.update({ stage: "export", done: 0, total: 1 });
      const paths = await writeOutputsAtomically(options.out, timedFiles(exportFiles(result.graph), exportClock));
      const exportMs = exportClock.ms;
      const exportCpu = exportClock.cpu;
      const writeCpu = cpuMs(c) - exportCpu;
      progress.update({ stage: "export", done: 1, total: 1 });
      progress.update({ stage: "write", done: 1, total: 1 });
      if (options.cache !== false && fingerprint !== undefined) {
        writeBuildRecord(
          options.cache,
          options.out,
          { fingerprint, warnings: result.warnings, articles: articleCount, nodes: result.graph.order, edges: result.graph.size },
          paths,
        );
      }
      progress.finish();
      const writeMs = performance.now() - t - exportMs;
      if (options.timings) {
        const report = {
          articles: articleCount,
          words: result.extraction?.words ?? 0,
          extracted: result.extraction?.extracted ?? 0,
          cached: result.extraction?.cached ?? 0,
          nodes: result.graph.order,
          edges: result.graph.size,
          maxRss: process.resourceUsage().maxRSS * 1024,
          /** Resident memory once the graph is built and laid out, before the exports. */
          rssBeforeExport,
          stages: { ...result.timings, export: exportMs, write: writeMs },
          cpuStages: { ...result.cpu, export: exportCpu, write: writeCpu },
          totalMs: performance.now() - started,
          // CPU time of all threads (user + system): a measure that a loaded machine inflates less than wall time
          cpuMs: (() => {
            const cpu = process.cpuUsage(cpuStart);
            return (cpu.user + cpu.system) / 1000;
          })(),
        };
        fs.writeFileSync(options.timings, `${JSON.stringify(report, null, 2)}\n`);
      }
      if (!options.quiet) {
        const summary = formatBuildSummary({
          articles: articleCount,
          skipped: warnings.filter(isSkipped).length,
          graph: result.graph,
          outDir: options.out,
          files: [...paths].sort(),
        });
        process.stdout.write(`${summary}\n`);
      }
    });
}

/** The files with the time spent making them (the list and each file's pieces) added to `clock`. */
function* timedFiles(files: Iterable<OutputFile>, clock: { ms: number; cpu: number }): Generator<OutputFile> {
  for (const file of timedIterable(files, clock)) yield { path: file.path, pieces: () => timedIterable(file.pieces(), clock) };
}

/** Adds the wall and CPU milliseconds spent inside the iterator's next() calls to `clock`. */
function* timedIterable<T>(items: Iterable<T>, clock: { ms: number; cpu: number }): Generator<T> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    const t = performance.now();
    const c = process.cpuUsage();
    const next = iterator.next();
    const used = process.cpuUsage(c);
    clock.ms += performance.now() - t;
    clock.cpu += (used.user + used.system) / 1000;
    if (next.done) return;
    yield next.value;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseMaxFileSize(value: string): number {
  const size = parseSize(value);
  if (size === undefined) throw new UsageError("news-kg/build", `--max-file-size: "${value}" is not a size; write e.g. 10MB, 512KB or 1000000`);
  return size;
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError("news-kg/build", `--jobs: "${value}" is not a positive whole number`);
  return jobs;
}

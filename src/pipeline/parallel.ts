// Parallel extraction with worker threads. Each worker builds its own extractor from a spec (an ES
// module URL, a factory export and JSON arguments), takes batches of articles and returns their
// extractions. Results are put back in input order, so the output does not depend on scheduling
// and is identical to a serial run.
import os from "node:os";
import { Worker } from "node:worker_threads";
import { KgError } from "../errors.js";
import type { Article, Extraction } from "../model/types.js";

const MODULE = "news-kg/pipeline";

/** How a worker builds the extractor: `(await import(module))[factory](...args)`. */
export interface ExtractorSpec {
  /** URL (file:) of an ES module a worker can import: compiled JavaScript. */
  module: string;
  factory: string;
  /** Structured-cloneable arguments (a parsed configuration). */
  args: unknown[];
}

export interface WorkerInit {
  spec: ExtractorSpec;
}

export interface BatchRequest {
  batch: number;
  articles: Article[];
}

export type WorkerReply =
  | { type: "done"; batch: number; extractions: Extraction[] }
  | { type: "error"; batch: number; article?: string; message: string };

export interface ParallelOptions {
  /** Number of worker threads; default os.availableParallelism(). */
  jobs?: number;
  spec: ExtractorSpec;
  /** Articles per message; default chosen from the number of articles and jobs. */
  batchSize?: number;
  /** URL of the worker script; default the compiled worker.js next to this module. */
  workerUrl?: string;
  /** Called once per article as its extraction arrives (in completion order). */
  onExtracted?: (index: number, extraction: Extraction) => void;
}

export function defaultJobs(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/**
 * URL of a compiled module next to `base`. When `base` is a TypeScript source (tests running from
 * src/), the compiled twin under dist/ is used, since worker threads cannot load TypeScript.
 */
export function compiledModuleUrl(relative: string, base: string): string {
  const url = new URL(relative, base);
  if (!base.endsWith(".ts")) return url.href;
  return url.href.replace(/\/src\/(?!.*\/src\/)/, "/dist/").replace(/\.ts$/, ".js");
}

const WORKER_URL = compiledModuleUrl("./worker.js", import.meta.url);

/** Extract all articles on `jobs` worker threads. Resolves to the extractions in input order. */
export function extractInWorkers(articles: readonly Article[], options: ParallelOptions): Promise<Extraction[]> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), articles.length));
  const batchSize = options.batchSize ?? Math.max(1, Math.min(32, Math.ceil(articles.length / (jobs * 8))));
  const results: (Extraction | undefined)[] = new Array(articles.length);
  const workerUrl = options.workerUrl ?? WORKER_URL;
  if (articles.length === 0) return Promise.resolve([]);

  const batches: { start: number; end: number }[] = [];
  for (let start = 0; start < articles.length; start += batchSize) {
    batches.push({ start, end: Math.min(articles.length, start + batchSize) });
  }

  return new Promise<Extraction[]>((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let failed = false;

    const stopAll = (): void => {
      for (const w of workers) void w.terminate();
    };
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      stopAll();
      reject(error);
    };
    const send = (worker: Worker): void => {
      if (next >= batches.length) return;
      const batch = next++;
      const { start, end } = batches[batch]!;
      const request: BatchRequest = { batch, articles: articles.slice(start, end) };
      worker.postMessage(request);
    };

    for (let i = 0; i < jobs; i++) {
      let worker: Worker;
      try {
        worker = new Worker(new URL(workerUrl), { workerData: { spec: options.spec } satisfies WorkerInit });
      } catch (error) {
        fail(new KgError(MODULE, `could not start an extraction worker (${workerUrl}); was the project built?`, { cause: error }));
        return;
      }
      workers.push(worker);
      worker.on("message", (reply: WorkerReply) => {
        if (failed) return;
        if (reply.type === "error") {
          const where = reply.article ? `article ${reply.article}: ` : "";
          fail(new KgError(MODULE, `extraction failed in a worker: ${where}${reply.message}`));
          return;
        }
        const { start } = batches[reply.batch]!;
        reply.extractions.forEach((extraction, offset) => {
          results[start + offset] = extraction;
          options.onExtracted?.(start + offset, extraction);
        });
        finished++;
        if (finished === batches.length) {
          // Resolve only once every thread has ended: until then each Worker object keeps its
          // listeners (and through them `results`) and its thread's heap alive, and the stages
          // after extraction are synchronous, so the exit would not be seen before the export.
          void Promise.all(workers.map((w) => w.terminate())).then(() => {
            for (const w of workers) w.removeAllListeners();
            resolve(results as Extraction[]);
          }, fail);
        } else {
          send(worker);
        }
      });
      worker.on("error", (error) => fail(new KgError(MODULE, `an extraction worker crashed: ${error.message}`, { cause: error })));
      worker.on("exit", (code) => {
        if (!failed && finished < batches.length && code !== 0) fail(new KgError(MODULE, `an extraction worker exited with code ${code}`));
      });
      send(worker);
    }
  });
}

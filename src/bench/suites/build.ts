// Build suite: `kg build` end to end on the generated corpus, each run in its own process so that
// peak memory is the build's own; stage times come from the build's `--timings` report.
// - cold: empty cache, everything extracted;
// - cached: a second output directory, same cache: every extraction from the cache, the rest of the
//   pipeline (resolve, graph, layout, export, write) runs in full;
// - unchanged: the cached build again into the same directory: nothing changed, nothing to do.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { BenchOptions, BenchResult } from "../types.js";

/** What `kg build --timings FILE` writes (see src/cli/commands/build.ts). */
export interface BuildTimings {
  articles: number;
  words: number;
  extracted: number;
  cached: number;
  nodes: number;
  edges: number;
  /** Peak resident set size of the process, bytes. */
  maxRss: number;
  /** Milliseconds per stage. */
  stages: Record<string, number>;
  /** CPU milliseconds per stage (all threads). */
  cpuStages?: Record<string, number>;
  totalMs: number;
  /** CPU time of all threads, milliseconds. */
  cpuMs?: number;
  /** True when the build found nothing changed and did nothing. */
  upToDate?: boolean;
}

interface Run {
  wallMs: number;
  timings: BuildTimings;
}

function runBuild(options: BenchOptions, label: string, cacheDir: string, outLabel = label): Run {
  const timingsFile = path.join(options.workDir, `${label}.timings.json`);
  const cli = options.cli;
  const args = [
    cli,
    "build",
    options.corpusDir,
    "--out",
    path.join(options.workDir, `${outLabel}-out`),
    "--cache",
    cacheDir,
    "--jobs",
    String(options.jobs),
    "--quiet",
    "--timings",
    timingsFile,
  ];
  const t = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - t;
  if (child.status !== 0) {
    throw new Error(`kg build (${label}) exited with ${child.status}: ${(child.stderr || child.stdout).trim().split("\n").slice(-3).join(" | ")}`);
  }
  const timings = JSON.parse(fs.readFileSync(timingsFile, "utf8")) as BuildTimings;
  return { wallMs, timings };
}

const STAGES = ["ingest", "extract", "resolve", "graph", "layout", "export", "write"] as const;

function describe(prefix: string, run: Run, words: number): BenchResult {
  const seconds = run.wallMs / 1000;
  const out: BenchResult = {
    [`${prefix} end-to-end s`]: seconds,
    [`${prefix} words/s`]: Math.round(words / seconds),
    [`${prefix} articles/s`]: Math.round(run.timings.articles / seconds),
    [`${prefix} CPU s (all threads)`]: (run.timings.cpuMs ?? NaN) / 1000,
    [`${prefix} peak RSS MB`]: Math.round(run.timings.maxRss / 1024 / 1024),
    [`${prefix} extracted`]: run.timings.extracted,
  };
  for (const stage of STAGES) {
    const ms = run.timings.stages[stage];
    const cpu = run.timings.cpuStages?.[stage];
    if (ms !== undefined) out[`${prefix} ${stage} s wall/cpu`] = `${(ms / 1000).toFixed(2)} / ${cpu === undefined ? "?" : (cpu / 1000).toFixed(2)}`;
  }
  return out;
}

/** One run, or the first line of its failure (a failed run does not discard the others). */
function attempt(run: () => Run): Run | string {
  try {
    return run();
  } catch (error) {
    return (error as Error).message.split("\n")[0]!;
  }
}

export async function run(options: BenchOptions): Promise<BenchResult> {
  const cacheDir = path.join(options.workDir, "cache");
  const cold = runBuild(options, "cold", cacheDir);
  const out: BenchResult = {
    words: options.corpusWords,
    nodes: cold.timings.nodes,
    edges: cold.timings.edges,
    ...describe("cold", cold, options.corpusWords),
  };
  const cached = attempt(() => runBuild(options, "cached", cacheDir));
  if (typeof cached === "string") return { ...out, "cached error": cached };
  const graph = (label: string) => fs.readFileSync(path.join(options.workDir, `${label}-out`, "graph.json"), "utf8");
  Object.assign(out, describe("cached", cached, options.corpusWords), {
    "cached/cold": cached.wallMs / cold.wallMs,
    "cached output identical": graph("cold") === graph("cached") ? "yes" : "NO",
  });
  const unchanged = attempt(() => runBuild(options, "unchanged", cacheDir, "cached"));
  if (typeof unchanged === "string") return { ...out, "unchanged error": unchanged };
  return {
    ...out,
    "unchanged end-to-end s": unchanged.wallMs / 1000,
    "unchanged CPU s": (unchanged.timings.cpuMs ?? NaN) / 1000,
    "unchanged up to date": unchanged.timings.upToDate ? "yes" : "NO",
    "unchanged/cold": unchanged.wallMs / cold.wallMs,
  };
}

// Build suite: `kg build` end to end on the generated corpus, cold (empty cache) and again with the
// cache, each in its own process so that peak memory is the build's own. Stage times come from the
// build's `--timings` report.
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
  totalMs: number;
  /** CPU time of all threads, milliseconds. */
  cpuMs?: number;
}

interface Run {
  wallMs: number;
  timings: BuildTimings;
}

function runBuild(options: BenchOptions, label: string, cacheDir: string, extra: string[] = []): Run {
  const timingsFile = path.join(options.workDir, `${label}.timings.json`);
  const cli = path.join(options.root, "dist", "cli", "main.js");
  const args = [
    cli,
    "build",
    options.corpusDir,
    "--out",
    path.join(options.workDir, `${label}-out`),
    "--cache",
    cacheDir,
    "--jobs",
    String(options.jobs),
    "--quiet",
    "--timings",
    timingsFile,
    ...extra,
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
    if (ms !== undefined) out[`${prefix} ${stage} s`] = ms / 1000;
  }
  return out;
}

export async function run(options: BenchOptions): Promise<BenchResult> {
  const cacheDir = path.join(options.workDir, "cache");
  const cold = runBuild(options, "cold", cacheDir);
  const cached = runBuild(options, "cached", cacheDir);
  const same = fs.readFileSync(path.join(options.workDir, "cold-out", "graph.json"), "utf8") ===
    fs.readFileSync(path.join(options.workDir, "cached-out", "graph.json"), "utf8");
  return {
    words: options.corpusWords,
    nodes: cold.timings.nodes,
    edges: cold.timings.edges,
    ...describe("cold", cold, options.corpusWords),
    ...describe("cached", cached, options.corpusWords),
    "cached/cold": cached.wallMs / cold.wallMs,
    "cached output identical": same ? "yes" : "NO",
  };
}

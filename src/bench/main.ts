// `npm run bench -- [--articles N[,N...]] [--suite NAME] [--seed S] [--jobs J] [--json FILE] [--keep]`
// Generates a seeded corpus per size into a temporary directory, runs every suite in
// dist/bench/suites/ (or the one named) on it, and prints one table per suite: rows are measures,
// columns are corpus sizes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { generateArticles } from "./generate.js";
import type { BenchOptions, BenchResult, BenchSuite } from "./types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");

interface Args {
  sizes: number[];
  suite?: string;
  seed: number;
  jobs: number;
  json?: string;
  keep: boolean;
}

function usage(message: string): never {
  process.stderr.write(
    `bench: ${message}\nusage: npm run bench -- [--articles N[,N...]] [--suite NAME] [--seed S] [--jobs J] [--json FILE] [--keep]\n`,
  );
  process.exit(2);
}

function parse(argv: string[]): Args {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        articles: { type: "string", default: "1000" },
        suite: { type: "string" },
        seed: { type: "string", default: "42" },
        jobs: { type: "string" },
        json: { type: "string" },
        keep: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    usage((error as Error).message);
  }
  if (values.help) usage("runs the benchmark suites");
  const sizes = values.articles!.split(",").map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) usage(`--articles takes positive integers, got "${values.articles}"`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) usage(`--seed takes an integer, got "${values.seed}"`);
  const jobs = values.jobs === undefined ? os.availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) usage(`--jobs takes a positive integer, got "${values.jobs}"`);
  return { sizes, seed, jobs, keep: values.keep ?? false, ...(values.suite ? { suite: values.suite } : {}), ...(values.json ? { json: values.json } : {}) };
}

/** Suites found in dist/bench/suites, by name (file name without extension), sorted. */
async function loadSuites(only?: string): Promise<[string, BenchSuite][]> {
  const dir = path.join(here, "suites");
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => f.slice(0, -3))
    .sort();
  if (only !== undefined && !names.includes(only)) usage(`no suite "${only}" (available: ${names.join(", ")})`);
  const chosen = only === undefined ? names : [only];
  const suites: [string, BenchSuite][] = [];
  for (const name of chosen) {
    const mod = (await import(pathToFileURL(path.join(dir, `${name}.js`)).href)) as Partial<BenchSuite>;
    if (typeof mod.run !== "function") usage(`suite "${name}" does not export an async function run(options)`);
    suites.push([name, mod as BenchSuite]);
  }
  return suites;
}

/** Writes the generated corpus of `count` articles; returns the word total. */
export function writeCorpus(dir: string, count: number, seed: number): number {
  fs.mkdirSync(dir, { recursive: true });
  let words = 0;
  for (const article of generateArticles(count, { seed })) {
    fs.writeFileSync(path.join(dir, article.name), article.text);
    words += article.words;
  }
  return words;
}

function formatValue(value: number | string | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (Number.isInteger(value)) return new Intl.NumberFormat("en-US").format(value);
  return value >= 100 ? new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(value) : value.toFixed(2);
}

/** A plain-text table: first column the measure, one column per corpus size. */
export function formatTable(title: string, sizes: number[], results: BenchResult[]): string {
  const measures: string[] = [];
  for (const result of results) for (const key of Object.keys(result)) if (!measures.includes(key)) measures.push(key);
  const header = [title, ...sizes.map((n) => `${new Intl.NumberFormat("en-US").format(n)} articles`)];
  const rows = measures.map((m) => [m, ...results.map((r) => formatValue(r[m]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/**
 * A private copy of dist/ under node_modules/.cache (so that packages still resolve), used for the
 * whole run: a colleague's or an editor's rebuild of dist/ cannot swap code under a measurement.
 */
function snapshotDist(): { cli: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(root, "node_modules", ".cache", "kg-bench-"));
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(root, "dist"), path.join(dir, "dist"), { recursive: true });
  return { cli: path.join(dir, "dist", "cli", "main.js"), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const suites = await loadSuites(args.suite);
  fs.mkdirSync(path.join(root, "node_modules", ".cache"), { recursive: true });
  const snapshot = snapshotDist();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kg-bench-"));
  const table = new Map<string, BenchResult[]>(suites.map(([name]) => [name, []]));
  try {
    for (const size of args.sizes) {
      const corpusDir = path.join(scratch, `corpus-${size}`);
      const t = performance.now();
      const corpusWords = writeCorpus(corpusDir, size, args.seed);
      process.stderr.write(
        `bench: generated ${size} articles (${corpusWords} words) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
      );
      for (const [name, suite] of suites) {
        const workDir = path.join(scratch, `${name}-${size}`);
        fs.mkdirSync(workDir, { recursive: true });
        const options: BenchOptions = { articles: size, seed: args.seed, jobs: args.jobs, corpusDir, corpusWords, workDir, root, cli: snapshot.cli };
        process.stderr.write(`bench: ${name} on ${size} articles...\n`);
        try {
          table.get(name)!.push(await suite.run(options));
        } catch (error) {
          table.get(name)!.push({ error: (error as Error).message.split("\n")[0]! });
        }
        if (!args.keep) fs.rmSync(workDir, { recursive: true, force: true });
      }
      if (!args.keep) fs.rmSync(corpusDir, { recursive: true, force: true });
    }
  } finally {
    snapshot.remove();
    if (!args.keep) fs.rmSync(scratch, { recursive: true, force: true });
    else process.stderr.write(`bench: kept ${scratch}\n`);
  }
  const out: string[] = [`machine: ${os.cpus().length} cpus (${os.cpus()[0]?.model ?? "?"}), node ${process.version}, jobs ${args.jobs}, seed ${args.seed}`];
  for (const [name, results] of table) out.push("", formatTable(name, args.sizes, results));
  process.stdout.write(`${out.join("\n")}\n`);
  if (args.json) {
    const json = { seed: args.seed, jobs: args.jobs, sizes: args.sizes, suites: Object.fromEntries(table) };
    fs.writeFileSync(args.json, `${JSON.stringify(json, null, 2)}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}

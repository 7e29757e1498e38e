// End to end through the built CLI (`npm run build` first; `npm test` does): worker threads load
// the compiled extractor from dist/, so parallel builds can only be checked there.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticle } from "../../src/bench/generate.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const cli = path.join(root, "dist", "cli", "main.js");
let dir: string;
let input: string;

function kg(...args: string[]) {
  const child = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: dir });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function graphJson(out: string): string {
  return fs.readFileSync(path.join(dir, out, "graph.json"), "utf8");
}

interface Timings {
  articles: number;
  extracted: number;
  cached: number;
  nodes: number;
  stages: Record<string, number>;
}

function timings(file: string): Timings {
  return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Timings;
}

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" before these tests`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-cli-pipeline-"));
  input = path.join(dir, "articles");
  fs.mkdirSync(input);
  for (let i = 0; i < 24; i++) {
    const article = generateArticle(i, { seed: 11, words: 150 });
    fs.writeFileSync(path.join(input, article.name), article.text);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("kg build at scale (built CLI)", () => {
  it("writes byte-identical graphs with 1 job, 2 jobs, and from the cache", () => {
    const serial = kg("build", input, "--out", "serial", "--jobs", "1", "--no-cache", "--quiet", "--timings", "serial.json");
    expect(serial.stderr).toBe("");
    expect(serial.status).toBe(0);
    const parallel = kg("build", input, "--out", "parallel", "--jobs", "2", "--cache", "c", "--quiet", "--timings", "parallel.json");
    expect(parallel.status).toBe(0);
    const cached = kg("build", input, "--out", "cached", "--jobs", "2", "--cache", "c", "--quiet", "--timings", "cached.json");
    expect(cached.status).toBe(0);

    expect(timings("serial.json")).toMatchObject({ articles: 24, extracted: 24, cached: 0 });
    expect(timings("parallel.json")).toMatchObject({ articles: 24, extracted: 24, cached: 0 });
    expect(timings("cached.json")).toMatchObject({ articles: 24, extracted: 0, cached: 24 });
    expect(timings("serial.json").nodes).toBeGreaterThan(10);
    for (const stage of ["ingest", "extract", "resolve", "graph", "layout", "export", "write"]) {
      expect(timings("serial.json").stages[stage]).toBeTypeOf("number");
    }
    expect(graphJson("parallel")).toBe(graphJson("serial"));
    expect(graphJson("cached")).toBe(graphJson("serial"));
  });

  it("re-extracts only an edited article", () => {
    expect(kg("build", input, "--out", "before", "--cache", "c2", "--quiet", "--timings", "before.json").status).toBe(0);
    const file = path.join(input, fs.readdirSync(input).sort()[5]!);
    const original = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, `${original}\nPolice detained two protesters near the embassy, Reuters reported.\n`);
    try {
      expect(kg("build", input, "--out", "after", "--cache", "c2", "--quiet", "--timings", "after.json").status).toBe(0);
      expect(timings("after.json")).toMatchObject({ extracted: 1, cached: 23 });
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it("prints plain progress and a summary on a pipe, nothing with --quiet", () => {
    const loud = kg("build", input, "--out", "loud", "--no-cache", "--jobs", "1");
    expect(loud.status).toBe(0);
    expect(loud.stderr).not.toMatch(/\r|\u001b/);
    expect(loud.stderr).toMatch(/extract: 24\/24 \(100%\)/);
    expect(loud.stderr).toMatch(/24 articles \(0 from cache, 24 extracted\), [\d,]+ words in [\d.]+s, [\d,]+ words\/s/);
    const quiet = kg("build", input, "--out", "quiet", "--no-cache", "--jobs", "1", "--quiet");
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe("");
    expect(quiet.stdout).toBe("");
  });

  it("extract --jsonl then merge (map, then reduce) gives the graph of kg build", () => {
    const map = kg("extract", "--jsonl", "--jobs", "2", "--no-cache", "--quiet", input);
    expect(map.status).toBe(0);
    const lines = map.stdout.trim().split("\n");
    expect(lines).toHaveLength(24);
    const ids = lines.map((l) => (JSON.parse(l) as { article: string }).article);
    expect(ids).toEqual([...ids].sort());
    // two "machines" each reduce-input half of the lines, in any order
    fs.writeFileSync(path.join(dir, "part-1.jsonl"), `${lines.filter((_, i) => i % 2 === 1).join("\n")}\n`);
    fs.writeFileSync(path.join(dir, "part-2.jsonl"), `${lines.filter((_, i) => i % 2 === 0).reverse().join("\n")}\n`);
    expect(kg("merge", "part-1.jsonl", "part-2.jsonl", "--out", "merged", "--quiet").status).toBe(0);
    expect(kg("build", input, "--out", "built", "--no-cache", "--quiet").status).toBe(0);
    const merged = JSON.parse(graphJson("merged")) as { nodes: unknown; edges: unknown };
    const built = JSON.parse(graphJson("built")) as { nodes: unknown; edges: unknown };
    expect(merged.nodes).toEqual(built.nodes);
    expect(merged.edges).toEqual(built.edges);
  });

  it("merge names the file and line of a broken extraction", () => {
    fs.writeFileSync(path.join(dir, "broken.jsonl"), '{"article":"a","meta":{},"sentences":[],"entities":[],"mentions":[],"relations":[]}\n{"article":\n');
    const bad = kg("merge", "broken.jsonl", "--out", "nope");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/broken\.jsonl: line 2: not valid JSON/);
    expect(fs.existsSync(path.join(dir, "nope"))).toBe(false);
  });

  it("rejects a bad --jobs value as a usage error", () => {
    const bad = kg("build", input, "--out", "bad", "--jobs", "zero");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--jobs/);
  });
});

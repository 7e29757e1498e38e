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
/** Enough articles for worker threads to be used with 2 jobs (see MIN_ARTICLES_PER_JOB). */
const N = 40;

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
  for (let i = 0; i < N; i++) {
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

    expect(timings("serial.json")).toMatchObject({ articles: N, extracted: N, cached: 0 });
    expect(timings("parallel.json")).toMatchObject({ articles: N, extracted: N, cached: 0 });
    expect(timings("cached.json")).toMatchObject({ articles: N, extracted: 0, cached: N });
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
      expect(timings("after.json")).toMatchObject({ extracted: 1, cached: N - 1 });
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it("does nothing when nothing changed, and rebuilds when an input, an output or --force says so", () => {
    const first = kg("build", input, "--out", "same", "--cache", "c3", "--quiet", "--timings", "same-1.json");
    expect(first.status).toBe(0);
    expect(timings("same-1.json")).toMatchObject({ extracted: N });
    const before = graphJson("same");

    const again = kg("build", input, "--out", "same", "--cache", "c3", "--timings", "same-2.json");
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`same is up to date: ${N} articles`));
    expect(timings("same-2.json")).toMatchObject({ upToDate: true, extracted: 0 });
    expect(graphJson("same")).toBe(before);

    // an output file edited by hand: rebuilt from the extraction cache
    fs.appendFileSync(path.join(dir, "same", "nodes.csv"), "x\n");
    expect(kg("build", input, "--out", "same", "--cache", "c3", "--quiet", "--timings", "same-3.json").status).toBe(0);
    expect(timings("same-3.json")).toMatchObject({ extracted: 0, cached: N });
    expect((timings("same-3.json") as { upToDate?: boolean }).upToDate).toBeUndefined();
    expect(graphJson("same")).toBe(before);

    expect(kg("build", input, "--out", "same", "--cache", "c3", "--quiet", "--force", "--timings", "same-4.json").status).toBe(0);
    expect((timings("same-4.json") as { upToDate?: boolean }).upToDate).toBeUndefined();

    // a new article: rebuilt, only the new one extracted
    const extra = path.join(input, "zz-extra.txt");
    fs.writeFileSync(extra, "Police guarded the Freedonian embassy in Ruritania City, Reuters reported.\n");
    try {
      expect(kg("build", input, "--out", "same", "--cache", "c3", "--quiet", "--timings", "same-5.json").status).toBe(0);
      expect(timings("same-5.json")).toMatchObject({ articles: N + 1, extracted: 1, cached: N });
    } finally {
      fs.rmSync(extra);
    }
  });

  it("prints plain progress and a summary on a pipe, nothing with --quiet", () => {
    const loud = kg("build", input, "--out", "loud", "--no-cache", "--jobs", "1");
    expect(loud.status).toBe(0);
    expect(loud.stderr).not.toMatch(/\r|\u001b/);
    expect(loud.stderr).toMatch(new RegExp(`extract: ${N}/${N} \\(100%\\)`));
    expect(loud.stderr).toMatch(new RegExp(`${N} articles \\(0 from cache, ${N} extracted\\), [\\d,]+ words in [\\d.]+s, [\\d,]+ words/s`));
    const quiet = kg("build", input, "--out", "quiet", "--no-cache", "--jobs", "1", "--quiet");
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe("");
    expect(quiet.stdout).toBe("");
  });

  it("extract --jsonl then merge (map, then reduce) gives the graph of kg build", () => {
    const map = kg("extract", "--jsonl", "--jobs", "2", "--no-cache", "--quiet", input);
    expect(map.status).toBe(0);
    const lines = map.stdout.trim().split("\n");
    expect(lines).toHaveLength(N);
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

  it("extract prints one article's extraction as JSON, and asks for --jsonl for several", () => {
    const file = path.join(input, fs.readdirSync(input).sort()[0]!);
    const one = kg("extract", file, "--no-cache");
    expect(one.status).toBe(0);
    const extraction = JSON.parse(one.stdout) as { article: string; entities: unknown[]; relations: { evidence: { sentence: string } }[] };
    expect(extraction.article).toBe(path.basename(file));
    expect(extraction.entities.length).toBeGreaterThan(0);
    expect(extraction.relations.every((r) => r.evidence.sentence.length > 0)).toBe(true);
    const many = kg("extract", input, "--no-cache");
    expect(many.status).toBe(2);
    expect(many.stderr).toMatch(/--jsonl/);
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

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiskExtractionCache } from "../../src/io/cache.js";
import { extractArticles, MIN_ARTICLES_PER_JOB } from "../../src/pipeline/incremental.js";
import { compiledModuleUrl, extractInWorkers, type ExtractorSpec } from "../../src/pipeline/parallel.js";
import { buildGraph } from "../../src/graph/build.js";
import { collectGarbage } from "../../src/io/memory.js";
import type { Extraction } from "../../src/model/types.js";
import { article, countingExtractor, fakeExtract } from "./fixtures.js";

// Worker threads cannot load TypeScript: compile the worker and the fake extractor to a temp dir.
let dir: string;
let workerUrl: string;
let spec: ExtractorSpec;

function transpile(source: string, target: string): void {
  const out = ts.transpileModule(fs.readFileSync(source, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  });
  fs.writeFileSync(target, out.outputText);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-parallel-test-"));
  const here = path.dirname(new URL(import.meta.url).pathname);
  transpile(path.join(here, "../../src/pipeline/worker.ts"), path.join(dir, "worker.mjs"));
  transpile(path.join(here, "fixtures.ts"), path.join(dir, "fixtures.mjs"));
  workerUrl = pathToFileURL(path.join(dir, "worker.mjs")).href;
  spec = { module: pathToFileURL(path.join(dir, "fixtures.mjs")).href, factory: "countingExtractor", args: ["1"] };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const STATES = ["Russia", "Ukraine", "Iran", "France", "Germany", "Japan", "Korea", "Brazil", "Chile", "Kenya"];
function corpus(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const a = STATES[i % STATES.length]!;
    const b = STATES[(i * 7 + 3) % STATES.length]!;
    return article(`doc-${String(i).padStart(3, "0")}.txt`, `${a} met ${b} today. Then ${b} spoke. ${"word ".repeat(i % 13)}end.`);
  });
}

describe("parallel extraction", () => {
  it("gives extractions identical to a serial run, in input order", async () => {
    const articles = corpus(150);
    const parallel = await extractInWorkers(articles, { jobs: 3, spec, workerUrl, batchSize: 7 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(articles.map(fakeExtract)));
  });

  it("builds a byte-identical graph with 1 and with several jobs, cached or not", async () => {
    const articles = corpus(120);
    const serial = await extractArticles(articles, { extractor: countingExtractor(), jobs: 1 });
    const inThisThread = countingExtractor();
    const parallel = await extractArticles(articles, { extractor: inThisThread, spec, workerUrl, jobs: 4 });
    expect(parallel.extracted).toBe(120);
    expect(inThisThread.calls).toEqual([]); // all 120 went to the workers
    const cache = new DiskExtractionCache(path.join(dir, "cache"));
    await extractArticles(articles.slice(0, 60), { extractor: countingExtractor(), spec, workerUrl, jobs: 2, cache });
    const mixed = await extractArticles(articles, { extractor: countingExtractor(), spec, workerUrl, jobs: 2, cache });
    expect(mixed).toMatchObject({ cached: 60, extracted: 60 });
    const json = (extractions: typeof serial.extractions) => JSON.stringify(buildGraph(extractions).export());
    expect(json(parallel.extractions)).toBe(json(serial.extractions));
    expect(json(mixed.extractions)).toBe(json(serial.extractions));
  });

  it("stays in this thread when there are too few articles to pay for starting workers", async () => {
    const inThisThread = countingExtractor();
    const few = corpus(MIN_ARTICLES_PER_JOB * 2 - 1);
    await extractArticles(few, { extractor: inThisThread, spec, workerUrl, jobs: 2 });
    expect(inThisThread.calls).toHaveLength(few.length);
  });

  it("reports progress for every article", async () => {
    const articles = corpus(40);
    const done: number[] = [];
    await extractArticles(articles, { extractor: countingExtractor(), spec, workerUrl, jobs: 2, onProgress: (p) => done.push(p.done) });
    expect(done).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("fails with the article named when the extractor throws in a worker", async () => {
    const articles = corpus(30);
    articles[17] = article(articles[17]!.id, "BOOM goes Russia.");
    const failing: ExtractorSpec = { ...spec, factory: "failingExtractor", args: ["BOOM"] };
    await expect(extractInWorkers(articles, { jobs: 2, spec: failing, workerUrl })).rejects.toThrow(
      /article doc-017\.txt: cannot read doc-017\.txt/,
    );
  });

  it("fails clearly when the extractor module cannot be loaded", async () => {
    const missing: ExtractorSpec = { module: pathToFileURL(path.join(dir, "nope.mjs")).href, factory: "x", args: [] };
    await expect(extractInWorkers(corpus(4), { jobs: 2, spec: missing, workerUrl })).rejects.toThrow(/could not load the extractor/);
  });

  it("lets go of the extractions and the threads once it has resolved", async () => {
    // The stages after extraction are synchronous: a worker whose exit is still pending would keep
    // its listeners, and through them every extraction, alive until the export.
    const refs: WeakRef<Extraction>[] = [];
    const result = await extractArticles(corpus(64), {
      extractor: countingExtractor(),
      spec,
      workerUrl,
      jobs: 2,
      onResult: (_i, extraction) => refs.push(new WeakRef(extraction)),
    });
    expect(result.extracted).toBe(64);
    result.extractions.length = 0;
    collectGarbage();
    expect(refs).toHaveLength(64);
    expect(refs.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
  });

  it("maps TypeScript sources to their compiled twins under dist/", () => {
    expect(compiledModuleUrl("./worker.js", "file:///p/src/pipeline/parallel.ts")).toBe("file:///p/dist/pipeline/worker.js");
    expect(compiledModuleUrl("./worker.js", "file:///p/dist/pipeline/parallel.js")).toBe("file:///p/dist/pipeline/worker.js");
  });
});

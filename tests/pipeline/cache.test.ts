import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  DiskExtractionCache,
  NoExtractionCache,
  outputsUnchanged,
  readBuildRecord,
  toolFingerprint,
  writeBuildRecord,
} from "../../src/io/cache.js";
import { decodeEntry, encodeEntry } from "../../src/pipeline/cacheCodec.js";
import { articleCacheKey, buildFingerprint, canonicalJson, configHash, extractorPrefix } from "../../src/pipeline/cacheKey.js";
import { extractArticles } from "../../src/pipeline/incremental.js";
import { article, countingExtractor, fakeExtract } from "./fixtures.js";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-cache-test-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const corpus = () => [
  article("a.txt", "Russia and Ukraine met. Iran spoke."),
  article("b.txt", "France backed Germany. Then nothing."),
  article("c.txt", "Japan and Korea talked about Japan."),
];

describe("cache keys", () => {
  const prefix = extractorPrefix({ name: "x", version: "1" });
  it("change with the text, the id, the metadata and the extractor", () => {
    const a = article("a.txt", "Russia.");
    const base = articleCacheKey(a, prefix);
    expect(articleCacheKey(article("a.txt", "Russia."), prefix)).toBe(base);
    expect(articleCacheKey(article("a.txt", "Russia!"), prefix)).not.toBe(base);
    expect(articleCacheKey(article("b.txt", "Russia."), prefix)).not.toBe(base);
    expect(articleCacheKey({ ...a, meta: { ...a.meta, date: "2024-01-01" } }, prefix)).not.toBe(base);
    expect(articleCacheKey(a, extractorPrefix({ name: "x", version: "2" }))).not.toBe(base);
    expect(articleCacheKey(a, extractorPrefix({ name: "y", version: "1" }))).not.toBe(base);
    expect(articleCacheKey(a, extractorPrefix({ name: "x", version: "1", config: "c" }))).not.toBe(base);
  });
  it("hash configurations independently of key order", () => {
    expect(configHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(configHash({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(configHash({ a: 1 })).not.toBe(configHash({ a: 2 }));
    expect(canonicalJson({ b: 1, a: undefined, c: null })).toBe('{"b":1,"c":null}');
  });
});

describe("cache codec", () => {
  it("round-trips an extraction exactly, key order included, while storing less", () => {
    const a = article("a.txt", "Russia and Ukraine met. Iran spoke to Turkey.");
    const extraction = fakeExtract(a);
    const entry = encodeEntry("k", a, extraction);
    expect(JSON.stringify(entry).length).toBeLessThan(JSON.stringify(extraction).length);
    const back = decodeEntry(JSON.parse(JSON.stringify(entry)), "k", a);
    expect(JSON.stringify(back)).toBe(JSON.stringify(extraction));
  });
  it("keeps texts that are not plain slices of the article", () => {
    const a = article("a.txt", "Russia and Ukraine met.");
    const extraction = fakeExtract(a);
    extraction.sentences[0]!.text = "normalized text";
    const back = decodeEntry(JSON.parse(JSON.stringify(encodeEntry("k", a, extraction))), "k", a);
    expect(back?.sentences[0]!.text).toBe("normalized text");
  });
  it("refuses entries for another key, another article or another format", () => {
    const a = article("a.txt", "Russia and Ukraine met.");
    const entry = JSON.parse(JSON.stringify(encodeEntry("k", a, fakeExtract(a))));
    expect(decodeEntry(entry, "other", a)).toBeUndefined();
    expect(decodeEntry(entry, "k", article("b.txt", a.text))).toBeUndefined();
    expect(decodeEntry({ ...entry, format: 999 }, "k", a)).toBeUndefined();
    expect(decodeEntry({ ...entry, extraction: { ...entry.extraction, mentions: "x" } }, "k", a)).toBeUndefined();
  });
});

describe("disk cache", () => {
  it("returns what was put, and misses for unknown keys", () => {
    const cache = new DiskExtractionCache(dir);
    const a = article("a.txt", "Russia and Ukraine met.");
    const key = "ab".repeat(32);
    expect(cache.get(key, a)).toBeUndefined();
    cache.put(key, a, fakeExtract(a));
    expect(cache.get(key, a)).toEqual(fakeExtract(a));
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1, writes: 1, corrupt: 0 });
    expect(fs.existsSync(cache.entryPath(key))).toBe(true);
  });

  it.each([
    ["truncated JSON", (text: string) => text.slice(0, text.length / 2)],
    ["empty file", () => ""],
    ["binary garbage", () => "\u0000\u0001\u00ff{{"],
    ["valid JSON of the wrong shape", () => JSON.stringify({ format: 1, key: "x" })],
    ["an offset out of range", (text: string) => text.replace(/"\$rows":\[\[(\d+),(\d+),(\d+)/, '"$rows":[[$1,$2,99999')],
    ["a row of the wrong length", (text: string) => text.replace(/"\$rows":\[\[(\d+),/, '"$rows":[[')],
  ])("treats a corrupt entry (%s) as a miss and re-extracts", async (_name, corrupt) => {
    const extractor = countingExtractor();
    const articles = corpus();
    await extractArticles(articles, { extractor, jobs: 1, cache: new DiskExtractionCache(dir) });
    const cache = new DiskExtractionCache(dir);
    const prefix = extractorPrefix({ name: extractor.name, version: extractor.version });
    const file = cache.entryPath(articleCacheKey(articles[1]!, prefix));
    fs.writeFileSync(file, corrupt(fs.readFileSync(file, "utf8")));
    extractor.calls.length = 0;
    const result = await extractArticles(articles, { extractor, jobs: 1, cache });
    expect(extractor.calls).toEqual(["b.txt"]);
    expect(cache.stats.corrupt).toBe(1);
    expect(result.extractions).toEqual(articles.map(fakeExtract));
  });

  it("goes on when the cache cannot be written", async () => {
    const blocker = path.join(dir, "file");
    fs.writeFileSync(blocker, "not a directory");
    const cache = new DiskExtractionCache(blocker);
    const result = await extractArticles(corpus(), { extractor: countingExtractor(), jobs: 1, cache });
    expect(result.extracted).toBe(3);
    expect(cache.stats.writeErrors).toBe(3);
  });
});

describe("incremental extraction", () => {
  it("re-extracts only the edited article and gives the same result as a cold run", async () => {
    const extractor = countingExtractor();
    const articles = corpus();
    const first = await extractArticles(articles, { extractor, jobs: 1, cache: new DiskExtractionCache(dir) });
    expect(first).toMatchObject({ extracted: 3, cached: 0 });
    extractor.calls.length = 0;

    const second = await extractArticles(articles, { extractor, jobs: 1, cache: new DiskExtractionCache(dir) });
    expect(second).toMatchObject({ extracted: 0, cached: 3 });
    expect(extractor.calls).toEqual([]);
    expect(JSON.stringify(second.extractions)).toBe(JSON.stringify(first.extractions));

    const edited = [articles[0]!, article("b.txt", "France backed Spain. Then nothing."), articles[2]!];
    const third = await extractArticles(edited, { extractor, jobs: 1, cache: new DiskExtractionCache(dir) });
    expect(extractor.calls).toEqual(["b.txt"]);
    expect(third).toMatchObject({ extracted: 1, cached: 2 });
    expect(third.extractions).toEqual(edited.map(fakeExtract));
  });

  it("re-extracts everything when the extractor version or configuration changes", async () => {
    const articles = corpus();
    await extractArticles(articles, { extractor: countingExtractor("1"), jobs: 1, cache: new DiskExtractionCache(dir) });
    const newVersion = countingExtractor("2");
    await extractArticles(articles, { extractor: newVersion, jobs: 1, cache: new DiskExtractionCache(dir) });
    expect(newVersion.calls).toHaveLength(3);
    const newConfig = countingExtractor("2");
    await extractArticles(articles, {
      extractor: newConfig,
      jobs: 1,
      cache: new DiskExtractionCache(dir),
      configHash: configHash({ lexicon: ["x"] }),
    });
    expect(newConfig.calls).toHaveLength(3);
    const again = countingExtractor("2");
    await extractArticles(articles, {
      extractor: again,
      jobs: 1,
      cache: new DiskExtractionCache(dir),
      configHash: configHash({ lexicon: ["x"] }),
    });
    expect(again.calls).toHaveLength(0);
  });

  it("with --no-cache extracts everything every time and reports progress per article", async () => {
    const extractor = countingExtractor();
    const seen: number[] = [];
    const result = await extractArticles(corpus(), {
      extractor,
      jobs: 1,
      cache: new NoExtractionCache(),
      onProgress: (p) => seen.push(p.done),
    });
    expect(result.extracted).toBe(3);
    expect(seen).toEqual([1, 2, 3]);
    expect(result.words).toBe(17);
  });
});

describe("build records (nothing to do when nothing changed)", () => {
  const input = (id: string, text: string) => ({ id, bytes: new TextEncoder().encode(text) });
  const base = {
    tool: "t1",
    extractor: { name: "x", version: "1" },
    options: { formats: ["json"], seed: 1 },
    inputs: [input("a.txt", "Russia."), input("b.txt", "Iran.")],
  };

  it("fingerprints inputs, options, extractor and program, not the order of inputs", () => {
    const f = buildFingerprint(base);
    expect(buildFingerprint({ ...base, inputs: [...base.inputs].reverse() })).toBe(f);
    expect(buildFingerprint({ ...base, inputs: [input("a.txt", "Russia!"), base.inputs[1]!] })).not.toBe(f);
    expect(buildFingerprint({ ...base, inputs: [input("c.txt", "Russia."), base.inputs[1]!] })).not.toBe(f);
    expect(buildFingerprint({ ...base, inputs: base.inputs.slice(0, 1) })).not.toBe(f);
    expect(buildFingerprint({ ...base, tool: "t2" })).not.toBe(f);
    expect(buildFingerprint({ ...base, extractor: { name: "x", version: "2" } })).not.toBe(f);
    expect(buildFingerprint({ ...base, options: { formats: ["json", "csv"], seed: 1 } })).not.toBe(f);
  });

  it("remembers the outputs of a build and notices when they are touched", () => {
    const out = path.join(dir, "out");
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "graph.json"), "{}");
    expect(readBuildRecord(dir, out)).toBeUndefined();
    expect(writeBuildRecord(dir, out, { fingerprint: "f", warnings: [], articles: 2, nodes: 3, edges: 4 }, ["graph.json"])).toBe(true);
    const record = readBuildRecord(dir, out)!;
    expect(record).toMatchObject({ fingerprint: "f", articles: 2 });
    expect(outputsUnchanged(out, record)).toBe(true);
    expect(readBuildRecord(dir, path.join(dir, "elsewhere"))).toBeUndefined();
    fs.writeFileSync(path.join(out, "graph.json"), "{ }");
    expect(outputsUnchanged(out, record)).toBe(false);
    fs.rmSync(path.join(out, "graph.json"));
    expect(outputsUnchanged(out, record)).toBe(false);
  });

  it("fingerprints the program from its code", () => {
    expect(toolFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(toolFingerprint()).toBe(toolFingerprint());
  });
});

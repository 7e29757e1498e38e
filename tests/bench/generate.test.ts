import { describe, expect, it } from "vitest";
import { countWords, generateArticle, generateArticles, mulberry32 } from "../../src/bench/generate.js";
import { formatTable } from "../../src/bench/main.js";
import { ORGANIZATIONS } from "../../src/bench/lexicon.js";

describe("benchmark article generator", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateArticle(7, { seed: 1 }).text).toBe(generateArticle(7, { seed: 1 }).text);
    expect(generateArticle(7, { seed: 1 }).text).not.toBe(generateArticle(7, { seed: 2 }).text);
    expect(generateArticle(7, { seed: 1 }).text).not.toBe(generateArticle(8, { seed: 1 }).text);
    const r = mulberry32(5);
    const values = Array.from({ length: 1000 }, r);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it("writes news-like articles of realistic length with metadata and relation phrasings", () => {
    const articles = [...generateArticles(200, { seed: 3 })];
    const words = articles.map((a) => a.words);
    const mean = words.reduce((s, w) => s + w, 0) / words.length;
    expect(mean).toBeGreaterThan(450);
    expect(mean).toBeLessThan(620);
    for (const a of articles) {
      expect(a.text).toMatch(/^date \d{4}-\d{2}-\d{2}\n/);
      expect(a.words).toBe(countWords(a.text));
    }
    const all = articles.map((a) => a.text).join("\n");
    for (const phrase of [/rallied|protested|picketed|marched|sit-in/, /guarded|cordoned|protected|shielded/, /detained|arrested/, /reported|said|told|according to/]) {
      expect(all).toMatch(phrase);
    }
    expect(new Set(articles.map((a) => a.name)).size).toBe(200);
  });

  it("shares actors across articles with a skew: some recur often, others rarely", () => {
    const counts = new Map<string, number>(ORGANIZATIONS.map((o) => [o, 0]));
    for (const a of generateArticles(500, { seed: 9 })) {
      for (const org of ORGANIZATIONS) if (a.text.includes(org)) counts.set(org, counts.get(org)! + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(100);
    expect(sorted[sorted.length - 1]!).toBeLessThan(sorted[0]! / 5);
  });
});

describe("benchmark table", () => {
  it("has one row per measure and one column per size", () => {
    const table = formatTable("build", [1000, 5000], [{ "cold s": 1.5, nodes: 1234 }, { "cold s": 7.25, nodes: 5678, note: "x" }]);
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^build\s+1,000 articles\s+5,000 articles$/);
    expect(lines[2]).toMatch(/^cold s\s+1\.50\s+7\.25$/);
    expect(lines[3]).toMatch(/^nodes\s+1,234\s+5,678$/);
    expect(lines[4]).toMatch(/^note\s+x$/);
  });
});

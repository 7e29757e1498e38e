// Extract suite: the entity and relation stages alone, in this process, on one core, over the
// generated corpus (text of our own making). Reports words per second after a warm-up pass, so the
// one-time lexicon load is reported apart.
import fs from "node:fs";
import path from "node:path";
import { createExtractor } from "../../extract/index.js";
import { countWords } from "../generate.js";
import type { BenchOptions, BenchResult } from "../types.js";

export async function run(options: BenchOptions): Promise<BenchResult> {
  const files = fs.readdirSync(options.corpusDir).filter((f) => f.endsWith(".txt")).sort();
  const texts = files.map((f) => fs.readFileSync(path.join(options.corpusDir, f), "utf8"));
  const words = texts.reduce((sum, t) => sum + countWords(t), 0);
  const loadStart = performance.now();
  const extractor = createExtractor();
  extractor.extract({ id: "warm-up", text: "Police guarded the Russian embassy in Baku, Reuters reported.", meta: {} });
  const loadMs = performance.now() - loadStart;
  // warm-up pass over a slice, then the timed pass over everything
  for (let i = 0; i < Math.min(texts.length, 20); i++) extractor.extract({ id: files[i]!, text: texts[i]!, meta: {} });
  let entities = 0;
  let relations = 0;
  const start = performance.now();
  for (let i = 0; i < texts.length; i++) {
    const x = extractor.extract({ id: files[i]!, text: texts[i]!, meta: {} });
    entities += x.entities.length;
    relations += x.relations.length;
  }
  const ms = performance.now() - start;
  return {
    "words": words,
    "lexicon load ms": Math.round(loadMs),
    "extract s": Number((ms / 1000).toFixed(3)),
    "words/s": Math.round(words / (ms / 1000)),
    "entities": entities,
    "relations": relations,
  };
}

// Test helpers: small articles and a deterministic fake extractor that counts its calls.
import type { Extractor } from "../../src/extract/types.js";
import type { Article, Extraction } from "../../src/model/types.js";

export function article(id: string, text: string): Article {
  return { id, text, meta: { path: id } };
}

/**
 * A fake extractor: sentences split on ". ", every capitalized word is a State entity mentioned
 * where it occurs, and two capitalized words in one sentence give a "supports" relation.
 * `calls` lists the ids it extracted, to check what a cached build re-extracted.
 */
export function countingExtractor(version = "1"): Extractor & { calls: string[] } {
  const calls: string[] = [];
  return {
    name: "fake",
    version,
    calls,
    extract(a: Article): Extraction {
      calls.push(a.id);
      return fakeExtract(a);
    },
  };
}

export function fakeExtract(a: Article): Extraction {
  const sentences: Extraction["sentences"] = [];
  const re = /[^.]+\.?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(a.text)) !== null) {
    if (m[0].trim() === "") continue;
    sentences.push({ index: sentences.length, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const entities = new Map<string, Extraction["entities"][number]>();
  const mentions: Extraction["mentions"] = [];
  const relations: Extraction["relations"] = [];
  for (const s of sentences) {
    const local: string[] = [];
    const word = /\p{Lu}\p{L}+/gu;
    let w: RegExpExecArray | null;
    while ((w = word.exec(s.text)) !== null) {
      let entity = entities.get(w[0]);
      if (!entity) {
        entity = { id: `e${entities.size + 1}`, kind: "State", label: w[0], aliases: [], mentions: 0 };
        entities.set(w[0], entity);
      }
      entity.mentions++;
      const start = s.start + w.index;
      mentions.push({ entity: entity.id, text: w[0], start, end: start + w[0].length, sentence: s.index, rule: "fake.cap" });
      local.push(entity.id);
    }
    if (local.length >= 2 && local[0] !== local[1]) {
      relations.push({
        source: local[0]!,
        target: local[1]!,
        predicate: "supports",
        evidence: { article: a.id, sentence: s.text, start: s.start, end: s.end, rule: "fake.pair" },
      });
    }
  }
  return { article: a.id, meta: a.meta, sentences, entities: [...entities.values()], mentions, relations };
}

/** A fake extractor that fails on articles containing `trigger`. */
export function failingExtractor(trigger: string): Extractor {
  return {
    name: "failing",
    version: "1",
    extract(a: Article): Extraction {
      if (a.text.includes(trigger)) throw new Error(`cannot read ${a.id}`);
      return fakeExtract(a);
    },
  };
}

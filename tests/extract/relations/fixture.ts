// Hand-written AnalyzedArticle fixtures: the text plus which surface forms name which entity.
// Stands in for the entity stage so relation tests check the relation stage alone.
import type { EntityKind } from "../../../src/model/ontology.js";
import type { Entity, Relation, Sentence } from "../../../src/model/types.js";
import type { AnalyzedArticle, AnalyzedMention, Token } from "../../../src/extract/types.js";
import { tokenize } from "../../../src/extract/text/tokenize.js";

export interface EntitySpec {
  id: string;
  kind: EntityKind;
  /** Surface forms; the first is the label. Matched case-sensitively on word boundaries. */
  names: string[];
  key?: Entity["key"];
}

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].trim() === "") {
      if (m[0].length === 0) re.lastIndex++;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const body = m[0].trim();
    out.push({ index: out.length, start, end: start + body.length, text: body });
  }
  return out;
}

export function analyzed(text: string, specs: EntitySpec[], id = "test-article"): AnalyzedArticle {
  const sentences = splitSentences(text);
  const forms = specs.flatMap((s) => s.names.map((name) => ({ name, spec: s }))).sort((a, b) => b.name.length - a.name.length);
  const taken = new Array<boolean>(text.length).fill(false);
  const mentions: AnalyzedMention[] = [];
  for (const { name, spec } of forms) {
    // The first letter matches either case, as sentence starts capitalize descriptions ("The embassy").
    const escaped = name.slice(1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const head = name[0]!;
    const first = head.toLowerCase() === head.toUpperCase() ? head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : `[${head.toLowerCase()}${head.toUpperCase()}]`;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${first}${escaped}(?![\\p{L}\\p{N}])`, "gu");
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = start + name.length;
      if (taken.slice(start, end).some(Boolean)) continue;
      for (let k = start; k < end; k++) taken[k] = true;
      const sentence = sentences.find((s) => s.start <= start && end <= s.end);
      if (!sentence) continue;
      mentions.push({ entity: spec.id, kind: spec.kind, text: m[0], start, end, sentence: sentence.index, rule: "fixture" });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const entities: Entity[] = specs.map((s) => {
    const e: Entity = {
      id: s.id,
      kind: s.kind,
      label: s.names[0]!,
      aliases: s.names.slice(1).sort(),
      mentions: mentions.filter((m) => m.entity === s.id).length,
    };
    if (s.key) e.key = s.key;
    return e;
  });
  // The entity stage's tokenizer, so the relation stage sees the tokens it sees in production.
  const tokens: Token[] = tokenize(text).flatMap((t) => {
    const sentence = sentences.find((s) => s.start <= t.start && t.end <= s.end);
    return sentence ? [{ text: t.text, start: t.start, end: t.end, sentence: sentence.index }] : [];
  });
  return { article: { id, text, meta: {} }, sentences, tokens, mentions, entities, links: [] };
}

/** Relations as "source predicate target" strings, sorted, for readable assertions. */
export function triples(relations: Relation[]): string[] {
  return [...new Set(relations.map((r) => `${r.source} ${r.predicate} ${r.target}`))].sort();
}

export function has(relations: Relation[], triple: string): boolean {
  return triples(relations).includes(triple);
}

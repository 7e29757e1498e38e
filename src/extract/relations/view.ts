// A sentence seen as words, each word knowing which mention (if any) covers it.
// The relation stage tokenizes on its own with one regex pass, so it does not depend on how the
// entity stage tokenized (possessive "'s" and "n't" are split off, hyphenated words kept whole).
import type { Entity, Mention, Sentence } from "../../model/types.js";

export interface Word {
  /** Lower case, curly quotes made straight. */
  w: string;
  /** True when the original starts with an upper-case letter. */
  cap: boolean;
  start: number;
  end: number;
  /** Index into SentenceView.mentions, or -1. */
  m: number;
}

export interface MentionSpan {
  mention: Mention;
  entity: Entity;
  /** First and last word index covered. */
  first: number;
  last: number;
}

export interface SentenceView {
  sentence: Sentence;
  words: Word[];
  mentions: MentionSpan[];
  /** All entities of the article (shared by every view). */
  entities: readonly Entity[];
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Splits one sentence into words with article offsets. */
export function tokenize(text: string, offset: number): Word[] {
  const words: Word[] = [];
  WORD_RE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD_RE.exec(text)) !== null) {
    let raw = match[0];
    let start = offset + match.index;
    const lower = raw.toLowerCase().replace(/’/g, "'");
    // Split possessive 's and negation n't off the word they are glued to.
    const poss = /^(.+)('s|s')$/.exec(lower);
    const neg = /^(.+)(n't)$/.exec(lower);
    if (poss && poss[2] === "'s") {
      const head = poss[1]!;
      words.push({ w: head, cap: /^\p{Lu}/u.test(raw), start, end: start + head.length, m: -1 });
      words.push({ w: "'s", cap: false, start: start + head.length, end: start + raw.length, m: -1 });
      continue;
    }
    if (neg) {
      const head = neg[1]!;
      const headWord = head === "ca" ? "can" : head === "wo" ? "will" : head;
      words.push({ w: headWord, cap: /^\p{Lu}/u.test(raw), start, end: start + head.length, m: -1 });
      words.push({ w: "not", cap: false, start: start + head.length, end: start + raw.length, m: -1 });
      continue;
    }
    if (lower === "cannot") {
      words.push({ w: "can", cap: /^\p{Lu}/u.test(raw), start, end: start + 3, m: -1 });
      words.push({ w: "not", cap: false, start: start + 3, end: start + 6, m: -1 });
      continue;
    }
    const w = lower.replace(/^[“”"]$/, '"').replace(/^[‘]$/, "'");
    raw = raw.replace(/^\s+/, "");
    start = offset + match.index;
    words.push({ w, cap: /^\p{Lu}/u.test(raw), start, end: start + match[0].length, m: -1 });
  }
  return words;
}

/**
 * Builds one view per sentence. `mentions` must be sorted by start (AnalyzedArticle guarantees it).
 */
export function buildViews(sentences: Sentence[], text: string, mentions: Mention[], entities: Map<string, Entity>): SentenceView[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const all = [...entities.values()];
  return sentences.map((sentence) => {
    const words = tokenize(text.slice(sentence.start, sentence.end), sentence.start);
    const spans: MentionSpan[] = [];
    const ms = bySentence.get(sentence.index) ?? [];
    let wi = 0;
    for (const mention of ms) {
      const entity = entities.get(mention.entity);
      if (!entity) continue;
      while (wi < words.length && words[wi]!.end <= mention.start) wi++;
      let first = -1;
      let last = -1;
      for (let j = wi; j < words.length && words[j]!.start < mention.end; j++) {
        if (words[j]!.m !== -1) continue;
        if (first === -1) first = j;
        last = j;
      }
      if (first === -1) continue;
      const index = spans.length;
      for (let j = first; j <= last; j++) words[j]!.m = index;
      spans.push({ mention, entity, first, last });
    }
    return { sentence, words, mentions: spans, entities: all };
  });
}

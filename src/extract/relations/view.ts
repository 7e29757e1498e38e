// A sentence seen as words, each word knowing which mention (if any) covers it.
// The relation stage tokenizes on its own with one regex pass, so it does not depend on how the
// entity stage tokenized (possessive "'s" and "n't" are split off, hyphenated words kept whole).
import type { Entity, Mention, Sentence } from "../../model/types.js";
import type { Token } from "../types.js";

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
  /** Ids of persons holding an office (a title the entity stage read): their words are diplomacy, not protest. */
  officials: ReadonlySet<string>;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toLowerCase());
}

/** Splits one sentence into words with article offsets. */
export function tokenize(text: string, offset: number): Word[] {
  const words: Word[] = [];
  WORD_RE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD_RE.exec(text)) !== null) {
    const raw = match[0];
    const start = offset + match.index;
    const cap = isUpper(raw.charCodeAt(0));
    let lower = raw.toLowerCase();
    if (raw.length === 1) {
      // Curly quotes made straight so rules see one form.
      if (lower === "“" || lower === "”") lower = '"';
      else if (lower === "‘" || lower === "’") lower = "'";
      words.push({ w: lower, cap, start, end: start + 1, m: -1 });
      continue;
    }
    if (lower.includes("’")) lower = lower.replace(/’/g, "'");
    if (lower.includes("'")) {
      // Split possessive 's and negation n't off the word they are glued to.
      if (lower.endsWith("'s") && lower.length > 2) {
        const n = lower.length - 2;
        words.push({ w: lower.slice(0, n), cap, start, end: start + n, m: -1 });
        words.push({ w: "'s", cap: false, start: start + n, end: start + raw.length, m: -1 });
        continue;
      }
      if (lower.endsWith("n't") && lower.length > 3) {
        const n = lower.length - 3;
        const head = lower.slice(0, n);
        words.push({ w: head === "ca" ? "can" : head === "wo" ? "will" : head, cap, start, end: start + n, m: -1 });
        words.push({ w: "not", cap: false, start: start + n, end: start + raw.length, m: -1 });
        continue;
      }
    }
    if (lower === "cannot") {
      words.push({ w: "can", cap, start, end: start + 3, m: -1 });
      words.push({ w: "not", cap: false, start: start + 3, end: start + 6, m: -1 });
      continue;
    }
    words.push({ w: lower, cap, start, end: start + raw.length, m: -1 });
  }
  return words;
}

/** Turns the entity stage's tokens of one sentence into words (lower case, "n't" split off). */
export function wordsFromTokens(tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  for (const t of tokens) {
    const raw = t.text;
    const cap = isUpper(raw.charCodeAt(0));
    let lower = raw.toLowerCase();
    if (raw.length === 1) {
      if (lower === "“" || lower === "”") lower = '"';
      else if (lower === "‘" || lower === "’") lower = "'";
      words.push({ w: lower, cap, start: t.start, end: t.end, m: -1 });
      continue;
    }
    if (lower.includes("’") || lower.includes("ʼ")) lower = lower.replace(/[’ʼ]/g, "'");
    if (lower.includes("'")) {
      if (lower.endsWith("'s") && lower.length > 2 && lower !== "'s") {
        const n = lower.length - 2;
        words.push({ w: lower.slice(0, n), cap, start: t.start, end: t.start + n, m: -1 });
        words.push({ w: "'s", cap: false, start: t.start + n, end: t.end, m: -1 });
        continue;
      }
      if (lower.endsWith("n't") && lower.length > 3) {
        const n = lower.length - 3;
        const head = lower.slice(0, n);
        words.push({ w: head === "ca" ? "can" : head === "wo" ? "will" : head, cap, start: t.start, end: t.start + n, m: -1 });
        words.push({ w: "not", cap: false, start: t.start + n, end: t.end, m: -1 });
        continue;
      }
    }
    if (lower === "cannot") {
      words.push({ w: "can", cap, start: t.start, end: t.start + 3, m: -1 });
      words.push({ w: "not", cap: false, start: t.start + 3, end: t.end, m: -1 });
      continue;
    }
    words.push({ w: lower, cap, start: t.start, end: t.end, m: -1 });
  }
  return words;
}

/**
 * Builds one view per sentence. `mentions` must be sorted by start (AnalyzedArticle guarantees it).
 */
export function buildViews(
  sentences: Sentence[],
  text: string,
  mentions: Mention[],
  entities: Map<string, Entity>,
  tokens: readonly Token[] = [],
  officials: ReadonlySet<string> = new Set(),
): SentenceView[] {
  // Reuse the entity stage's tokens when there are any; else tokenize each sentence here.
  const tokensBySentence = new Map<number, Token[]>();
  for (const t of tokens) {
    const list = tokensBySentence.get(t.sentence);
    if (list) list.push(t);
    else tokensBySentence.set(t.sentence, [t]);
  }
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const all = [...entities.values()];
  return sentences.map((sentence) => {
    const own = tokensBySentence.get(sentence.index);
    const words = own && own.length > 0 ? wordsFromTokens(own) : tokenize(text.slice(sentence.start, sentence.end), sentence.start);
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
    return { sentence, words, mentions: spans, entities: all, officials };
  });
}

// Token features shared by the mention finders: one pass over the tokens, arrays instead of objects.
import type { RawToken } from "../text/tokenize.js";
import type { SentenceSpan } from "../text/sentences.js";

const OPENERS = new Set(['"', "“", "‘", "'", "«", ":", "-", "–", "—"]);

export interface TokenContext {
  text: string;
  tokens: readonly RawToken[];
  spans: readonly SentenceSpan[];
  /** Surface and lower-cased token texts. */
  words: string[];
  lower: string[];
  /** Sentence index of each token. */
  sent: Int32Array;
  /** Starts with an upper-case letter. */
  cap: Uint8Array;
  /** Starts with a letter or digit. */
  word: Uint8Array;
  /** First word of its sentence, or first after an opening quote or bracket. */
  start: Uint8Array;
  /** Taken by a mention already. */
  claimed: Uint8Array;
  /** Sentence is a title-case headline: only lexicon matches count there. */
  titleCase: Uint8Array;
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ch.toLowerCase() !== ch.toUpperCase();
}

export function buildContext(text: string, tokens: readonly RawToken[], spans: readonly SentenceSpan[]): TokenContext {
  const n = tokens.length;
  const words = new Array<string>(n);
  const lower = new Array<string>(n);
  const sent = new Int32Array(n);
  const cap = new Uint8Array(n);
  const word = new Uint8Array(n);
  const start = new Uint8Array(n);
  const claimed = new Uint8Array(n);
  const titleCase = new Uint8Array(spans.length);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    words[i] = t;
    lower[i] = t.toLowerCase();
    const ch = t[0]!;
    cap[i] = isUpper(ch) ? 1 : 0;
    word[i] = isLetterOrDigit(ch) ? 1 : 0;
  }
  for (const span of spans) {
    let capitals = 0;
    let long = 0;
    let first = true;
    for (let i = span.first; i < span.last; i++) {
      sent[i] = span.sentence.index;
      if (!word[i]) {
        const w = words[i]!;
        if (OPENERS.has(w)) {
          // a straight quote opens only when attached to the next word and detached from the previous one
          const straight = w === '"' || w === "'";
          const t = tokens[i]!;
          const attachedNext = i + 1 < n && tokens[i + 1]!.start === t.end;
          const detachedPrev = i === span.first || tokens[i - 1]!.end < t.start;
          if (!straight || (attachedNext && detachedPrev)) first = true;
        }
        continue;
      }
      if (first) start[i] = 1;
      first = false;
      if (words[i]!.length > 3) {
        long++;
        if (cap[i]) capitals++;
      }
    }
    titleCase[span.sentence.index] = span.role === "line" && long >= 4 && capitals / long >= 0.6 ? 1 : 0;
  }
  return { text, tokens, spans, words, lower, sent, cap, word, start, claimed, titleCase };
}

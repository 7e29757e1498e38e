// Sentence splitting over tokens. A sentence ends at . ! ? (with closing quotes and brackets kept),
// at a blank line, and at a line break unless the next line continues in lower case. Headlines,
// bylines and datelines ("TEHRAN, Nov 29 –") become sentences of their own.
import type { Sentence } from "../../model/types.js";
import { CALENDAR_WORDS } from "../lexicon/words.js";
import { abbreviationGroup } from "./abbreviations.js";
import { clutterLines } from "./clutter.js";
import type { RawToken } from "./tokenize.js";

export type SentenceRole = "body" | "line" | "dateline" | "clutter";

/** A sentence with the token range it covers and what kind of text it is. */
export interface SentenceSpan {
  sentence: Sentence;
  /** Token range [first, last). */
  first: number;
  last: number;
  /** body: prose; line: a line without final punctuation (headline, caption); dateline; clutter. */
  role: SentenceRole;
  /** The clutter rule that marked it, when role is clutter. */
  clutterRule?: string;
  /** For a dateline: its place words as written ("TEHRAN", "NEW DELHI") and what follows a comma. */
  dateline?: { place: string; region?: string };
}

const TERMINALS = new Set([".", "!", "?", "…", "..."]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);
const DASHES = new Set(["-", "–", "—", "--"]);
/** Capitalized words that commonly start a sentence after an initialism ("... in the U.S. The ..."). */
const SENTENCE_STARTERS = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That", "These",
  "Those", "His", "Her", "Their", "Its", "Our", "There", "When", "While", "After", "Before", "As", "If", "So", "Some",
  "Many", "Most", "Police", "Officials", "Meanwhile", "However", "Earlier", "Later",
]);

function isUpperStart(s: string): boolean {
  const ch = s[0] ?? "";
  return ch !== ch.toLowerCase();
}

function isLowerStart(s: string): boolean {
  const ch = s[0] ?? "";
  return ch !== ch.toUpperCase();
}

function isAllCapsWord(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const lower = ch.toLowerCase();
    if (lower !== ch.toUpperCase()) {
      if (ch === lower) return false;
      letters++;
    } else if (ch !== "-" && ch !== "'" && ch !== ".") return false;
  }
  return letters >= 2;
}

/** Length of a dateline starting at token i (index one past its dash), or 0. */
function datelineEnd(tokens: readonly RawToken[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 4 && isAllCapsWord(tokens[j]!.text) && (j === i || tokens[j]!.newlines === 0)) j++;
  if (j === i) return 0;
  const limit = Math.min(tokens.length, j + 8);
  for (let k = j; k < limit; k++) {
    const t = tokens[k]!;
    if (t.newlines > 0) return 0;
    if (DASHES.has(t.text)) return k === j || tokens[j]!.text === "," || tokens[j]!.text === "(" ? k + 1 : 0;
    if (TERMINALS.has(t.text)) return 0;
  }
  return 0;
}

/** Splits tokens into sentences; `text` is the article text the tokens index into. */
export function splitSentences(text: string, tokens: readonly RawToken[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const lines = clutterLines(text);
  let lineIdx = 0;
  const lineRuleAt = (offset: number): string | null => {
    while (lineIdx + 1 < lines.starts.length && lines.starts[lineIdx + 1]! <= offset) lineIdx++;
    return lines.rules[lineIdx] ?? null;
  };

  let first = 0;
  const close = (last: number, role: SentenceRole, dateline?: SentenceSpan["dateline"]) => {
    if (last <= first) return;
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    const index = spans.length;
    const span: SentenceSpan = { sentence: { index, start, end, text: text.slice(start, end) }, first, last, role };
    if (dateline) span.dateline = dateline;
    spans.push(span);
    first = last;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // a line break before this token may close the open sentence
    if (i > first && t.newlines > 0) {
      const prev = tokens[i - 1]!;
      const continues = t.newlines === 1 && isLowerStart(t.text) && !TERMINALS.has(prev.text);
      if (!continues) close(i, "line");
    }
    // a dateline at the start of a paragraph
    if (i === first && (i === 0 || t.newlines > 0)) {
      const end = datelineEnd(tokens, i);
      if (end > 0) {
        let j = i;
        while (j < end && isAllCapsWord(tokens[j]!.text)) j++;
        const place = text.slice(tokens[i]!.start, tokens[j - 1]!.end);
        let region: string | undefined;
        if (tokens[j]?.text === ",") {
          let k = j + 1;
          while (k < end - 1 && isUpperStart(tokens[k]!.text) && !/\d/.test(tokens[k]!.text) && !CALENDAR_WORDS.has(tokens[k]!.text.toLowerCase())) k++;
          if (k > j + 1) region = text.slice(tokens[j + 1]!.start, tokens[k - 1]!.end);
        }
        close(end, "dateline", region ? { place, region } : { place });
        i = end - 1;
        continue;
      }
    }
    const next = tokens[i + 1];
    if (TERMINALS.has(t.text)) {
      let j = i + 1;
      // a closing quote or bracket is attached to the terminal; a detached straight quote opens the next sentence
      while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
      const after = tokens[j];
      if (!after || after.newlines > 0 || !isLowerStart(after.text)) {
        close(j, "body");
        i = j - 1;
      }
      continue;
    }
    if (t.abbreviation && next && next.newlines === 0) {
      const group = abbreviationGroup(t.text.slice(0, -1));
      const initialism = t.text.length >= 4 && t.text.charCodeAt(1) === 46;
      if ((initialism || group?.mayEndSentence) && SENTENCE_STARTERS.has(next.text)) close(i + 1, "body");
    }
  }
  close(tokens.length, "line");

  // roles: clutter lines; body sentences that end without final punctuation are lines
  for (const span of spans) {
    const rule = lineRuleAt(span.sentence.start);
    if (rule) {
      span.role = "clutter";
      span.clutterRule = rule;
    } else if (span.role === "body" || span.role === "line") {
      const lastText = tokens[span.last - 1]!.text;
      let k = span.last - 1;
      while (k > span.first && CLOSERS.has(tokens[k]!.text)) k--;
      span.role = TERMINALS.has(tokens[k]!.text) || TERMINALS.has(lastText) ? "body" : "line";
    }
  }
  return spans;
}

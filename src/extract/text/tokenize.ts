// A hand-written tokenizer: one pass over the character codes, no regular expressions on the hot
// path. Words keep internal hyphens, apostrophes and the periods of initialisms ("U.S.", "a.m.");
// a possessive "'s" is a token of its own; numbers keep their separators ("2,000", "3.5").
import { abbreviationGroup } from "./abbreviations.js";

/** A token as the tokenizer makes it, before sentences are known. */
export interface RawToken {
  text: string;
  start: number;
  end: number;
  /** Newlines between the previous token and this one (0, 1, or 2 for a blank line or more). */
  newlines: number;
  /** A word that ends with an abbreviation period ("Mr.", "U.S.", "Dec."). */
  abbreviation: boolean;
}

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;

function isLetterCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_LETTER.test(text[i] ?? "");
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x202f;
}

const APOSTROPHES = new Set([39, 0x2019, 0x02bc]);
const HYPHENS = new Set([45, 0x2010, 0x2011]);

function isUpperInitial(word: string): boolean {
  if (word.length !== 1) return false;
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word !== word.toLowerCase());
}

/** Splits text into word, number and punctuation tokens with character offsets. */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  const n = text.length;
  let i = 0;
  let newlines = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (c === 10) newlines++;
      i++;
      continue;
    }
    const start = i;
    let abbreviation = false;
    if (isLetterCode(c, text, i) || isDigitCode(c)) {
      i++;
      for (;;) {
        if (i >= n) break;
        const d = text.charCodeAt(i);
        if (isLetterCode(d, text, i) || isDigitCode(d)) {
          i++;
          continue;
        }
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        const nextIsWordChar = next !== 0 && (isLetterCode(next, text, i + 1) || isDigitCode(next));
        if (HYPHENS.has(d) && nextIsWordChar) {
          i += 2;
          continue;
        }
        if (APOSTROPHES.has(d) && nextIsWordChar) {
          // possessive 's: a token of its own
          const after = i + 2 < n ? text.charCodeAt(i + 2) : 0;
          if ((next === 115 || next === 83) && (after === 0 || !(isLetterCode(after, text, i + 2) || isDigitCode(after)))) break;
          i += 2;
          continue;
        }
        if ((d === 44 || d === 46) && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(next)) {
          i += 2;
          continue;
        }
        if (d === 46 && nextIsWordChar && !isDigitCode(next)) {
          // initialism: single letters separated by periods (U.S., a.m., U.N.)
          const prev2 = i - 2 >= start ? text.charCodeAt(i - 2) : 46;
          const following = i + 2 < n ? text.charCodeAt(i + 2) : 0;
          if ((i - start === 1 || prev2 === 46) && (following === 46 || following === 0)) {
            i += 2;
            continue;
          }
        }
        break;
      }
      if (i < n && text.charCodeAt(i) === 46) {
        const word = text.slice(start, i);
        const isInitialism = word.length >= 3 && word.charCodeAt(1) === 46;
        const group = abbreviationGroup(word);
        let keep = isInitialism || isUpperInitial(word);
        if (group) {
          if (group.id === "abbr.reference") {
            let j = i + 1;
            while (j < n && text.charCodeAt(j) === 32) j++;
            keep = j < n && isDigitCode(text.charCodeAt(j));
          } else keep = true;
        }
        if (keep) {
          i++;
          abbreviation = true;
        }
      }
    } else if (c === 46 && text.charCodeAt(i + 1) === 46) {
      while (i < n && text.charCodeAt(i) === 46) i++;
    } else if (HYPHENS.has(c) && i + 1 < n && HYPHENS.has(text.charCodeAt(i + 1))) {
      while (i < n && HYPHENS.has(text.charCodeAt(i))) i++;
    } else if (APOSTROPHES.has(c) && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) && tokens.length > 0 && tokens[tokens.length - 1]!.end === i) {
      const after = i + 2 < n ? text.charCodeAt(i + 2) : 0;
      i += after !== 0 && (isLetterCode(after, text, i + 2) || isDigitCode(after)) ? 1 : 2;
    } else {
      // a single punctuation or symbol character (surrogate pairs kept whole)
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    tokens.push({ text: text.slice(start, i), start, end: i, newlines: newlines > 2 ? 2 : newlines, abbreviation });
    newlines = 0;
  }
  return tokens;
}

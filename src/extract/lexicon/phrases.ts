// A phrase table over tokens: multiword entries indexed by their first word, longest match first.
import { tokenize } from "../text/tokenize.js";

export interface PhraseEntry<T> {
  /** Tokens of the phrase as written. */
  words: string[];
  /** Lower-cased tokens. */
  lower: string[];
  value: T;
  /** Match case exactly (short all-caps forms: US, UN, AP). */
  exact: boolean;
}

export interface PhraseMatch<T> {
  entry: PhraseEntry<T>;
  /** Token index one past the match. */
  end: number;
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, PhraseEntry<T>[]>();
  private readonly dirty = new Set<string>();

  /** Adds a phrase; `exact` defaults to true for short all-caps forms. */
  add(phrase: string, value: T, exact?: boolean): void {
    const words = tokenize(phrase).map((t) => t.text);
    if (words.length === 0) return;
    const lower = words.map((w) => w.toLowerCase());
    const isCaps = phrase.length <= 5 && phrase === phrase.toUpperCase() && phrase !== phrase.toLowerCase();
    const entry: PhraseEntry<T> = { words, lower, value, exact: exact ?? isCaps };
    const key = lower[0]!;
    const list = this.byFirst.get(key);
    if (list) {
      list.push(entry);
      this.dirty.add(key);
    } else this.byFirst.set(key, [entry]);
  }

  /**
   * Longest entry matching the tokens at `i` (lower-cased forms in `lower`, surface in `text`),
   * not crossing `limit`. With `capitalized`, the first word must start upper-case unless the entry is
   * all lower-case.
   */
  match(text: readonly string[], lower: readonly string[], i: number, limit: number, capitalized: boolean): PhraseMatch<T> | undefined {
    const key = lower[i]!;
    const list = this.byFirst.get(key);
    if (!list) return undefined;
    if (this.dirty.size > 0 && this.dirty.has(key)) {
      // stable: among equal lengths the first added wins
      list.sort((a, b) => b.words.length - a.words.length);
      this.dirty.delete(key);
    }
    for (const entry of list) {
      const n = entry.words.length;
      if (i + n > limit) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        if (lower[i + k] !== entry.lower[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (entry.exact) {
        for (let k = 0; k < n; k++) {
          if (text[i + k] !== entry.words[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
      } else if (capitalized) {
        const first = text[i]!;
        const entryFirst = entry.words[0]!;
        const entryIsLower = entryFirst === entryFirst.toLowerCase();
        if (!entryIsLower && first[0] === first[0]!.toLowerCase()) continue;
      }
      return { entry, end: i + n };
    }
    return undefined;
  }

  get size(): number {
    let n = 0;
    for (const list of this.byFirst.values()) n += list.length;
    return n;
  }
}

// Name normalization for cross-document merging: comparison keys, generic-name detection,
// person titles, and slugs for stable node keys. Pure functions over strings.
import { createRequire } from "node:module";
import { GENERIC_WORDS, PERSON_TITLES } from "./crossDocumentRules.js";

const GENERIC = new Set(GENERIC_WORDS.flatMap((rule) => rule.words));
const TITLES: string[][] = PERSON_TITLES.flatMap((rule) => rule.titles)
  .map((title) => tokenizeRaw(title))
  .sort((a, b) => b.length - a.length);

/**
 * Names recur across thousands of articles; the functions below are pure, so their results are
 * remembered (bounded, so that a huge corpus of unique names cannot grow the memo without limit).
 */
function memoize<T>(fn: (name: string) => T, limit = 200_000): (name: string) => T {
  const memo = new Map<string, T>();
  return (name: string): T => {
    let value = memo.get(name);
    if (value === undefined) {
      value = fn(name);
      if (memo.size >= limit) memo.clear();
      memo.set(name, value);
    }
    return value;
  };
}

/** Surface tokens of a name: letters and digits, apostrophes inside words dropped. */
function surfaceTokens(name: string): string[] {
  return name
    .normalize("NFKC")
    .replace(/['\u2019]s\b/gu, "")
    .replace(/['\u2019.]/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** Lower-case tokens without diacritics: the unit names are compared on. */
function tokenizeRaw(name: string): string[] {
  return surfaceTokens(name).map((token) =>
    token
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase(),
  );
}

/** Comparison key of a name: case, diacritics, punctuation, possessives and a leading "the" ignored. */
function nameKeyRaw(name: string): string {
  const tokens = [...tokenize(name)];
  while (tokens.length > 1 && tokens[0] === "the") tokens.shift();
  return tokens.join(" ");
}

function isCaseless(token: string): boolean {
  return token.toLowerCase() === token.toUpperCase();
}

function isCapitalized(token: string): boolean {
  const first = token.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * A name is distinctive when it can identify one entity outside its article: it has a capitalized
 * (or caseless-script) word that is not a generic word from the table. "the embassy",
 * "Police", "riot police" are generic; "Reuters", "Russian Embassy", "Baku" are distinctive.
 */
function isDistinctiveRaw(name: string): boolean {
  return surfaceTokens(name).some((token) => {
    if (/^\p{N}+$/u.test(token)) return false;
    const lower = token.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
    if (GENERIC.has(lower)) return false;
    return isCapitalized(token) || isCaseless(token);
  });
}

/** How much a name's capitals say about it being a proper name. */
export type NameStrength = "proper" | "initial" | "generic";

function lowerToken(token: string): string {
  return token.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
}

/**
 * "proper": a capitalized (or caseless-script) word that is not generic stands after the first word
 * ("Amnesty International", "Bashar al-Assad") or is not an English word ("Reuters");
 * "initial": only the first word is capitalized and it is an English word ("Officers",
 * "Crowd-control units", "Paris") -- capitalized perhaps only because a sentence starts with it;
 * "generic": no capitalized word but generic ones ("the embassy", "Police").
 */
function nameStrengthRaw(name: string): NameStrength {
  const tokens = surfaceTokens(name);
  let initial = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (/^\p{N}+$/u.test(token)) continue;
    const lower = lowerToken(token);
    if (GENERIC.has(lower)) continue;
    if (isCaseless(token)) return "proper";
    if (!isCapitalized(token)) continue;
    if (i > 0 || !englishWords().has(lower)) return "proper";
    initial = true;
  }
  return initial ? "initial" : "generic";
}

let words: Set<string> | undefined;
/** Lower-case English words: the npm package an-array-of-english-words (MIT, Titus Wormer). */
function englishWords(): Set<string> {
  if (words === undefined) {
    const require = createRequire(import.meta.url);
    words = new Set(require("an-array-of-english-words") as string[]);
  }
  return words;
}

/** Tokens of a person's name with leading titles and honorifics removed ("President Ilham Aliyev" -> ilham aliyev). */
function personTokensRaw(name: string): string[] {
  let tokens = [...tokenize(name)];
  let stripped = true;
  while (stripped && tokens.length > 1) {
    stripped = false;
    for (const title of TITLES) {
      if (title.length < tokens.length && title.every((word, i) => tokens[i] === word)) {
        tokens = tokens.slice(title.length);
        stripped = true;
        break;
      }
    }
  }
  return tokens;
}

/** A stable, readable slug for node keys: lower case, diacritics dropped, a leading "the" dropped, non-alphanumerics as "-". */
export function slug(text: string): string {
  const out = nameKey(text).replace(/ /g, "-");
  return out.length > 0 ? out : "x";
}

/** Lower-case tokens without diacritics: the unit names are compared on. Do not mutate the result. */
export const tokenize: (name: string) => readonly string[] = memoize(tokenizeRaw);
/** Comparison key of a name: case, diacritics, punctuation, possessives and a leading "the" ignored. */
export const nameKey: (name: string) => string = memoize(nameKeyRaw);
/** Whether a name can identify one entity outside its article (see isDistinctiveRaw). */
export const isDistinctive: (name: string) => boolean = memoize(isDistinctiveRaw);
/** Tokens of a person's name without leading titles. Do not mutate the result. */
export const personTokens: (name: string) => readonly string[] = memoize(personTokensRaw);
/** See nameStrengthRaw. */
export const nameStrength: (name: string) => NameStrength = memoize(nameStrengthRaw);

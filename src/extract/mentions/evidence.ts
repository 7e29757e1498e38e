// Evidence that an unknown run of capitalized words is an organization or a place rather than a
// person: the words of the name itself, then the words around it. Used by the name classifier before
// it falls back to the person shape (src/extract/mentions/names.ts).
import type { Lexicon } from "../lexicon/index.js";
import {
  ARMED_MEMBER_NOUNS,
  FOREIGN_ORG_FINAL,
  FOREIGN_ORG_INITIAL,
  PERSON_CAPS_TITLES,
  ROMAN_NUMERAL,
  STREET_PREFIXES,
  STREET_SUFFIXES,
} from "../lexicon/nameEvidence.js";
import { ROLE_NOUNS, SPEECH_VERBS } from "../lexicon/persons.js";
import { FUNCTION_WORDS } from "../lexicon/words.js";
import type { TokenContext } from "./context.js";

export interface KindEvidence {
  kind: "Organization" | "Location";
  /** Rule id (from the evidence tables of src/extract/lexicon/nameEvidence.ts, or below). */
  rule: string;
}

/** What the evidence functions need of the article-level hints. */
export interface WordSets {
  englishWords: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
}

const STREET_FIRST: ReadonlySet<string> = new Set(STREET_PREFIXES.words);
const FOREIGN_FIRST: ReadonlySet<string> = new Set(FOREIGN_ORG_INITIAL.words);
const FOREIGN_LAST: ReadonlySet<string> = new Set(FOREIGN_ORG_FINAL.words);
const ARMED_MEMBERS: ReadonlySet<string> = new Set(ARMED_MEMBER_NOUNS.words);
/** Religious and noble titles that take "the" before a person's name and are not in the title lexicon. */
const TITLE_WORDS: ReadonlySet<string> = new Set(["prophet", "reverend", "rev", "venerable", "blessed", "late", "emir", "sheikh", "imam", "ayatollah", "grand", "duke", "duchess", "earl", "baron", "lord", "lady", "prince", "princess", "king", "queen", "pope", "saint", "apostle", "caliph", "sultan", "maharaja", "rajah"]);

/** Rule: an all-capitals token inside a name whose other words include a dictionary word ("DP World"). */
export const CAPS_TOKEN_RULE = { id: "org.caps-token", reason: "personal names hold initials only beside other names ('MS Dhoni'); an acronym beside a dictionary word ('DP World') is a body's name" };
/** Rule: a name right after "the", not itself followed by the noun it modifies ("the Jatiyatabadi Sramik Dal"). */
export const DETERMINER_RULE = { id: "org.determiner", reason: "English puts no article before a person's name; 'the' before an unknown name makes it a body ('the Coordinamento Agricoltori Padani')" };

/** An acronym: two or more capital letters and nothing else ("DP", "ZEIT"; not "Z." nor "U.S"). */
function isAcronym(w: string): boolean {
  return /^\p{Lu}{2,}$/u.test(w);
}

/** Evidence inside the run [s, e): street words, organization words of other languages, acronyms. */
export function nameShapeEvidence(ctx: TokenContext, lex: Lexicon, s: number, e: number, words: WordSets): KindEvidence | undefined {
  const first = ctx.words[s]!;
  const last = ctx.words[e - 1]!;
  // "Via Carlo Magno", but not "Via Twitter" (a street word before a known body or state is a preposition or a common noun)
  if (e - s >= 2 && STREET_FIRST.has(first.replace(/\.$/u, "")) && ctx.cap[s + 1] && !lex.bodies.match(ctx.words, ctx.lower, s + 1, e, true) && !lex.stateNames.match(ctx.words, ctx.lower, s + 1, e, true)) {
    return { kind: "Location", rule: STREET_PREFIXES.id };
  }
  for (let k = s; k < e; k++) if (STREET_SUFFIXES.pattern.test(ctx.words[k]!)) return { kind: "Location", rule: STREET_SUFFIXES.id };
  if (e - s >= 2 && FOREIGN_FIRST.has(first) && !words.firstNames.has(ctx.lower[s]!)) return { kind: "Organization", rule: FOREIGN_ORG_INITIAL.id };
  if (e - s >= 2 && FOREIGN_LAST.has(last)) return { kind: "Organization", rule: FOREIGN_ORG_FINAL.id };
  if (e - s >= 2) {
    let caps = false;
    let dictionary = false;
    for (let k = s; k < e; k++) {
      const w = ctx.words[k]!;
      // (a shouted word is no acronym: "Serves FREE breakfast")
      if (isAcronym(w) && !ROMAN_NUMERAL.test(w) && !PERSON_CAPS_TITLES.has(w) && !words.englishWords.has(ctx.lower[k]!)) caps = true;
      else if (ctx.cap[k] && w !== w.toUpperCase() && words.englishWords.has(ctx.lower[k]!) && !words.firstNames.has(ctx.lower[k]!)) dictionary = true;
    }
    if (caps && dictionary) return { kind: "Organization", rule: CAPS_TOKEN_RULE.id };
  }
  return undefined;
}

/**
 * Evidence next to the run [s, e): the armed members it qualifies ("Abu Sayyaf militants"), or a
 * determiner before it. `hadThe` says a sentence-initial "The" was cut off the run.
 */
export function contextEvidence(ctx: TokenContext, lex: Lexicon, s: number, e: number, sentFirst: number, hadThe: boolean, words: WordSets): KindEvidence | undefined {
  const next = ctx.lower[e];
  if (next !== undefined && ARMED_MEMBERS.has(next) && ctx.word[e] && !ctx.cap[e]) return { kind: "Organization", rule: ARMED_MEMBER_NOUNS.id };
  const the = hadThe || (s - 1 >= sentFirst && ctx.lower[s - 1] === "the");
  if (!the || e - s < 2 || words.firstNames.has(ctx.lower[s]!)) return undefined;
  // "the Prophet Mohammed", "the Reverend Jesse Jackson": a title takes the article, the name does not
  if (lex.titles.match(ctx.words, ctx.lower, s, e, true) || ROLE_NOUNS.has(ctx.lower[s]!) || TITLE_WORDS.has(ctx.lower[s]!)) return undefined;
  // "the Latin Americans", "the Sectorial Under-Secretary": a people or a broken-off word is no body's name
  const last = ctx.lower[e - 1]!;
  if (FUNCTION_WORDS.has(last) || lex.states.peoples.has(last) || /ans$/u.test(last)) return undefined;
  // "the U.S": letters of an abbreviation
  let longWord = false;
  for (let k = s; k < e; k++) if (ctx.words[k]!.length >= 3) longWord = true;
  if (!longWord) return undefined;
  // "the Kim Jong Un regime", "the John Lewis store": the article belongs to the noun the name modifies
  const modifiesNoun = next !== undefined && ctx.word[e] === 1 && !ctx.cap[e] && !FUNCTION_WORDS.has(next) && !SPEECH_VERBS.has(next) && !next.endsWith("ed");
  if (modifiesNoun) return undefined;
  return { kind: "Organization", rule: DETERMINER_RULE.id };
}

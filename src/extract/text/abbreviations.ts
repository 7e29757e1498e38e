// Abbreviations whose final period belongs to the word, not to the sentence.
// Each group has an id and a reason; the tokenizer keeps the period on these words and the sentence
// splitter decides, by group, whether such a word may still end a sentence.

export interface AbbreviationGroup {
  id: string;
  reason: string;
  /** Lower-case words without the final period. */
  words: readonly string[];
  /** May the abbreviation end a sentence when a capitalized sentence starter follows? */
  mayEndSentence: boolean;
}

export const ABBREVIATION_GROUPS: readonly AbbreviationGroup[] = [
  {
    id: "abbr.title",
    reason: "titles and honorifics stand before a name and never end a sentence (Mr. Smith, Gen. Petraeus)",
    words: [
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "cmdr", "adm", "brig",
      "gov", "sen", "rep", "rev", "fr", "pres", "supt", "insp", "det", "amb", "hon", "st", "mt", "ft", "messrs",
    ],
    mayEndSentence: false,
  },
  {
    id: "abbr.month",
    reason: "abbreviated months in datelines and dates (Dec. 1, Sept. 15) are followed by a number, not a new sentence",
    words: ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
    mayEndSentence: false,
  },
  {
    id: "abbr.reference",
    reason: "reference words (No. 10, vs. Spain, approx. 300) are followed by what they refer to",
    words: ["no", "nos", "vs", "approx", "est", "vol", "art", "ch", "fig", "pp", "p"],
    mayEndSentence: false,
  },
  {
    id: "abbr.final",
    reason: "company suffixes and 'etc.' often close a sentence; a capitalized sentence starter after them begins a new one",
    words: ["inc", "ltd", "co", "corp", "plc", "etc", "jr", "sr", "bros"],
    mayEndSentence: true,
  },
];

const BY_WORD = new Map<string, AbbreviationGroup>();
for (const group of ABBREVIATION_GROUPS) for (const w of group.words) BY_WORD.set(w, group);

/** The abbreviation group of a word (without its period), or undefined. */
export function abbreviationGroup(word: string): AbbreviationGroup | undefined {
  return BY_WORD.get(word.toLowerCase());
}

// Function words and calendar words: capitalized at a sentence start or in a headline they are not names.
// The English word list is the npm package `an-array-of-english-words` (MIT, Titus Wormer).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on",
  "at", "by", "to", "from", "with", "without", "into", "onto", "over", "under", "after", "before", "during", "since",
  "until", "while", "when", "where", "which", "who", "whom", "whose", "what", "why", "how", "as", "than", "if",
  "though", "although", "because", "despite", "against", "among", "amid", "between", "through", "across", "near",
  "outside", "inside", "around", "about", "above", "below", "behind", "beyond", "along", "toward", "towards", "upon",
  "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "its", "their", "our", "my",
  "your", "there", "here", "then", "now", "not", "no", "yes", "all", "some", "any", "each", "every", "both", "either",
  "neither", "many", "much", "more", "most", "few", "several", "other", "another", "such", "only", "also", "even",
  "still", "just", "already", "very", "too", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
  "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said", "says",
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands", "dozens",
  "earlier", "later", "meanwhile", "however", "instead", "thanks", "according", "following", "under", "per", "via",
  "mr", "mrs", "ms",
]);

export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jan.", "feb.",
  "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow", "christmas", "easter",
  "ramadan", "eid", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "ist", "msk", "jst", "wat", "eat", "cat", "bc", "bce", "ad", "ce", "b.c.", "a.d.",
]);

/**
 * Capitalized words that are never names by themselves: nationality-free words of headlines, quotes
 * and emphasis ("Down with X", "Free Syria", "End the occupation").
 */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  "down", "free", "end", "stop", "long", "live", "death", "death to", "no", "yes", "photo", "video", "watch", "read",
  "update", "updated", "breaking", "exclusive", "analysis", "opinion", "editorial", "comment", "live", "share",
  "staff", "reporter", "correspondent", "source", "sources", "file", "getty", "images", "ap photo",
]);

let englishWords: Set<string> | undefined;

/** Lower-case English dictionary words (~275,000). */
export function englishWordSet(): Set<string> {
  if (englishWords) return englishWords;
  englishWords = new Set(require("an-array-of-english-words") as string[]);
  return englishWords;
}

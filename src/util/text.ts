/**
 * Counts words the way progress lines and benchmarks report them: runs of characters that are not
 * space, tab, CR or LF. One pass over character codes (articles can be megabytes long).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

// Named-entity spans in the PER/ORG/GPE/LOC scheme of NER benchmarks (CoNLL, UNER), read from the
// entity stage's mentions: names only, no titles, descriptions, demonyms, groups or pronouns.
import type { AnalyzedArticle, AnalyzedMention } from "./types.js";

export type NerLabel = "PER" | "ORG" | "GPE" | "LOC";

export interface NerSpan {
  start: number;
  end: number;
  label: NerLabel;
}

/** Rules whose mentions are descriptions or adjectives, not names. */
const NOT_NAMES = /^(state\.demonym|state\.actor-noun|state\.host-government|state\.government-of|state\.leader-government|group\.|coref\.|embassy\.anaphor|org\.police|org\.parliament|org\.military-council|org\.state-tv|org\.firefighters|org\.anaphor|org\.local-authority|org\.government-in-exile)/;

function labelOf(m: AnalyzedMention): NerLabel | undefined {
  if (m.anaphor || NOT_NAMES.test(m.rule)) return undefined;
  const first = m.text[0] ?? "";
  if (first === first.toLowerCase()) return undefined;
  switch (m.kind) {
    case "Person":
      return "PER";
    case "Organization":
      return "ORG";
    case "State":
      return "GPE";
    case "Location":
      return "LOC";
    case "Embassy":
      return "ORG";
    default:
      return undefined;
  }
}

/**
 * Spans of named mentions in `doc`, with offsets into its text. A genitive "'s" stays outside the
 * span (UNER gold never includes it).
 */
export function nerSpans(doc: AnalyzedArticle): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const m of doc.mentions) {
    const label = labelOf(m);
    if (!label) continue;
    let start = m.start;
    let end = m.end;
    // "the Embassy of ...": determiners are not part of the name
    if (/^the\s/i.test(m.text) && label !== "ORG") start += 4;
    // "Fars news agency", "B92 radio": the outlet noun after the name is not part of it
    const tail = /(\s+[a-z][\p{Ll}-]*)+$/u.exec(m.text);
    if (tail && tail.index > 0) end = m.start + tail.index;
    spans.push({ start, end, label });
  }
  return spans;
}

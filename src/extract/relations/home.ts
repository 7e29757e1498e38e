// The article's home state: the country it reports from. Read from the dateline ("ISTANBUL, March 14
// -" -> Turkey; "MANILA, Philippines -") or, failing that, from the host city of the diplomatic
// missions the article is about ("the British High Commission in Nairobi" -> Kenya). An office
// named without its country ("President William Ruto", "Prime Minister Srettha Thavisin") is by
// default the home state's office.
import type { Entity, Mention, Sentence } from "../../model/types.js";
import { lexicon } from "../lexicon/index.js";
import { tokenize } from "../text/tokenize.js";

/** The state code of a city or capital name ("Istanbul" -> TUR), or undefined. */
export function cityState(name: string): string | undefined {
  const lex = lexicon();
  const lower = name.toLowerCase();
  const capital = lex.states.capitals.get(lower);
  if (capital) return capital;
  const words = tokenize(name).map((t) => t.text);
  if (words.length === 0) return undefined;
  const match = lex.cities.match(words, words.map((w) => w.toLowerCase()), 0, words.length, false);
  if (!match || match.end !== words.length) return undefined;
  return lex.states.byAlpha2.get(match.entry.value.cc);
}

function stateByCode(entities: readonly Entity[], code: string | undefined): Entity | undefined {
  if (!code) return undefined;
  const label = lexicon().states.states.get(code)?.label.toLowerCase();
  return entities.find((e) => e.kind === "State" && (e.key?.code === code || e.label.toLowerCase() === label));
}

/** A byline that places the reporter: "By our Nairobi correspondent", "From our correspondent in Yerevan". */
const BYLINE = /^(?:by|from) (?:our|a|an|the) (?:[\p{L}-]+ ){0,3}correspondents?\b/iu;

/** The home State entity of the article, or undefined when the article does not say or names none. */
export function homeState(mentions: readonly Mention[], entities: readonly Entity[], sentences: readonly Sentence[] = []): Entity | undefined {
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  const dateState = mentions.find((m) => m.rule === "state.dateline");
  if (dateState) {
    const e = byId.get(dateState.entity);
    if (e?.kind === "State") return e;
  }
  const datePlace = mentions.find((m) => m.rule === "loc.dateline");
  if (datePlace) return stateByCode(entities, cityState(byId.get(datePlace.entity)?.label ?? datePlace.text));
  // A byline naming the reporter's city ("By our Nairobi correspondent").
  for (const sentence of sentences.slice(0, 6)) {
    if (!BYLINE.test(sentence.text)) continue;
    // Bylines are page furniture with no mentions of their own: read their capitalized words.
    const words = tokenize(sentence.text).map((t) => t.text);
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i]!) || i === 0) continue;
      const lower = words[i]!.toLowerCase();
      const code = cityState(words[i]!) ?? lexicon().states.names.get(lower);
      if (code) return stateByCode(entities, code);
    }
  }
  // No dateline: the one country hosting the article's missions.
  const codes = new Set<string>();
  for (const e of entities) {
    if (e.kind !== "Embassy" || !e.key?.city) continue;
    const code = cityState(e.key.city);
    if (code) codes.add(code);
  }
  if (codes.size === 1) return stateByCode(entities, [...codes][0]);
  // Else the city the lead sentence places the story in ("Riot police in Nairobi fired ...").
  const lead = mentions.find((m) => byId.get(m.entity)?.kind === "Location");
  if (lead && lead.sentence <= 2) return stateByCode(entities, cityState(byId.get(lead.entity)!.label));
  return undefined;
}

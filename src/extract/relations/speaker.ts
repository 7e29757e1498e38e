// The description of a named speaker ("Islamabad police spokesman Taqi Jawad", "Egypt's ambassador
// to the United States, Motaz Zahran,"): where it starts, and the bodies and state it speaks for.
// A speaker's own state is never the actor of what the speaker reports (ONTOLOGY: "an actor never
// reports itself"), and an ambassador speaking of "the embassy" speaks of their own mission.
import type { Entity } from "../../model/types.js";
import { stateLexicon } from "../lexicon/states.js";
import { DIPLOMAT_WORDS, SPEAKER_HEADS, SPEAKER_TITLES } from "./rules/attribution.js";
import type { MentionSpan, SentenceView } from "./view.js";

export interface SpeakerPhrase {
  /** First word of the speaker's description (the speaker's own first word when undescribed). */
  start: number;
  /**
   * States the speaker speaks for: named in the title ("Egypt's ambassador") or naming the
   * speaker's body ("Russian Foreign Ministry spokeswoman", "Ukraine's air force said").
   */
  ownStates: Set<string>;
  /** Bodies named in the speaker's title or read as their affiliation ("police spokesman X"). */
  ownBodies: Set<string>;
  /** The speaker is a diplomat: "the embassy" in their words is their own mission. */
  diplomat: boolean;
}

const OWN_KINDS = new Set(["Organization", "State", "Embassy"]);
const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "'s", "’s"]);
/** Prepositions inside a title: "spokesman for the ministry", "ambassador to the United States". */
const TITLE_PREPS = new Set(["for", "of", "to", "in", "at"]);

/** The state a body is named after: "Russian Foreign Ministry", "Ukraine's air force". */
function stateNamed(text: string, entities: readonly Entity[]): Entity | undefined {
  const lex = stateLexicon();
  const w = text.toLowerCase().split(/\s+/);
  const one = (w[0] ?? "").replace(/['’]s$/, "");
  const code = lex.demonyms.get(one) ?? lex.names.get(one) ?? lex.demonyms.get(w.slice(0, 2).join(" ")) ?? lex.names.get(w.slice(0, 2).join(" ").replace(/['’]s$/, ""));
  return code ? entities.find((e) => e.kind === "State" && e.key?.code === code) : undefined;
}

/** The states named by a body's mention or its label. */
function statesOfBody(view: SentenceView, span: MentionSpan): Entity[] {
  if (span.entity.kind !== "Organization") return [];
  const text = view.sentence.text.slice(span.mention.start - view.sentence.start, span.mention.end - view.sentence.start);
  return [stateNamed(text, view.entities), stateNamed(span.entity.label, view.entities)].filter((e): e is Entity => e !== undefined);
}

/**
 * Walks left from `j` over a speaker's description: titles, head nouns, determiners and the names
 * of bodies. Returns the first word reached and whether a title or head noun was seen.
 */
function walkTitle(view: SentenceView, j: number, own: Set<string>, flags: { diplomat: boolean; titled: boolean }, allowPreps: boolean): number {
  const words = view.words;
  let start = j + 1;
  for (let steps = 0; j >= 0 && steps < 12; steps++) {
    const w = words[j]!;
    if (w.m !== -1) {
      const span = view.mentions[w.m]!;
      // "ambassador to the United States": the host state is not the speaker's side.
      let p = span.first - 1;
      while (p >= 0 && DETERMINERS.has(words[p]!.w)) p--;
      const host = words[p]?.w === "to" || words[p]?.w === "in" || words[p]?.w === "at";
      if (!host && OWN_KINDS.has(span.entity.kind)) {
        own.add(span.entity.id);
        for (const state of statesOfBody(view, span)) own.add(state.id);
      }
      start = span.first;
      j = span.first - 1;
      continue;
    }
    if (DIPLOMAT_WORDS.has(w.w)) flags.diplomat = true;
    if (SPEAKER_HEADS.has(w.w) || SPEAKER_TITLES.has(w.w) || DIPLOMAT_WORDS.has(w.w)) flags.titled = true;
    else if (!(DETERMINERS.has(w.w) || (w.cap && /^\p{L}/u.test(w.w)) || (allowPreps && TITLE_PREPS.has(w.w)))) break;
    start = j;
    j--;
  }
  return start;
}

export function speakerPhrase(view: SentenceView, reporter: MentionSpan, affiliations: ReadonlyMap<string, Entity>): SpeakerPhrase {
  const own = new Set<string>();
  const flags = { diplomat: false, titled: false };
  const words = view.words;
  // Titles inside the mention itself ("British Ambassador Kirsty Hayes").
  for (let q = reporter.first; q <= reporter.last; q++) if (DIPLOMAT_WORDS.has(words[q]!.w)) flags.diplomat = true;
  let start = reporter.first;
  if (reporter.entity.kind === "Person") {
    const before = walkTitle(view, reporter.first - 1, own, flags, false);
    start = before;
    // "A police spokesman, Ola Osterling, told ...": the title in apposition before the name.
    if (before === reporter.first && words[reporter.first - 1]?.w === "," && words[reporter.last + 1]?.w === ",") {
      const appOwn = new Set<string>();
      const appFlags = { diplomat: false, titled: false };
      const appStart = walkTitle(view, reporter.first - 2, appOwn, appFlags, true);
      if (appFlags.titled && appStart < reporter.first - 1) {
        start = appStart;
        for (const id of appOwn) own.add(id);
        flags.diplomat ||= appFlags.diplomat;
      }
    }
    const body = affiliations.get(reporter.entity.id);
    if (body) own.add(body.id);
  }
  // "Ukraine's air force said ...": the state the speaking body is named after.
  if (reporter.entity.kind === "Organization") for (const state of statesOfBody(view, reporter)) own.add(state.id);
  const ownStates = new Set([...own].filter((id) => id !== reporter.entity.id && view.entities.find((e) => e.id === id)?.kind === "State"));
  const ownBodies = new Set([...own].filter((id) => id !== reporter.entity.id && !ownStates.has(id)));
  return { start, ownStates, ownBodies, diplomat: flags.diplomat };
}

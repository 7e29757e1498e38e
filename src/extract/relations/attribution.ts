// reported-by: the actor of a reported statement -> the one credited with reporting it.
// "..., Turan reported"; "according to X, ..."; "X said (in a statement) that ..."; "X told reporters";
// nested "Reuters said, citing Mehr, that ...": actor -> Mehr and Mehr -> Reuters.
import type { EntityKind } from "../../model/ontology.js";
import type { Candidate } from "./frames.js";
import { verbForms } from "./inflect.js";
import { ATTRIBUTION_RULES, AUDIENCE_WORDS, BLAME_RULE, OUTLET_NOUNS, SOURCE_PHRASES, SPEAKER_HEADS } from "./rules/attribution.js";
import { ADVERBS, FILLERS } from "./rules/cues.js";
import { speakerPhrase } from "./speaker.js";
import { findAgent, findSubject, firstSubject, hasNegation, isDemonymModifier, matchPhrase } from "./slots.js";
import { stateLexicon } from "../lexicon/states.js";
import type { AttributionRule } from "./types.js";
import type { Entity } from "../../model/types.js";
import type { MentionSpan, SentenceView } from "./view.js";

/**
 * Who can be credited with a statement: named people, outlets, bodies, governments, and a
 * diplomatic mission speaking for itself ("The Russian embassy said on Telegram that ...").
 */
const REPORTER_KINDS: readonly EntityKind[] = ["Person", "Organization", "State", "Embassy"];
/** Who can be the actor of a reported statement. */
const ACTOR_KINDS: readonly EntityKind[] = ["Person", "Group", "Organization", "State", "Embassy"];

const LIST_LINKS = new Set([",", "and", "or"]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "them", "him", "her", "us"]);
const TELL_FORMS = new Set(["told", "tell", "tells"]);
const QUOTES = new Set(['"', "“", "”", "'", "‘"]);

/** Verbs and auxiliaries: once one is passed, the first mention is no longer the clause subject. */
const CLAUSE_VERBS = new Set(["is", "are", "was", "were", "had", "has", "have", "did", "does", "do", "said", "says", "warned", "added", "not"]);

const MODAL_VERBS = new Set(["would", "could", "should", "might", "may", "must", "will", "can", "'ll", "'d", "shall"]);

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "their", "his", "her", "whose", "in", "of", "to", "no"]);

let speechIndex: Map<string, AttributionRule> | null = null;

function speechVerbs(): Map<string, AttributionRule> {
  if (speechIndex) return speechIndex;
  speechIndex = new Map();
  for (const rule of ATTRIBUTION_RULES)
    for (const verb of rule.verbs) {
      if (verb.includes(" ")) continue;
      for (const form of verbForms(verb)) if (!speechIndex.has(form)) speechIndex.set(form, rule);
    }
  return speechIndex;
}

function edge(source: MentionSpan, target: MentionSpan, rule: string): Candidate[] {
  if (source.entity.id === target.entity.id) return [];
  return [{ source, target, predicate: "reported-by", rule, polarity: "asserted" }];
}

/** The first mention after position j (skipping fillers and "one of the ..."), within a few words. */
function mentionAfter(view: SentenceView, j: number, kinds: readonly EntityKind[], limit = 6): MentionSpan | null {
  for (let k = j; k < view.words.length && k < j + limit; k++) {
    const word = view.words[k]!;
    if (word.m !== -1) {
      const span = view.mentions[word.m]!;
      // "according to the Senegalese news agency APS": a demonym only describes the source after it
      if (isDemonymModifier(view, span)) {
        k = span.last;
        continue;
      }
      return kinds.includes(span.entity.kind) ? span : null;
    }
    if (word.w === "," || word.w === "." || word.w === ";") return null;
    // "citing the 1979 seizure of the U.S. embassy" cites an event: a name inside an "of" phrase
    // is the source only after a speaker's noun ("one of the protesters", "a spokesman for X").
    if (SOURCE_PREPS.has(word.w) && k > j && !SPEAKER_HEADS.has(view.words[k - 1]!.w) && !OUTLET_NOUNS.has(view.words[k - 1]!.w) && !QUANTIFIERS.has(view.words[k - 1]!.w)) return null;
  }
  return null;
}

const SOURCE_PREPS = new Set(["of", "on", "about", "over", "at"]);
const QUANTIFIERS = new Set(["one", "some", "many", "several", "two", "three", "four", "five", "most", "members", "member", "leader", "leaders", "head", "organisers", "organizers", "group"]);

/**
 * True when the speaker is set off from what went before by a comma, quote or dash, over
 * descriptions ("..., senior police officer Hom Jung Chauhan told").
 */
function setOff(view: SentenceView, span: MentionSpan): boolean {
  let j = span.first - 1;
  for (let steps = 0; j >= 0 && steps < 8; steps++) {
    const w = view.words[j]!;
    if ([",", '"', "'", "—", "–", "-", ":"].includes(w.w)) return true;
    if (w.m !== -1) {
      j = view.mentions[w.m]!.first - 1;
      continue;
    }
    // "..., Iran's semi-official Tasnim news agency reported": a possessive owner is part of the description
    if (!(/^\p{Ll}[\p{Ll}-]*$/u.test(w.w) || w.cap || w.w === "'s" || w.w === "’s")) return false;
    j--;
  }
  return j < 0;
}

/** A bare demonym ("Turkish") used as a mention. */
function stateLexiconDemonym(word: string): boolean {
  return stateLexicon().demonyms.has(word);
}

/** The reporter with any mentions coordinated before it ("Brazil, Colombia and Honduras"). */
function reporterList(view: SentenceView, span: MentionSpan): MentionSpan[] {
  const out = [span];
  let cur = span;
  for (;;) {
    const conj = view.words[cur.first - 1]?.w;
    const prev = view.words[cur.first - 2];
    if ((conj !== "and" && conj !== ",") || !prev || prev.m === -1) break;
    cur = view.mentions[prev.m]!;
    out.push(cur);
  }
  return out;
}

/** The speaker of an inverted attribution: mentions, titles and head nouns up to the clause end. */
function invertedSpeaker(view: SentenceView, from: number): MentionSpan | null {
  const words = view.words;
  let last: MentionSpan | null = null;
  for (let q = from; q < words.length && q < from + 9; q++) {
    const w = words[q]!;
    if ([".", ",", ";", "!", "?", '"'].includes(w.w)) return last && REPORTER_KINDS.includes(last.entity.kind) ? last : null;
    if (w.m !== -1) {
      last = view.mentions[w.m]!;
      q = last.last;
      continue;
    }
    if (!(["the", "a", "an", "senior", "local", "deputy", "police"].includes(w.w) || SPEAKER_HEADS.has(w.w) || w.cap)) return null;
  }
  return last && from + 9 > words.length && REPORTER_KINDS.includes(last.entity.kind) ? last : null;
}

/**
 * The antecedent of a relative pronoun at `k` ("Tursun, one of the organisers, who told"): the
 * mention right before it, or before an apposition set off by commas.
 */
function relativeAntecedent(view: SentenceView, k: number): MentionSpan | null {
  const words = view.words;
  let j = k - 1;
  if (words[j]?.w === ",") {
    // Skip the apposition back to its opening comma (at most ten words).
    let p = j - 1;
    while (p > 0 && p > j - 10 && words[p]!.w !== ",") p--;
    const before = words[p]?.w === "," ? words[p - 1]?.m : undefined;
    j = before !== undefined && before !== -1 && view.mentions[before]!.entity.kind === "Person" ? p - 1 : j - 1;
  }
  const m = j >= 0 ? words[j]!.m : -1;
  if (m === -1) return null;
  const span = view.mentions[m]!;
  return span.entity.kind === "Person" || span.entity.kind === "Organization" ? span : null;
}

/**
 * The source named after "according to": the first mention, or the person it describes
 * ("according to Nairobi police commander Adamson Bungei": the city only qualifies the title).
 */
function sourceAfter(view: SentenceView, j: number): MentionSpan | null {
  const first = mentionAfter(view, j, [...REPORTER_KINDS, "Location"]);
  if (!first || first.entity.kind === "Person") return first;
  const words = view.words;
  let q = first.last + 1;
  if (words[q]?.w === "'s") q++;
  const lead = q;
  const titled = (x: number) => words[x] !== undefined && words[x]!.m === -1 && (SPEAKER_HEADS.has(words[x]!.w) || TITLE_WORDS.has(words[x]!.w));
  while (q < words.length && q < lead + 4) {
    if (titled(q)) q++;
    else if (words[q]!.m !== -1 && view.mentions[words[q]!.m]!.entity.kind === "Organization" && titled(view.mentions[words[q]!.m]!.last + 1)) q = view.mentions[words[q]!.m]!.last + 1; // "[police] commander"
    else break;
  }
  // "according to the federation's general secretary, Abul Kalam Azad": the name in apposition
  if (q > lead && words[q]?.w === ",") q++;
  const m = words[q]?.m;
  if (q > lead && m !== undefined && m !== -1 && view.mentions[m]!.entity.kind === "Person") return view.mentions[m]!;
  return REPORTER_KINDS.includes(first.entity.kind) ? first : null;
}

/** Title words that may stand between a qualifying name and the person: "police commander", "deputy governor". */
const TITLE_WORDS = new Set(["police", "commander", "chief", "governor", "mayor", "deputy", "regional", "local", "district", "provincial", "senior", "army", "military", "general", "colonel", "inspector", "superintendent", "prosecutor", "leader", "president", "minister", "councillor", "councilor", "lawmaker", "senator"]);

/** Marks the words of "citing X" / "according to X" phrases so the content search skips them. */
interface SourcePhrase {
  id: string;
  start: number;
  end: number;
  source: MentionSpan;
  nested: boolean;
}

function findSourcePhrases(view: SentenceView): SourcePhrase[] {
  const out: SourcePhrase[] = [];
  const words = view.words;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.m !== -1) continue;
    for (const phrase of SOURCE_PHRASES) {
      if (phrase.id === "report.told" || phrase.id === "report.interview") continue;
      const len = matchPhrase(view, i, phrase.words);
      if (len === 0) continue;
      const source = sourceAfter(view, i + len);
      if (!source) continue;
      out.push({ id: phrase.id, start: i, end: source.last + 1, source, nested: phrase.nested });
    }
  }
  return out;
}

/**
 * "... that Russia's "reckless war" against Ukraine was putting lives at risk": a clause opening
 * with a possessed noun phrase has the possessor as its actor (the war is Russia's doing).
 */
function possessorSubject(view: SentenceView, from: number, to: number): MentionSpan | null {
  const words = view.words;
  let j = from;
  while (j < to && words[j]!.m === -1 && (FILLERS.has(words[j]!.w) || /^\p{P}+$/u.test(words[j]!.w))) j++;
  const m = words[j]?.m;
  if (j >= to || m === undefined || m === -1) return null;
  const span = view.mentions[m]!;
  if (!["'s", "’s"].includes(words[span.last + 1]?.w ?? "") || !ACTOR_KINDS.includes(span.entity.kind)) return null;
  // The possessed phrase runs up to a finite verb, within a few words and without another clause.
  for (let q = span.last + 2; q < to && q < span.last + 12; q++) {
    // "Kosovo's Prime Minister Hashim Thaci said": a person named after a title is the phrase's
    // head, and the subject.
    if (words[q]!.m !== -1 && view.mentions[words[q]!.m]!.entity.kind === "Person" && words.slice(span.last + 2, q).every((x) => x.cap)) return null;
    const w = words[q]!.w;
    if ([",", ";", ".", "that", "who", "which"].includes(w)) return null;
    if (MODAL_VERBS.has(w)) return null;
    if (words[q]!.m === -1 && (CLAUSE_VERBS.has(w) || /^\p{Ll}+ed$/u.test(w)) && q > span.last + 2) return span;
  }
  return null;
}

/** Participles that take a "by" agent in a reported clause ("drones launched by Russia"). */
const IRREGULAR_PARTICIPLES = new Set(["shot", "hit", "set", "led", "made", "done", "thrown", "sent", "run", "held", "struck", "taken", "out"]);

/**
 * "Israel said the blast was caused by a misfired rocket launched by the Islamic Jihad": when the
 * reported clause names no other subject, the agent of a passive in it is the actor.
 */
function passiveAgentIn(view: SentenceView, from: number, to: number, exclude: Set<string>): MentionSpan | null {
  const words = view.words;
  for (let q = from + 1; q < to; q++) {
    const w = words[q]!.w;
    if (w === ";" || MODAL_VERBS.has(w)) return null;
    if (w !== "by" || words[q - 1]!.m !== -1) continue;
    const verb = words[q - 1]!.w;
    if (!(/^\p{Ll}+(ed|en)$/u.test(verb) || IRREGULAR_PARTICIPLES.has(verb))) continue;
    const agent = mentionAfter(view, q + 1, ACTOR_KINDS, 4) ?? demonymAfter(view, q + 1);
    if (agent && !exclude.has(agent.entity.id) && agent.first < to) return agent;
  }
  return null;
}

/** A demonym right after `j` (over fillers) naming the actor: "by an Israeli air strike". */
function demonymAfter(view: SentenceView, j: number): MentionSpan | null {
  let k = j;
  while (k < view.words.length && k < j + 3 && view.words[k]!.m === -1 && FILLERS.has(view.words[k]!.w)) k++;
  const m = view.words[k]?.m;
  if (m === undefined || m === -1) return null;
  const span = view.mentions[m]!;
  return span.entity.kind === "State" && isDemonymModifier(view, span) ? span : null;
}

/**
 * The actor of the reported clause between `from` and `to`: its first subject. No actor when that
 * subject is the reporter itself ("he said he would ...") or when the clause is only hypothetical
 * ("Britain should be ashamed").
 */
/**
 * How the actor must stand in its clause: "free" anywhere as a subject; "opening" at the clause
 * start after a few modifiers; "quote" at the start of a quoted sentence or of a clause set off in
 * it by a comma (a name deep inside a quotation is what the speaker talks about, not who acted).
 */
type ActorPlace = "free" | "opening" | "quote";

function actorIn(view: SentenceView, from: number, to: number, exclude: Set<string>, skip: SourcePhrase[], place: ActorPlace = "free"): MentionSpan | null {
  const opening = place !== "free";
  const owner = possessorSubject(view, from, to);
  if (owner) return exclude.has(owner.entity.id) ? null : owner;
  let j = from;
  while (j < to) {
    const inSkip = skip.find((p) => j >= p.start && j < p.end);
    if (inSkip) {
      j = inSkip.end;
      continue;
    }
    // The clause's first subject, of any kind: a place there ("Moscow ... warned") is no actor.
    const span = firstSubject(view, j, to, ["Person", "Group", "Organization", "State", "Embassy", "Location"]);
    if (!span || !ACTOR_KINDS.includes(span.entity.kind)) return null;
    const skipped = skip.find((p) => span.first >= p.start && span.first < p.end);
    if (skipped) {
      j = skipped.end;
      continue;
    }
    // "a treaty that says Egypt owns the river": a name right after another speaker's verb opens
    // that speaker's clause; "bombed in Syria and Iraq": a name coordinated with a skipped one
    // (a prepositional object) shares its role. Neither is the subject of the reported clause.
    if (!opening && (afterSpeechVerb(view, span) || coordinatedWithSkipped(view, span, j))) {
      j = span.last + 1;
      continue;
    }
    if (exclude.has(span.entity.id)) return null;
    // The actor is the clause's subject: it opens the clause, after at most a few modifiers
    // ("it would not comply and warned that it would hold Maduro ..." has no named subject).
    let lead = 0;
    for (let q = j; opening && q < span.first; q++) {
      const w = view.words[q]!;
      if (place === "quote" && w.w === ",") lead = 0;
      if (place === "quote" && w.m === -1 && (FILLERS.has(w.w) || /^[\d,.]+$/.test(w.w))) continue;
      if (w.m !== -1 || /^\p{P}+$/u.test(w.w)) continue;
      // "posted an image comparing Saudi Arabia to ...": a name after a participle is its object.
      if (MODAL_VERBS.has(w.w) || CLAUSE_VERBS.has(w.w) || (/^\p{Ll}{3,}ing$/u.test(w.w) && w.w !== "during") || ++lead > 4) return null;
    }
    // Skip a coordinated list ("Britain, Russia and China should ..."), then look at the verb group.
    let q = span.last + 1;
    for (;;) {
      let r = q;
      while (r < view.words.length && view.words[r]!.m === -1 && (LIST_LINKS.has(view.words[r]!.w) || FILLERS.has(view.words[r]!.w))) r++;
      const nextM = view.words[r]?.m;
      if (r > q && nextM !== undefined && nextM !== -1 && LIST_LINKS.has(view.words[q]!.w)) q = view.mentions[nextM]!.last + 1;
      else break;
    }
    // "protesters who tried to storm the compound "will be held responsible"": past a relative
    // clause, the main verb group may still be hypothetical.
    if (view.words[q]?.w === "who" || view.words[q]?.w === "that") {
      for (let r = q + 1; r < view.words.length && r < q + 15; r++) {
        const w = view.words[r]!.w;
        if (w === "." || w === ";") break;
        if (MODAL_VERBS.has(w) && view.words[r + 1]?.w === "be") return null;
      }
    }
    for (let end = q + 3; q < view.words.length && q <= end; q++) {
      const w = view.words[q]!.w;
      // "could be seen hitting" reports what was seen; "should be ashamed", "would ask" are not events.
      if (MODAL_VERBS.has(w) && !(view.words[q + 1]?.w === "be" && ["seen", "heard", "observed"].includes(view.words[q + 2]?.w ?? ""))) return null;
      if (view.words[q]!.m !== -1) break;
    }
    return span;
  }
  return null;
}

/**
 * A pronoun whose referent is not named earlier in the sentence: inside a quotation ('"They beat
 * us," she said') its referent is a guess across sentences, too loose to credit a source with.
 */
function pronounFromAfar(view: SentenceView, span: MentionSpan): boolean {
  if (span.first !== span.last || !PRONOUNS.has(view.words[span.first]!.w)) return false;
  return !view.mentions.some((m) => m.entity.id === span.entity.id && m.last < span.first && !(m.first === m.last && PRONOUNS.has(view.words[m.first]!.w)));
}

/** "some of them", "many of them": a part of a group named before. */
function partitive(view: SentenceView, span: MentionSpan): boolean {
  return view.words[span.first - 1]?.w === "of" && QUANTIFIERS.has(view.words[span.first - 2]?.w ?? "");
}

/** Words that open a relative clause set off by commas: "Martha Karua, who represents Besigye, said". */
const RELATIVE_OPENERS = new Set(["who", "which", "whose", "whom", "where"]);

/**
 * The speaker found right before the verb may close a relative clause set off by commas ("Karua,
 * who represents Besigye, told journalists"): the name inside the clause is its object, and the
 * speaker is the antecedent before the clause (no one when that is not a name).
 */
function outsideRelative(view: SentenceView, found: MentionSpan | null, k: number): MentionSpan | null {
  const words = view.words;
  if (!found || words[k]?.w !== "," || found.last !== k - 1) return found;
  for (let p = found.first - 1; p >= 0 && p > found.first - 15; p--) {
    const w = words[p]!;
    if (w.w === "." || w.w === ";" || QUOTES.has(w.w)) break;
    if (w.w !== "," ) continue;
    if (!RELATIVE_OPENERS.has(words[p + 1]?.w ?? "")) return found;
    const m = words[p - 1]?.m;
    const antecedent = m !== undefined && m !== -1 ? view.mentions[m]! : null;
    return antecedent && REPORTER_KINDS.includes(antecedent.entity.kind) ? antecedent : null;
  }
  return found;
}

/** The word before the mention (over determiners and fillers) is a verb of saying: "a treaty that says Egypt ...". */
function afterSpeechVerb(view: SentenceView, span: MentionSpan): boolean {
  let b = span.first - 1;
  while (b >= 0 && view.words[b]!.m === -1 && FILLERS.has(view.words[b]!.w)) b--;
  const w = view.words[b];
  return w !== undefined && w.m === -1 && speechVerbs().has(w.w);
}

/**
 * "in Syria and Iraq": the mention is coordinated with an earlier one of the same clause that the
 * subject search passed over (a prepositional object, a possessor, a modifier).
 */
function coordinatedWithSkipped(view: SentenceView, span: MentionSpan, from: number): boolean {
  let b = span.first - 1;
  while (b >= 0 && view.words[b]!.m === -1 && FILLERS.has(view.words[b]!.w)) b--;
  if (!["and", "or"].includes(view.words[b]?.w ?? "")) return false;
  const m = view.words[b - 1]?.m;
  return m !== undefined && m !== -1 && view.mentions[m]!.first >= from;
}

/**
 * Later reported clauses of one statement: "said it regretted the incident and that additional
 * police had been deployed", "... but that Ethiopia's filling of the reservoir endangered ...".
 */
function thatClauses(view: SentenceView, from: number, skip: SourcePhrase[]): number[] {
  const out: number[] = [];
  const words = view.words;
  for (let t = from + 1; t < words.length; t++) {
    if (words[t]!.w === ";") break;
    if (words[t]!.w !== "that" || words[t]!.m !== -1 || !["and", "but", ","].includes(words[t - 1]!.w)) continue;
    if (skip.some((p) => t >= p.start && t < p.end)) continue;
    out.push(t + 1);
  }
  return out;
}

/** The end of the reported clause starting at `from`: the next "and that"/"but that" or the sentence end. */
function clauseEnd(view: SentenceView, from: number): number {
  for (let t = from + 1; t < view.words.length; t++) if (view.words[t]!.w === "that" && ["and", "but", ","].includes(view.words[t - 1]!.w)) return t - 1;
  return view.words.length;
}

/** Bodies a person speaks through: "his party said", "her movement wrote". */
const AFFILIATION_NOUNS = new Set(["party", "movement", "group", "organisation", "organization", "union", "campaign", "alliance", "office", "coalition"]);

/**
 * "..., his party said on Facebook": the body of the person the possessive pronoun refers to, as
 * read from that person's titles in the article (`affiliations`: person id -> organization).
 */
function affiliatedBody(view: SentenceView, k: number, affiliations: ReadonlyMap<string, Entity>): MentionSpan | null {
  const words = view.words;
  if (!AFFILIATION_NOUNS.has(words[k]?.w ?? "")) return null;
  const m = words[k - 1]?.m;
  if (m === undefined || m === -1) return null;
  const owner = view.mentions[m]!;
  if (owner.first !== owner.last || !["his", "her", "their"].includes(words[owner.first]!.w)) return null;
  const body = affiliations.get(owner.entity.id);
  return body ? { ...owner, entity: body } : null;
}

const ACCUSE = new Set(["accused", "accusing", "accuses"]);

/**
 * "X said the activists had not attacked anyone and accused police of using pepper spray": the
 * speaker who goes on to accuse someone of an act reports that act; only after a verb of saying,
 * so that accusations between governments alone ("Turkey accused Stockholm of ...") give no edge.
 */
function accusedBy(view: SentenceView, from: number, reporter: MentionSpan): Candidate[] {
  const words = view.words;
  for (let q = from; q < words.length; q++) {
    if (words[q]!.w === "." || words[q]!.w === ";") break;
    if (words[q]!.m !== -1 || !ACCUSE.has(words[q]!.w) || ["not", "never", "n't"].includes(words[q - 1]?.w ?? "")) continue;
    let j = q + 1;
    while (j < words.length && j < q + 3 && words[j]!.m === -1 && FILLERS.has(words[j]!.w)) j++;
    const m = words[j]?.m;
    if (m === undefined || m === -1) continue;
    const accused = view.mentions[m]!;
    if (words[accused.last + 1]?.w === "of" && ACTOR_KINDS.includes(accused.entity.kind)) return edge(accused, reporter, "report.accused");
  }
  return [];
}

/** All reported-by candidates of one sentence. */
export function attributionCandidates(view: SentenceView, affiliations: ReadonlyMap<string, Entity> = new Map()): Candidate[] {
  const words = view.words;
  const out: Candidate[] = [];
  const phrases = findSourcePhrases(view);
  const verbs = speechVerbs();
  const nestedUsed = new Set<SourcePhrase>();
  /** Speakers of "X said that ..." clauses, for a trailing "according to Y" (X -> Y). */
  const speakers: { verb: number; reporter: MentionSpan }[] = [];

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.m !== -1) continue;
    const rule = verbs.get(word.w);
    // Participles continue a clause ("..., adding that"; "speaking from Romania"): not a new attribution.
    if (!rule || word.w.endsWith("ing")) continue;
    if (i > 0 && DETERMINERS.has(words[i - 1]!.w)) continue; // "the report", "a statement"
    if (hasNegation(view, i)) continue;
    // "declared Maduro the winner", "named X as envoy": an object with its complement is an act, not a report.
    let o = i + 1;
    while (o < i + 3 && words[o]?.m === -1 && words[o]!.cap) o++; // a title: "declared President X the winner"
    const objectNext = words[o]?.m;
    if (["declare", "declared", "declares", "announce", "announced", "announces"].includes(word.w) && objectNext !== undefined && objectNext !== -1 && ["the", "a", "an", "as"].includes(words[view.mentions[objectNext]!.last + 1]?.w ?? "")) continue;
    let k = i - 1;
    while (k >= 0 && (ADVERBS.has(words[k]!.w) || ["has", "have", "had", "was", "were", "is", "also"].includes(words[k]!.w))) k--;
    const passive = k < i - 1 && ["was", "were", "is"].includes(words[i - 1]?.w ?? "") && words[i + 1]?.w === "by";
    let reporter: MentionSpan | null = null;
    let contentBefore = false;
    /** The speaker is an unnamed official of the reporter body ("an Interior Ministry official told INA"). */
    let unnamedSpeaker = false;
    let toldOutlet: MentionSpan | null = null;
    let speaker: MentionSpan | null = null;
    if (passive) {
      // "X was quoted by Reuters as saying": X spoke, Reuters reports.
      reporter = findAgent(view, i + 1, REPORTER_KINDS);
      speaker = findSubject(view, i, ACTOR_KINDS, 14);
      if (reporter && speaker) out.push(...edge(speaker, reporter, rule.id));
      continue;
    }
    const prevWord = words[k]?.w;
    const citing = phrases.find((p) => p.nested && p.start > i && p.start <= i + 3);
    // "..., told LRT." is never inverted: the name after "told" is the addressee, not the speaker.
    if ((prevWord === "," || prevWord === '"' || prevWord === "”" || prevWord === "'") && !TELL_FORMS.has(word.w)) {
      // "..., said NHK." / "..., said police spokesman John Smith." — inverted only when nothing but
      // the speaker (with a body and title) follows the verb.
      const after = invertedSpeaker(view, i + 1);
      if (after) {
        reporter = after;
        contentBefore = true;
      }
    }
    if (!reporter && (prevWord === "who" || prevWord === "which")) {
      // "..., said Abdurrahman Tursun, one of the organisers, who told Reuters that ...": the speaker
      // is the antecedent of the relative pronoun, over an apposition set off by commas.
      reporter = relativeAntecedent(view, k);
      if (!reporter) continue;
    }
    if (!reporter) reporter = affiliatedBody(view, k, affiliations);
    if (!reporter) {
      if (k >= 0 && words[k]!.m === -1 && SPEAKER_HEADS.has(words[k]!.w)) {
        // "a Scotland Yard spokesman said", "his office said": the body or person owning the speaker;
        // "a government official said" names no one.
        let q = k;
        while (q >= 0 && words[q]!.m === -1 && SPEAKER_HEADS.has(words[q]!.w)) q--;
        const m = q >= 0 ? words[q]!.m : -1;
        if (m === -1) continue;
        reporter = view.mentions[m]!;
        unnamedSpeaker = true;
        // "Turkish officials said": a demonym names no speaker (the State is not the source).
        if (isDemonymModifier(view, reporter) || (reporter.first === reporter.last && stateLexiconDemonym(words[reporter.first]!.w))) continue;
      } else if (k >= 0 && words[k]!.m !== -1) {
        // "a spokesperson for the French army told AFP": the body after a speaker's head noun.
        const body = view.mentions[words[k]!.m]!;
        let b = body.first - 1;
        while (b >= 0 && FILLERS.has(words[b]!.w)) b--;
        if ((words[b]?.w === "for" || words[b]?.w === "of") && SPEAKER_HEADS.has(words[b - 1]?.w ?? "")) reporter = body;
        // "..., the Mauritanian news agency AMI reported": an outlet named after its description
        // or ending in such a noun ("Iran's semi-official Tasnim news agency reported")
        else if (body.entity.kind === "Organization" && (OUTLET_NOUNS.has(words[body.last]!.w) || (b >= 0 && words[b]!.m === -1 && OUTLET_NOUNS.has(words[b]!.w)))) reporter = body;
        else {
          reporter = outsideRelative(view, findSubject(view, i, ACTOR_KINDS, 14), k);
          if (!reporter) continue;
        }
      } else {
        // The speaker stands right before the verb (or before an apposition or coordination);
        // an unnamed one ("witnesses said", "security sources said") gives no edge.
        if (k >= 0 && words[k]!.m === -1 && ![",", "and", '"', "”"].includes(words[k]!.w)) continue;
        reporter = outsideRelative(view, findSubject(view, i, ACTOR_KINDS, 14), k);
        if (!reporter) continue;
      }
    }
    if (!REPORTER_KINDS.includes(reporter.entity.kind)) continue;
    // "the Indonesian president said": the speaker is the president, not the state.
    if (isDemonymModifier(view, reporter)) continue;
    const exclude = new Set([reporter.entity.id]);

    // The words after the verb: addressee of "told", "in a statement", "citing X", "that".
    let c = i + 1;
    if (!contentBefore) {
      if (TELL_FORMS.has(word.w)) {
        // "X told AFP", "told the Lima daily La Republica", "told the pro-government channel Imedi":
        // the addressee is the last name of the phrase after the verb; it passes X's words on.
        let q = i + 1;
        let addressee: MentionSpan | null = null;
        let previous: MentionSpan | null = null;
        for (let steps = 0; q < words.length && steps < 8; steps++) {
          const wq = words[q]!;
          if (wq.m !== -1) {
            previous = addressee;
            addressee = view.mentions[wq.m]!;
            q = addressee.last + 1;
            continue;
          }
          if (wq.w === "that" || !(FILLERS.has(wq.w) || AUDIENCE_WORDS.has(wq.w) || SPEAKER_HEADS.has(wq.w) || /^\p{Ll}[\p{Ll}-]*$/u.test(wq.w))) break;
          // A verb after the name: that name opens the reported clause ("told reporters police had ...").
          if (addressee && (CLAUSE_VERBS.has(wq.w) || MODAL_VERBS.has(wq.w) || /ed$/.test(wq.w))) {
            addressee = previous;
            break;
          }
          q++;
        }
        if (addressee) {
          if (addressee.entity.kind === "Organization") {
            out.push(...edge(reporter, addressee, "report.told"));
            toldOutlet = addressee;
          }
          exclude.add(addressee.entity.id);
          c = addressee.last + 1;
        }
      }
      // "said in an interview with the BBC": the outlet passes the words on.
      if (matchPhrase(view, c, ["in", "an", "interview", "with"]) === 4 || matchPhrase(view, c, ["in", "interview", "with"]) === 3) {
        const n = words[c + 1]?.w === "an" ? 4 : 3;
        const outlet = mentionAfter(view, c + n, ["Organization"], 3);
        if (outlet) {
          out.push(...edge(reporter, outlet, "report.interview"));
          exclude.add(outlet.entity.id);
          c = outlet.last + 1;
        }
      }
      for (;;) {
        if (citing && c >= citing.start - 1 && c < citing.end) c = citing.end;
        else if (c < words.length && words[c]!.m !== -1 && view.mentions[words[c]!.m]!.entity.id === reporter.entity.id && words[c + 1]?.m === -1 && AUDIENCE_WORDS.has(words[c + 1]!.w)) c++; // "on his social media"
        else if (c < words.length && words[c]!.m !== -1 && words[c - 1]?.w === "on" && view.mentions[words[c]!.m]!.entity.kind === "Organization") c = view.mentions[words[c]!.m]!.last + 1; // "said on Facebook"
        // "told this newspaper", "told a local radio station": an unnamed outlet is an audience too.
        else if (c < words.length && words[c]!.m === -1 && (AUDIENCE_WORDS.has(words[c]!.w) || FILLERS.has(words[c]!.w) || OUTLET_NOUNS.has(words[c]!.w) || (words[c]!.w === "," && citing !== undefined))) c++;
        else break;
      }
      // Nothing reported after the verb: the statement is the clause before ("..., Turan reported").
      const next = words[c]?.w;
      if (next === undefined || [".", "!", "?", ";", ",", "while", "but", "and", "as", "adding", "saying", "noting", "when", "after", "before", "because"].includes(next)) {
        // "..., Turan reported." The speaker is set off by a comma or quote; "everything the Malleus
        // said" (a relative clause) reports nothing.
        contentBefore = reporter.first > 0 && setOff(view, reporter);
      }
    }
    const sp = speakerPhrase(view, reporter, affiliations);
    // '"...," X said' / '"...," said X': the statement before is a direct quotation.
    const quoted = contentBefore && QUOTES.has(words[0]?.w ?? "");
    const from = contentBefore ? 0 : c;
    const to = contentBefore ? Math.min(sp.start, reporter.first, i) : words.length;
    if (citing) exclude.add(citing.source.entity.id);
    // "Kosovo's Prime Minister Hashim Thaci said Serbia was ..., the Associated Press reported":
    // the statement before is itself a speaker's; the outlet passes the speaker's words on
    // (nested attribution), and the speaker's actor is credited at the speaker's verb.
    const inner = contentBefore ? speakers.find((s) => s.verb < to && s.reporter.first >= from && s.reporter.entity.id !== reporter.entity.id) : undefined;
    if (inner) {
      out.push(...edge(inner.reporter, reporter, "report.nested-speaker"));
      continue;
    }
    // "X said A, and that B": every reported clause has its own actor.
    const starts = contentBefore ? [from] : [from, ...thatClauses(view, c, phrases)];
    const actors: MentionSpan[] = [];
    for (const start of starts) {
      const actor = actorIn(view, start, to, exclude, phrases, contentBefore ? (quoted ? "quote" : "free") : "opening") ?? (contentBefore ? null : passiveAgentIn(view, start, clauseEnd(view, start), exclude));
      if (!actor) continue;
      // A later clause about the speaker's own body continues the body's own account
      // ("... told ISNA that 40 people had been arrested and that officers had restored control").
      if (start !== from && sp.ownBodies.has(actor.entity.id)) continue;
      // The speaker's own state is not reported by the speaker ("Russian Foreign Ministry
      // spokeswoman X said Moscow reserved the right ..."), nor a diplomat's own mission. (A body's
      // spokesperson does report the body's acts: "PNP spokesperson X said" credits police -> X.)
      if (sp.ownStates.has(actor.entity.id) || (sp.diplomat && actor.entity.kind === "Embassy")) continue;
      // A pronoun whose referent the sentence does not name is a guess from earlier sentences:
      // '"They use our land," Rojas said'; "officials said they had no plans" (most likely the
      // speakers themselves). Only "some of them" in a narrated clause keeps its group.
      if (pronounFromAfar(view, actor) && !(contentBefore && !quoted && partitive(view, actor))) continue;
      actors.push(actor);
    }
    // "Brazil, Colombia and Honduras said they ...": the speakers talk about themselves.
    const pronoun = actors.length > 0 && actors[0]!.first === actors[0]!.last && ["they", "we", "it", "he", "she", "i"].includes(words[actors[0]!.first]!.w);
    if (pronoun && reporterList(view, reporter).length > 1) continue;
    if (citing) {
      nestedUsed.add(citing);
      out.push(...edge(citing.source, reporter, citing.id));
      for (const actor of actors) out.push(...edge(actor, citing.source, citing.id));
    } else {
      for (const actor of actors) {
        out.push(...edge(actor, reporter, rule.id));
        // The outlet an unnamed official told is the one named source of the account.
        if (unnamedSpeaker && toldOutlet) out.push(...edge(actor, toldOutlet, "report.told-by-official"));
      }
    }
    if (!contentBefore) {
      speakers.push({ verb: i, reporter });
      out.push(...accusedBy(view, c, reporter));
    }
  }

  // "according to Radio Azattyq, the Kazakh service of RFE/RL, which cited Atajurt": the outer
  // source passes on the inner one, which is credited with the clause.
  const inner = new Map<SourcePhrase, SourcePhrase>();
  for (const phrase of phrases) {
    if (phrase.nested) continue;
    const next = phrases.find((p) => p.nested && p.start >= phrase.end && p.start <= phrase.end + 14 && words.slice(phrase.end, p.start).every((w) => w.w !== ";" && w.w !== "."));
    if (!next || next.source.entity.id === phrase.source.entity.id || !["which", "who", ","].includes(words[next.start]!.w === "citing" ? words[next.start - 1]!.w : words[next.start]!.w)) continue;
    inner.set(phrase, next);
    nestedUsed.add(next);
    out.push(...edge(next.source, phrase.source, next.id));
  }
  for (const phrase of phrases) {
    if (phrase.nested && nestedUsed.has(phrase)) continue;
    const exclude = new Set([phrase.source.entity.id]);
    // "According to X, the police ..." -> content after; "..., according to X" -> content before.
    const atStart = phrase.start === 0 || words.slice(0, phrase.start).every((w) => w.m === -1 && /^[\p{P}]+$/u.test(w.w));
    // "..., and the Australian government had taken precautions, according to AAP": the clause
    // right before the phrase, after the last ", and" or ";".
    let from = 0;
    for (let q = phrase.start - 1; q > 0; q--) {
      const w = words[q]!.w;
      if (w === ";" || ((w === "and" || w === "but") && words[q - 1]!.w === ",")) {
        from = q + 1;
        break;
      }
    }
    // "X said Russian forces had hit ..., according to TASS": nested attribution, the speaker's
    // words come through the outlet (actor -> X is read at the verb, X -> TASS here).
    const speaker = atStart ? undefined : speakers.find((sp) => sp.verb < phrase.start && sp.reporter.first >= from && sp.reporter.entity.id !== phrase.source.entity.id);
    if (speaker) {
      out.push(...edge(speaker.reporter, phrase.source, "report.according-to-speaker"));
      continue;
    }
    const actor = atStart ? actorIn(view, phrase.end, words.length, exclude, phrases) : actorIn(view, from, phrase.start, exclude, phrases);
    const credited = inner.get(phrase)?.source ?? phrase.source;
    if (actor && actor.entity.id !== credited.entity.id) out.push(...edge(actor, credited, phrase.id));
  }
  out.push(...blamed(view));
  return out;
}

/**
 * "Hamas, which runs the territory, blamed an Israeli air strike"; "Kyiv blamed Russia for the
 * attack"; "blamed the blast on Israel": the one blamed is the actor of the speaker's account.
 */
function blamed(view: SentenceView): Candidate[] {
  const words = view.words;
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.m !== -1 || !BLAME_RULE.verbs.includes(words[i]!.w) || hasNegation(view, i)) continue;
    if (i > 0 && DETERMINERS.has(words[i - 1]!.w)) continue; // "the blame"
    const speaker = findSubject(view, i, REPORTER_KINDS, 14);
    if (!speaker || isDemonymModifier(view, speaker)) continue;
    let actor = mentionAfter(view, i + 1, ACTOR_KINDS, 3) ?? demonymAfter(view, i + 1);
    if (!actor) {
      // "blamed the blast on Israel"
      for (let q = i + 1; q < words.length && q < i + 8; q++) {
        if ([",", ".", ";"].includes(words[q]!.w)) break;
        if (words[q]!.w === "on") {
          actor = mentionAfter(view, q + 1, ACTOR_KINDS, 3) ?? demonymAfter(view, q + 1);
          break;
        }
      }
    }
    if (actor) out.push(...edge(actor, speaker, BLAME_RULE.id));
  }
  return out;
}

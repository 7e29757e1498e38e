// Slot filling around a trigger: the subject to the left, objects and the "by" agent to the right,
// negation and modality in the verb group. Works on words and mention spans, no parser.
import type { EntityKind } from "../../model/ontology.js";
import { ADVERBS, CLAUSE_BREAKS, FILLERS, IRREALIS, MODALS, PERCEIVED, NEGATORS, OBJECT_BREAKS, PASSIVE_AUX, PREPOSITIONS, WEAK_MODALS } from "./rules/cues.js";
import { stateLexicon } from "../lexicon/states.js";
import { ROLE_NOUNS } from "../lexicon/persons.js";
import type { MentionSpan, SentenceView } from "./view.js";

/** Capitalized titles between a preposition and a name: "loyal to President Nicolas Maduro". */
const TITLE_WORDS = new Set([
  "president", "prime", "minister", "premier", "chancellor", "king", "queen", "prince", "general", "gen.", "ambassador",
  "secretary", "senator", "governor", "mayor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lady", "lord",
  "sheikh", "emir", "ayatollah", "pope", "colonel", "captain", "chief", "foreign", "interior", "defence", "defense",
]);

/** Heads of partitive phrases: "a group of activists" is the subject, not a prepositional phrase. */
const PARTITIVES = new Set([
  "group", "groups", "dozens", "hundreds", "thousands", "millions", "tens", "scores", "crowd", "crowds", "number", "handful",
  "couple", "many", "some", "most", "all", "several", "one", "two", "three", "four", "five", "members", "member",
  "supporters", "bunch", "band", "team", "lot", "lots", "majority", "few", "none", "each", "any", "rest", "hundred",
  "thousand", "dozen", "contingent", "delegation", "column", "line", "unit", "units", "squad", "squads", "busloads", "van",
  "vans", "truckloads", "phalanx", "cordon", "ranks", "wave", "swarm", "mob", "gang", "detachment", "force",
  // Heads whose "of" names the body acting: "soldiers of the Republican Guard were deployed".
  "soldiers", "troops", "officers", "agents", "forces", "fighters", "militants", "activists", "supporters", "staff",
]);

/** Verbs after which "on X to ..." makes X the one asked to act: "called on Russia to end". */
const ASKING = new Set(["call", "calls", "called", "calling", "prevail", "prevailed", "urging"]);

const RELATIVES = new Set(["who", "which", "that"]);

/** Participles of command: "led by", "commanded by", "headed by". */
const LED = new Set(["led", "commanded", "headed"]);

/** Approximations that may open an object: "about a fifth of", "nearly half of". */
const APPROX = new Set(["about", "around", "nearly", "almost", "roughly", "some", "over", "most", "much", "part", "parts"]);

/** Possessive determiners refer to an owner, never the subject: "force its way". */
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my", "your"]);

/** Words right after "that" that make it a relative pronoun: a finite verb or auxiliary. */
const RELATIVE_VERB = /^(was|were|is|are|had|has|have|would|will|could|can|may|might|\p{Ll}+ed)$/u;

export function clauseStart(view: SentenceView, i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const w = view.words[j]!.w;
    // 'They accused the agency of "writing rules that kill farms" and demanded ...': the clauses
    // inside a closed quotation are not this one's; go on before it.
    if (QUOTES.has(w) && quoteParity(view, j) === 1) {
      let open = j - 1;
      while (open >= 0 && !QUOTES.has(view.words[open]!.w)) open--;
      if (open >= 0) {
        j = open;
        continue;
      }
    }
    // "the European Food Safety Authority (EFSA) in Parma ... and blocked": a closed aside in
    // parentheses is part of this clause
    if (w === ")") {
      let open = j - 1;
      while (open >= 0 && view.words[open]!.w !== "(" && view.words[open]!.w !== ")") open--;
      if (open >= 0 && view.words[open]!.w === "(") {
        j = open;
        continue;
      }
    }
    if (CLAUSE_BREAKS.has(w)) return j + 1;
    // "said that government troops had killed": a complementizer "that" after a verb, not a relative pronoun.
    // "tractors that were blocking the road": a "that" followed by a verb opens a relative clause
    // inside this one, not a new clause.
    if (w === "that" && j > 0 && view.words[j - 1]!.m === -1 && /^\p{L}+$/u.test(view.words[j - 1]!.w) && !FILLERS.has(view.words[j - 1]!.w) && !RELATIVE_VERB.test(view.words[j + 1]?.w ?? "")) return j + 1;
  }
  return 0;
}

export function clauseEnd(view: SentenceView, i: number): number {
  const words = view.words;
  for (let j = i; j < words.length; j++) if (CLAUSE_BREAKS.has(words[j]!.w) || words[j]!.w === ".") return j;
  return words.length;
}

/**
 * The preposition governing a mention, looking left over determiners and modifiers; null if none.
 * A word that opens a clause ("after the group tried ...") governs no noun.
 */
export function governingPrep(view: SentenceView, span: MentionSpan): string | null {
  const prep = governingPrepRaw(view, span);
  if (prep === null || !CLAUSE_BREAKS.has(prep.word)) return prep?.word ?? null;
  // "after/before/since/as/until" + subject + verb: a conjunction, not a preposition, when a
  // finite-looking word follows the mention.
  const next = view.words[span.last + 1]?.w ?? "";
  if (FINITE_HINTS.has(next) || /ed$/.test(next)) return null;
  return prep.word;
}

/**
 * True when the mention is the object of a preposition. The first noun after a word that opens a
 * clause ("hours after pro-Russian separatists shot down ...") is that clause's subject instead.
 */
function inPrepPhrase(view: SentenceView, span: MentionSpan): boolean {
  const raw = governingPrepRaw(view, span);
  if (raw === null) return false;
  if (CLAUSE_BREAKS.has(raw.word) && clauseStart(view, span.first) === raw.index + 1) {
    const next = view.words[span.last + 1];
    // "after the war" (a noun phrase ends the clause) vs "after X shot down" (a verb follows).
    return next === undefined || next.m !== -1 || PREPOSITIONS.has(next.w) || [",", ".", ";", "and", "or", "'s"].includes(next.w) || next.cap;
  }
  return governingPrep(view, span) !== null;
}

/** Nouns whose "of" phrase names who suffered the act, not who did it. */
const PATIENT_NOUNS = new Set([
  "detention", "arrest", "arrests", "jailing", "imprisonment", "killing", "killings", "death", "deaths", "murder",
  "torture", "treatment", "mistreatment", "persecution", "execution", "abduction", "kidnapping", "disappearance",
  "deportation", "extradition", "trial", "sentencing", "conviction", "beating", "shooting", "plight", "suffering",
]);

/** Words right after a subject that show a finite verb follows. */
const FINITE_HINTS = new Set([
  "had", "has", "have", "was", "were", "is", "are", "did", "do", "does", "tried", "attempted", "could", "would",
  "will", "can", "may", "might", "must", "should", "began", "broke", "came", "went", "ran", "took", "made", "threw",
  "stormed", "said", "told", "got", "held", "left", "fled", "arrived", "also", "then", "again", "reportedly",
]);

function governingPrepRaw(view: SentenceView, span: MentionSpan): { word: string; index: number } | null {
  const words = view.words;
  let j = span.first - 1;
  let skipped = 0;
  while (j >= 0 && (FILLERS.has(words[j]!.w) || (words[j]!.cap && TITLE_WORDS.has(words[j]!.w))) && skipped < 4) {
    j--;
    skipped++;
  }
  if (j >= 1 && isQuantity(view, j)) j = quantityStart(view, j) - 1;
  if (j < 0) return null;
  const w = words[j]!.w;
  if (!PREPOSITIONS.has(w)) return null;
  const before = words[j - 1]?.w;
  if (w === "of" && before !== undefined && PARTITIVES.has(before)) return null;
  if ((w === "on" || w === "upon") && before !== undefined && ASKING.has(before)) return null;
  return { word: w, index: j };
}

/** Words of a quantity before a noun: "more than 200", "around 150", "at least 96", "some 40". */
const QUANTITY_LEADS = new Set(["about", "around", "over", "some", "nearly", "almost", "roughly", "approximately", "than", "least", "to", "up", "more", "fewer", "less", "at", "as", "many", "several", "dozens", "hundreds", "thousands", "of"]);

function isNumber(w: string): boolean {
  return /^[\d,.]+$/.test(w) || ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "hundreds", "thousands", "dozens", "scores"].includes(w);
}

/** True when word j is a number (possibly led by "more than", "around"). */
function isQuantity(view: SentenceView, j: number): boolean {
  return isNumber(view.words[j]!.w);
}

/** Start index of the quantity ending at j: "more than 200" -> index of "more". */
function quantityStart(view: SentenceView, j: number): number {
  let k = j;
  while (k > 0 && k > j - 3 && QUANTITY_LEADS.has(view.words[k - 1]!.w)) k--;
  return k;
}

/** True when the preposition-like word at j opens a quantity ("about 200", "more than 2,000"). */
export function opensQuantity(view: SentenceView, j: number): boolean {
  for (let k = j; k < view.words.length && k < j + 3; k++) {
    const w = view.words[k]!.w;
    if (isNumber(w)) return true;
    if (!QUANTITY_LEADS.has(w)) return false;
  }
  return false;
}

export function isPossessor(view: SentenceView, span: MentionSpan): boolean {
  const next = view.words[span.last + 1];
  if (next?.w === "'s") return true;
  // "the activists' concerns": a plural possessive apostrophe glued to the name, before a noun.
  const last = view.words[span.last]!;
  return next !== undefined && next.w === "'" && next.start === last.end && last.w.endsWith("s") && /^\p{Ll}/u.test(view.words[span.last + 2]?.w ?? "");
}

function kindOk(span: MentionSpan, kinds: readonly EntityKind[]): boolean {
  return kinds.includes(span.entity.kind);
}

/** First mention of the clause that is not in a prepositional phrase: the clause subject. */
export function firstSubject(view: SentenceView, from: number, to: number, kinds: readonly EntityKind[]): MentionSpan | null {
  for (let j = from; j < to; j++) {
    const m = view.words[j]!.m;
    if (m === -1) continue;
    const span = view.mentions[m]!;
    j = span.last;
    if (span.last >= to) break;
    if (inPrepPhrase(view, span) || isPossessor(view, span) || isModifier(view, span)) continue;
    if (kindOk(span, kinds)) return span;
  }
  return null;
}

/** A mention that modifies the next one: "US President Barack Obama", "State Department spokesman X". */
export function isModifier(view: SentenceView, span: MentionSpan): boolean {
  let q = span.last + 1;
  while (q < view.words.length && q <= span.last + 3 && view.words[q]!.m === -1 && view.words[q]!.cap && /^\p{L}/u.test(view.words[q]!.w)) q++;
  const m = view.words[q]?.m;
  return m !== undefined && m !== -1;
}

/** A demonym used as an adjective before a common noun: "Australian flags", "the Indonesian president". */
export function isDemonymModifier(view: SentenceView, span: MentionSpan): boolean {
  if (span.last - span.first > 2) return false;
  const text = view.words.slice(span.first, span.last + 1).map((w) => w.w).join(" ");
  if (text === span.entity.label.toLowerCase()) return false;
  // One word ("Australian") or a known multi-word demonym ("South African").
  if (!stateLexicon().demonyms.has(text) && (span.first !== span.last || !/(an|ese|ish|i|ic|ch)$/.test(text))) return false;
  // "Rwandan, French and U.S. embassies": skip the rest of a list of modifiers.
  let q = span.last + 1;
  while (q < view.words.length && q <= span.last + 8 && ([",", "and", "or"].includes(view.words[q]!.w) || view.words[q]!.cap || view.words[q]!.m !== -1)) q++;
  if (q > span.last + 1 && [",", "and", "or"].includes(view.words[span.last + 1]!.w)) {
    const head = view.words[q];
    return head !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(head.w) && !PREPOSITIONS.has(head.w);
  }
  const next = view.words[span.last + 1];
  return next !== undefined && next.m === -1 && /^\p{Ll}[\p{Ll}-]*$/u.test(next.w) && !PREPOSITIONS.has(next.w) && !["and", "or", "said", "says", "had", "has", "have", "was", "were", "is", "are", "will", "would"].includes(next.w);
}

/** Skips adverbs, auxiliaries and negators leftwards from i-1; returns the first other index. */
export function skipVerbGroup(view: SentenceView, i: number): number {
  let j = i - 1;
  while (j >= 0) {
    const w = view.words[j]!.w;
    if (ADVERBS.has(w) || NEGATORS.has(w) || PASSIVE_AUX.has(w) || ["has", "have", "had", "did", "do", "does", "then", "to"].includes(w)) j--;
    else break;
  }
  return j;
}

/**
 * The subject of the verb at i: the nearest mention to the left in the clause that is neither in a
 * prepositional phrase nor a possessor. After "and" or a comma ("fired tear gas, detained a number
 * of them and sealed off the embassy") the verb shares the clause's first subject.
 */
/** Kinds that act; a place before a verb ("PARMA, Italy - farmers ...") is no subject. */
const ACTOR_KINDS: readonly EntityKind[] = ["Person", "Group", "Organization", "State", "Embassy"];

export function findSubject(view: SentenceView, i: number, kinds: readonly EntityKind[], maxDistance = 16): MentionSpan | null {
  const cs = clauseStart(view, i);
  const k = skipVerbGroup(view, i);
  const before = k >= cs ? view.words[k]!.w : "";
  if (plainCoordinateSubject(view, k)) return null;
  if (before === ",") {
    // "..., human rights activist Bakhtiyar Hajiyev, wrote": the mention right before the comma.
    const prev = view.words[k - 1];
    // "police broke up a blockade of a mine run by X, firing tear gas at farmers": a participle after
    // the comma continues the clause, so its subject is the clause's subject, not the name before the comma
    const participle = /^\p{Ll}+ing$/u.test(view.words[k + 1]?.w ?? "") && k + 1 === i;
    if (participle) return firstSubject(view, cs, k, kinds);
    if (prev && prev.m !== -1) {
      const span = view.mentions[prev.m]!;
      const prep = governingPrep(view, span);
      // "a demonstrator, identifying himself as Uda Chen, told": "as"/"named" introduce the name.
      if (kindOk(span, kinds) && (prep === null || prep === "as") && !isPossessor(view, span)) return span;
    }
    // "Police in Kathmandu, the Nepalese capital, detained": skip the apposition between commas;
    // "fired tear gas at them, detained a number": a coordinated verb shares the clause subject.
    let p = k - 1;
    while (p > cs && p > k - 15 && view.words[p]!.w !== ",") p--;
    if (p > cs && view.words[p]!.w === ",") {
      const head = nearestSubject(view, p, Math.max(cs, p - maxDistance), kinds);
      if (head) return head;
    }
    return firstSubject(view, cs, k, kinds);
  }
  if (before === "and" || before === "or") {
    // "police arrested five protesters and dispersed the crowd": coordinated verbs share the clause subject.
    // "Ankara summoned Sweden's ambassador, X, and demanded ...": a subject of another kind than
    // wanted is still the subject; the object of the first verb does not stand in for it.
    const firstAny = firstSubject(view, cs, k, ACTOR_KINDS);
    if (firstAny && !kinds.includes(firstAny.entity.kind)) return null;
    const first = firstSubject(view, cs, k, kinds);
    // "Malian officials have expelled French forces and now fight ...": a mention after the clause's
    // verb is its object; the shared subject is unnamed, and no later mention stands in for it.
    if (first && auxiliaryBetween(view, cs, first.first)) return null;
    return first ?? nearestSubject(view, i, Math.max(cs, i - maxDistance), kinds);
  }
  return nearestSubject(view, i, Math.max(cs, i - maxDistance), kinds);
}

/**
 * ", and metal barriers kept the protesters away": a clause joined by ", and" whose own subject is
 * a plain noun phrase (no mention, no preposition) names no actor; the first clause's subject is
 * not its subject. `k` is the word right before the verb group.
 */
function plainCoordinateSubject(view: SentenceView, k: number): boolean {
  let nouns = 0;
  for (let j = k; j >= 0 && j > k - 5; j--) {
    const word = view.words[j]!;
    if (word.m !== -1) return false;
    if (word.w === "and" || word.w === "but") return nouns > 0 && view.words[j - 1]?.w === ",";
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word.w) || PREPOSITIONS.has(word.w) || ADVERBS.has(word.w) || RELATIVES.has(word.w)) return false;
    nouns++;
  }
  return false;
}

/**
 * True when the span completes an "of" phrase of a mention before it, over a short description:
 * "supporters of Shi'ite cleric Moqtada al-Sadr", "hundreds of members of the union".
 */
function ofComplement(view: SentenceView, span: MentionSpan): boolean {
  const words = view.words;
  let j = span.first - 1;
  for (let k = 0; k < 3 && j >= 0 && words[j]!.m === -1 && words[j]!.w !== "of" && /^[\p{L}'-]+$/u.test(words[j]!.w) && !PREPOSITIONS.has(words[j]!.w); k++) j--;
  if (j === span.first - 1 || words[j]?.w !== "of") return false;
  const head = words[j - 1];
  return head !== undefined && head.m !== -1;
}

/** Finite auxiliaries: one before a mention shows the clause's verb came first. */
const FINITE_AUX = new Set(["has", "have", "had", "was", "were", "is", "are", "did", "does", "will", "would"]);

function auxiliaryBetween(view: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (view.words[j]!.m === -1 && FINITE_AUX.has(view.words[j]!.w)) return true;
  return false;
}

/** Quote marks in the sentence, or none: a mention quoted on one side of a verb is not its subject. */
function quoteParity(view: SentenceView, at: number): number {
  let quotes = 0;
  for (let j = 0; j < at; j++) if (QUOTES.has(view.words[j]!.w)) quotes++;
  return quotes % 2;
}

/** The nearest mention left of i (down to stop) that is neither in a prepositional phrase nor a possessor. */
function nearestSubject(view: SentenceView, i: number, stop: number, kinds: readonly EntityKind[]): MentionSpan | null {
  // '... chanted "France out" and hurled stones': a name inside a slogan does not act outside it.
  const quoted = view.sentence.text.includes('"') || view.sentence.text.includes("“");
  const verbParity = quoted ? quoteParity(view, i) : 0;
  for (let j = i - 1; j >= stop; j--) {
    const m = view.words[j]!.m;
    if (m === -1) continue;
    const span = view.mentions[m]!;
    j = span.first;
    if (quoted && quoteParity(view, span.first) !== verbParity) continue;
    // "supporters of Shi'ite cleric X stormed": X completes the noun phrase before it.
    if (ofComplement(view, span)) continue;
    // "the riot police who were guarding": the antecedent of a relative pronoun is the subject
    // even when it sits in a prepositional phrase.
    const relative = RELATIVES.has(view.words[span.last + 1]?.w ?? "") || (view.words[span.last + 1]?.w === "," && RELATIVES.has(view.words[span.last + 2]?.w ?? ""));
    // "soldiers led by General Tiani detained ...": the leader named by a reduced relative acts.
    const ledBy = view.words[span.first - 1]?.w === "by" && LED.has(view.words[span.first - 2]?.w ?? "") && view.words[span.first - 3]?.m === -1;
    if (!relative && !ledBy && (isPossessor(view, span) || inPrepPhrase(view, span))) continue;
    if (span.first === span.last && POSSESSIVE_PRONOUNS.has(view.words[span.first]!.w)) continue;
    if (kindOk(span, kinds)) return span;
  }
  return null;
}

const DISTANCE_UNITS = new Set(["metres", "meters", "metre", "meter", "yards", "feet", "kilometres", "kilometers", "km", "miles", "blocks"]);
const ROUGHLY = new Set(["about", "some", "around", "nearly", "roughly", "just", "only", "barely", "less", "more", "than", "a", "few", "several", "hundred"]);

/** True when the words from j read "[about] 500 metres" (a distance). */
function distanceAhead(view: SentenceView, j: number): boolean {
  let k = j;
  while (k < view.words.length && k < j + 3 && ROUGHLY.has(view.words[k]!.w)) k++;
  const amount = view.words[k]?.w ?? "";
  if (/^\d[\d,.]*$/u.test(amount) || ["few", "several", "hundred", "dozen"].includes(amount)) k++;
  else if (k === j) return false;
  return DISTANCE_UNITS.has(view.words[k]?.w ?? "");
}

/**
 * A rule's prepositions by first word, built once per list: with the site phrases of the protect
 * rules a list holds hundreds of phrases, and the object scan looks them up at every word.
 */
const NO_PREPS: readonly string[][] = [];
const prepIndex = new WeakMap<readonly string[][], Map<string, string[][]>>();

function prepsStartingWith(preps: readonly string[][], word: string): readonly string[][] {
  if (preps.length === 0) return NO_PREPS;
  let index = prepIndex.get(preps);
  if (!index) {
    index = new Map();
    for (const prep of preps) {
      const first = prep[0];
      if (first === undefined) continue;
      const list = index.get(first);
      if (list) list.push(prep);
      else index.set(first, [prep]);
    }
    prepIndex.set(preps, index);
  }
  return index.get(word) ?? NO_PREPS;
}
export interface ObjectScan {
  targets: { span: MentionSpan; prep: string | null }[];
  agent: MentionSpan | null;
}

/** Matches a multi-word phrase at position j; returns its length in words or 0. */
export function matchPhrase(view: SentenceView, j: number, phrase: string[]): number {
  for (let k = 0; k < phrase.length; k++) if (view.words[j + k]?.w !== phrase[k]) return 0;
  return phrase.length;
}

export interface ScanOptions {
  preps: string[][];
  direct: boolean;
  kinds: readonly EntityKind[];
  /** Maximum words and mentions looked at. */
  window?: number;
  /** Stop after the first target (restrain frame). */
  first?: boolean;
  /** Demonym adjectives are not objects of their own ("set fire to Australian flags"). */
  heads?: boolean;
  /** Skip this many mentions as the direct object before targets may be found (restrain frame). */
  skipDirect?: boolean;
}

/**
 * Objects of the trigger ending before `from`: mentions governed by an allowed preposition, the
 * direct object when allowed, and the agent after "by". A target preposition stays open over
 * "of"/"by" until a mention is reached: "against the policies of the Aquino government".
 */
export function scanObjects(view: SentenceView, from: number, opts: ScanOptions): ObjectScan {
  const words = view.words;
  const result: ObjectScan = { targets: [], agent: null };
  let lastPrep: string | null = null;
  let targetPrepOpen = false;
  let steps = 0;
  let sinceMention = 0;
  let directOpen = opts.direct || opts.skipDirect === true;
  const window = opts.window ?? 12;
  for (let j = from; j < words.length && steps < window; j++, steps++) {
    const word = words[j]!;
    if (word.m !== -1) {
      const span = view.mentions[word.m]!;
      j = span.last;
      sinceMention = 0;
      if (lastPrep === "by" && !targetPrepOpen) {
        result.agent ??= span;
      } else if (targetPrepOpen || (lastPrep === null && directOpen)) {
        if (lastPrep === null && opts.skipDirect) {
          directOpen = false;
        } else if (opts.heads && isDemonymModifier(view, span)) {
          // not a target; the noun it modifies is not an entity
        } else if (span.first === span.last && POSSESSIVE_PRONOUNS.has(words[span.first]!.w) && (span.entity.kind === "Group" || span.entity.kind === "Person" || span.entity.kind === "State")) {
          // "invaded their country": the people owning the country are not the object ("pelted its
          // windows" still hits the embassy)
          sinceMention = 0;
          continue;
        } else if (kindOk(span, opts.kinds)) {
          result.targets.push({ span, prep: lastPrep });
          if (opts.first) return result;
          // "Syrian President Bashar al-Assad's crackdown", "Uganda's President Yoweri Museveni":
          // the modifier and the head are both named.
          let q = span.last + 1;
          if (words[q]?.w === "'s") q++;
          const chainStart = q;
          while (q < words.length && q <= span.last + 3 && words[q]!.m === -1 && words[q]!.cap) q++;
          const nextM = words[q]?.m;
          if ((q > chainStart || chainStart > span.last + 1) && nextM !== undefined && nextM !== -1 && kindOk(view.mentions[nextM]!, opts.kinds)) {
            result.targets.push({ span: view.mentions[nextM]!, prep: lastPrep });
            j = view.mentions[nextM]!.last;
          }
        }
      }
      directOpen = false;
      const next = words[j + 1]?.w;
      // "joined the alliance following Russia's invasion of Ukraine": a possessor inside another
      // preposition's phrase opens a new noun, and the prepositions after it belong to that noun.
      if (next === "'s" && lastPrep !== null && lastPrep !== "by" && !targetPrepOpen) break;
      if (next === "'s") {
        j++;
        continue;
      }
      // "X and Y", "X, Y and Z": coordinated mentions keep the preposition.
      if ((next === "and" || next === "or" || next === ",") && words[j + 2]?.m !== -1 && words[j + 2] !== undefined) {
        j++;
        continue;
      }
      if (next === "and" && words[j + 2] && FILLERS.has(words[j + 2]!.w) && words[j + 3]?.m !== -1 && words[j + 3] !== undefined) {
        j += 2;
        continue;
      }
      targetPrepOpen = false;
      lastPrep = null;
      continue;
    }
    const w = word.w;
    let matched = 0;
    for (const prep of prepsStartingWith(opts.preps, w)) {
      const len = matchPhrase(view, j, prep);
      if (len > matched) matched = len;
    }
    if (matched > 0) {
      lastPrep = words.slice(j, j + matched).map((x) => x.w).join(" ");
      targetPrepOpen = true;
      directOpen = false;
      sinceMention = 0;
      j += matched - 1;
      continue;
    }
    if (CLAUSE_BREAKS.has(w) || OBJECT_BREAKS.has(w)) {
      if (w === "that" && lastPrep === null && steps === 0) continue;
      // "stopped the march at a barricade, about 500 metres from the high commission": a distance
      // set off by a comma still belongs to the object search
      if (w === "," && distanceAhead(view, j + 1)) continue;
      // "the resignation of the university president, Park Jeong-hoon": the name in apposition to
      // an unnamed role is the object
      if (w === "," && (directOpen || targetPrepOpen) && ROLE_NOUNS.has(words[j - 1]?.w ?? "") && (words[j + 1]?.m ?? -1) !== -1 && view.mentions[words[j + 1]!.m]!.entity.kind === "Person") continue;
      break;
    }
    // "occupies about a fifth of Georgia's territory": an approximation before the object.
    if (directOpen && lastPrep === null && APPROX.has(w)) {
      sinceMention++;
      continue;
    }
    if (PREPOSITIONS.has(w) && opensQuantity(view, j)) {
      sinceMention++;
      continue;
    }
    if (PREPOSITIONS.has(w)) {
      // "against the detention of X": X suffered it; whoever did it is the target, and is unnamed here.
      if (targetPrepOpen && w === "of" && PATIENT_NOUNS.has(words[j - 1]?.w ?? "")) {
        targetPrepOpen = false;
        lastPrep = "of";
        continue;
      }
      if (targetPrepOpen && (w === "of" || w === "by") && sinceMention < 5) continue;
      // "stormed a building of the Chinese embassy": the object's "of" phrase names the entity.
      if (w === "of" && directOpen && lastPrep === null && sinceMention <= 3) continue;
      if (w === "by") {
        lastPrep = "by";
        targetPrepOpen = false;
        continue;
      }
      lastPrep = w;
      targetPrepOpen = false;
      directOpen = false;
      continue;
    }
    sinceMention++;
    if (sinceMention > 5) {
      targetPrepOpen = false;
      directOpen = false;
    }
  }
  return result;
}

/** The "by" agent of a passive within the clause after `from`. */
/** Nouns of number or formation before "of" in an agent: "by hundreds of police officers", "by a line of riot police". */
const AGENT_QUANTITIES = new Set(["hundreds", "dozens", "scores", "thousands", "tens", "number", "contingent", "line", "lines", "cordon", "ring", "wall", "row", "rows", "squad", "squads", "unit", "units", "team", "teams", "members", "detachment", "phalanx", "group", "force", "platoon", "company"]);

/**
 * A preposition inside the agent's quantity: "of" after a quantity noun ("hundreds of police"),
 * "about"/"around"/"over"/"nearly" before a number ("by about 200 officers").
 */
function agentQuantity(view: SentenceView, k: number): boolean {
  const w = view.words[k]!.w;
  if (w === "of") return AGENT_QUANTITIES.has(view.words[k - 1]?.w ?? "");
  if (w === "about" || w === "around" || w === "over" || w === "nearly" || w === "some") return /^\d[\d,]*$/.test(view.words[k + 1]?.w ?? "");
  return false;
}

export function findAgent(view: SentenceView, from: number, kinds: readonly EntityKind[]): MentionSpan | null {
  const words = view.words;
  for (let j = from; j < words.length && j < from + 10; j++) {
    const w = words[j]!.w;
    if (CLAUSE_BREAKS.has(w) || w === "." || w === ",") return null;
    if (w === "by") {
      let k = j + 1;
      while (k < words.length && FILLERS.has(words[k]!.w)) k++;
      for (; k < words.length && k < j + 8; k++) {
        const m = words[k]!.m;
        if (m !== -1) {
          const span = view.mentions[m]!;
          return kindOk(span, kinds) ? span : null;
        }
        if (agentQuantity(view, k)) continue;
        if (PREPOSITIONS.has(words[k]!.w) || words[k]!.w === ",") return null;
      }
      return null;
    }
  }
  return null;
}

export type Polarity = "asserted" | "negated" | "hypothetical" | "attempted";

/**
 * Whether the event at `i` is asserted. Looks at the verb group (words from `from` to i, at most
 * six) for negators and modal or hedging words, and at the clause before it for "if"/"unless".
 */
export function polarity(view: SentenceView, from: number, i: number): Polarity {
  const words = view.words;
  const cs = clauseStart(view, i);
  for (let j = cs; j < i; j++) if (IRREALIS.has(words[j]!.w) && !(words[j]!.w === "should" && j >= i - 3)) return "hypothetical";
  if (cs > 0 && IRREALIS.has(words[cs - 1]!.w)) return "hypothetical";
  let weak = false;
  let lo = Math.max(from, i - 6, 0);
  for (let j = i - 1; j >= lo; j--) {
    const w = words[j]!.w;
    // The verb group ends at a quotation or a coordination: '"Museveni must go" and accused ...'.
    if (w === '"' || w === "and" || w === ";" || (w === "," && j < i - 1)) {
      lo = j + 1;
      break;
    }
  }
  for (let j = lo; j < i; j++) {
    const w = words[j]!.w;
    if (NEGATORS.has(w)) return "negated";
    if (WEAK_MODALS.has(w)) weak = true;
    // "policemen could be seen beating him": a modal of perception reports what was seen.
    else if (MODALS.has(w) && words[j + 1]?.w === "be" && PERCEIVED.has(words[j + 2]?.w ?? "")) j += 2;
    else if (MODALS.has(w)) return "hypothetical";
  }
  // "a planned protest", "possible attack": a hedging modifier right before the trigger.
  return weak ? "attempted" : "asserted";
}

/** True when a negator or a refusal word sits in the verb group before i ("did not allow"). */
export function hasNegation(view: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const w = view.words[j]!.w;
    if (NEGATORS.has(w) || w === "refused" || w === "refuse" || w === "refusing") return true;
    if (view.words[j]!.m !== -1) return false;
  }
  return false;
}

/** True when the trigger at i is a passive participle: "was guarded", "were detained by". */
export function isPassive(view: SentenceView, i: number, triggerEnd: number, participle: boolean): boolean {
  if (!participle) return false;
  if (view.words[triggerEnd]?.w === "by") return true;
  let j = i - 1;
  while (j >= 0 && (ADVERBS.has(view.words[j]!.w) || NEGATORS.has(view.words[j]!.w))) j--;
  return j >= 0 && PASSIVE_AUX.has(view.words[j]!.w);
}

/** True when the span sits inside a quotation (an odd number of quote marks before it). */
export function isQuoted(view: SentenceView, span: MentionSpan): boolean {
  return quoteParity(view, span.first) === 1;
}

const QUOTES = new Set(['"', "“", "”"]);

/** Verbs of saying whose "that"-clause pronoun ("it", "they") is the speaker. */
const SAYING = new Set(["said", "says", "say", "announced", "stated", "declared", "insisted", "added", "confirmed", "affirmed", "reiterated"]);

/**
 * "Amnesty said in a statement that it supported the strikers": the pronoun subject of a reported
 * clause is the speaker, over a short phrase between the verb of saying and "that".
 */
export function pronounSpeaker(view: SentenceView, i: number, kinds: readonly EntityKind[]): MentionSpan | null {
  const words = view.words;
  const k = skipVerbGroup(view, i);
  if (!["it", "they"].includes(words[k]?.w ?? "")) return null;
  let p = k - 1;
  if (words[p]?.w === "that") p--;
  for (let n = 0; n < 6 && p >= 0 && !SAYING.has(words[p]!.w); n++, p--) {
    if (words[p]!.m !== -1 || CLAUSE_BREAKS.has(words[p]!.w) || [",", ".", '"'].includes(words[p]!.w)) return null;
  }
  if (p < 0 || !SAYING.has(words[p]!.w)) return null;
  p--;
  while (p >= 0 && ADVERBS.has(words[p]!.w)) p--;
  const m = words[p]?.m;
  if (m === undefined || m === -1) return null;
  const span = view.mentions[m]!;
  return kindOk(span, kinds) ? span : null;
}

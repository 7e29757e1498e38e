// Applies one matched trigger to a sentence: finds source and target by the rule's frame,
// checks kinds, voice, negation and modality, and returns the candidate edges.
import type { EntityKind, Predicate } from "../../model/ontology.js";
import type { CompiledTrigger } from "./compile.js";
import { COMPOUND_HEADS, DIRECTIVES, FILLERS, LIGHT_VERBS, PREDICATE_KINDS, PREPOSITIONS, SECURITY_FORCES } from "./rules/cues.js";
import { stateEntityFor } from "./states.js";
import { PROTEST_SEATS } from "./rules/protests.js";
import {
  clauseEnd,
  findAgent,
  findSubject,
  governingPrep,
  hasNegation,
  isPassive,
  isDemonymModifier,
  isQuoted,
  polarity,
  pronounSpeaker,
  scanObjects,
  type Polarity,
} from "./slots.js";
import type { RelationRule } from "./types.js";
import type { MentionSpan, SentenceView } from "./view.js";

export interface Candidate {
  source: MentionSpan;
  target: MentionSpan;
  predicate: Predicate;
  rule: string;
  polarity: Polarity;
}

function kinds(rule: RelationRule): { source: readonly EntityKind[]; target: readonly EntityKind[] } {
  const defaults = PREDICATE_KINDS[rule.predicate];
  return { source: rule.sourceKinds ?? defaults.source, target: rule.targetKinds ?? defaults.target };
}

/** Pronouns that carry a crowd over from the sentence before ("several hundred of them gathered"); "the crowd", "the group" do too (an anaphor of the entity stage). */
const CROWD_PRONOUNS = new Set(["they", "them", "we", "us"]);

/**
 * The rule's context words occur in the sentence, or, for a pronoun standing for a crowd, in that
 * crowd's names ("several hundred of them" -> the marchers). A crowd described afresh ("thousands of
 * people gathered") is judged by its own sentence: a vigil is no protest.
 */
function contextOk(view: SentenceView, rule: RelationRule, source?: MentionSpan): boolean {
  if (!rule.context) return true;
  const text = view.sentence.text.toLowerCase();
  if (rule.context.some((c) => text.includes(c))) return true;
  if (!source || source.entity.kind !== "Group") return false;
  const pronoun = source.first === source.last && CROWD_PRONOUNS.has(view.words[source.first]!.w);
  if (!pronoun && !/anaphor|coref/.test(source.mention.rule ?? "")) return false;
  const names = [source.entity.label, ...source.entity.aliases].join(" ").toLowerCase();
  return rule.context.some((c) => names.includes(c));
}

/** The article is about a protest (it names a protesting crowd) and the sentence has no veto word. */
function articleContextOk(view: SentenceView, rule: RelationRule): boolean {
  if (!rule.articleContextKinds) return false;
  const text = view.sentence.text.toLowerCase();
  if (rule.contextVeto?.some((c) => text.includes(c))) return false;
  return (protestingCrowd(view)?.entity.mentions ?? 0) > 0;
}

/** Security forces guard and disperse; they do not protest or rally in support. */
function sourceFits(view: SentenceView, rule: RelationRule, source: MentionSpan, target: MentionSpan): boolean {
  if (rule.predicate !== "protests-against" && rule.predicate !== "supports") return true;
  if (SECURITY_FORCES.test(source.entity.label) || SECURITY_FORCES.test(source.mention.text)) return false;
  // Officials and government bodies "protest" and "condemn" as diplomacy; the graph's protests are people acting.
  if (rule.predicate === "protests-against") {
    if (source.entity.kind === "Person" && (view.officials.has(source.entity.id) || OFFICE_TITLE.test(source.entity.label))) return false;
    if (source.entity.kind === "Organization" && GOVERNMENT_BODY.test(source.entity.label)) return false;
  }
  // Crowds clash with the police holding them back; that is not what the protest is against.
  return !(rule.predicate === "protests-against" && (SECURITY_FORCES.test(target.entity.label) || SECURITY_FORCES.test(target.mention.text)));
}

/** Person labels that carry an office. */
const OFFICE_TITLE = /^(president|prime minister|premier|chancellor|king|queen|minister|foreign minister|ambassador|secretary|senator|governor|mayor|general)\b/i;

/** Bodies of a state that protest only diplomatically. */
const GOVERNMENT_BODY = /\b(ministry|department|foreign office|government|council|parliament|senate|congress|cabinet|presidency|kremlin|white house|embassy|consulate|commission)\b/i;

function pairs(view: SentenceView, sources: MentionSpan[], targets: MentionSpan[], rule: RelationRule, pol: Polarity): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sources)
    for (const t of targets) {
      if (s.entity.id === t.entity.id) continue;
      if (!sourceFits(view, rule, s, t)) continue;
      out.push({ source: s, target: t, predicate: rule.predicate, rule: rule.id, polarity: pol });
    }
  return out;
}

/** Mentions coordinated with `span` to its left: "Serbia and Russia reject". */
function withCoordinated(view: SentenceView, span: MentionSpan): MentionSpan[] {
  const out = [span];
  let cur = span;
  for (;;) {
    const conj = view.words[cur.first - 1]?.w;
    if (conj !== "and" && conj !== ",") break;
    const prev = view.words[cur.first - 2];
    if (!prev || prev.m === -1) break;
    const prevSpan = view.mentions[prev.m]!;
    if (prevSpan.entity.kind !== span.entity.kind) break;
    out.push(prevSpan);
    cur = prevSpan;
  }
  return out;
}

/** The subject stands right before the verb group: "At least 30 protesters were detained". */
function adjacentSubject(view: SentenceView, subject: MentionSpan, i: number): boolean {
  let j = subject.last + 1;
  // "two men from the counter-demonstration were detained": a short phrase describing the subject
  if (SUBJECT_PHRASE_PREPS.has(view.words[j]?.w ?? "")) {
    let k = j + 1;
    while (k < i && k <= j + 5 && !PASSIVE_GROUP.has(view.words[k]!.w)) k++;
    if (k < i && PASSIVE_GROUP.has(view.words[k]!.w)) j = k;
  }
  for (; j < i; j++) {
    const w = view.words[j]!.w;
    if (!PASSIVE_GROUP.has(w)) return false;
  }
  return true;
}

/** Auxiliaries and adverbs between a passive's subject and its participle. */
const PASSIVE_GROUP = new Set(["was", "were", "is", "are", "been", "being", "be", "had", "have", "has", "later", "also", "briefly", "reportedly", "then", "all"]);

/** Prepositions of a short phrase that describes a passive's subject ("men from the rally"). */
const SUBJECT_PHRASE_PREPS = new Set(["from", "of", "in", "at", "among", "outside", "near", "with"]);

/** Places of a protest ("outside", "in front of") make a target only of a diplomatic mission. */
const TARGET_PREPS = new Set(["against", "from", "that", "on", "upon"]);

function placeFiltered(view: SentenceView, rule: RelationRule, targets: { span: MentionSpan; prep: string | null }[]): MentionSpan[] {
  if (rule.predicate !== "protests-against") return targets.map((t) => t.span);
  return targets.filter((t) => t.prep === null || TARGET_PREPS.has(t.prep) || t.span.entity.kind === "Embassy" || seatOf(view, t.span)).map((t) => t.span);
}

/**
 * "marched to the headquarters of the ruling party", "rallied outside the offices of X": a protest
 * at a body's seat is a protest against the body.
 */
function seatOf(view: SentenceView, span: MentionSpan): boolean {
  let j = span.first - 1;
  for (let k = 0; k < 3 && j >= 0 && view.words[j]!.m === -1 && (FILLERS.has(view.words[j]!.w) || view.words[j]!.w === "ruling"); k++) j--;
  return view.words[j]?.w === "of" && PROTEST_SEATS.has(view.words[j - 1]?.w ?? "");
}

/**
 * "Brazil, Colombia and Honduras said they stood with Mexico": a pronoun subject right after a
 * reporting verb stands for the coordinated speakers.
 */
function reportedSubjects(view: SentenceView, subject: MentionSpan): MentionSpan[] {
  const words = view.words;
  const w = words[subject.first]!.w;
  if (subject.first !== subject.last || (w !== "they" && w !== "we")) return withCoordinated(view, subject);
  let j = subject.first - 1;
  if (words[j]?.w === "that") j--;
  if (!["said", "say", "says", "announced", "declared", "stated", "insisted", "added"].includes(words[j]?.w ?? "")) return [subject];
  const m = words[j - 1]?.m;
  if (m === undefined || m === -1) return [subject];
  const speakers = withCoordinated(view, view.mentions[m]!);
  return speakers.length > 1 ? speakers : [subject];
}

/** "urged Cairo to protect the mission": the trigger is the asked-for act of the directive's object. */
function directed(view: SentenceView, subject: MentionSpan, i: number): boolean {
  const words = view.words;
  let j = i - 1;
  while (j > subject.last && (words[j]!.w === "to" || words[j]!.w === "not" || words[j]!.w === "immediately")) j--;
  if (j !== subject.last || words[i - 1]?.w !== "to") return false;
  let b = subject.first - 1;
  if (words[b]?.w === "on" || words[b]?.w === "upon") b--;
  return b >= 0 && DIRECTIVES.has(words[b]!.w);
}

const CROWD_WORDS = /protest|demonstrat|activist|rioter|marcher|crowd|picket/i;

/** The article's police or security force: the most mentioned Organization whose names say so. */
function securityForce(view: SentenceView): MentionSpan | null {
  // detentions are police work: a police force comes before an army or a coast guard, then the most mentioned
  const rank = (e: import("../../model/types.js").Entity): number => (POLICE_LIKE.test(e.label) ? 1_000_000 : 0) + e.mentions;
  let best: import("../../model/types.js").Entity | undefined;
  for (const e of view.entities) {
    if (e.kind !== "Organization" || !SECURITY_FORCES.test(e.label)) continue;
    if (!best || rank(e) > rank(best)) best = e;
  }
  const anchor = view.mentions[0];
  return best && anchor ? { ...anchor, entity: best } : null;
}

/** Forces whose work is arresting people. */
const POLICE_LIKE = /\b(police|policemen|gendarmerie|gendarmes|constabulary|scotland yard|carabinieri|guardia civil)\b/iu;

/**
 * The protesting crowd of the article: the most mentioned Group whose names say it protests.
 * Used only for slogans and flag burning whose sentence names no one.
 */
function protestingCrowd(view: SentenceView): MentionSpan | null {
  let best: import("../../model/types.js").Entity | undefined;
  for (const e of view.entities) {
    if (e.kind !== "Group" || ![e.label, ...e.aliases].some((n) => CROWD_WORDS.test(n))) continue;
    if (!best || e.mentions > best.mentions) best = e;
  }
  const anchor = view.mentions[0];
  return best && anchor ? { ...anchor, entity: best } : null;
}

/** Source of a noun trigger: possessor or adjacent modifier, "by" agent, or the clause subject. */
function nounSource(view: SentenceView, i: number, end: number, sourceKinds: readonly EntityKind[]): MentionSpan | null {
  const words = view.words;
  let j = i - 1;
  let gap = 0;
  while (j >= 0 && words[j]!.m === -1 && gap < 3 && words[j]!.w !== "'s" && (FILLERS.has(words[j]!.w) || /^[\p{Ll}\p{N}-]+$/u.test(words[j]!.w)) && !PREPOSITIONS.has(words[j]!.w) && words[j]!.w !== "and") {
    j--;
    gap++;
  }
  let possessive = false;
  if (j >= 0 && words[j]!.w === "'s") {
    j--;
    possessive = true;
  }
  if (j >= 0 && words[j]!.m !== -1) {
    const span = view.mentions[words[j]!.m]!;
    if (possessive && sourceKinds.includes(span.entity.kind)) return span;
    if (sourceKinds.includes(span.entity.kind) && governingPrep(view, span) === null) return span;
    if (sourceKinds.includes(span.entity.kind) && gap === 0) return span;
  }
  const agent = findAgent(view, end, sourceKinds);
  if (agent) return agent;
  // "a rally organised by X was held ...": the agent of a participle right after the noun.
  const next = words[end];
  if (next && /ed$/.test(next.w)) {
    const a = findAgent(view, end + 1, sourceKinds);
    if (a) return a;
  }
  const subject = findSubject(view, i, sourceKinds, 20);
  if (!subject || subject.last >= i) return null;
  // "urged the Indian government to take a stand against intervention": asked of, not done by.
  let b = subject.first - 1;
  if (words[b]?.w === "on" || words[b]?.w === "upon") b--;
  // ("called on Russia to end the war" still presupposes the war.)
  const asked = words[subject.last + 2]?.w ?? "";
  if (b >= 0 && DIRECTIVES.has(words[b]!.w) && words[subject.last + 1]?.w === "to" && !["end", "stop", "halt", "cease"].includes(asked)) return null;
  // "Russia, a strong ally of Syria": the noun is an apposition to the subject.
  if (words[subject.last + 1]?.w === "," && i - subject.last <= 5) return subject;
  for (let q = Math.max(subject.last + 1, i - 4); q < i; q++) if (LIGHT_VERBS.has(words[q]!.w)) return subject;
  return null;
}

const ALL_KINDS: readonly EntityKind[] = ["Person", "Group", "Organization", "State", "Embassy", "Location"];

/** Verbs of a crowd closing in on a site: "protesters who had surrounded the parliament". */
const SIEGE_VERBS = new Set(["surrounded", "besieged", "blockaded", "blocked", "stormed", "occupied", "attacked", "encircled", "rushed", "entered", "invaded", "picketed", "gathered", "massed", "converged", "marched"]);
const SIEGE_PREPS = new Set(["at", "outside", "on", "around", "in", "into", "to", "near", "the", "a"]);

/**
 * "disperse protesters who had surrounded the Georgian parliament": the people held back (the
 * first mention after the trigger) closed in on a site in a relative clause; that site is shielded.
 */
function besiegedSite(view: SentenceView, end: number, kinds: readonly EntityKind[]): MentionSpan | null {
  const words = view.words;
  let j = end;
  while (j < words.length && j < end + 4 && words[j]!.m === -1) j++;
  const crowd = words[j]?.m;
  if (crowd === undefined || crowd === -1) return null;
  let q = view.mentions[crowd]!.last + 1;
  if (words[q]?.w === ",") q++;
  if (words[q]?.w !== "who" && words[q]?.w !== "that") return null;
  q++;
  while (q < words.length && ["had", "have", "has", "were", "was", "earlier", "briefly", "already"].includes(words[q]!.w)) q++;
  if (!SIEGE_VERBS.has(words[q]?.w ?? "")) return null;
  q++;
  for (let steps = 0; q < words.length && steps < 3 && words[q]!.m === -1 && SIEGE_PREPS.has(words[q]!.w); steps++) q++;
  const m = words[q]?.m;
  if (m === undefined || m === -1) return null;
  const site = view.mentions[m]!;
  return kinds.includes(site.entity.kind) && site.entity.kind !== "Person" ? site : null;
}

/** The one preposition of a flag's owner ("the flag of Israel"); one list, so the object scan indexes it once. */
const OF_ONLY: string[][] = [["of"]];

/** Verbs of chanting that may follow a slogan, with the chanters after them. */
const CHANT_VERBS = new Set(["chanted", "shouted", "cried", "yelled", "sang", "screamed", "roared", "chant", "chants", "shout", "shouts"]);

/**
 * '"Down with Japan," chanted the protesters': after the slogan's closing quote comes a verb of
 * chanting. Not '... chanting "Russia is a terrorist state", LRT reported': the name after a
 * slogan followed by another verb reports it.
 */
function invertedChant(view: SentenceView, end: number): boolean {
  const words = view.words;
  let q = end;
  while (q < words.length && q < end + 8 && !['"', "”", "'", "’"].includes(words[q]!.w)) q++;
  q++;
  if (words[q]?.w === ",") q++;
  return CHANT_VERBS.has(words[q]?.w ?? "");
}

/**
 * "Police fired tear gas to disperse the crowd": a crowd held back with no site named in the
 * sentence, in an article about one diplomatic mission, is held back from that mission. Returns
 * the mission (anchored on the crowd's mention) when the object is a crowd and the article names
 * exactly one mission.
 */
function articleMission(view: SentenceView, end: number): MentionSpan | null {
  const words = view.words;
  let j = end;
  while (j < words.length && j < end + 4 && words[j]!.m === -1) j++;
  const m = words[j]?.m;
  if (m === undefined || m === -1) return null;
  const crowd = view.mentions[m]!;
  if (crowd.entity.kind !== "Group") return null;
  const missions = view.entities.filter((e) => e.kind === "Embassy");
  return missions.length === 1 ? { ...crowd, entity: missions[0]! } : null;
}

/**
 * '... hurled stones at the embassy's wall before gendarmes pushed them back': people pushed back
 * (a group or "them") while acting on a diplomatic mission named earlier in the sentence: the
 * mission is what the force shields.
 */
function crowdSiteBefore(view: SentenceView, source: MentionSpan, objectAt: number, end: number): MentionSpan | null {
  const words = view.words;
  // The people are the object inside the trigger ("pushed [them] back") or right after it.
  let j = objectAt < end - 1 ? objectAt : end;
  while (j < words.length && j < end + 3 && words[j]!.m === -1 && FILLERS.has(words[j]!.w)) j++;
  const object = words[j]?.m;
  const people = object !== undefined && object !== -1 ? view.mentions[object]!.entity.kind === "Group" : ["them", "the crowd", "crowd"].includes(words[j]?.w ?? "");
  if (!people) return null;
  for (let q = source.first - 1; q >= 0; q--) {
    const m = words[q]!.m;
    if (m === -1) continue;
    const span = view.mentions[m]!;
    if (span.entity.kind === "Embassy") return span;
    q = span.first;
  }
  return null;
}

/**
 * The verb a prepositional trigger at i attaches to: left over the object (mentions, fillers,
 * lower-case modifiers) to the first word that is none of these; i itself when there is none.
 */
function headVerb(view: SentenceView, i: number): number {
  const words = view.words;
  let j = i - 1;
  let objects = 0;
  while (j >= 0 && j > i - 10) {
    const w = words[j]!;
    if (w.m !== -1) {
      objects++;
      j = view.mentions[w.m]!.first - 1;
      continue;
    }
    if (FILLERS.has(w.w) && objects === 0) {
      j--;
      continue;
    }
    break;
  }
  return objects > 0 && j >= 0 && words[j]!.m === -1 && /^\p{Ll}+$/u.test(words[j]!.w) && !PREPOSITIONS.has(words[j]!.w) ? j : i;
}

export function applyTrigger(view: SentenceView, trig: CompiledTrigger, i: number, preps: string[][], matchEnd?: number): Candidate[] {
  const rule = trig.rule;
  const end = matchEnd ?? i + trig.words.length;
  const k = kinds(rule);
  switch (rule.frame) {
    case "verb": {
      if (isPassive(view, i, end, trig.participle) && !rule.subjectIsSourceInPassive) {
        const target = findSubject(view, i, k.target);
        let source = findAgent(view, end, k.source);
        let ruleId = rule.id;
        if (!source && target && rule.predicate === "arrests" && adjacentSubject(view, target, i)) {
          // "30 protesters were detained": detentions without an agent are the police's.
          source = securityForce(view);
          ruleId = "arrest.passive-by-police";
        }
        if (!target || !source) return [];
        if (ruleId !== rule.id) {
          const pol = polarity(view, target.last + 1, i);
          return pairs(view, [source], withCoordinated(view, target), { ...rule, id: ruleId }, pol);
        }
        const pol = polarity(view, target.last + 1, i);
        if (!contextOk(view, rule)) return [];
        return pairs(view, [source], withCoordinated(view, target), rule, pol);
      }
      const source = findSubject(view, rule.prepositional ? headVerb(view, i) : i, k.source) ?? pronounSpeaker(view, i, k.source);
      if (!source) return [];
      const fromArticle = !contextOk(view, rule, source);
      if (fromArticle && !articleContextOk(view, rule)) return [];
      if (directed(view, source, i)) return [];
      const heads = rule.predicate === "attacks" || rule.predicate === "protects" || rule.predicate === "arrests";
      const scan = scanObjects(view, end, { preps, direct: rule.direct === true, kinds: k.target, heads });
      // "alongside Russia's Wagner group": the ally is the group, not its owner.
      if (rule.prepositional) scan.targets = scan.targets.filter((t) => view.words[t.span.last + 1]?.w !== "'s");
      if (fromArticle) scan.targets = scan.targets.filter((t) => rule.articleContextKinds!.includes(t.span.entity.kind));
      if (scan.targets.length === 0) return [];
      const pol = polarity(view, source.last + 1, i);
      return pairs(view, reportedSubjects(view, source), placeFiltered(view, rule, scan.targets), fromArticle ? { ...rule, id: `${rule.id}+article-protest` } : rule, pol);
    }
    case "noun": {
      // "the security law for Hong Kong": the trigger only modifies the noun after it.
      if (COMPOUND_HEADS.has((view.words[end]?.w ?? "").toLowerCase())) return [];
      const scan = scanObjects(view, end, { preps, direct: rule.direct === true, kinds: k.target });
      if (scan.targets.length === 0) return [];
      const source = scan.agent && k.source.includes(scan.agent.entity.kind) ? scan.agent : nounSource(view, i, end, k.source);
      if (!source) return [];
      if (!contextOk(view, rule)) return [];
      const from = source.last < i ? source.last + 1 : Math.max(0, i - 3);
      const pol = polarity(view, from, i);
      return pairs(view, [source], placeFiltered(view, rule, scan.targets), rule, pol);
    }
    case "restrain": {
      if (rule.requiresNegation && !hasNegation(view, i)) return [];
      // "The demonstrators, many waving EU flags, had blocked the avenue": when the clause's
      // subject is a crowd, no body named nearby is the one holding people back.
      const anySubject = findSubject(view, i, ALL_KINDS);
      if (anySubject && anySubject.entity.kind === "Group") return [];
      const source = findSubject(view, i, k.source);
      if (!source) return [];
      if (directed(view, source, i)) return [];
      const targetKinds = k.target.filter((kind) => kind !== "Group");
      const scan = scanObjects(view, end, { preps, direct: false, kinds: targetKinds, skipDirect: true, window: 16, first: true });
      // "stopped the march near the diplomatic zone, about 500 metres from the high commission": a
      // mission named further on is the site shielded, the district only where it happened.
      if (scan.targets[0]?.span.entity.kind === "Location") {
        const all = scanObjects(view, end, { preps, direct: false, kinds: targetKinds, skipDirect: true, window: 16 });
        const mission = all.targets.find((t) => t.span.entity.kind === "Embassy");
        if (mission) scan.targets = [mission];
      }
      let ruleUsed = rule;
      if (scan.targets.length === 0) {
        // "security forces cleared the building": the object is the site itself when it is not people.
        const object = scanObjects(view, end, { preps: [], direct: true, kinds: ["Embassy", "Location"], window: 5, first: true, heads: true });
        if (rule.requiresNegation) return [];
        // ("disperse Tbilisi protest": a name modifying the object noun is not the object.)
        const direct = object.targets[0]?.span;
        const modifierOnly = direct !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(view.words[direct.last + 1]?.w ?? "") && !PREPOSITIONS.has(view.words[direct.last + 1]!.w) && !["and", "or", "but", "as", "before", "after", "while"].includes(view.words[direct.last + 1]!.w);
        const site = (modifierOnly ? undefined : direct) ?? besiegedSite(view, end, targetKinds);
        const before = site ? null : crowdSiteBefore(view, source, i + 1, end);
        const mission = site || before ? null : articleMission(view, end);
        if (site) scan.targets.push({ span: site, prep: null });
        else if (before) {
          scan.targets.push({ span: before, prep: null });
          ruleUsed = { ...rule, id: `${rule.id}+site-before` };
        } else if (mission && SECURITY_FORCES.test(source.entity.label)) {
          scan.targets.push({ span: mission, prep: null });
          ruleUsed = { ...rule, id: `${rule.id}+article-mission` };
        } else return [];
      }
      const pol: Polarity = rule.requiresNegation ? "asserted" : polarity(view, source.last + 1, i);
      return pairs(view, [source], scan.targets.map((t) => t.span), ruleUsed, pol);
    }
    case "chant": {
      const words = view.words;
      let target: MentionSpan | null = null;
      if (rule.targetBefore) {
        // '"Australia, go to hell"': the slogan's addressee comes first.
        let j = i - 1;
        while (j >= 0 && j >= i - 2 && (words[j]!.w === "," || words[j]!.w === "!")) j--;
        const m = words[j]?.m;
        if (m !== undefined && m !== -1) {
          const span = view.mentions[m]!;
          const q = words[span.first - 1]?.w;
          if (q === '"' || q === "“" || q === "‘" || q === "'") target = span;
        }
      } else {
        let j = end;
        while (j < words.length && j < end + 3 && words[j]!.m === -1) j++;
        const m = words[j]?.m;
        if (m !== undefined && m !== -1) target = view.mentions[m]!;
      }
      if (!target || !k.target.includes(target.entity.kind) || isDemonymModifier(view, target)) return [];
      // The chanters stand outside the quotation: search left of its opening quote.
      let open = Math.min(i, target.first);
      for (let j = open - 1; j >= 0 && j >= open - 6; j--) {
        if (['"', "“", "'", "‘"].includes(words[j]!.w)) {
          open = j;
          break;
        }
      }
      let source = findSubject(view, open, k.source, 24);
      // The chanters are not inside another quotation ('placards reading "X is a liar"').
      for (let tries = 0; source && isQuoted(view, source) && tries < 3; tries++) source = findSubject(view, source.first, k.source, 24);
      if (source && isQuoted(view, source)) source = null;
      if (!source && invertedChant(view, end)) {
        // '"Down with Japan," chanted the protesters.'
        for (let q = end; q < clauseEnd(view, end) && q < end + 10; q++) {
          const mm = words[q]!.m;
          if (mm !== -1 && k.source.includes(view.mentions[mm]!.entity.kind)) {
            source = view.mentions[mm]!;
            break;
          }
        }
      }
      // A slogan on a banner with no one named: the article's protesting crowd carries it.
      source ??= protestingCrowd(view);
      if (!source) return [];
      return pairs(view, [source], [target], rule, "asserted");
    }
    case "flag": {
      const words = view.words;
      let cue = -1;
      for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
        if (rule.cue?.includes(words[j]!.w)) {
          cue = j;
          break;
        }
      }
      if (cue === -1) return [];
      const targets: MentionSpan[] = [];
      for (let j = cue + 1; j < i; j++) {
        const m = words[j]!.m;
        if (m !== -1 && k.target.includes(view.mentions[m]!.entity.kind)) {
          targets.push(view.mentions[m]!);
          j = view.mentions[m]!.last;
        }
      }
      if (targets.length === 0) {
        // "burned Israeli flags" where the demonym is not a mention of its own.
        for (let j = cue + 1; j < i; j++) {
          if (!words[j]!.cap) continue;
          const state = stateEntityFor(words[j]!.w, view.entities);
          const anchor = view.mentions[0];
          if (state && anchor) targets.push({ ...anchor, entity: state });
        }
      }
      if (words[end]?.w === "of") {
        const scan = scanObjects(view, end, { preps: OF_ONLY, direct: false, kinds: k.target, window: 6 });
        for (const t of scan.targets) targets.push(t.span);
      }
      if (targets.length === 0) return [];
      const source = findSubject(view, cue, k.source) ?? protestingCrowd(view);
      if (!source) return [];
      return pairs(view, withCoordinated(view, source), targets, rule, polarity(view, source.last + 1, cue));
    }
    case "pattern":
      return matchPattern(view, rule, i, k);
  }
}

interface PatternPart {
  kind: "source" | "target" | "skip" | "word";
  words?: string[];
  optional?: boolean;
}

const patternCache = new Map<string, PatternPart[]>();

function parsePattern(pattern: string): PatternPart[] {
  const cached = patternCache.get(pattern);
  if (cached) return cached;
  const parts = pattern
    .trim()
    .split(/\s+/)
    .map((p): PatternPart => {
      if (p === "{source}") return { kind: "source" };
      if (p === "{target}") return { kind: "target" };
      if (p === "*") return { kind: "skip" };
      const optional = p.endsWith("?");
      const body = optional ? p.slice(0, -1) : p;
      return { kind: "word", words: body.toLowerCase().replace(/’/g, "'").split("|"), optional };
    });
  patternCache.set(pattern, parts);
  return parts;
}

function matchFrom(
  view: SentenceView,
  parts: PatternPart[],
  p: number,
  j: number,
  found: { source?: MentionSpan; target?: MentionSpan },
  k: { source: readonly EntityKind[]; target: readonly EntityKind[] },
): boolean {
  if (p === parts.length) return true;
  const part = parts[p]!;
  const words = view.words;
  if (part.kind === "source" || part.kind === "target") {
    const m = words[j]?.m;
    if (m === undefined || m === -1) return false;
    const span = view.mentions[m]!;
    if (span.first !== j || !k[part.kind].includes(span.entity.kind)) return false;
    found[part.kind] = span;
    if (matchFrom(view, parts, p + 1, span.last + 1, found, k)) return true;
    delete found[part.kind];
    return false;
  }
  if (part.kind === "skip") {
    for (let n = 0; n <= 4; n++) {
      if (n > 0 && (words[j + n - 1] === undefined || words[j + n - 1]!.m !== -1)) break;
      if (matchFrom(view, parts, p + 1, j + n, found, k)) return true;
    }
    return false;
  }
  const w = words[j];
  if (w && w.m === -1 && part.words!.includes(w.w) && matchFrom(view, parts, p + 1, j + 1, found, k)) return true;
  return part.optional === true && matchFrom(view, parts, p + 1, j, found, k);
}

function matchPattern(view: SentenceView, rule: RelationRule, anchor: number, k: { source: readonly EntityKind[]; target: readonly EntityKind[] }): Candidate[] {
  const parts = parsePattern(rule.pattern ?? "");
  for (let start = Math.max(0, anchor - 12); start <= anchor; start++) {
    const found: { source?: MentionSpan; target?: MentionSpan } = {};
    if (matchFrom(view, parts, 0, start, found, k) && found.source && found.target) {
      return pairs(view, [found.source], [found.target], rule, polarity(view, Math.max(0, anchor - 4), anchor));
    }
  }
  return [];
}


// Relation extraction: AnalyzedArticle -> Relation[], every relation with its evidence sentence
// and the id of the rule that made it.
import type { Entity, Relation } from "../../model/types.js";
import type { RelationPatternConfig } from "../config.js";
import type { AnalyzedArticle } from "../types.js";
import { attributionCandidates } from "./attribution.js";
import { compileRules, type CompiledRules } from "./compile.js";
import { applyTrigger, type Candidate } from "./frames.js";
import { DEFAULT_RULES } from "./rules/index.js";
import { fingerprint } from "../config.js";
import { ATTRIBUTION_RULES, AUDIENCE_WORDS, SELF_REPORT, SOURCE_PHRASES, SPEAKER_HEADS } from "./rules/attribution.js";
import * as cues from "./rules/cues.js";
import { PREPOSITIONS } from "./rules/cues.js";
import * as places from "./rules/places.js";
import { ALLIED_SUFFIXES, BACKING_SUFFIXES } from "./rules/conflict.js";
import { GROUP_ROLES, TITLE_RULES } from "./rules/roles.js";
import { allyCandidates, backerCandidates, compoundCandidates, embassyCandidates, embassyState, HOME_LEADER_RULE, placeCandidates, titleCandidates } from "./structural.js";
import { homeState } from "./home.js";
import { stateEntityFor } from "./states.js";
import type { RelationRule } from "./types.js";
import { buildViews, type SentenceView } from "./view.js";

export type { RelationRule, TitleRule, AttributionRule, Frame } from "./types.js";
export { DEFAULT_RULES } from "./rules/index.js";

/** Bump when the matching code changes; table changes are caught by the fingerprint below. */
const CODE_REVISION = 26;

/** Sets become sorted arrays so the fingerprint sees their content. */
function tableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Set ? [...v].sort() : v instanceof RegExp ? v.source : v));
}

/**
 * Version of the relation stage (part of Extractor.version, so cached extractions are redone):
 * the code revision plus a fingerprint of every rule table.
 */
export const RELATIONS_VERSION = `relations-${CODE_REVISION}-${fingerprint(
  tableJson([DEFAULT_RULES, TITLE_RULES, GROUP_ROLES, ATTRIBUTION_RULES, SOURCE_PHRASES, AUDIENCE_WORDS, SPEAKER_HEADS, cues, places, BACKING_SUFFIXES, ALLIED_SUFFIXES]),
)}`;

const compiledCache = new WeakMap<readonly RelationRule[], CompiledRules>();

function compiled(rules: readonly RelationRule[]): CompiledRules {
  let c = compiledCache.get(rules);
  if (!c) {
    c = compileRules([...rules]);
    compiledCache.set(rules, c);
  }
  return c;
}

/** Turns the user's relation patterns (kg.config.json) into rules, appended to the built-in ones. */
export function rulesFromConfig(patterns: readonly RelationPatternConfig[], base: readonly RelationRule[] = DEFAULT_RULES): RelationRule[] {
  const extra = patterns.map((p): RelationRule => {
    const rule: RelationRule = { id: p.id, predicate: p.predicate, reason: p.reason, frame: p.pattern ? "pattern" : (p.frame ?? "verb") };
    if (p.pattern) rule.pattern = p.pattern;
    if (p.triggers) rule.triggers = p.triggers;
    if (p.preps) rule.preps = p.preps;
    if (rule.frame === "verb") rule.direct = true;
    if (p.sourceKinds) rule.sourceKinds = p.sourceKinds;
    if (p.targetKinds) rule.targetKinds = p.targetKinds;
    return rule;
  });
  return [...base, ...extra];
}

/** Verb triggers right after a determiner are nouns ("the attack"); noun rules cover those. */
const NOUN_MARKERS = new Set(["the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "no", "any", "every", "each", "'s", "such", "these", "those", "further", "several", "similar", "weekly", "daily", "recent", "previous"]);

/**
 * Matches the rest of a trigger phrase from word i+k; "*" skips one to five words, so a particle
 * can follow the object ("hold the protesters back"). Returns the index after the match or -1.
 */
function matchTrigger(words: SentenceView["words"], i: number, phrase: string[], k: number): number {
  if (k === phrase.length) return i + k;
  if (phrase[k] === "*") {
    for (let skip = 1; skip <= 5; skip++) {
      const end = matchTrigger(words, i + skip, phrase.slice(0, k).concat(phrase.slice(k + 1)), k);
      if (end !== -1) return end;
    }
    return -1;
  }
  const w = words[i + k];
  // Possessive pronouns inside a trigger may be resolved mentions: "force its way".
  if (!w || w.w !== phrase[k] || (w.m !== -1 && !["its", "their", "his", "her"].includes(w.w))) return -1;
  return matchTrigger(words, i, phrase, k + 1);
}

function triggerCandidates(view: SentenceView, rules: CompiledRules): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.m !== -1) continue;
    const list = rules.index.get(word.w);
    if (!list) continue;
    const done = new Set<string>();
    for (const trig of list) {
      if (done.has(trig.rule.id)) continue;
      const matchEnd = matchTrigger(words, i, trig.words, 1);
      if (matchEnd === -1) continue;
      const frame = trig.rule.frame;
      if ((frame === "verb" || frame === "restrain") && i > 0 && NOUN_MARKERS.has(words[i - 1]!.w)) continue;
      // "no justification for attacks on foreigners", "anger over raids": after a preposition a
      // trigger not in -ing or -ed is a noun (gerunds stay verbs: "after storming the embassy").
      if (frame === "verb" && i > 0 && PREPOSITIONS.has(words[i - 1]!.w) && words[i - 1]!.w !== "to" && !/(ing|ed)$/.test(word.w)) continue;
      done.add(trig.rule.id);
      out.push(...applyTrigger(view, trig, i, rules.preps.get(trig.rule.id) ?? [], matchEnd));
    }
  }
  return out;
}

/** Keeps asserted candidates; an attempted storming still counts as a protest at the site. */
function filterPolarity(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.polarity === "asserted") out.push(c);
    else if (c.polarity === "attempted" && (c.predicate === "protests-against" || c.predicate === "attacks" || c.predicate === "protects")) {
      // Trying to hold a crowd back is protecting; attempting to storm is protesting, not (yet) attacking.
      if (c.predicate === "protests-against" || c.predicate === "protects") out.push(c);
      else if (c.target.entity.kind === "Embassy" && (c.source.entity.kind === "Group" || c.source.entity.kind === "Person"))
        out.push({ ...c, predicate: "protests-against", rule: "protest.attempt-at-embassy" });
    }
  }
  return out;
}

/**
 * Derived edges: a protest at or an assault on an embassy by a crowd is a protest against the
 * embassy and against the state it represents.
 */
function derive(cands: Candidate[], entities: Entity[]): Candidate[] {
  const out = [...cands];
  for (const c of cands) {
    const crowd = c.source.entity.kind === "Group" || c.source.entity.kind === "Person";
    if (c.predicate === "attacks" && crowd && c.target.entity.kind === "Embassy") {
      out.push({ ...c, predicate: "protests-against", rule: "protest.attack-on-embassy" });
    }
  }
  for (const c of [...out]) {
    if (c.predicate !== "protests-against" || c.target.entity.kind !== "Embassy") continue;
    const state = embassyState(c.target.entity, entities);
    if (state && state.id !== c.source.entity.id) {
      out.push({ ...c, target: { ...c.target, entity: state }, rule: `protest.embassy-state${c.rule.endsWith(ARTICLE_PROTEST) ? ARTICLE_PROTEST : ""}` });
    }
  }
  return out;
}

/**
 * "Eleven students were arrested ..., according to X" ("X was beaten by police, his party said"):
 * the reported event is an arrest or an assault, whose
 * actors are both the people arrested (the clause's subject) and whoever made it (the agent, or the
 * police for an agentless detention); the source is credited for both.
 */
function passiveActors(cands: Candidate[]): Candidate[] {
  const passives = cands.filter((c) => ((c.predicate === "arrests" || c.predicate === "attacks") && c.target.first < c.source.first) || c.rule === "arrest.passive-by-police");
  if (passives.length === 0) return cands;
  const extra: Candidate[] = [];
  for (const c of cands) {
    if (c.predicate !== "reported-by") continue;
    // Only when the credited source comes after the clause ("..., according to X"; "..., X reported"):
    // "The Met said two men were detained" is the force speaking of the men it detained.
    if (c.target.first < c.source.first) continue;
    const arrest = passives.find((a) => a.target.first === c.source.first && a.target.entity.id === c.source.entity.id);
    if (!arrest || arrest.source.entity.id === c.target.entity.id) continue;
    extra.push({ ...c, source: arrest.source, rule: `${c.rule}+passive-agent` });
  }
  return extra.length === 0 ? cands : [...cands, ...extra];
}

/**
 * A leader linked to the home state only for want of a named state keeps that link only when no
 * sentence of the article names the state they lead ("Indian Prime Minister Narendra Modi" later).
 */
function dropHomeLeaders(perSentence: Candidate[][]): void {
  const named = new Set<string>();
  for (const list of perSentence) for (const c of list) if (c.predicate === "leads" && c.rule !== HOME_LEADER_RULE) named.add(c.source.entity.id);
  // A head of state chairing a bloc acts for their state there; they are not a member of it.
  const statesmen = new Set<string>();
  for (const list of perSentence) for (const c of list) if (c.predicate === "leads" && c.target.entity.kind === "State") statesmen.add(c.source.entity.id);
  for (let s = 0; s < perSentence.length; s++) {
    perSentence[s] = perSentence[s]!.filter(
      (c) => (c.rule !== HOME_LEADER_RULE || !named.has(c.source.entity.id)) && !(c.rule.endsWith("+member") && statesmen.has(c.source.entity.id)),
    );
  }
}

const ORGAN_WORDS: ReadonlySet<string> = new Set(SELF_REPORT.organWords);

/**
 * The state an organ of state belongs to: the state its name begins with ("German Foreign Office",
 * "Azerbaijan's foreign ministry"), or the one usage fixes for an unqualified name ("the Foreign
 * Office"). Undefined for bodies that are not organs of a state or name none.
 */
function organState(org: Entity, entities: readonly Entity[]): Entity | undefined {
  const label = org.label.toLowerCase().replace(/’/g, "'").replace(/^the\s+/u, "");
  const code = SELF_REPORT.namedOrgans[label];
  if (code) return entities.find((e) => e.kind === "State" && e.key?.code === code);
  const words = label.split(/\s+/u);
  if (!words.some((w) => ORGAN_WORDS.has(w))) return undefined;
  const possessive = words.findIndex((w) => w.endsWith("'s"));
  if (possessive >= 0) return stateEntityFor(words.slice(0, possessive + 1).join(" "), entities);
  for (const n of [2, 1]) {
    const state = stateEntityFor(words.slice(0, n).join(" "), entities);
    if (state) return state;
  }
  return undefined;
}

/**
 * An actor never reports itself (SELF_REPORT): drops reported-by from a state to a body that is an
 * organ of it ("The Foreign Office said Britain would ..."). A person speaking for the state (a
 * spokesperson, a minister) stays its reported source, as the annotation credits them.
 */
function dropSelfReports(perSentence: Candidate[][], entities: readonly Entity[]): void {
  const organOf = new Map<string, string>();
  for (const e of entities) {
    const state = e.kind === "Organization" ? organState(e, entities) : undefined;
    if (state) organOf.set(e.id, state.id);
  }
  if (organOf.size === 0) return;
  for (let s = 0; s < perSentence.length; s++) {
    perSentence[s] = perSentence[s]!.filter((c) => c.predicate !== "reported-by" || c.source.entity.kind !== "State" || organOf.get(c.target.entity.id) !== c.source.entity.id);
  }
}

/** Suffix of rule ids whose protest is read from the article's subject, not the sentence (frames.ts). */
const ARTICLE_PROTEST = "+article-protest";

/**
 * A gathering at a mission read as a protest only because the article is about a protest is kept
 * when that mission is the article's only one, or when its state is a protest target on the
 * sentence's own evidence elsewhere: a story about a protest at the Russian embassy that mentions
 * crowds at the Ukrainian embassy days before does not make those a protest.
 */
function dropStrayMissionProtests(perSentence: Candidate[][], entities: readonly Entity[]): void {
  const missions = entities.filter((e) => e.kind === "Embassy");
  if (missions.length <= 1) return;
  const targeted = new Set<string>();
  for (const list of perSentence)
    for (const c of list) {
      if (c.predicate !== "protests-against" || c.rule.endsWith(ARTICLE_PROTEST)) continue;
      targeted.add(c.target.entity.id);
      if (c.target.entity.kind === "Embassy") {
        const state = embassyState(c.target.entity, entities);
        if (state) targeted.add(state.id);
      }
    }
  for (let s = 0; s < perSentence.length; s++) {
    perSentence[s] = perSentence[s]!.filter((c) => {
      if (!c.rule.endsWith(ARTICLE_PROTEST)) return true;
      const state = c.target.entity.kind === "Embassy" ? embassyState(c.target.entity, entities) : c.target.entity;
      return targeted.has(c.target.entity.id) || (state !== undefined && targeted.has(state.id));
    });
  }
}

/**
 * Extracts the relations of one analyzed article. Pure and deterministic: relations come out in
 * sentence order, one per (source, predicate, target, sentence).
 */
export function extractRelations(doc: AnalyzedArticle, rules: readonly RelationRule[] = DEFAULT_RULES): Relation[] {
  const entities = new Map(doc.entities.map((e) => [e.id, e] as const));
  const officials = new Set(
    (doc.links ?? []).filter((l) => l.type === "title" && l.role !== "honorific").map((l) => l.from),
  );
  const views = buildViews(doc.sentences, doc.article.text, doc.mentions, entities, doc.tokens, officials);
  const compiledRules = compiled(rules);
  const home = homeState(doc.mentions, doc.entities, doc.sentences);
  const titles = views.map((view, s) => titleCandidates(view, doc.entities, home, views.slice(Math.max(0, s - 2), s)));
  // The body each person leads or belongs to, by their titles ("his party said" speaks for it).
  const affiliations = new Map<string, Entity>();
  for (const list of titles)
    for (const c of list) if ((c.predicate === "leads" || c.predicate === "member-of") && c.target.entity.kind === "Organization" && !affiliations.has(c.source.entity.id)) affiliations.set(c.source.entity.id, c.target.entity);
  const perSentence: Candidate[][] = views.map((view, s) => {
    const cands = [
      ...filterPolarity(triggerCandidates(view, compiledRules)),
      ...attributionCandidates(view, affiliations),
      ...placeCandidates(view),
      ...backerCandidates(view),
      ...allyCandidates(view),
      ...compoundCandidates(view),
      ...titles[s]!,
    ];
    return passiveActors(derive(cands, doc.entities));
  });
  for (const { view, candidate } of embassyCandidates(views, doc.entities)) {
    perSentence[views.indexOf(view)]!.push(candidate);
  }
  dropHomeLeaders(perSentence);
  dropStrayMissionProtests(perSentence, doc.entities);
  dropSelfReports(perSentence, doc.entities);
  const seen = new Set<string>();
  const out: Relation[] = [];
  views.forEach((view, s) => {
    for (const c of perSentence[s]!) {
      if (c.source.entity.id === c.target.entity.id) continue;
      const key = `${c.source.entity.id}\u0000${c.predicate}\u0000${c.target.entity.id}\u0000${s}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        source: c.source.entity.id,
        target: c.target.entity.id,
        predicate: c.predicate,
        evidence: {
          article: doc.article.id,
          sentence: view.sentence.text,
          start: view.sentence.start,
          end: view.sentence.end,
          rule: c.rule,
        },
      });
    }
  });
  return out;
}

// Function-word tables used by the slot filler: what ends a clause, what negates or hedges a
// statement, which words are prepositions. Each table says why it exists.
import type { EntityKind, Predicate } from "../../../model/ontology.js";

/** Words that end the clause holding a trigger: a subject or object is not looked for beyond them. */
export const CLAUSE_BREAKS = new Set([
  ";", ":", "—", "–", "-", "(", ")", "while", "whereas", "but", "although", "though", "because", "since",
  "if", "unless", "when", "whenever", "where", "after", "before", "until", "as", "so", "yet", "whether",
]);

/** Words that also end an object search (the object of a verb does not cross them). */
export const OBJECT_BREAKS = new Set([
  ".", ",", "!", "?", '"', "who", "which", "that", "and", "or", "said", "says", "told", "reported",
  "what", "whom", "how", "why", "whose",
]);

/** Negators: a trigger with one of these in its verb group is denied, not asserted. */
export const NEGATORS = new Set(["not", "never", "no", "nor", "neither", "without", "nobody", "none"]);

/** Modal and hedging words: the trigger is hypothetical, planned or conditional. */
export const MODALS = new Set([
  "could", "would", "may", "might", "should", "can", "will", "shall", "must", "'d", "'ll",
  "plan", "plans", "planned", "planning", "plot", "plotted", "threaten", "threatens", "threatened", "threatening",
  "threat", "threats", "vow", "vows", "vowed", "intend", "intends", "intended", "want", "wants", "wanted",
  "hope", "hopes", "hoped", "aim", "aims", "aimed", "seek", "seeks", "sought", "prepare", "prepares", "prepared", "ready", "likely", "unlikely", "possible", "possibly",
  "potential", "alleged", "allegedly", "fail", "fails", "failed", "failure", "refuse", "refuses", "refused",
  "deny", "denies", "denied", "fear", "feared", "fears", "warn", "warned", "warns", "urge", "urged", "urges",
  "asked", "ask", "asks", "called", "demand", "demanded", "demands", "promise", "promised", "promises", "expected",
  "would-be", "supposed", "able", "unable", "obliged", "obligation", "duty",
  "any", "future", "weigh", "weighs", "weighing", "consider", "considers", "considering", "mull", "mulls", "mulling", "contemplate",
  "contemplating", "debate", "debating", "propose", "proposed", "proposes", "threatening", "risk", "risks",
]);

/**
 * Participles that turn a modal into a report of what was witnessed: "could be seen beating",
 * "can be heard shouting", "could be seen on video kicking" assert the act, not a possibility.
 */
export const PERCEIVED = new Set(["seen", "heard", "filmed", "pictured", "spotted", "observed", "watched", "recorded", "photographed"]);

/**
 * Modal words that still assert the event for a noun trigger or a target already reached
 * ("attempted to storm" is reported as a protest at the embassy). Kept apart so verb frames can
 * treat "attempted to storm" as no attack while the protest rule still fires.
 */
export const WEAK_MODALS = new Set(["attempt", "attempts", "attempted", "try", "tries", "tried", "struggle", "struggled", "struggling", "trying", "attempting"]);

/** Words that make the rest of the clause conditional or reported as unreal. */
export const IRREALIS = new Set(["if", "unless", "whether", "lest", "should"]);

/** Prepositions: a mention right after one is inside a prepositional phrase, not a subject. */
export const PREPOSITIONS = new Set([
  "in", "at", "of", "from", "near", "outside", "on", "to", "with", "into", "for", "against", "by", "about",
  "over", "after", "before", "during", "inside", "across", "toward", "towards", "through", "under", "behind",
  "around", "past", "beside", "between", "among", "amid", "within", "onto", "upon", "via", "like",
  "opposite", "including", "despite", "following", "per", "as", "alongside", "beside", "besides", "near",
]);

/** Words skipped between a preposition and its noun (determiners, quantifiers, common modifiers). */
export const FILLERS = new Set([
  "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "several",
  "main", "local", "nearby", "heavily", "fortified", "central", "whole", "entire", "new", "old", "former",
  // compass adjectives: "in southern Lebanon" is still a prepositional phrase, not a subject
  "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
]);

/**
 * Nouns that a noun trigger can modify ("security law", "protest leaders", "attack helicopters"):
 * right after the trigger they make it a modifier, and the phrase names that noun, not the event.
 */
export const COMPOUND_HEADS = new Set([
  "law", "laws", "bill", "bills", "legislation", "council", "councils", "service", "services", "agency",
  "agencies", "official", "officials", "chief", "chiefs", "adviser", "advisers", "advisor", "minister",
  "ministry", "situation", "concern", "concerns", "reason", "reasons", "threat", "threats", "risk", "risks",
  "pact", "deal", "treaty", "guarantee", "guarantees", "camera", "cameras", "footage", "clearance",
  "leader", "leaders", "organizer", "organizers", "organiser", "organisers", "movement", "group", "groups",
  "helicopter", "helicopters", "dog", "dogs", "drone", "drones", "plan", "plans", "policy", "policies",
  "analyst", "analysts", "expert", "experts", "forum", "summit", "talks", "zone", "zones",
]);

/** Adverbs that may sit inside a verb group without changing it. */
export const ADVERBS = new Set([
  "also", "then", "later", "reportedly", "repeatedly", "briefly", "quickly", "swiftly", "again", "allegedly",
  "still", "already", "eventually", "immediately", "finally", "first", "subsequently", "just", "even", "heavily",
  "violently", "forcibly", "peacefully", "reportedly", "once", "all", "both", "initially", "apparently", "now", "since", "meanwhile", "instead", "often", "routinely", "regularly",
]);

/** Forms of "be" and "get" that build the passive. */
export const PASSIVE_AUX = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "'s", "'re"]);

/** Kinds allowed at each end of a predicate when a rule does not narrow them (ONTOLOGY.md table). */
export const PREDICATE_KINDS: Record<Predicate, { source: readonly EntityKind[]; target: readonly EntityKind[] }> = {
  "protests-against": { source: ["Person", "Group", "Organization", "State"], target: ["State", "Embassy", "Organization", "Person"] },
  protects: { source: ["Organization", "Person", "State"], target: ["Embassy", "State", "Person", "Organization", "Location"] },
  "reported-by": { source: ["Person", "Group", "Organization", "State", "Embassy"], target: ["Person", "Organization", "State"] },
  represents: { source: ["Embassy", "Person"], target: ["State", "Organization"] },
  "located-in": { source: ["Embassy", "Organization", "Location"], target: ["Location", "State"] },
  "member-of": { source: ["Person"], target: ["Group", "Organization"] },
  leads: { source: ["Person"], target: ["State", "Organization"] },
  "allied-with": { source: ["State", "Organization"], target: ["State", "Organization"] },
  attacks: { source: ["Person", "Group", "Organization", "State"], target: ["Person", "Group", "Organization", "State", "Embassy", "Location"] },
  supports: { source: ["Person", "Group", "Organization", "State"], target: ["Person", "Group", "Organization", "State", "Embassy"] },
  arrests: { source: ["Organization", "State"], target: ["Person", "Group"] },
};

/**
 * Verbs that make the subject the agent of an event noun: "X held a rally", "X waged war",
 * "X stopped the war", "X took part in the march", "X formed a cordon". Without one, the clause
 * subject is not taken as the source of a noun trigger ("police halted a march").
 */
export const LIGHT_VERBS = new Set([
  "hold", "holds", "held", "holding", "stage", "stages", "staged", "staging", "organise", "organised", "organising",
  "organize", "organized", "organizing", "lead", "leads", "led", "leading", "launch", "launched", "launches", "launching",
  "join", "joined", "joins", "joining", "part", "participate", "participated", "participating", "begin", "began", "begun",
  "start", "started", "starts", "mount", "mounted", "continue", "continued", "continues", "wage", "waged", "waging",
  "carry", "carried", "conduct", "conducted", "stop", "stopped", "stops", "end", "ended", "ends", "escalate", "escalated",
  "intensify", "intensified", "step", "stepped", "call", "called", "kick", "kicked", "attend", "attended", "in", "during",
  "form", "formed", "forming", "set", "setting", "put", "use", "used", "using", "keep", "kept", "maintain", "maintained",
  "pursue", "pursued", "commit", "committed", "perpetrate", "perpetrated", "unleash", "unleashed", "resume", "resumed",
  "mark", "marked", "hold", "rally", "rallied", "gather", "gathered", "march", "marched", "express", "expressed", "show",
  "showed", "voice", "voiced", "pledge", "pledged", "offer", "offered", "declare", "declared", "announce", "announced",
  "made", "make", "staging", "withdraw", "withdrew", "chant", "chanted", "chanting", "shout", "shouted", "shouting",
  "broke", "breaking", "cleared", "clearing", "lifted", "dismantled", "removed",
  "carry", "carried", "carrying", "wave", "waved", "waving", "raise", "raised", "raising", "brandish", "brandished", "brandishing", "is", "was", "were", "are", "became", "become",
]);

/** Labels of security forces: they guard, disperse and arrest; they are never the source of a protest. */
export const SECURITY_FORCES = /\b(police|policemen|officers?|troops|soldiers|army|military|guards?|gendarmerie|security forces|riot squad|constabulary|scotland yard|militia)\b/i;

/**
 * Verbs that ask someone else to act: in "urged Cairo to protect the mission" the protecting is
 * only asked for, so a trigger in their "to" complement is not asserted.
 */
export const DIRECTIVES = new Set([
  "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "call", "called", "calls", "calling", "demand",
  "demanded", "demands", "press", "pressed", "order", "ordered", "orders", "tell", "told", "tells", "request", "requested",
  "invite", "invited", "encourage", "encouraged", "want", "wanted", "wants", "expect", "expected", "implore", "implored",
  "appeal", "appealed", "instruct", "instructed", "remind", "reminded", "oblige", "obliged", "obliges", "require", "required",
  "requires", "advise", "advised", "beg", "begged", "challenge", "challenged", "dare", "dared", "pressure", "pressured",
]);

// reported-by: who is credited with a statement. Verbs of saying and reporting, and the fixed phrases
// "according to X", "citing X", "X told reporters", "quoted by X as saying".
import type { AttributionRule } from "../types.js";

export const ATTRIBUTION_RULES: AttributionRule[] = [
  {
    id: "report.say",
    verbs: ["say", "tell", "add", "state", "declare", "explain", "insist", "stress", "note", "recall", "recount", "describe", "comment", "remark", "reply", "respond", "answer", "assert", "acknowledge", "admit", "concede", "estimate", "put"],
    reason: "a named speaker who says or tells that something happened is its source ('..., police said'; 'X told reporters')",
  },
  {
    id: "report.report",
    verbs: ["report", "announce", "confirm", "claim", "allege", "quote", "broadcast", "publish", "reveal", "disclose"],
    reason: "an outlet or official that reports, announces or confirms an event is credited with it ('..., Turan reported')",
  },
  {
    id: "report.write",
    verbs: ["write", "post", "tweet", "blog", "share", "publish", "wrote on social media"],
    reason: "a person who writes or posts an account is its source ('X wrote on his social media')",
  },
];

/** Phrases whose following mention is the source: "according to X", "citing X", "quoted by X". */
export const SOURCE_PHRASES: { id: string; words: string[]; nested: boolean; reason: string }[] = [
  { id: "report.according-to", words: ["according", "to"], nested: false, reason: "'according to X' credits X with the clause it is attached to" },
  { id: "report.citing", words: ["citing"], nested: true, reason: "'Reuters said, citing Mehr': Mehr is the inner source and Reuters passes it on" },
  { id: "report.quoting", words: ["quoting"], nested: true, reason: "'quoting X' names the inner source like 'citing X'" },
  { id: "report.cited-by", words: ["cited", "by"], nested: false, reason: "'as cited by X' credits X" },
  { id: "report.quoted-by", words: ["quoted", "by"], nested: false, reason: "'was quoted by X as saying' credits X with the speaker's words" },
  { id: "report.told", words: ["told"], nested: false, reason: "'X told AFP' makes AFP the outlet passing on X's words" },
  { id: "report.which-cited", words: ["which", "cited"], nested: true, reason: "'according to Radio Azattyq, ..., which cited the rights group Atajurt': Atajurt is the inner source" },
  { id: "report.who-cited", words: ["who", "cited"], nested: true, reason: "'according to X, who cited Y' names the inner source like 'citing Y'" },
  { id: "report.interview", words: ["interview", "with"], nested: false, reason: "'X said in an interview with the BBC' makes the BBC the outlet passing on X's words" },
];

/** Addressees of "told" that are not sources themselves: skipped when looking for the reported clause. */
export const AUDIENCE_WORDS = new Set([
  "reporters", "journalists", "the", "a", "press", "media", "news", "conference", "briefing", "agency", "us", "me", "him", "her",
  "them", "parliament", "lawmakers", "crowd", "audience", "television", "tv", "radio", "in", "an", "interview", "on", "at",
  "statement", "his", "their", "its", "social", "facebook", "twitter", "telegram", "x", "instagram", "page", "account", "website",
  "blog", "channel", "post", "that", "by", "phone", "telephone", "written", "separate", "briefly", "later", "also", "earlier",
  "scene", "from", "outside", "of", "today", "yesterday", "on", "friday", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday",
]);

/**
 * Nouns that may stand between a named body and the verb: "a Scotland Yard spokesman said",
 * "the Prime Minister's office said". Any other word there means the named mention is not the speaker.
 */
export const SPEAKER_HEADS = new Set([
  "spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "officer", "representative",
  "office", "press", "service", "statement", "'s", "chief", "head", "minister", "director", "secretary", "aide",
  "adviser", "advisor", "agency", "news", "newspaper", "television", "tv", "radio", "channel", "website", "daily",
  "experts", "expert", "investigators", "monitors", "observers", "researchers", "diplomats", "diplomat", "sources", "source",
]);

/**
 * Nouns that describe a news outlet right before its name: "..., the Mauritanian news agency AMI
 * reported" makes AMI the speaker, "the channel 2STV said" 2STV.
 */
export const OUTLET_NOUNS = new Set([
  "agency", "newspaper", "daily", "weekly", "channel", "broadcaster", "station", "website", "portal", "outlet",
  "magazine", "tabloid", "paper", "network", "wire", "service",
]);

/** Titles of a diplomat: "the embassy" in a diplomat's words is their own mission, never its actor. */
export const DIPLOMAT_WORDS = new Set(["ambassador", "envoy", "consul", "consul-general", "chargé", "charge", "diplomat", "attaché", "attache"]);

/**
 * Words of a speaker's title before or around the name ("police spokesperson Brigadier Athlenda
 * Mathe", "CECIM president Ernesto Alonso"): the bodies named among them are the speaker's side.
 */
export const SPEAKER_TITLES = new Set([
  "police", "commander", "chief", "governor", "mayor", "deputy", "minister", "president", "coordinator", "founder",
  "leader", "chairman", "chairwoman", "chair", "director", "secretary", "general", "colonel", "brigadier", "captain",
  "major", "lieutenant", "inspector", "superintendent", "commissioner", "prosecutor", "senator", "lawmaker", "prime",
  "foreign", "interior", "defence", "defense", "vice", "acting", "senior", "ministry", "department",
]);

/** Verbs by which a speaker blames an actor: "Hamas blamed an Israeli air strike" (Israel -> Hamas). */
export const BLAME_RULE = {
  id: "report.blame",
  verbs: ["blamed", "blames", "blame"],
  reason: "a named speaker who blames an actor for an event is the source of that account ('Hamas blamed an Israeli air strike')",
};

/**
 * An actor never reports itself: a state's own organ speaking of it is the state speaking, not a
 * source credited by a third party ("The Foreign Office said Britain would not expel them"; "the
 * German Foreign Office said Germany respected ..."). People speaking for it are still credited.
 */
export const SELF_REPORT = {
  id: "report.not-self",
  /** Words of a body's name that make it an organ of the state its name begins with ("German Foreign Office", "Nigeria's foreign ministry"). */
  organWords: ["ministry", "office", "department", "government", "cabinet", "presidency", "army", "military", "navy", "forces", "kremlin", "parliament"],
  /** Organs named without their state whose state is fixed by usage: name -> ISO 3166 alpha-3 code. */
  namedOrgans: { "foreign office": "GBR", "home office": "GBR", "downing street": "GBR", "state department": "USA", "pentagon": "USA", "white house": "USA", "kremlin": "RUS" } as Record<string, string>,
  reason: "a body of a state speaks as that state; its statements about the state are not a report of it by another source",
};

// Data tables for cross-document merging: which kinds merge across articles, which words make a
// name too generic to identify an entity across articles, which person titles are not part of a name.
// Each rule has an id and a reason so that a surprising merge (or non-merge) can be explained.
import type { EntityKind } from "../model/ontology.js";

export type MergeScope = "corpus" | "article";

export interface KindPolicy {
  id: string;
  kind: EntityKind;
  /** "corpus": may merge with entities of other articles; "article": never leaves its article. */
  scope: MergeScope;
  reason: string;
}

export const KIND_POLICIES: readonly KindPolicy[] = [
  {
    id: "xdoc.kind.person",
    kind: "Person",
    scope: "corpus",
    reason: "a named individual is the same person wherever the same full name appears",
  },
  {
    id: "xdoc.kind.state",
    kind: "State",
    scope: "corpus",
    reason: "a sovereign state is one actor across all coverage",
  },
  {
    id: "xdoc.kind.embassy",
    kind: "Embassy",
    scope: "corpus",
    reason: "a mission is identified by (sending state, host city); merged only through that key",
  },
  {
    id: "xdoc.kind.organization",
    kind: "Organization",
    scope: "corpus",
    reason: "a named organization is one actor; unnamed bodies ('the police') stay in their article",
  },
  {
    id: "xdoc.kind.group",
    kind: "Group",
    scope: "article",
    reason:
      "a Group is an unnamed collective; 'protesters' in two articles are as a rule two different crowds",
  },
  {
    id: "xdoc.kind.location",
    kind: "Location",
    scope: "corpus",
    reason: "a named place is the same place across articles; 'the square' stays in its article",
  },
];

export interface WordRule {
  id: string;
  words: readonly string[];
  reason: string;
}

/**
 * Words that, capitalized or not, do not name one particular entity. A name whose capitalized
 * words are all in this table is generic and is never used to merge across articles.
 */
export const GENERIC_WORDS: readonly WordRule[] = [
  {
    id: "xdoc.generic.determiner",
    words: ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"],
    reason: "determiners and possessives start descriptions, not names",
  },
  {
    id: "xdoc.generic.institution",
    words: [
      "government", "authorities", "authority", "administration", "regime", "police", "riot",
      "security", "forces", "force", "troops", "army", "military", "ministry", "parliament",
      "officials", "official", "agency", "office", "court", "party", "opposition",
    ],
    reason: "institutional bodies named by their function exist in every country",
  },
  {
    id: "xdoc.generic.state-body",
    words: [
      "foreign", "interior", "defence", "defense", "affairs", "justice", "finance", "national",
      "assembly", "supreme", "constitutional", "central", "bank", "council", "department",
      "committee", "cabinet", "senate", "congress", "presidential", "guard", "border", "service",
      "intelligence", "prosecutor", "general",
    ],
    reason:
      "'Ministry of Foreign Affairs', 'National Assembly', 'Supreme Court' exist in every country; without the country they name no one body",
  },
  {
    id: "xdoc.generic.mission",
    words: [
      "embassy", "consulate", "mission", "compound", "residence", "legation", "chancery",
      "diplomatic", "building", "premises", "high", "commission",
    ],
    reason: "'the embassy', 'the diplomatic mission' depend on the article for which mission is meant",
  },
  {
    id: "xdoc.generic.collective",
    words: [
      "protesters", "protestors", "demonstrators", "activists", "students", "crowd", "people",
      "participants", "organizers", "organisers", "residents", "supporters", "group", "groups",
      "hundreds", "thousands", "dozens", "several", "some", "many", "about", "around",
    ],
    reason: "descriptions of crowds apply to any gathering",
  },
  {
    id: "xdoc.generic.place",
    words: [
      "country", "state", "nation", "city", "capital", "town", "square", "street", "area",
      "region", "province", "site", "district", "north", "south", "east", "west", "central",
    ],
    reason: "common nouns for places refer to whatever place the article is about",
  },
];

export interface TitleRule {
  id: string;
  /** Lower-case token sequences, matched at the start of a person's name. */
  titles: readonly string[];
  reason: string;
}

/** Titles and honorifics that precede a person's name and are not part of it. */
export const PERSON_TITLES: readonly TitleRule[] = [
  {
    id: "xdoc.title.honorific",
    titles: ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sheikh"],
    reason: "honorifics are not part of the name: 'Mr Dalton' is Dalton",
  },
  {
    id: "xdoc.title.office",
    titles: [
      "president", "vice president", "prime minister", "foreign minister", "minister",
      "deputy minister", "chancellor", "king", "queen", "prince", "princess", "emir", "governor",
      "mayor", "senator", "sen", "rep", "representative", "mp", "secretary", "secretary of state",
      "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "leader", "premier",
    ],
    reason: "offices are held by a person, not part of the name: 'President Aliyev' is Aliyev",
  },
  {
    id: "xdoc.title.diplomat",
    titles: ["ambassador", "consul", "consul general", "charge d'affaires", "envoy"],
    reason: "diplomatic titles: 'Ambassador Richard Dalton' is Richard Dalton",
  },
  {
    id: "xdoc.title.military",
    titles: ["general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "commander", "admiral"],
    reason: "military ranks precede the name",
  },
  {
    id: "xdoc.title.religious",
    titles: ["ayatollah", "imam", "rabbi", "father", "pope", "bishop", "archbishop", "cardinal"],
    reason: "religious titles precede the name",
  },
];

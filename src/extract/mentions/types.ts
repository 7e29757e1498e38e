// Mention candidates: what the finder proposes before within-article resolution decides.
import type { EntityKind } from "../../model/ontology.js";

export type AnaphorKind =
  /** "the embassy", "the compound": the salient mission. */
  | "embassy"
  /** "the group", "the crowd": the acting collective. */
  | "group"
  /** "the agency": the salient outlet. */
  | "agency"
  /** "the federation", "a ministry spokesperson": the body named before with that head noun. */
  | "body"
  /** he, she, his, her. */
  | "person"
  /** they, them, their. */
  | "plural"
  /** its. */
  | "it"
  /** "officers": the police when the article has police. */
  | "officers"
  /** "the government", "the authorities": the host state when the article has one. */
  | "government";

export interface Candidate {
  /** Token range [first, last). */
  first: number;
  last: number;
  kind: EntityKind;
  /** Rule or lexicon entry id. */
  rule: string;
  /** Resolution key: mentions with the same cluster in one article are one entity. */
  cluster?: string;
  /** State code: of a State, the sender of an Embassy, the qualifier of a police force or title. */
  code?: string;
  /** Host city of an Embassy, as written, with its token range. */
  city?: { text: string; first: number; last: number };
  /** A weak mention (a demonym used as an adjective) does not create an entity alone. */
  weak?: boolean;
  /** Refers back to a salient entity instead of naming one. */
  anaphor?: AnaphorKind;
  /** A single capitalized word kept only when resolution finds support for it. */
  tentative?: boolean;
  /** A tentative name that is also a dictionary word or starts its sentence: the weakest evidence. */
  doubtful?: boolean;
  /** Preferred label (a canonical outlet name, a title-cased dateline). */
  label?: string;
  /** Group: the description without its quantity ("hardline Iranian protesters"), and how specific it is. */
  core?: string;
  specificity?: number;
  /** Person: the title before the name and the state it is qualified by ("Serbian Prime Minister"). */
  title?: { id: string; role: string; code?: string; text: string };
  /** A mission named through a possessive pronoun ("its embassy in Niamey"): the sender is the state before it. */
  possessive?: boolean;
  /** State named through a person ("Assad's government"): the person's surname. */
  viaPerson?: string;
}

// Diplomatic missions: head nouns, the descriptions that refer back to a mission, and modifiers.

export interface EmbassyHeadRule {
  id: string;
  /** Lower-case word sequences naming a mission. */
  phrases: string[];
  reason: string;
  /** The head names a mission only with its sending state or host city ("Taiwan's trade office"), never bare. */
  needsSender?: boolean;
}

export const EMBASSY_HEADS: readonly EmbassyHeadRule[] = [
  { id: "embassy.head.embassy", phrases: ["embassy", "embassy building", "embassy compound", "embassy office", "embassy buildings"], reason: "an embassy, named by its sending state or referred back to" },
  { id: "embassy.head.consulate", phrases: ["consulate", "consulate general", "consulate-general", "consular office", "consular section"], reason: "consulates are missions of the sending state" },
  { id: "embassy.head.high-commission", phrases: ["high commission"], reason: "Commonwealth states exchange high commissions instead of embassies" },
  { id: "embassy.head.sub-commission", phrases: ["assistant high commission", "deputy high commission"], reason: "a Commonwealth state's mission in a city other than the capital, its consulate" },
  { id: "embassy.head.consulate-rank", phrases: ["vice consulate", "vice-consulate", "honorary consulate", "consulate office", "consular agency"], reason: "lower-ranked consular posts are missions of the sending state" },
  { id: "embassy.head.interests-section", phrases: ["interests section"], reason: "states without relations keep an interests section in place of an embassy" },
  { id: "embassy.head.legation", phrases: ["legation", "nunciature", "apostolic nunciature"], reason: "a legation and the Holy See's nunciature are diplomatic missions" },
  { id: "embassy.head.representation", phrases: ["trade mission", "trade office", "representative office", "liaison office", "permanent mission", "economic and cultural office"], reason: "offices that act as a state's embassy where it has none, and missions to international bodies", needsSender: true },
  { id: "embassy.head.mission", phrases: ["diplomatic mission", "mission"], reason: "a diplomatic mission; bare 'mission' only with a sending state or in an article about an embassy" },
  { id: "embassy.head.residence", phrases: ["ambassador's residence", "ambassador’s residence", "ambassadorial residence"], reason: "the ambassador's residence belongs to the same mission unless the article separates it" },
];

/** Descriptions that refer back to the salient mission when the article has one. */
export const EMBASSY_ANAPHORS: readonly EmbassyHeadRule[] = [
  { id: "embassy.anaphor", phrases: ["embassy", "embassy building", "embassy compound", "embassy buildings", "compound", "main compound", "diplomatic mission", "mission", "building", "high-rise", "premises", "chancery", "embassy gates", "embassy gate", "diplomatic compound", "whole mission", "same building"], reason: "a definite description of a building or mission in a story about an embassy refers to that embassy" },
];

/** Adjectives allowed between "the" and an anaphoric description ("the heavily fortified embassy"). */
export const EMBASSY_ANAPHOR_MODIFIERS: ReadonlySet<string> = new Set([
  "heavily", "fortified", "main", "whole", "same", "tall", "high-rise", "besieged", "guarded", "closed", "diplomatic",
  "embassy's", "nearby", "entire",
]);

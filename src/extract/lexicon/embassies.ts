// Diplomatic missions: head nouns, the descriptions that refer back to a mission, and modifiers.

export interface EmbassyHeadRule {
  id: string;
  /** Lower-case word sequences naming a mission. */
  phrases: string[];
  reason: string;
}

export const EMBASSY_HEADS: readonly EmbassyHeadRule[] = [
  { id: "embassy.head.embassy", phrases: ["embassy", "embassy building", "embassy compound", "embassy office", "embassy buildings"], reason: "an embassy, named by its sending state or referred back to" },
  { id: "embassy.head.consulate", phrases: ["consulate", "consulate general", "consulate-general", "consular office", "consular section"], reason: "consulates are missions of the sending state" },
  { id: "embassy.head.high-commission", phrases: ["high commission"], reason: "Commonwealth states exchange high commissions instead of embassies" },
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

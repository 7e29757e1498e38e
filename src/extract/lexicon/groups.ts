// Groups: unnamed collectives of people. Nouns of the acting (protesting) collective merge into one
// node per article; other collectives keep one node per head noun.

export interface GroupNounRule {
  id: string;
  /** Lower-case plural (or collective) head nouns. */
  nouns: string[];
  /** "protest": the collective acting in the story; "other": a separate collective per noun. */
  cluster: "protest" | "other";
  reason: string;
}

export const GROUP_NOUNS: readonly GroupNounRule[] = [
  {
    id: "group.protest",
    nouns: [
      "protesters", "protestors", "demonstrators", "activists", "participants", "organizers", "organisers", "rioters",
      "marchers", "intruders", "militants", "picketers", "crowd", "crowds", "mob", "youths", "nationalists",
      "exiles", "students", "monks", "hardliners", "campaigners", "supporters", "opponents", "dissidents",
      "agitators", "attackers", "assailants", "strikers", "vigilantes", "hooligans", "workers", "farmers", "miners",
      "teachers", "nurses", "pensioners", "truckers", "unionists", "feminists", "environmentalists", "islamists",
      "royalists", "loyalists", "monarchists", "anarchists", "leftists", "ultranationalists", "extremists",
      // trades and walks of life that strike, picket and march as one body
      "dockworkers", "dockers", "longshoremen", "labourers", "laborers", "doctors", "lawyers", "drivers", "traders",
      "vendors", "shopkeepers", "merchants", "retirees", "veterans", "growers", "peasants", "herders", "pickets",
      "counter-protesters", "counterprotesters", "sympathisers", "sympathizers", "followers", "backers", "squatters",
      "pupils", "schoolchildren", "lecturers", "academics",
    ],
    cluster: "protest",
    reason: "different descriptions of the people acting together in a protest story are one collective",
  },
  {
    id: "group.other",
    nouns: [
      "separatists", "rebels", "insurgents", "fighters", "jihadists", "witnesses", "refugees", "migrants", "employees", "staff",
      "settlers", "civilians", "volunteers", "prisoners", "detainees", "hostages", "residents",
      "villagers", "fans", "pilgrims", "mourners",
      // people a story's events happen to
      "fishermen", "sailors", "seafarers", "passengers", "tourists", "worshippers", "victims", "survivors", "inmates",
      "captives", "abductees", "gunmen", "citizens", "nationals", "expatriates", "immigrants",
    ],
    cluster: "other",
    reason: "a collective with a different role than the protesters is its own node",
  },
  {
    id: "group.org-collective",
    nouns: ["groups", "organisations", "organizations", "associations"],
    cluster: "other",
    reason: "'opposition groups', 'rights groups': several organizations acting as one unnamed collective",
  },
];

/**
 * Protest nouns that, described by a capitalized creed or movement ("Islamist militants", "PKK militants"),
 * name an armed collective apart from the protesters; bare ("100 militants") they may be the protesters.
 */
export const ARMED_WHEN_NAMED: ReadonlySet<string> = new Set(["militants", "extremists"]);

/** Plain nouns for people: a collective only with a quantity or a description ("About 200 people", "young men"). */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(["people", "men", "women", "youngsters", "persons", "individuals"]);

/** Quantity words that can open a group description ("dozens of", "a group of"). */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  "dozens", "hundreds", "thousands", "tens", "scores", "millions", "several", "many", "some", "about", "around",
  "roughly", "nearly", "almost", "over", "more", "than", "at", "least", "up", "to", "a", "group", "crowd", "handful",
  "number", "of", "few", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty",
  "hundred", "thousand", "all", "most", "other", "another", "fewer", "estimated", "an", "approximately", "some",
]);

/** Singular nouns that refer back to the protest collective ("the group tried to force its way"). */
export const GROUP_ANAPHORS: ReadonlySet<string> = new Set(["group", "crowd", "mob", "rally-goers"]);

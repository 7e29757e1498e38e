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

/**
 * Peoples and communities without a state of their own, named by their plural ("Kurds rallied
 * outside the embassy"): collectives like the plural of a state's demonym ("Armenians").
 */
export const ETHNIC_PLURALS: ReadonlySet<string> = new Set([
  "kurds", "tamils", "uyghurs", "uighurs", "rohingya", "sikhs", "hindus", "muslims", "christians", "jews", "yazidis",
  "baloch", "baluch", "pashtuns", "berbers", "amazigh", "roma", "druze", "copts", "shiites", "shias", "sunnis",
  "alawites", "oromos", "tigrayans", "amharas", "hazaras", "kashmiris", "chechens", "tatars", "basques", "catalans",
  "maori", "tibetans", "assyrians", "circassians", "crimeans", "papuans", "sahrawis", "karen", "kachin", "hmong",
]);

/**
 * Frames that name people as a category, not as a collective acting in the story ("attacks on foreign
 * nationals", "the safety of Nigerian citizens", "a coalition of community groups", "act against terrorist
 * organisations"): the two words before the mention. A collective named only this way is no node.
 */
export const CATEGORY_FRAMES: readonly { id: string; before: readonly string[]; reason: string; protestNouns?: boolean }[] = [
  {
    id: "category.harm-to",
    before: [
      "attacks on", "attack on", "attacks against", "violence against", "violence towards", "violence toward",
      "discrimination against", "hostility towards", "hostility toward", "hatred of", "hatred against",
      "threats to", "threats against", "xenophobia against", "killing of", "killings of", "deaths of",
    ],
    reason: "people named as the target of harm in general are a category, not a collective at the scene",
  },
  {
    id: "category.concern-for",
    before: [
      "safety of", "security of", "protection of", "welfare of", "wellbeing of", "well-being of", "rights of",
      "treatment of", "fate of", "plight of", "concern for", "concerns for", "evacuation of", "interests of",
    ],
    reason: "people whose safety or rights a government speaks about are a category, not an acting collective",
  },
  {
    id: "category.composition",
    before: ["coalition of", "alliance of", "umbrella of", "network of", "federation of", "association of", "union of"],
    reason: "'a coalition of community groups' describes what an organization is made of, not a second collective",
  },
  {
    id: "category.action-against",
    before: ["act against", "action against", "measures against", "crackdown on", "war on", "fight against"],
    reason: "'act against terrorist organisations': a policy target named as a category",
  },
  {
    id: "category.place-for",
    before: [
      "point for", "points for", "haven for", "havens for", "refuge for", "hub for", "destination for", "magnet for",
      "home to", "shelter for", "base for",
    ],
    reason: "'a gathering point for Russian exiles', 'home to thousands of students': a place described by who it draws, even with the crowd's own nouns",
    protestNouns: true,
  },
];

/**
 * Words that say the collective after them is the one just named ("The demonstrators, many of them
 * Ukrainian refugees"; "Members of the counter-rally, who described themselves as patriotic students").
 */
export const IDENTITY_LINKS: readonly { id: string; before: readonly string[]; reason: string }[] = [
  {
    id: "identity.partitive",
    before: ["many of them", "most of them", "some of them", "all of them", "mostly", "mainly", "largely", "predominantly", "many of whom", "most of whom"],
    reason: "a partitive apposition describes the people of the collective just named, not another collective",
  },
  {
    id: "identity.self-described",
    before: [
      "described themselves as", "describing themselves as", "called themselves", "calling themselves",
      "identified themselves as", "identifying themselves as", "identified as", "presented themselves as",
    ],
    reason: "what a collective calls itself is that collective",
  },
];

/** Words after a collective that make it casualties of a past war or disaster ("civilians were killed"). */
export const CASUALTY_PASSIVES: ReadonlySet<string> = new Set(["killed", "died", "perished", "massacred", "slaughtered"]);

/** Quantities that count a population, not a crowd ("100 million Egyptians", "millions of Kurds"). */
export const POPULATION_COUNTS: ReadonlySet<string> = new Set(["million", "millions", "billion", "billions"]);

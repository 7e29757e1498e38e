// located-in cues: words between "X in" and the place, and the "capital" appositions.

/** Words allowed between "in" and the place: "St. Sava Cathedral in central Belgrade". */
export const PLACE_MODIFIERS = new Set([
  "the", "central", "downtown", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
  "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
  "south-western", "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater", "suburban",
  "neighbouring", "neighboring", "occupied", "rural", "coastal", "capital", "city", "of",
  // "the embassy in the capital's Karrada district"
  "'s", "country's", "city's",
]);

/** Verbs of a building standing somewhere: "Kensington Palace Gardens, where the embassy stands". */
export const SITED_VERBS = new Set(["stands", "stood", "sits", "sat", "is", "was", "lies", "lay", "located", "based", "housed"]);

/** Head nouns of "X, the Nepalese capital" / "the capital of Y" appositions. */
export const CAPITAL_WORDS = new Set(["capital", "city", "town", "province", "region", "port", "village", "district", "state", "county"]);

/** Labels of institutional actors that are not placed by "X in Y" (the police in Kathmandu act there, they are not sited there). */
export const GENERIC_ACTORS = new Set([
  "police", "riot police", "the police", "security forces", "government", "the government", "authorities", "the authorities",
  "army", "the army", "military", "the military", "troops", "soldiers", "officials", "officers", "police officers",
]);

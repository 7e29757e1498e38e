// located-in cues: words between "X in" and the place, and the "capital" appositions.

/** Words allowed between "in" and the place: "St. Sava Cathedral in central Belgrade". */
export const PLACE_MODIFIERS = new Set([
  "the", "central", "downtown", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
  "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
  "south-western", "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater", "suburban",
  "neighbouring", "neighboring", "occupied", "rural", "coastal", "capital", "city", "of",
  // "in the northeastern city of Kharkiv", "in the border town of X", "in the Sariyer district"
  "town", "village", "district", "province", "region", "port", "border", "frontier", "industrial", "historic",
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

/**
 * Nouns of a part of a city or country named before "of": "the Guet Ndar quarter of Saint-Louis",
 * "the Sariyer district of Istanbul".
 */
export const SUBAREA_WORDS = new Set([
  "quarter", "district", "neighbourhood", "neighborhood", "suburb", "area", "section", "township", "borough",
  "enclave", "region", "province", "state", "county", "municipality", "village", "town", "city", "port",
]);

/** Participles that site a body: "X, based in Y", "X, headquartered in Geneva", "X located in Y". */
export const BASED_WORDS = new Set(["based", "headquartered", "located", "situated", "housed", "registered"]);

/**
 * Head words of bodies that are also buildings or seats, so "the X in Y" sites them even inside a
 * prepositional phrase ("a petition to the Human Rights Council in Geneva"; "outside the National
 * Council in Bratislava") and even in a country ("the Kurdish Centre in Sweden"). Armed groups and
 * movements ("alongside the M23 in North Kivu") are acting there, not sited.
 */
export const SEATED_BODY_HEADS = new Set([
  "university", "college", "school", "academy", "institute", "council", "centre", "center", "hospital",
  "museum", "parliament", "assembly", "court", "tribunal", "ministry", "office", "headquarters", "library",
  "church", "mosque", "cathedral", "temple", "synagogue", "stadium", "airport", "station", "prison", "hotel",
  "bank", "exchange", "factory", "plant", "mill", "mine", "refinery", "port", "base", "campus", "clinic",
]);

/**
 * Nouns after a body that name its seat: "the EFSA headquarters in Parma". A branch, office or base
 * ("the UN office in Colombo", "the Wagner base in X") is only a part of the body, so it does not
 * site the whole.
 */
export const SEAT_NOUNS = new Set(["headquarters", "hq"]);

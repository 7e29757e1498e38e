// Capitalized names: runs of capitalized words split and typed by lexicons, head words and context.
import type { Lexicon } from "../lexicon/index.js";
import { AREA_HEADS, FACILITY_HEADS, FINAL_LOCATION_HEADS, LOCATION_HEADS, LOCATION_PREFIXES, MISC_HEADS, NOT_SITE_STATIONS, STATE_NAMED_PLACE_HEADS } from "../lexicon/locations.js";
import { BODY_ANAPHOR_HEADS, MILITARY_UNIT_HEADS, ORG_APPOSITIVES, ORG_DESCRIPTORS, ORG_HEADS, ORG_PREFIXES, SINGLE_WORD_BODIES } from "../lexicon/organizations.js";
import { ROLE_NOUNS, SPEECH_VERBS } from "../lexicon/persons.js";
import { CALENDAR_WORDS, FUNCTION_WORDS, NEVER_NAMES } from "../lexicon/words.js";
import type { TokenContext } from "./context.js";
import { contextEvidence, nameShapeEvidence } from "./evidence.js";
import { LEGISLATURE_NAMES } from "../lexicon/nameEvidence.js";
import type { Candidate } from "./types.js";

/** Lower-case particles inside personal and place names ("Bashar al-Assad", "Forum of People Against War"). */
const CONNECTORS: ReadonlySet<string> = new Set(["of", "and", "for", "the", "de", "la", "du", "del", "der", "den", "van", "von", "da", "di", "bin", "ibn", "y", "&", "al", "el"]);
/** Connectors that only ever join personal names. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "la", "du", "del", "der", "den", "van", "von", "da", "di", "bin", "ibn", "al", "el"]);
/** Adjective suffixes after a hyphen that make a capitalized word an adjective ("Delhi-based"). */
const ADJECTIVE_SUFFIXES = /-(based|backed|owned|led|run|born|style|linked|funded|speaking|made|held|controlled|allied|leaning|friendly|affiliated|aligned|registered)$/i;
/** Title words that a portfolio may precede ("Interior Minister", "Defence Secretary"). */
const TITLE_HEADS: ReadonlySet<string> = new Set(["Minister", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "Commissioner", "Director", "Chief", "Commander", "Governor", "Ambassador", "Adviser", "Advisor", "Envoy", "Leader", "Speaker", "Prosecutor"]);
/** Capitalized abbreviations of common nouns, not organizations. */
const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  "TV", "DNA", "GDP", "CEO", "CFO", "PM", "MP", "MPs", "ID", "IT", "PC", "HIV", "AIDS", "GPS", "SMS", "USB", "AI", "VIP",
  "OK", "FAQ", "PhD", "BA", "MA", "LGBT", "LGBTQ", "COVID", "SUV", "ATM", "PR", "IQ", "UFO", "DIY", "RPG", "IED", "CCTV",
]);
/** Verbs and auxiliaries after a capital that make it the subject acting for its state. */
/** Verbs of demanding before "that": the capital after "that" is the state asked to act. */
const DEMAND_VERBS: ReadonlySet<string> = new Set(["demanded", "demand", "demands", "demanding", "insisted", "insist", "urged", "urge", "asked", "ask", "requested", "called", "proposed", "recommended"]);

const CAPITAL_VERBS: ReadonlySet<string> = new Set([
  "is", "was", "has", "had", "have", "would", "will", "could", "should", "must", "may", "might", "can", "did", "does",
  "says", "wants", "insists", "denies", "accuses", "warns", "hopes", "plans", "rejects", "demands", "claims", "sees",
  "needs", "believes", "considers", "refuses", "seeks", "responded", "retaliated",
  // present-tense verbs of diplomacy, as headlines write them ("Ankara summons Swedish envoy", "as Beijing defends ...")
  "summons", "defends", "recalls", "expels", "protests", "vows", "slams", "backs", "halts", "suspends", "bans",
  "welcomes", "condemns", "accuses", "blames", "urges", "threatens", "rebuffs", "dismisses", "denounces", "retaliates",
  "responds", "calls", "insisted", "agrees", "signals", "downgrades", "severs", "cuts", "lodges",
]);
/** Present-tense verbs of political dealings whose object is a government ("accuse Moscow", "urges Beijing"), as headlines write them. */
const POLITICAL_VERBS: ReadonlySet<string> = new Set([
  "accuse", "accuses", "urge", "urges", "warn", "warns", "blame", "blames", "condemn", "condemns", "slam", "slams",
  "criticise", "criticises", "criticize", "criticizes", "tell", "tells", "ask", "asks", "press", "presses", "sanction",
  "sanctions", "threaten", "threatens", "defy", "defies", "snub", "snubs", "rebuke", "rebukes", "lobby", "lobbies",
]);
/** Prepositions after which a capital stands for its state ("by Beijing", "with Tokyo", "on to Moscow"). */
const METONYMY_PREPS: ReadonlySet<string> = new Set(["by", "with", "against", "to", "toward", "towards", "between", "alongside", "behind", "than", "on"]);
/** Nouns of political relations before "of" ("an ally of Caracas"). */
const ALLY_NOUNS: ReadonlySet<string> = new Set(["ally", "allies", "partner", "partners", "enemy", "enemies", "rival", "rivals", "backer", "backers", "critic", "critics", "neighbour", "neighbor", "adversary", "foe"]);
/** Irregular past forms after a capital acting as its state ("Washington stood with ..."). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  "stood", "said", "told", "made", "took", "gave", "sent", "saw", "knew", "thought", "began", "won", "lost", "led", "held",
  "kept", "left", "met", "paid", "sought", "brought", "fought", "struck", "withdrew", "broke", "chose", "spoke", "wrote",
  "rose", "fell", "drew", "threw", "became", "came", "cut", "hit", "let", "put", "set", "shut", "quit", "spent", "felt",
  "regards", "views", "sees", "backs", "supports", "opposes", "condemns", "blames", "accuses", "insists", "maintains",
]);
/** Verbs of travel: "flew to Paris" is a place. */
const TRAVEL_VERBS: ReadonlySet<string> = new Set(["flew", "travelled", "traveled", "went", "came", "returned", "moved", "fled", "drove", "sailed", "headed", "way", "trip", "visit", "back"]);
/** Verbs whose object is a place ("visited Moscow", "shelled Kharkiv"). */
const PLACE_VERBS: ReadonlySet<string> = new Set([
  "visited", "reached", "entered", "left", "toured", "arrived", "flew", "travelled", "traveled", "returned", "bombed",
  "shelled", "struck", "hit", "captured", "seized", "occupied", "besieged", "surrounded", "liberated", "evacuated",
  "flooded", "rocked", "paralysed", "paralyzed", "based", "located", "born", "held", "stationed", "deployed", "founded",
  "headquartered", "raised", "named", "renamed", "built", "moved", "relocated", "landed", "attacked", "raided", "stormed",
]);
/** Compass words that make a place name ("North Korea", "Western Australia"), not a body. */
const DIRECTION = /^(north|south|east|west|central|new|old|upper|lower|greater)(ern|-eastern|-western|east|west)?$/u;
/** Below this population (thousands) a gazetteer town needs a place context to count as a place. */
const SMALL_TOWN = 100;
/** Prepositions after which a place is named. */
export const LOCATIVE_PREPS: ReadonlySet<string> = new Set(["in", "at", "near", "outside", "inside", "from", "into", "across", "around", "throughout", "within", "toward", "towards", "through", "via", "of", "to", "between", "and"]);
/** Prepositions before a word that make it a place even when a lexicon knows it as something else. */
const PLACE_PREPS: ReadonlySet<string> = new Set(["in", "near", "outside", "inside", "across", "around", "throughout", "within"]);
const STRONG_LOCATIVE: ReadonlySet<string> = new Set(["in", "at", "near", "outside", "inside", "from", "into", "across", "around", "throughout", "within"]);
/** Nouns after a name that make it a place ("the Damascus area", "the Chanakyapuri diplomatic enclave"). */
const LOCATION_DESCRIPTORS: ReadonlySet<string> = new Set([
  "area", "areas", "enclave", "district", "neighbourhood", "neighborhood", "suburb", "region", "province", "village", "town", "city", "valley", "county", "quarter", "municipality",
  // markets and zones named after their place ("the Kawran market", "the Gulshan diplomatic zone")
  "market", "bazaar", "marketplace", "zone", "compound",
]);
/** Apposition nouns that make a name a place ("Lhasa, the Tibetan capital"). */
const PLACE_APPOSITIONS: ReadonlySet<string> = new Set(["capital", "city", "town", "village", "region", "province", "district", "port", "state"]);
const PRONOUNS: ReadonlyMap<string, "person" | "plural" | "it"> = new Map([
  ["he", "person"], ["him", "person"], ["his", "person"], ["she", "person"], ["her", "person"],
  ["they", "plural"], ["them", "plural"], ["their", "plural"],
  ["its", "it"],
]);
/** Organization descriptors as word arrays, longest first. */
const DESCRIPTOR_WORDS: readonly { words: string[]; rule: string }[] = ORG_DESCRIPTORS.flatMap((g) =>
  g.words.map((d) => ({ words: d.toLowerCase().split(" "), rule: g.id })),
).sort((a, b) => b.words.length - a.words.length);

export interface NameHints {
  /** Article-level acronyms defined in text, to the cluster of what they abbreviate ("KMU" -> "org:kilusang mayo uno"). */
  acronyms: Map<string, string>;
  englishWords: Set<string>;
  firstNames: Set<string>;
  /** Dateline place as written, lower-cased. */
  datelinePlace?: string;
  /** Organization names read so far in the article (lower-cased, without outlet nouns) -> cluster. */
  orgNames: Map<string, string>;
  /** Names of sites read so far with their head noun ("Las Bambas" of "the Las Bambas copper mine") -> cluster. */
  placeNames: Map<string, string>;
}

function isCalendar(w: string): boolean {
  return CALENDAR_WORDS.has(w);
}

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** "KMU" abbreviates "Kilusang ...": all capitals, same first letter, not a dictionary word ("VIDEO"). */
function isAcronymOf(acronym: string, firstWord: string, hints: NameHints): boolean {
  return isAllCaps(acronym) && acronym.length <= 8 && acronym[0] === firstWord[0] && !hints.englishWords.has(acronym.toLowerCase());
}

/** First letters of the capitalized words of [s, e) ("Coordinamento Agricoltori Padani" -> "CAP"). */
export function initialsOf(ctx: TokenContext, s: number, e: number): string {
  let out = "";
  for (let k = s; k < e; k++) if (ctx.cap[k] && ctx.word[k]) out += ctx.words[k]![0]!.toUpperCase();
  return out;
}

/**
 * The acronym that "(XYZ)" right after [s, e) defines for it: one with the same first letter that is
 * not a dictionary word, or one spelled by the name's initials even if it is a word ("(CAP)").
 */
function definedAcronym(ctx: TokenContext, s: number, e: number, hints: NameHints): string | undefined {
  if (ctx.words[e] !== "(" || ctx.words[e + 2] !== ")") return undefined;
  const a = ctx.words[e + 1] ?? "";
  if (!isAllCaps(a) || a.length > 8) return undefined;
  if (isAcronymOf(a, ctx.words[s]!, hints) || (a.length >= 2 && initialsOf(ctx, s, e) === a)) return a;
  return undefined;
}

function isAllCaps(w: string): boolean {
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** Determiners before a body's head noun that make it refer back ("the union", "its council"). */
const DEFINITE_OWNERS: ReadonlySet<string> = new Set(["the", "this", "its", "their"]);

/** Pronouns and "the agency" refer back; the resolver decides to what. */
export function findAnaphors(ctx: TokenContext, first: number, last: number, out: Candidate[]): void {
  for (let i = first; i < last; i++) {
    if (ctx.claimed[i]) continue;
    const w = ctx.lower[i]!;
    const p = PRONOUNS.get(w);
    if (p) {
      // "her" before a noun is possessive, as is "his": both still refer to the person
      out.push({ first: i, last: i + 1, kind: p === "person" ? "Person" : p === "plural" ? "Group" : "Organization", rule: `coref.pronoun.${p}`, anaphor: p });
      ctx.claimed[i] = 1;
      continue;
    }
    // "the federation's general secretary", "a ministry spokesperson": a body named before
    const bodyDeterminer = i - 1 >= first ? ctx.lower[i - 1]! : "";
    const nextWord = ctx.lower[i + 1] ?? "";
    if (
      BODY_ANAPHOR_HEADS.has(w) &&
      !(ctx.cap[i] && (nextWord === "of" || ctx.cap[i + 1])) &&
      (DEFINITE_OWNERS.has(bodyDeterminer) || ((bodyDeterminer === "a" || bodyDeterminer === "an") && ROLE_NOUNS.has(nextWord)))
    ) {
      out.push({ first: i, last: i + 1, kind: "Organization", rule: "org.anaphor.body", anaphor: "body" });
      ctx.claimed[i] = 1;
      continue;
    }
    if ((w === "agency" || w === "broadcaster" || w === "newspaper") && i - 1 >= first) {
      let k = i - 1;
      if (ctx.lower[k] === "news") k--;
      // "the broadcaster eNCA", "the newspaper Pagina/12": a description before a name, not an anaphor
      const nameAfter = /\p{Lu}/u.test(ctx.words[i + 1] ?? "");
      if (k >= first && ctx.lower[k] === "the" && !ctx.cap[i] && !nameAfter) {
        out.push({ first: k + 1, last: i + 1, kind: "Organization", rule: "org.anaphor.agency", anaphor: "agency" });
        for (let j = k + 1; j <= i; j++) ctx.claimed[j] = 1;
      }
    }
  }
}

/** Bodies whose own name is written in lower case ("dpa"): matched only in exactly the lexicon's spelling. */
export function findLowerCaseBodies(ctx: TokenContext, lex: Lexicon, first: number, last: number, out: Candidate[]): void {
  for (let i = first; i < last; i++) {
    if (ctx.claimed[i] || ctx.cap[i] || !ctx.word[i]) continue;
    const m = lex.bodies.match(ctx.words, ctx.lower, i, last, false);
    if (!m || m.entry.words[0] !== ctx.words[i] || m.entry.words[0] !== m.entry.lower[0]) continue;
    let same = true;
    for (let k = 0; k < m.entry.words.length; k++) if (ctx.words[i + k] !== m.entry.words[k]) same = false;
    if (!same) continue;
    const entry = m.entry.value;
    const cand: Candidate = { first: i, last: m.end, kind: "Organization", rule: entry.id, cluster: `body:${entry.id}`, label: entry.label };
    extendDescriptor(ctx, cand, last);
    out.push(cand);
    for (let k = cand.first; k < cand.last; k++) ctx.claimed[k] = 1;
    i = cand.last - 1;
  }
}

/** Names that start with a figure ("2STV", "5TV"): read only after an outlet or body noun ("the channel 2STV"). */
const CODE_NAME = /^\d+\p{Lu}{2,}[\p{Lu}\d]*$/u;
/** A brand written with a lower-case first letter and capitals after it ("eNCA", "iTV"): a name only after an organization noun. */
const LOWER_BRAND = /^\p{Ll}{1,2}\p{Lu}{2,}[\p{L}\d]*$/u;

/** Runs of capitalized words, classified. */
export function findNames(ctx: TokenContext, lex: Lexicon, first: number, last: number, hints: NameHints, out: Candidate[]): void {
  const titleCase = ctx.titleCase[ctx.sent[first] ?? 0] === 1;
  for (let i = first; i < last; i++) {
    if (!ctx.claimed[i] && !ctx.cap[i] && i > first && (CODE_NAME.test(ctx.words[i]!) || LOWER_BRAND.test(ctx.words[i]!)) && ORG_APPOSITIVES.has(ctx.lower[i - 1]!)) {
      push(ctx, out, { first: i, last: i + 1, kind: "Organization", rule: "org.appositive", cluster: `org:${ctx.lower[i]}` }, hints);
      continue;
    }
    if (ctx.claimed[i] || !ctx.cap[i] || !ctx.word[i]) continue;
    const w = ctx.lower[i]!;
    if (isCalendar(w) || ADJECTIVE_SUFFIXES.test(w) || ctx.words[i]!.length === 1) continue;
    if (ctx.start[i]) {
      const common = FUNCTION_WORDS.has(w) || NEVER_NAMES.has(w);
      const verbish = w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly");
      const next = i + 1 < last && ctx.cap[i + 1] && !ctx.claimed[i + 1];
      const known = lex.stateNames.match(ctx.words, ctx.lower, i, last, true) || lex.demonyms.match(ctx.words, ctx.lower, i, last, true) || lex.bodies.match(ctx.words, ctx.lower, i, last, true) || lex.cities.match(ctx.words, ctx.lower, i, last, true) || lex.regions.match(ctx.words, ctx.lower, i, last, true) || lex.titles.match(ctx.words, ctx.lower, i, last, true);
      if (!known && (common || ((verbish || !next) && hints.englishWords.has(w) && !hints.firstNames.has(w)) || (verbish && hints.englishWords.has(w)))) {
        // "Trump wrote on Twitter": kept aside in case the article names a person with this surname
        if (!common && !next && !verbish) push(ctx, out, { first: i, last: i + 1, kind: "Person", rule: "person.single", tentative: true, doubtful: true }, hints);
        continue;
      }
      // "Boycott Australian products", "Free Syria": a dictionary word before a state or demonym is not part of a name
      if (!known && next && hints.englishWords.has(w) && !hints.firstNames.has(w) && (lex.demonyms.match(ctx.words, ctx.lower, i + 1, last, true) || lex.stateNames.match(ctx.words, ctx.lower, i + 1, last, true))) continue;
    }
    // extend the run
    let e = i + 1;
    while (e < last && !ctx.claimed[e]) {
      const x = ctx.words[e]!;
      if (ctx.cap[e] && ctx.word[e]) {
        if (isCalendar(ctx.lower[e]!) || ADJECTIVE_SUFFIXES.test(x)) break;
        e++;
        continue;
      }
      const lx = ctx.lower[e]!;
      // "Radio Free Europe/Radio Liberty", "Pagina/12": a slash without spaces joins one name, unless
      // it pairs two places ("Israel/Palestine")
      if (x === "/" && slashJoins(ctx, lex, i, e, last)) {
        e += 2;
        while (e < last && !ctx.claimed[e] && ctx.cap[e] && ctx.word[e] && !isCalendar(ctx.lower[e]!)) e++;
        continue;
      }
      // "Students' Federation of India": a plural possessive inside a name
      if ((x === "'" || x === "’") && ctx.tokens[e]!.start === ctx.tokens[e - 1]!.end && ctx.lower[e - 1]!.endsWith("s") && e + 1 < last && ctx.cap[e + 1] && !ctx.claimed[e + 1]) {
        e += 1;
        continue;
      }
      const particle = lx.startsWith("al-") || lx.startsWith("el-") || lx.startsWith("bin-") || lx.startsWith("abu-");
      const joinsName = CONNECTORS.has(lx) && e + 1 < last && ctx.cap[e + 1] && ctx.word[e + 1] && !ctx.claimed[e + 1] && !isCalendar(ctx.lower[e + 1]!);
      // "the Democratic Party of President Yudhoyono": a title after "of" starts another name
      const titleAfterOf = joinsName && lx === "of" ? lex.titles.match(ctx.words, ctx.lower, e + 1, last, true) : undefined;
      if (titleAfterOf && titleAfterOf.end < last && ctx.cap[titleAfterOf.end]) break;
      if ((particle && x.length > 3) || joinsName) {
        e += particle ? 1 : 2;
        continue;
      }
      break;
    }
    classifyRun(ctx, lex, i, e, last, first, hints, titleCase, out);
    i = e - 1;
  }
}

/** Whether the slash at `k` joins the run from `s` with the word after it into one name. */
function slashJoins(ctx: TokenContext, lex: Lexicon, s: number, k: number, limit: number): boolean {
  const next = k + 1;
  if (next >= limit || ctx.claimed[next] || !ctx.word[next]) return false;
  const t = ctx.tokens;
  if (t[k]!.start !== t[k - 1]!.end || t[next]!.start !== t[k]!.end) return false;
  if (!ctx.cap[next] && !/^\d+$/u.test(ctx.words[next]!)) return false;
  const place = (a: number, b: number) =>
    [lex.stateNames, lex.cities, lex.regions, lex.demonyms].some((tab) => tab.match(ctx.words, ctx.lower, a, b, true)?.end === b);
  let e = next;
  while (e < limit && ctx.cap[e] && ctx.word[e] && !ctx.claimed[e]) e++;
  return !place(s, k) && !(e > next && place(next, e));
}

function lastIndexOfHead(ctx: TokenContext, s: number, e: number, heads: ReadonlySet<string>, prefixes: ReadonlySet<string>): boolean {
  if (e - s < 2) return false;
  if (heads.has(ctx.words[e - 1]!)) return true;
  if (prefixes.has(ctx.words[s]!) && e - s >= 2) return true;
  for (let k = s; k < e - 1; k++) {
    const next = ctx.lower[k + 1];
    if ((next === "of" || next === "for" || next === "on") && heads.has(ctx.words[k]!)) return true;
  }
  return false;
}

/** First token of a state name that ends the run exactly ("Training Unit Kenya", "Global Affairs Canada"), else -1. */
function stateSuffixStart(ctx: TokenContext, lex: Lexicon, s: number, e: number): number {
  for (let k = Math.max(s + 1, e - 4); k < e; k++) {
    if (!ctx.cap[k]) continue;
    if (lex.stateNames.match(ctx.words, ctx.lower, k, e, true)?.end === e) return k;
  }
  return -1;
}

/** An organization head word ends the run, or ends it before a state name ("Army Training Unit Kenya"). */
function orgHeaded(ctx: TokenContext, lex: Lexicon, s: number, e: number): boolean {
  if (lastIndexOfHead(ctx, s, e, ORG_HEADS, ORG_PREFIXES)) return true;
  const k = stateSuffixStart(ctx, lex, s, e);
  return k > s && ORG_HEADS.has(ctx.words[k - 1]!);
}

const LEGISLATURES: ReadonlySet<string> = new Set(LEGISLATURE_NAMES.words.map((w) => w.toLowerCase()));

/** Words after "Police" that name a local police post ("Seongbuk Police Station"). */
const POLICE_SITE_HEADS: ReadonlySet<string> = new Set(["Station", "Post"]);
/** Prepositions that make a police station the place where something happens or someone is taken. */
const SITE_PREPS: ReadonlySet<string> = new Set(["at", "to", "into", "in", "outside", "inside", "near", "towards", "toward", "around", "behind", "opposite", "from"]);
/** Nouns for a force's members: "officers from the X Police Station" are the force, not people leaving a building. */
const MEMBERS_FROM: ReadonlySet<string> = new Set(["officers", "officer", "police", "policemen", "agents", "personnel", "team", "teams", "men", "detectives", "investigators"]);
/** Ordinals written in figures ("1st", "82nd"). */
const ORDINAL = /^\d+(st|nd|rd|th)$/u;

/** A preposition of place governs the name at `s` (skipping "the"), except "from" after a force's members. */
function placeGoverned(ctx: TokenContext, s: number, sentFirst: number): boolean {
  let k = s - 1;
  if (k >= sentFirst && ctx.lower[k] === "the") k--;
  if (k < sentFirst) return false;
  const prep = ctx.lower[k]!;
  if (prep === "from") return !(k - 1 >= sentFirst && MEMBERS_FROM.has(ctx.lower[k - 1]!));
  return SITE_PREPS.has(prep);
}

/** The run names a military unit ("Scout Ranger Regiment", "Airborne Division"). */
function militaryUnit(ctx: TokenContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (MILITARY_UNIT_HEADS.has(ctx.words[k]!)) return true;
  return false;
}

/** "Delhi Police", "Vancouver Police Department", "Scotland Yard": a named police force. */
function isPoliceName(ctx: TokenContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (ctx.words[k] === "Police" || ctx.words[k] === "Gendarmerie" || ctx.words[k] === "Constabulary") return true;
  return false;
}

function push(ctx: TokenContext, out: Candidate[], c: Candidate, hints?: NameHints): void {
  out.push(c);
  for (let i = c.first; i < c.last; i++) ctx.claimed[i] = 1;
  // remember an organization's name without its outlet noun, so a later bare use is the same body
  if (hints && c.kind === "Organization" && c.cluster && ctx.cap[c.first]) {
    let k = c.last;
    while (k > c.first + 1 && !ctx.cap[k - 1]) k--;
    const name = spanText(ctx, c.first, k).toLowerCase();
    if (!hints.orgNames.has(name)) hints.orgNames.set(name, c.cluster);
  }
  // "Philippine National Police (PNP)": the acronym joins the organization
  const e = c.last;
  // (an organization's acronym may come from its name in another language: "Indonesian Ulema Council (MUI)")
  const acronym = ctx.words[e + 1] ?? "";
  if (hints && c.kind === "Organization" && c.cluster && ctx.words[e] === "(" && isAllCaps(acronym) && acronym.length <= 8 && ctx.words[e + 2] === ")" && (!hints.englishWords.has(acronym.toLowerCase()) || initialsOf(ctx, c.first, e) === acronym)) {
    hints.acronyms.set(acronym, c.cluster);
  }
}

function spanText(ctx: TokenContext, s: number, e: number): string {
  return ctx.text.slice(ctx.tokens[s]!.start, ctx.tokens[e - 1]!.end);
}

/** Evidence around a name that it is a person: a role noun before, an apposition or a saying verb after. */
function personContext(ctx: TokenContext, s: number, e: number, sentFirst: number): "role" | "apposition" | "speech" | "place-apposition" | undefined {
  const prev = s - 1 >= sentFirst ? ctx.lower[s - 1]! : "";
  if (ROLE_NOUNS.has(prev)) return "role";
  if (prev === "as") {
    for (let k = s - 2; k >= Math.max(sentFirst, s - 5); k--) if (ctx.lower[k] === "name" || ctx.lower[k] === "identified" || ctx.lower[k] === "named") return "role";
  }
  const next = ctx.lower[e];
  if (next !== undefined && SPEECH_VERBS.has(next)) return "speech";
  if (next === ",") {
    let k = e + 1;
    const det = ctx.lower[k];
    if (det === "a" || det === "an" || det === "the") k++;
    // look a few words ahead for a role noun or a place noun
    for (let j = k; j < Math.min(ctx.lower.length, k + 5); j++) {
      const x = ctx.lower[j]!;
      if (x === "," || x === ".") break;
      if (PLACE_APPOSITIONS.has(x)) return "place-apposition";
      if (ROLE_NOUNS.has(x) && (det === "a" || det === "an" || det === "the" || j === k)) return "apposition";
    }
  }
  return undefined;
}

function classifyRun(ctx: TokenContext, lex: Lexicon, s: number, e: number, limit: number, sentFirst: number, hints: NameHints, titleCase: boolean, out: Candidate[]): void {
  let pos = s;
  // "according to The Punch": a capitalized "The" inside a sentence starts the title of an outlet or body
  if (ctx.words[pos] === "The" && !ctx.start[pos] && e - pos >= 2 && !lex.bodies.match(ctx.words, ctx.lower, pos + 1, e, true) && !lex.stateNames.match(ctx.words, ctx.lower, pos + 1, e, true)) {
    const text = spanText(ctx, pos, e);
    push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.the-title", cluster: `org:${text.toLowerCase()}` }, hints);
    return;
  }
  // a leading "The" of a sentence is not part of a name unless a lexicon says so
  if (ctx.lower[pos] === "the" && e - pos > 1 && !lex.bodies.match(ctx.words, ctx.lower, pos, e, true)) pos++;
  const hadThe = pos > s;
  // "South Africans", "New Zealanders": the plural of a state's two-word demonym is a people, never a person
  if (e - pos >= 2 && lex.states.peoples.has(spanText(ctx, pos, e).toLowerCase())) return;
  // "the labor center Kilusang Mayo Uno", "the hacker group Anonymous Indonesia", "NGO Forum of ..."
  let appositiveOrg = pos - 1 >= sentFirst && ORG_APPOSITIVES.has(ctx.lower[pos - 1]!);
  if (e - pos > 1 && ORG_APPOSITIVES.has(ctx.words[pos]!) && isAllCaps(ctx.words[pos]!) && ctx.cap[pos + 1]) {
    appositiveOrg = true;
    pos++;
  }
  // "Jamia Millia Islamia and Jawaharlal Nehru University": two names joined by "and";
  // "Emilia-Romagna and Lombardy": a known place on either side of "and" also splits the run
  // (not "Bosnia and Herzegovina", one name in a lexicon, nor a name whose "(ACRONYM)" spells the whole run)
  const wholeKnown = (k: number) => (lex.stateNames.match(ctx.words, ctx.lower, pos, e, true)?.end ?? 0) > k || (lex.regions.match(ctx.words, ctx.lower, pos, e, true)?.end ?? 0) > k || (lex.bodies.match(ctx.words, ctx.lower, pos, e, true)?.end ?? 0) > k || (lex.cities.match(ctx.words, ctx.lower, pos, e, true)?.end ?? 0) > k;
  const knownPlace = (a: number, b: number) => lex.stateNames.match(ctx.words, ctx.lower, a, b, true)?.end === b || lex.regions.match(ctx.words, ctx.lower, a, b, true)?.end === b || lex.cities.match(ctx.words, ctx.lower, a, b, true)?.end === b;
  for (let a = pos + 1; a < e - 1; a++) {
    if (ctx.lower[a] !== "and") continue;
    if (wholeKnown(a) || definedAcronym(ctx, pos, e, hints)) break;
    let hasOf = false;
    for (let k = pos; k < a; k++) if (ctx.lower[k] === "of" || ctx.lower[k] === "for") hasOf = true;
    // "Hong Kong Economic and Trade Office": an adjective before "and" belongs to one name
    if (/(al|ic|ive|ary|ous)$/u.test(ctx.lower[a - 1]!)) break;
    // (or a side whose own words say street or body: "Rue Sainte-Catherine and Jalan Merdeka")
    const places = knownPlace(pos, a) || knownPlace(a + 1, e) || nameShapeEvidence(ctx, lex, pos, a, hints) !== undefined || nameShapeEvidence(ctx, lex, a + 1, e, hints) !== undefined;
    const headed = a - pos >= 2 && e - a - 1 >= 2 && (lastIndexOfHead(ctx, a + 1, e, ORG_HEADS, ORG_PREFIXES) || lastIndexOfHead(ctx, a + 1, e, LOCATION_HEADS, LOCATION_PREFIXES));
    if (hasOf || !(headed || places)) break;
    const right: Candidate[] = [];
    classifyRun(ctx, lex, a + 1, e, limit, sentFirst, hints, titleCase, right);
    const left: Candidate[] = [];
    classifyRun(ctx, lex, pos, a, limit, sentFirst, hints, titleCase, left);
    // a person-shaped name joined to a body or place is one too ("Vienna Process and Transparency International");
    // after a preposition of place, so is a lone unknown word ("from Emilia-Romagna and Lombardy")
    const afterPlacePrep = LOCATIVE_PREPS.has(pos - 1 >= sentFirst ? ctx.lower[pos - 1]! : "");
    const coordinate = (side: Candidate[], kind: Candidate["kind"] | undefined) => {
      if (!kind || kind === "Person" || kind === "State") return;
      for (const c of side) {
        if (c.kind !== "Person" || !(c.rule.startsWith("person.shape") || (kind === "Location" && afterPlacePrep && c.rule === "person.single"))) continue;
        c.kind = kind;
        c.rule = "name.coordinated";
        c.tentative = false;
        c.cluster = `${kind === "Organization" ? "org" : "loc"}:${spanText(ctx, c.first, c.last).toLowerCase()}`;
      }
    };
    const leftKind = left[0]?.kind;
    coordinate(left, right[0]?.kind);
    if (leftKind === "Location") coordinate(right, leftKind);
    out.push(...left, ...right);
    return;
  }
  // "Vancouver Hong Kong Action, a diaspora group founded in 2019": an organization noun in apposition names a body,
  // whatever places its name holds
  if (orgApposition(ctx, pos, e, limit) && !lex.stateNames.match(ctx.words, ctx.lower, pos, e, true) && !lex.titles.match(ctx.words, ctx.lower, pos, e, true) && !hints.firstNames.has(ctx.lower[pos]!)) {
    const text = spanText(ctx, pos, e);
    push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.apposition-after", cluster: `org:${text.toLowerCase()}` }, hints);
    return;
  }
  // a name already read as an organization in this article ("Georgian Dream party" ... "Georgian Dream says")
  const seenOrg = hints.orgNames.get(spanText(ctx, pos, e).toLowerCase());
  if (seenOrg) {
    push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.seen-name", cluster: seenOrg }, hints);
    return;
  }
  // "the Met" after "the Metropolitan Police", "the Fed" after "the Federal Reserve": a clipped first word
  if (e - pos === 1 && pos - 1 >= sentFirst && ctx.lower[pos - 1] === "the" && ctx.words[pos]!.length >= 3 && !isAllCaps(ctx.words[pos]!)) {
    const w = ctx.lower[pos]!;
    for (const [name, cluster] of hints.orgNames) {
      const head = name.slice(0, name.indexOf(" ") < 0 ? name.length : name.indexOf(" "));
      if (head.length >= w.length + 3 && head.startsWith(w) && name.includes(" ")) {
        push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.clipped-name", cluster }, hints);
        return;
      }
    }
  }
  // a site named before with its head noun ("the Las Bambas copper mine" ... "Las Bambas")
  const seenPlace = hints.placeNames.get(spanText(ctx, pos, e).toLowerCase());
  if (seenPlace) {
    push(ctx, out, { first: pos, last: e, kind: "Location", rule: "loc.seen-name", cluster: seenPlace }, hints);
    return;
  }
  let titleState: string | undefined;
  while (pos < e) {
    // between two names of a list ("South Korea and Malaysia")
    if (!ctx.cap[pos] || !ctx.word[pos]) {
      pos++;
      continue;
    }
    const rest = e - pos;
    // people known by a title-like name
    const known = lex.knownPersons.match(ctx.words, ctx.lower, pos, e, true);
    if (known) {
      push(ctx, out, { first: pos, last: known.end, kind: "Person", rule: known.entry.value }, hints);
      pos = known.end;
      continue;
    }
    // outlets and known bodies ("in Turan, a village" is a place that shares an agency's name)
    const prevWord = pos - 1 >= sentFirst ? ctx.lower[pos - 1]! : "";
    const body = lex.bodies.match(ctx.words, ctx.lower, pos, e, true);
    const placeContext = body !== undefined && body.end === e && rest === 1 && (PLACE_PREPS.has(prevWord) || personContext(ctx, pos, e, sentFirst) === "place-apposition");
    if (body && !placeContext) {
      if (body.end < e && (lastIndexOfHead(ctx, body.end, e, ORG_HEADS, ORG_PREFIXES) || lex.stateNames.match(ctx.words, ctx.lower, body.end, e, true))) {
        // "UN Security Council", "Guardian Australia"; "Spotify Technology SA" is the company itself
        const company = body.entry.value.id.startsWith("org.company");
        push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.head", cluster: company ? `body:${body.entry.value.id}` : `org:${spanText(ctx, pos, e).toLowerCase()}` }, hints);
        return;
      }
      const entry = body.entry.value;
      const cand: Candidate = { first: pos, last: body.end, kind: "Organization", rule: entry.id, cluster: entry.id === "org.body.scotlandyard" ? "police" : `body:${entry.id}`, label: entry.label };
      extendDescriptor(ctx, cand, limit);
      push(ctx, out, cand);
      pos = cand.last;
      continue;
    }
    // "the ruling Georgian Dream party": a run longer than its state word, followed by an organization noun, is the name
    if (pos === s && rest >= 2) {
      const d = descriptorAfter(ctx, e, limit);
      // ("France Inter radio": a state name followed by more of the name is the outlet too)
      if (d && d.kind === "Organization" && d.end - e === 1 && lex.stateNames.match(ctx.words, ctx.lower, pos, e, true)?.end !== e) {
        const text = spanText(ctx, pos, e);
        const body = lex.bodies.match(ctx.words, ctx.lower, pos, e, true);
        if (!body && (lex.demonyms.match(ctx.words, ctx.lower, pos, e, true) || lex.stateNames.match(ctx.words, ctx.lower, pos, e, true))) {
          push(ctx, out, { first: pos, last: d.end, kind: "Organization", rule: d.rule, cluster: `org:${text.toLowerCase()}` }, hints);
          return;
        }
      }
    }
    // states: names and demonyms
    const stateName = lex.stateNames.match(ctx.words, ctx.lower, pos, e, true);
    const demonym = stateName ? undefined : lex.demonyms.match(ctx.words, ctx.lower, pos, e, true);
    const st = stateName ?? demonym;
    // "British Columbia": a region whose name starts with a demonym is the region
    const longerRegion = st ? lex.regions.match(ctx.words, ctx.lower, pos, e, true) : undefined;
    if (st && !(longerRegion && longerRegion.end > st.end) && !(st.end < e && hints.firstNames.has(ctx.lower[pos]!) && !lex.titles.match(ctx.words, ctx.lower, st.end, e, true))) {
      const code = st.entry.value;
      // "the Senegal River", "the Niger Delta", "Kuwait City": a state's name before a word of geography names that place
      // (a city of the gazetteer keeps the city rules: "Mexico City said" is the state)
      if (st.end === e - 1 && STATE_NAMED_PLACE_HEADS.has(ctx.words[e - 1]!)) {
        const city = lex.cities.match(ctx.words, ctx.lower, pos, e, true);
        if (city?.end === e) push(ctx, out, cityCandidate(ctx, lex, pos, e, city.entry.value.capital ? city.entry.value.cc : undefined, hints), hints);
        else push(ctx, out, { first: pos, last: e, kind: "Location", rule: "loc.state-named-place", cluster: `loc:${spanText(ctx, pos, e).toLowerCase()}` }, hints);
        return;
      }
      if (st.end < e && ctx.cap[st.end] && orgHeaded(ctx, lex, pos, e)) {
        // "Russian Foreign Ministry", "Australian Federal Police", "India TV"
        const isPolice = isPoliceName(ctx, pos, e);
        // "Russian Foreign Ministry" and "Russia's foreign ministry" are one body: cluster by state and body
        push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.head.state-qualified", code, cluster: isPolice ? "police:named" : `org:${code}:${spanText(ctx, st.end, e).toLowerCase()}` }, hints);
        return;
      }
      if (st.end < e && lex.titles.match(ctx.words, ctx.lower, st.end, e, true)) {
        push(ctx, out, { first: pos, last: st.end, kind: "State", rule: demonym ? "state.demonym.title" : "state.name", code }, hints);
        titleState = code;
        pos = st.end;
        continue;
      }
      const cand: Candidate = { first: pos, last: st.end, kind: "State", rule: demonym ? "state.demonym" : "state.name", code };
      if (demonym) cand.weak = true;
      push(ctx, out, cand);
      pos = st.end;
      continue;
    }
    // titles: "Prime Minister Vojislav Kostunica", "Chief Superintendent Reuben Sindac",
    // and "<Portfolio> Minister" for any portfolio ("Interior Minister", "Defence Secretary")
    let title = lex.titles.match(ctx.words, ctx.lower, pos, e, true);
    if (!title) {
      for (let k = pos + 1; k < Math.min(e - 1, pos + 3); k++) {
        if (!TITLE_HEADS.has(ctx.words[k]!)) continue;
        let portfolio = true;
        for (let j = pos; j < k; j++) if (!hints.englishWords.has(ctx.lower[j]!) && ctx.lower[j] !== "and") portfolio = false;
        if (portfolio) {
          const head = lex.titles.match(ctx.words, ctx.lower, k, e, true);
          if (head) title = { entry: head.entry, end: head.end };
        }
        break;
      }
    }
    let titleEnd = title?.end ?? pos;
    const titleIds = title ? [title.entry.value] : [];
    for (;;) {
      if (!title) break;
      const more = lex.titles.match(ctx.words, ctx.lower, titleEnd, e, true);
      if (!more) break;
      titleIds.push(more.entry.value);
      titleEnd = more.end;
    }
    if (title && titleEnd >= e) return;
    // "President of Serbia", "Justice for Laikipia": a title word before a connector names no person here
    if (title && !ctx.cap[titleEnd]) {
      pos = titleEnd;
      continue;
    }
    // "General Service Unit", "Chief Executive Office": a run ending in an organization head is a body
    if (title && lastIndexOfHead(ctx, titleEnd, e, ORG_HEADS, ORG_PREFIXES) && !hints.firstNames.has(ctx.lower[titleEnd]!)) title = undefined;
    if (title) {
      const t = titleEnd;
      const main = titleIds.find((x) => x.role !== "honorific") ?? titleIds[0]!;
      const cand: Candidate = { first: t, last: e, kind: "Person", rule: `person.${main.id}` };
      cand.title = { id: main.id, role: main.role, text: spanText(ctx, pos, t) };
      if (titleState) cand.title.code = titleState;
      push(ctx, out, cand);
      return;
    }
    const text = spanText(ctx, pos, e);
    // "the National Council", "the Sejm": a national legislature by its proper name is the article's parliament
    if (LEGISLATURES.has(text.toLowerCase())) {
      push(ctx, out, { first: pos, last: e, kind: "Organization", rule: LEGISLATURE_NAMES.id, cluster: "parliament" }, hints);
      return;
    }
    // acronym defined in the text: "Kilusang Mayo Uno (KMU)"
    if (definedAcronym(ctx, pos, e, hints) && !isAllCaps(ctx.words[pos]!)) {
      const isPolice = ctx.words[e - 1] === "Police";
      push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.acronym-definition", cluster: isPolice ? "police:named" : `org:${text.toLowerCase()}` }, hints);
      return;
    }
    if (rest === 1 && SINGLE_WORD_BODIES.has(ctx.words[pos]!)) {
      push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.single-word-body", cluster: `org:${text.toLowerCase()}` }, hints);
      return;
    }
    // "officers from the Seongbuk Police Station said": a police station names its force, unless the text puts
    // someone at or into it ("taken to Kilimani Police Station")
    if (rest >= 2 && ctx.words[e - 2] === "Police" && POLICE_SITE_HEADS.has(ctx.words[e - 1]!) && !placeGoverned(ctx, pos, sentFirst)) {
      push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.police-station", cluster: "police:named" }, hints);
      return;
    }
    // organizations by head word
    if (orgHeaded(ctx, lex, pos, e) && lex.regions.match(ctx.words, ctx.lower, pos, e, true)?.end !== e) {
      const isPolice = isPoliceName(ctx, pos, e);
      // "the 1st Scout Ranger Regiment": the ordinal of a military unit is part of its name
      const first = pos - 1 >= sentFirst && ORDINAL.test(ctx.lower[pos - 1]!) && militaryUnit(ctx, pos, e) ? pos - 1 : pos;
      push(ctx, out, { first, last: e, kind: "Organization", rule: "org.head", cluster: isPolice ? "police:named" : `org:${spanText(ctx, first, e).toLowerCase()}` }, hints);
      return;
    }
    // "Global Affairs Canada", "Elections Canada", "Radio Canada": common words before a state name
    // name a national body (a person's name does not end in a country)
    const suffix = rest >= 2 ? stateSuffixStart(ctx, lex, pos, e) : -1;
    if (suffix > pos) {
      let common = true;
      for (let k = pos; k < suffix && common; k++) {
        const w = ctx.lower[k]!;
        if (!ctx.cap[k] || !hints.englishWords.has(w) || hints.firstNames.has(w) || LOCATION_PREFIXES.has(ctx.words[k]!) || DIRECTION.test(w) || lex.titles.match(ctx.words, ctx.lower, k, k + 1, true)) common = false;
      }
      if (common) {
        push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.state-suffix", cluster: `org:${text.toLowerCase()}` }, hints);
        return;
      }
    }
    // events, laws and works named after places or people are not entities
    if (rest >= 2 && MISC_HEADS.has(ctx.words[e - 1]!)) return;
    // regions and cities
    const region = lex.regions.match(ctx.words, ctx.lower, pos, e, true);
    // "the Kharkiv power plant": a site in the region, read below
    const siteAfter = region && region.end === e ? descriptorAfter(ctx, e, limit) : undefined;
    const site = siteAfter !== undefined && siteAfter.kind === "Location" && FACILITY_HEADS.has(ctx.lower[siteAfter.end - 1]!);
    if (region && !site && (region.end === e || !LOCATION_HEADS.has(ctx.words[e - 1]!))) {
      // "the Kharkiv region": the area around a city that shares the region's name is another place
      if (region.end === e && AREA_HEADS.has(ctx.lower[e] ?? "") && lex.cities.match(ctx.words, ctx.lower, pos, e, true)?.end === e) {
        push(ctx, out, { first: pos, last: e + 1, kind: "Location", rule: "loc.city-area", cluster: `loc:${spanText(ctx, pos, e + 1).toLowerCase()}` }, hints);
        return;
      }
      // "Astana had raised the issue": a capital that is also a first-level subdivision can act for its state
      const capitalRegion = region.end === e ? lex.states.capitals.get(text.toLowerCase()) : undefined;
      if (capitalRegion) {
        push(ctx, out, cityCandidate(ctx, lex, pos, e, undefined, hints, capitalRegion), hints);
        return;
      }
      push(ctx, out, { first: pos, last: region.end, kind: "Location", rule: region.entry.value, cluster: `loc:${spanText(ctx, pos, region.end).toLowerCase()}` }, hints);
      pos = region.end;
      continue;
    }
    if ((lastIndexOfHead(ctx, pos, e, LOCATION_HEADS, LOCATION_PREFIXES) || FINAL_LOCATION_HEADS.has(ctx.words[e - 1]!)) && rest >= 2) {
      push(ctx, out, { first: pos, last: e, kind: "Location", rule: "loc.head", cluster: `loc:${text.toLowerCase()}` }, hints);
      return;
    }
    // a name followed by an outlet or body noun: "Fars news agency", "Maidan self-defence group"
    let descriptor = descriptorAfter(ctx, e, limit);
    // "the Kurdish militant group PKK": an adjective before an organization noun that a name follows describes it
    if (descriptor && descriptor.kind === "Organization" && rest === 1 && (/(ish|ian|ese|ic)$/u.test(ctx.lower[pos]!) || (ctx.cap[descriptor.end] && ctx.word[descriptor.end]))) descriptor = undefined;
    // "a Copenhagen newspaper", "a Russian news agency": a place or state before an outlet noun describes an unnamed outlet
    if (descriptor && descriptor.kind === "Organization" && (lex.cities.match(ctx.words, ctx.lower, pos, e, true)?.end === e || lex.stateNames.match(ctx.words, ctx.lower, pos, e, true)?.end === e)) descriptor = undefined;
    if (descriptor) {
      if (descriptor.kind === "Organization") {
        const label = lex.bodies.match(ctx.words, ctx.lower, pos, e, true);
        push(ctx, out, { first: pos, last: descriptor.end, kind: "Organization", rule: descriptor.rule, cluster: label ? `body:${label.entry.value.id}` : `org:${text.toLowerCase()}` }, hints);
        return;
      }
      const head = ctx.lower[descriptor.end - 1]!;
      if (FACILITY_HEADS.has(head)) {
        // "the Las Bambas copper mine" is named by its name; "the Kharkiv power plant" is the plant in a known place
        const place = lex.cities.match(ctx.words, ctx.lower, pos, e, true)?.end === e || lex.regions.match(ctx.words, ctx.lower, pos, e, true)?.end === e || lex.stateNames.match(ctx.words, ctx.lower, pos, e, true)?.end === e;
        const cluster = place ? `facility:${head}` : `loc:${text.toLowerCase()}`;
        push(ctx, out, { first: pos, last: descriptor.end, kind: "Location", rule: "loc.facility", cluster }, hints);
        if (!place) hints.placeNames.set(text.toLowerCase(), cluster);
        return;
      }
      if (AREA_HEADS.has(head) && lex.cities.match(ctx.words, ctx.lower, pos, e, true)?.end === e && descriptor.end === e + 1) {
        push(ctx, out, { first: pos, last: e + 1, kind: "Location", rule: "loc.city-area", cluster: `loc:${spanText(ctx, pos, e + 1).toLowerCase()}` }, hints);
        return;
      }
      push(ctx, out, { first: pos, last: e, kind: "Location", rule: descriptor.rule, cluster: `loc:${text.toLowerCase()}` }, hints);
      return;
    }
    const city = lex.cities.match(ctx.words, ctx.lower, pos, e, true);
    // a small town is only a place where the text puts it as one ("in Clinton"): else it is often a surname
    const smallTown = city !== undefined && city.entry.value.pop < SMALL_TOWN && !city.entry.value.capital && !LOCATIVE_PREPS.has(pos - 1 >= sentFirst ? ctx.lower[pos - 1]! : "") && ctx.words[city.end] !== ",";
    if (city && !smallTown && (city.end === e || !ctx.cap[city.end] || lex.cities.match(ctx.words, ctx.lower, city.end, e, true) || lex.stateNames.match(ctx.words, ctx.lower, city.end, e, true))) {
      push(ctx, out, cityCandidate(ctx, lex, pos, city.end, city.entry.value.capital ? city.entry.value.cc : undefined, hints), hints);
      pos = city.end;
      continue;
    }
    const capital = lex.states.capitals.get(ctx.lower[pos]!);
    if (capital && rest === 1) {
      push(ctx, out, cityCandidate(ctx, lex, pos, pos + 1, undefined, hints, capital), hints);
      return;
    }
    if (titleCase) {
      // headlines in title case: unknown capitalized words are only kept when the body names them
      if (rest >= 2) push(ctx, out, { first: pos, last: e, kind: "Person", rule: "person.headline", tentative: true }, hints);
      return;
    }
    // "A local human rights group, CooperAccion, said": a name in apposition to an organization noun
    if (rest === 1 && ctx.words[pos - 1] === "," && pos - 2 >= sentFirst && ORG_APPOSITIVES.has(ctx.lower[pos - 2]!) && ctx.words[e] === ",") {
      push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.apposition", cluster: `org:${text.toLowerCase()}` }, hints);
      return;
    }
    // "M23", "G20": a capital letter with digits names a group or body
    if (rest === 1 && /^\p{Lu}{1,3}\d{1,3}$/u.test(ctx.words[pos]!)) {
      push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.alphanumeric", cluster: `org:${ctx.lower[pos]}` }, hints);
      return;
    }
    // acronyms
    if (rest === 1 && isAllCaps(ctx.words[pos]!)) {
      const a = ctx.words[pos]!;
      const cluster = hints.acronyms.get(a);
      // "the Mauritanian news agency AMI": an organization noun before an acronym that is also a word
      if (cluster || (!hints.englishWords.has(ctx.lower[pos]!) && !NOT_ORG_ACRONYMS.has(a)) || (appositiveOrg && !NOT_ORG_ACRONYMS.has(a))) {
        if (a.length >= 2 && !hasDigit(a)) push(ctx, out, { first: pos, last: pos + 1, kind: "Organization", rule: cluster ? "org.acronym.defined" : "org.acronym", cluster: cluster ?? `org:${a.toLowerCase()}` }, hints);
      }
      return;
    }
    if (appositiveOrg) {
      push(ctx, out, { first: pos, last: e, kind: "Organization", rule: "org.appositive", cluster: `org:${text.toLowerCase()}` }, hints);
      return;
    }
    // people
    let digits = false;
    let connectors = false;
    for (let k = pos; k < e; k++) {
      if (hasDigit(ctx.words[k]!)) digits = true;
      if (!ctx.cap[k] && !NAME_PARTICLES.has(ctx.lower[k]!) && !ctx.lower[k]!.includes("-")) connectors = true;
    }
    if (digits) return;
    // "the town of Challhuahuacho", "the city of New Orleans"
    if (pos - 2 >= sentFirst && ctx.lower[pos - 1] === "of" && (PLACE_APPOSITIONS.has(ctx.lower[pos - 2]!) || LOCATION_DESCRIPTORS.has(ctx.lower[pos - 2]!)) && ctx.lower[pos - 2] !== "state") {
      push(ctx, out, { first: pos, last: e, kind: "Location", rule: "loc.named-by-place-noun", cluster: `loc:${text.toLowerCase()}` }, hints);
      return;
    }
    const context = personContext(ctx, pos, e, sentFirst);
    if (context === "place-apposition") {
      push(ctx, out, { first: pos, last: e, kind: "Location", rule: "loc.apposition", cluster: `loc:${text.toLowerCase()}` }, hints);
      return;
    }
    if (rest >= 2 && !connectors) {
      // the words of the name, then (unless a role or an apposition says person) the words around it
      const evidence = nameShapeEvidence(ctx, lex, pos, e, hints) ?? (context === "role" || context === "apposition" ? undefined : contextEvidence(ctx, lex, pos, e, sentFirst, hadThe && pos === s + 1, hints));
      if (evidence) {
        push(ctx, out, { first: pos, last: e, kind: evidence.kind, rule: evidence.rule, cluster: `${evidence.kind === "Location" ? "loc" : "org"}:${text.toLowerCase()}` }, hints);
        return;
      }
      const firstName = hints.firstNames.has(ctx.lower[pos]!);
      const lastWord = ctx.lower[e - 1]!;
      const lastIsWord = hints.englishWords.has(lastWord);
      // "Vienna Convention", "Paris Agreement": a place name first makes it a thing named after the place
      const cityFirst = lex.cities.match(ctx.words, ctx.lower, pos, e, true)?.entry.value;
      const placeFirst =
        (cityFirst !== undefined && (cityFirst.pop >= SMALL_TOWN || cityFirst.capital)) ||
        lex.regions.match(ctx.words, ctx.lower, pos, e, true) !== undefined ||
        lex.stateNames.match(ctx.words, ctx.lower, pos, e, true) !== undefined;
      const firstIsWord = hints.englishWords.has(ctx.lower[pos]!);
      if (firstName || context || (!placeFirst && (!lastIsWord || !firstIsWord))) {
        push(ctx, out, { first: pos, last: e, kind: "Person", rule: context ? `person.${context}` : firstName ? "person.first-name" : "person.shape" }, hints);
      } else push(ctx, out, { first: pos, last: e, kind: "Person", rule: "person.shape.weak", tentative: true }, hints);
      return;
    }
    if (rest === 1) {
      const prev = pos - 1 >= sentFirst ? ctx.lower[pos - 1]! : "";
      // "on Alexanderplatz": a one-word street name
      const street = nameShapeEvidence(ctx, lex, pos, e, hints);
      if (street) {
        push(ctx, out, { first: pos, last: e, kind: street.kind, rule: street.rule, cluster: `${street.kind === "Location" ? "loc" : "org"}:${text.toLowerCase()}` }, hints);
        return;
      }
      if (context) {
        push(ctx, out, { first: pos, last: e, kind: "Person", rule: `person.${context}` }, hints);
        return;
      }
      // "to Dharamshala in northern India": a place inside a known place
      const inPlace = ctx.lower[e] === "in" && placeFollows(ctx, lex, e + 1, limit, false);
      // "students from Islamic universities": a capitalized modifier of a noun is not a place
      const nextWord = ctx.lower[e];
      const modifiesNoun = nextWord !== undefined && ctx.word[e] === 1 && !ctx.cap[e] && !FUNCTION_WORDS.has(nextWord) && !CALENDAR_WORDS.has(nextWord) && !nextWord.endsWith("ed");
      if ((STRONG_LOCATIVE.has(prev) && !modifiesNoun) || (inPlace && (prev === "to" || prev === "of" || prev === "from" || prev === "near"))) {
        push(ctx, out, { first: pos, last: e, kind: "Location", rule: "loc.after-preposition", cluster: `loc:${text.toLowerCase()}` }, hints);
        return;
      }
      if ((ctx.lower[e] === "'s" || ctx.lower[e] === "’s") && !hints.englishWords.has(ctx.lower[pos]!)) {
        push(ctx, out, { first: pos, last: e, kind: "Person", rule: "person.possessive" }, hints);
        return;
      }
      if (hints.firstNames.has(ctx.lower[pos]!) && !hints.englishWords.has(ctx.lower[pos]!)) {
        push(ctx, out, { first: pos, last: e, kind: "Person", rule: "person.first-name.single", tentative: true }, hints);
        return;
      }
      // adjectives and plurals of peoples ("European", "Islamic", "Floridians") and plural acronyms ("MPs") are not people
      const adjectival = /(ean|ian|ians|ans|ic|ics|ish|ese|ism)$/.test(ctx.lower[pos]!) || /[A-Z]s$/.test(ctx.words[pos]!);
      const doubtful = adjectival || hints.englishWords.has(ctx.lower[pos]!) || FUNCTION_WORDS.has(ctx.lower[pos]!);
      push(ctx, out, { first: pos, last: e, kind: "Person", rule: "person.single", tentative: true, doubtful }, hints);
    }
    return;
  }
}

/** Words that may follow the organization noun of an apposition ("a diaspora group founded in 2019"). */
const AFTER_APPOSITION: ReadonlySet<string> = new Set([",", ".", ";", "that", "which", "whose", "founded", "formed", "based", "set", "created", "launched", "of", "for", "representing", "campaigning", "led", "backed"]);

/** ", a|an [modifier] [modifier] <organization noun>" right after the name. */
function orgApposition(ctx: TokenContext, s: number, e: number, limit: number): boolean {
  if (ctx.words[e] !== "," || e + 2 >= limit) return false;
  const det = ctx.lower[e + 1];
  let from = e + 2;
  // ", the labour wing of ...", ", Italy's largest farm union,": a definite or possessive description too
  // (", the agency said" is a reporting clause: the noun must be followed by what AFTER_APPOSITION allows)
  if (ctx.cap[e + 1] && ctx.word[e + 1] && (ctx.lower[e + 2] === "'s" || ctx.lower[e + 2] === "’s")) from = e + 3;
  else if (det !== "a" && det !== "an" && det !== "the") return false;
  for (let k = from; k < Math.min(limit, from + 3); k++) {
    const w = ctx.lower[k]!;
    if (ctx.cap[k] || !ctx.word[k]) return false;
    if (ORG_APPOSITIVES.has(w) && w !== "center" && w !== "centre") return AFTER_APPOSITION.has(ctx.lower[k + 1] ?? ".");
    if (FUNCTION_WORDS.has(w)) return false;
  }
  return false;
}

/** A state, city or region at `i`, after optional lower-case direction words ("northern India"). */
function placeFollows(ctx: TokenContext, lex: Lexicon, i: number, limit: number, cities: boolean): boolean {
  let k = i;
  while (k < limit && k - i < 2 && /^(north|south|east|west|central)(ern|-eastern|-western)?$/.test(ctx.lower[k]!)) k++;
  if (k >= limit || !ctx.cap[k]) return false;
  return (
    lex.stateNames.match(ctx.words, ctx.lower, k, limit, true) !== undefined ||
    (cities && lex.cities.match(ctx.words, ctx.lower, k, limit, true) !== undefined) ||
    lex.regions.match(ctx.words, ctx.lower, k, limit, true) !== undefined
  );
}

function descriptorAfter(ctx: TokenContext, e: number, limit: number): { end: number; kind: "Organization" | "Location"; rule: string } | undefined {
  // allow one lower-case modifier between the name and the noun ("Maidan self-defence group")
  for (let skip = 0; skip <= 1; skip++) {
    const k = e + skip;
    if (k >= limit) return undefined;
    if (skip === 1 && (ctx.cap[e] || !ctx.word[e] || FUNCTION_WORDS.has(ctx.lower[e]!))) return undefined;
    for (const d of DESCRIPTOR_WORDS) {
      const parts = d.words;
      let ok = k + parts.length <= limit;
      for (let p = 0; ok && p < parts.length; p++) if (ctx.lower[k + p] !== parts[p]) ok = false;
      if (ok && !ctx.claimed[k]) return { end: k + parts.length, kind: "Organization", rule: d.rule };
    }
    const radio = ctx.lower[k] === "station" && (NOT_SITE_STATIONS.has(ctx.lower[k - 1]!) || k === e);
    if (LOCATION_DESCRIPTORS.has(ctx.lower[k]!) || (FACILITY_HEADS.has(ctx.lower[k]!) && !radio)) return { end: k + 1, kind: "Location", rule: "loc.descriptor" };
  }
  return undefined;
}

function extendDescriptor(ctx: TokenContext, cand: Candidate, limit: number): void {
  const d = descriptorAfter(ctx, cand.last, limit);
  if (d && d.kind === "Organization" && d.end - cand.last <= 2) cand.last = d.end;
}

function cityCandidate(ctx: TokenContext, lex: Lexicon, s: number, e: number, capitalCc: string | undefined, hints: NameHints, capitalCode?: string): Candidate {
  const text = spanText(ctx, s, e);
  const code = capitalCode ?? lex.states.capitals.get(text.toLowerCase()) ?? (capitalCc ? lex.states.byAlpha2.get(capitalCc) : undefined);
  const prev = s - 1 >= 0 ? ctx.lower[s - 1]! : "";
  const next = ctx.lower[e];
  // a capital acts for its state as a subject ("Washington said", "Canberra had spied"), as an owner
  // ("London's support"), or after by/with/to/against ("a crackdown by Beijing", "ties with Tokyo")
  const possessive = next === "'s" || next === "’s";
  const subject = next !== undefined && ctx.word[e] === 1 && !ctx.cap[e] && (SPEECH_VERBS.has(next) || CAPITAL_VERBS.has(next) || IRREGULAR_PAST.has(next) || next.endsWith("ed"));
  // "Moscow, a close ally of Caracas": an apposition that makes the capital a political actor
  const allyApposition = next === "," && /^,\s+(a|an|the)\s+(\w+\s+){0,2}(ally|allies|partner|rival|enemy|adversary|foe|backer|neighbou?r)\b/iu.test(ctx.text.slice(ctx.tokens[e]!.start, ctx.tokens[e]!.start + 60));
  // "according to Nairobi police": a capital before a role or institution noun qualifies it
  const qualifies = next !== undefined && !ctx.cap[e] && (ROLE_NOUNS.has(next) || next === "police");
  const governed =
    (METONYMY_PREPS.has(prev) && !qualifies && !(prev === "to" && s >= 2 && (TRAVEL_VERBS.has(ctx.lower[s - 2]!) || ctx.lower[s - 2] === "according"))) ||
    // the object of a political verb ("accused Tokyo", "urged Moscow"), not of a verb of place ("visited Moscow")
    (s >= 1 && ctx.word[s - 1] === 1 && !ctx.cap[s - 1] && (prev.endsWith("ed") || (prev.endsWith("ing") && prev.length > 5) || SPEECH_VERBS.has(prev) || POLITICAL_VERBS.has(prev)) && !PLACE_VERBS.has(prev) && !PLACE_VERBS.has(prev.replace(/ing$/u, "ed")));
  // "a close ally of Caracas", "an enemy of Tehran"
  const allyOf = prev === "of" && s >= 2 && ALLY_NOUNS.has(ctx.lower[s - 2]!);
  // "demanded that Addis Ababa stop filling the dam": the subject of a demanded action
  const demanded = prev === "that" && s >= 2 && DEMAND_VERBS.has(ctx.lower[s - 2]!) && next !== undefined && ctx.word[e] === 1 && !ctx.cap[e];
  // "one of Kyiv's firmest allies": the owner of allies or partners is the state, whatever precedes it
  const allyOwner = possessive && [e + 1, e + 2].some((k) => k < ctx.lower.length && ALLY_NOUNS.has(ctx.lower[k]!));
  const actsAsState =
    !LOCATIVE_PREPS.has(prev) || prev === "to" || prev === "toward" || prev === "towards"
      ? (possessive && hints.datelinePlace !== text.toLowerCase()) || subject || governed || allyApposition || demanded
      : allyOf || allyOwner;
  if (code && actsAsState) {
    return { first: s, last: e, kind: "State", rule: "state.capital-metonymy", code };
  }
  // "opponents of the Kremlin", "Kremlin spokesman": a seat of government names only the government
  const seat = lex.states.seats.get(text.toLowerCase());
  if (seat) return { first: s, last: e, kind: "State", rule: "state.seat-of-government", code: seat };
  return { first: s, last: e, kind: "Location", rule: "loc.city", cluster: `loc:${text.toLowerCase()}` };
}

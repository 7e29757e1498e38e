// Head-final phrases found before names: embassies, state actors ("Russian troops"), institutions
// ("riot police"), and groups ("a group of Azerbaijani human rights activists"). Each claims its tokens.
import { EMBASSY_ANAPHOR_MODIFIERS } from "../lexicon/embassies.js";
import { ARMED_WHEN_NAMED, ETHNIC_PLURALS, GROUP_ANAPHORS, PEOPLE_NOUNS, QUANTIFIERS } from "../lexicon/groups.js";
import type { Lexicon } from "../lexicon/index.js";
import { FACILITY_HEADS } from "../lexicon/locations.js";
import { POLICE_BARE_WORDS, POLICE_MODIFIED_NOUNS } from "../lexicon/organizations.js";
import { FUNCTION_WORDS } from "../lexicon/words.js";
import type { TokenContext } from "./context.js";
import type { Candidate } from "./types.js";

/** Nouns after a demonym or state that make it the state acting ("Russian troops", "the Japanese government"). */
export const STATE_ACTOR_NOUNS: ReadonlySet<string> = new Set([
  "government", "authorities", "regime", "administration", "troops", "forces", "soldiers", "army", "military", "navy",
  "jets", "warplanes", "warships", "occupation", "invasion", "aggression", "officials", "leadership", "hands", "side",
  "diplomats", "diplomacy", "junta", "cabinet",
  // weapons and strikes of a state's forces stand for the state ("Russian missiles", "the Israeli bombardment")
  "bombardment", "bombardments", "shelling", "airstrikes", "airstrike", "missiles", "drones", "artillery", "bombers",
  "fighter-jets", "tanks", "gunboats", "helicopters", "offensive",
]);

/** State actor nouns for armed forces, which a modifier may separate from the state ("Philippine special forces"). */
const ARMED_NOUNS: ReadonlySet<string> = new Set(["troops", "forces", "soldiers"]);

/** Modifiers between a state and its armed forces that keep them the state's ("Iranian security forces"). */
const ARMED_MODIFIERS: ReadonlySet<string> = new Set(["special", "security", "armed", "government", "elite", "regular", "naval", "federal", "paramilitary", "ground", "army", "military", "commando"]);

/** State actor nouns that name an aggression against someone ("Russia's invasion of Ukraine"). */
const AGGRESSION_NOUNS: ReadonlySet<string> = new Set(["invasion", "occupation", "aggression"]);

/** Nouns of a state's strikes: the state's mention leaves them out, for the attack read from them ("Russian shelling"). */
const STRIKE_NOUNS: ReadonlySet<string> = new Set(["bombardment", "bombardments", "shelling", "airstrikes", "airstrike", "offensive"]);

/** Portfolios of ministries named in lower case after a state ("France's foreign ministry"). */
const MINISTRY_PORTFOLIOS: ReadonlySet<string> = new Set(["foreign", "interior", "defence", "defense", "justice", "finance", "health", "education", "home", "trade", "economy", "energy", "information"]);

/** Lower-case armed branches that a state's name qualifies and that act as a body of their own ("the Ukrainian air force said"). */
const ARMED_BRANCHES: readonly string[][] = [["air", "force"], ["coast", "guard"], ["border", "guard"], ["border", "guards"], ["national", "guard"]];

/** Words between a region's name and "government" that make it a sub-national government ("the Brandenburg state government"). */
const SUBNATIONAL: ReadonlySet<string> = new Set(["state", "regional", "provincial", "city", "municipal", "county", "local"]);

/** Nouns after an institution that name its building, a place ("outside the parliament building"). */
const BUILDING_NOUNS: ReadonlySet<string> = new Set(["building", "buildings", "complex"]);

/** Bare "the X" forms that name the host state. */
const HOST_STATE_NOUNS: ReadonlySet<string> = new Set(["government", "authorities", "regime", "junta"]);

/** Adjectives ending in -ed that describe a collective ("masked rioters") rather than act as verbs. */
const ED_ADJECTIVES: ReadonlySet<string> = new Set([
  "masked", "armed", "unarmed", "hooded", "uniformed", "enraged", "angered", "injured", "wounded", "detained",
  "bearded", "veiled", "disgruntled", "frustrated", "organized", "organised", "unidentified", "suspected", "alleged",
  "hardened", "determined", "united", "concerned", "displaced", "exiled", "self-styled",
]);

/**
 * Words that open a quantity only with what follows ("up to 300", "at least 50", "about 200"); without it
 * they are a particle or preposition of the verb before the collective ("rounded up protesters",
 * "worried about protesters"). Each maps to the continuations that make it a quantity ("*" = a number).
 */
const QUANTITY_OPENERS: ReadonlyMap<string, readonly string[]> = new Map([
  ["up", ["to"]], ["at", ["least", "most"]], ["over", ["*", "a"]], ["about", ["*", "a"]], ["around", ["*", "a"]],
  ["nearly", ["*", "a", "all"]], ["almost", ["*", "a", "all"]], ["roughly", ["*", "a"]], ["approximately", ["*", "a"]],
]);

/** Words before a verb-like -ed adjective that make it the verb of a clause ("who detained protesters", "had wounded"). */
const SUBJECT_BEFORE_VERB: ReadonlySet<string> = new Set([
  "who", "which", "they", "he", "she", "we", "it", "had", "has", "have",
]);

/** Protest verbs that make a bystander collective the acting one ("Villagers marched", "residents rallied"). */
const PROTEST_VERBS: ReadonlySet<string> = new Set([
  "rally", "rallied", "march", "marched", "protest", "protested", "demonstrate", "demonstrated", "picket", "picketed",
  "gather", "gathered", "chanted", "stormed", "blocked", "blockaded",
]);

/** Present-tense verbs a people may act with as a subject ("Kurds rally", "Tamils march"). */
const ACTING_VERBS: ReadonlySet<string> = new Set([
  "rally", "rallies", "march", "marches", "protest", "protests", "gather", "gathers", "demonstrate", "demonstrates",
  "picket", "pickets", "chant", "chanted", "storm", "storms", "burn", "burned", "burnt", "threw", "held", "hold",
  "stood", "stand", "took", "gathered", "rallied", "marched", "protested", "demonstrated", "picketed", "stormed",
]);

/** Words after a counted people that make them casualties ("eight Israelis dead"). */
const CASUALTY_WORDS: ReadonlySet<string> = new Set(["dead", "killed", "wounded", "injured", "died", "missing"]);

/** The first people named as a collective in each article (see findGroups). */
const firstPeople = new WeakMap<TokenContext, string>();

/** "Ethiopian-Americans", "Iranian-Canadians": a diaspora named by two demonyms. */
function diasporaPlural(lex: Lexicon, w: string): boolean {
  const dash = w.indexOf("-");
  if (dash <= 0) return false;
  return lex.states.demonyms.has(w.slice(0, dash)) && lex.states.peoples.has(w.slice(dash + 1));
}

/** Verbs that headlines put right before their object ("Police stop anti-war marchers"). */
const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  "stop", "stops", "block", "blocks", "storm", "storms", "attack", "attacks", "clash", "rally", "rallies", "protest",
  "protests", "march", "marches", "hold", "holds", "meet", "meets", "call", "calls", "urge", "urges", "burn", "burns",
  "torch", "torches", "tear", "besiege", "besieges", "overrun", "overruns", "smash", "smashes", "detain", "detains",
  "arrest", "arrests", "free", "frees", "kill", "kills", "hit", "hits", "face", "faces", "join", "joins", "lead",
  "leads", "back", "backs", "slam", "slams", "vow", "vows", "warn", "warns", "say", "says", "tell", "tells", "seek",
  "seeks", "demand", "demands", "fight", "fights", "defy", "defies", "target", "targets", "greet", "greets", "welcome",
  "welcomes", "picket", "pickets", "confront", "confronts", "disperse", "disperses", "chase", "chases", "beat", "beats",
  "push", "pushes", "drive", "drives", "turn", "turns", "let", "lets", "allow", "allows", "see", "sees", "draw", "draws",
  "require", "requires", "need", "needs", "want", "wants", "ask", "asks", "force", "forces", "help", "helps", "invite",
  "expect", "encourage", "pay", "fund", "ban", "bans", "order", "orders", "tell", "told", "pressure", "arm", "train",
  "gather", "gathers", "surround", "surrounds", "condemn", "condemns", "denounce", "denounces", "praise", "praises",
]);

/** Verbs followed by a bare infinitive: the word after them is a verb, not a modifier ("helped evacuate civilians"). */
const BARE_INFINITIVE_VERBS: ReadonlySet<string> = new Set(["help", "helps", "helped", "helping", "let", "lets", "letting", "make", "makes", "made", "making"]);

/** Modifiers of a collective that set it apart from the main one ("a smaller group", "rival protesters"). */
const SECOND_GROUP = /\b(rival|counter|smaller|second|opposing|separate|breakaway)\b/u;

/**
 * The key of a second collective: a breakaway or splinter group left the main crowd and is not the crowd
 * that opposes it ("a breakaway group walked to the embassy ... a small group of counter-protesters stood
 * near the arch"); other second collectives ("a smaller crowd", "counter-protesters") share one key.
 */
function secondKey(core: string): string {
  return /\b(breakaway|splinter)\b/u.test(core.toLowerCase()) ? "protest:breakaway" : "protest:second";
}

/** Words that never modify a group noun even though they are not function words. */
const NOT_MODIFIERS: ReadonlySet<string> = new Set([
  "said", "told", "led", "held", "saw", "met", "let", "left", "sent", "set", "put", "took", "gave", "got", "hit", "cut",
  "urged", "called", "joined", "involving", "including", "among", "like", "unlike", "whom", "whose", "amid", "despite",
  "against", "outside", "inside", "near", "toward", "towards", "onto", "upon", "via", "per", "plus", "versus", "where",
  "while", "s", "'s", "’s", "there", "back", "away", "off", "out", "down", "up", "also", "then", "once", "twice",
  "police", "rally", "protest", "march",
  // irregular past tenses of verbs done to a crowd ("Soldiers shot protesters", "troops drove villagers out")
  "shot", "fought", "drove", "kept", "caught", "struck", "threw", "brought", "sought", "fled", "hurt", "found",
  "swept", "bound", "drew", "tore", "shook", "overran", "withdrew", "stole", "rode", "ran", "knew", "heard", "won",
  // reflexives: "who called themselves loyal workers"
  "themselves", "ourselves", "himself", "herself", "itself",
]);

/** Nouns of settlements in "the city of X" after a mission's "in". */
const CITY_NOUNS: ReadonlySet<string> = new Set(["city", "town", "capital"]);

/** Nouns after "embassy" that name its people, not the mission ("embassy staff"). */
const EMBASSY_PEOPLE: ReadonlySet<string> = new Set(["staff", "employees", "workers", "officials", "personnel", "guards", "diplomats"]);

const DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that", "its", "their", "his", "her", "our"]);
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
  "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "thousand", "thousands", "million", "dozen",
  "dozens", "scores", "tens",
]);

function isNumberToken(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 48 && c <= 57) || NUMBER_WORDS.has(w);
}

/** A state named or described by tokens ending exactly at `end` (exclusive): returns its code and first token. */
export function stateEndingAt(ctx: TokenContext, lex: Lexicon, end: number, floor: number): { code: string; first: number; demonym: boolean } | undefined {
  // possessive: "Syria's embassy", "Britain's Foreign Office"
  let e = end;
  const possessive = e - 1 >= floor && (ctx.lower[e - 1] === "'s" || ctx.lower[e - 1] === "’s");
  if (possessive) e--;
  for (let first = Math.max(floor, e - 4); first < e; first++) {
    if (ctx.claimed[first]) continue;
    const name = lex.stateNames.match(ctx.words, ctx.lower, first, e, true);
    if (name && name.end === e) return { code: name.entry.value, first, demonym: false };
    if (!possessive) {
      const dem = lex.demonyms.match(ctx.words, ctx.lower, first, e, true);
      if (dem && dem.end === e) return { code: dem.entry.value, first, demonym: true };
    }
  }
  return undefined;
}

function anyClaimed(ctx: TokenContext, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (ctx.claimed[i]) return true;
  return false;
}

function claim(ctx: TokenContext, c: Candidate): void {
  for (let i = c.first; i < c.last; i++) ctx.claimed[i] = 1;
}

/** A capitalized city or place name right after `i` ("in Baku", "in New Delhi"). */
function placeAfter(ctx: TokenContext, lex: Lexicon, i: number, limit: number): { text: string; first: number; last: number } | undefined {
  if (i >= limit || !ctx.cap[i]) return undefined;
  const city = lex.cities.match(ctx.words, ctx.lower, i, limit, true);
  let last = city ? city.end : i;
  if (!city) {
    // an unknown single capitalized word ("in Dushanbe"); a square or a street is not a host city
    if (lex.stateNames.match(ctx.words, ctx.lower, i, limit, true)) return undefined;
    if (i + 1 < limit && ctx.cap[i + 1] && ctx.word[i + 1]) return undefined;
    last = i + 1;
  } else if (last < limit && ctx.cap[last] && ctx.word[last]) return undefined;
  const text = ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[last - 1]!.end);
  return { text, first: i, last };
}

/** Embassies: named by sender ("the Russian embassy in Baku", "embassy of the Russian Federation") or referred back to. */
export function findEmbassies(ctx: TokenContext, lex: Lexicon, first: number, last: number, out: Candidate[]): void {
  for (let i = first; i < last; i++) {
    if (ctx.claimed[i] || !ctx.word[i]) continue;
    const head = lex.embassyHeads.match(ctx.words, ctx.lower, i, last, false);
    if (!head) continue;
    let end = head.end;
    // plural "embassies"/"missions" never match: heads are singular
    const headWord = ctx.lower[i]!;
    const sender = stateEndingAt(ctx, lex, i, first);
    let code = sender?.code;
    let start = sender ? sender.first : i;
    // "embassy of [the] Russian Federation"
    if (!code && ctx.lower[end] === "of") {
      let k = end + 1;
      if (ctx.lower[k] === "the") k++;
      const st = lex.stateNames.match(ctx.words, ctx.lower, k, last, true);
      if (st) {
        code = st.entry.value;
        end = st.end;
      }
    }
    // "Kyiv embassy": a city before the head names the host
    let city: Candidate["city"];
    if (!code && i - 1 >= first && ctx.cap[i - 1] && !ctx.claimed[i - 1]) {
      const c = lex.cities.match(ctx.words, ctx.lower, i - 1, i, true);
      if (c) {
        city = { text: ctx.words[i - 1]!, first: i - 1, last: i };
        start = i - 1;
      }
    }
    if (ctx.lower[end] === "in" || (ctx.lower[end] === "," && ctx.lower[end + 1] === "in")) {
      let at = ctx.lower[end] === "in" ? end + 1 : end + 2;
      // "its consulate in the city of Mashhad", "in the port city of Jeddah"
      if (ctx.lower[at] === "the") {
        let k = at + 1;
        while (k < at + 3 && k < last && !ctx.cap[k] && ctx.lower[k] !== "of") k++;
        if (ctx.lower[k] === "of" && CITY_NOUNS.has(ctx.lower[k - 1]!)) at = k + 1;
      }
      const place = placeAfter(ctx, lex, at, last);
      if (place) city = place;
    }
    // "In Warsaw, activists painted the gate of the Russian embassy": the sentence's opening place
    if (!city && code && ctx.lower[first] === "in" && first + 1 < i) {
      const place = placeAfter(ctx, lex, first + 1, i);
      if (place && ctx.words[place.last] === ",") city = place;
    }
    const named = code !== undefined || city !== undefined;
    if (!named && head.entry.value.needsSender) continue;
    if (!named) {
      // a bare head: an anaphor when definite ("the embassy"), or "embassy" used as a modifier ("embassy staff")
      const isEmbassyWord = headWord === "embassy" || headWord === "consulate";
      // "embassy employees", "embassy staff": a modifier of people, left to the group finder
      const after = ctx.lower[end];
      if (after !== undefined && (lex.groupNouns.has(after) || EMBASSY_PEOPLE.has(after))) continue;
      let k = i - 1;
      while (k >= first && EMBASSY_ANAPHOR_MODIFIERS.has(ctx.lower[k]!)) k--;
      const definite = k >= first && DETERMINERS.has(ctx.lower[k]!);
      if (!definite && !isEmbassyWord) continue;
      if (headWord === "mission" && !definite) continue;
      // "the embassy's visa section": keep the head only
    }
    const cand: Candidate = {
      first: start,
      last: end,
      kind: "Embassy",
      rule: named ? (sender ? "embassy.sender" : code ? "embassy.of-state" : "embassy.city") : "embassy.anaphor",
    };
    if (code) cand.code = code;
    if (city) cand.city = city;
    if (!named) cand.anaphor = "embassy";
    if (!code && (ctx.lower[start - 1] === "its" || ctx.lower[start - 1] === "their")) cand.possessive = true;
    out.push(cand);
    claim(ctx, cand);
    i = end - 1;
  }
  // descriptions that refer back to the mission: "the compound", "the building", "the high-rise"
  for (let i = first; i < last; i++) {
    if (ctx.claimed[i] || !ctx.word[i]) continue;
    const m = lex.embassyAnaphors.match(ctx.words, ctx.lower, i, last, false);
    if (!m) continue;
    let k = i - 1;
    while (k >= first && EMBASSY_ANAPHOR_MODIFIERS.has(ctx.lower[k]!)) k--;
    if (!(k >= first && DETERMINERS.has(ctx.lower[k]!))) continue;
    // "the building of the parliament" is another building
    if (ctx.lower[m.end] === "of") continue;
    const cand: Candidate = { first: k + 1, last: m.end, kind: "Embassy", rule: "embassy.anaphor", anaphor: "embassy" };
    if (anyClaimed(ctx, cand.first, cand.last)) continue;
    out.push(cand);
    claim(ctx, cand);
    i = m.end - 1;
  }
}

/** States acting ("Russian troops", "the Japanese government", "Assad's government") and institutions ("riot police"). */
export function findActors(ctx: TokenContext, lex: Lexicon, first: number, last: number, hostCode: string | undefined, words: Set<string>, out: Candidate[]): void {
  for (let i = first; i < last; i++) {
    if (ctx.claimed[i] || !ctx.word[i]) continue;
    const w = ctx.lower[i]!;
    if (w === "government-in-exile" || w === "governments-in-exile") {
      // "the Tibetan government-in-exile": a body, not a state
      const s0 = i - 1 >= first && ctx.cap[i - 1] && !ctx.claimed[i - 1] ? i - 1 : i;
      const cand: Candidate = { first: s0, last: i + 1, kind: "Organization", rule: "org.government-in-exile" };
      cand.cluster = `org:${ctx.lower[i]}`;
      out.push(cand);
      claim(ctx, cand);
      continue;
    }
    // "the Ukrainian air force", "Greece's coast guard": an armed branch of a state is a body
    const branch = ctx.cap[i] ? undefined : ARMED_BRANCHES.find((b) => b[0] === w && ctx.lower[i + 1] === b[1]);
    if (branch && i + 1 < last) {
      const st = stateEndingAt(ctx, lex, i, first);
      if (st) {
        const cand: Candidate = { first: st.first, last: i + 2, kind: "Organization", rule: "org.armed-branch", code: st.code, cluster: `org:${st.code}:${branch.join(" ")}` };
        out.push(cand);
        claim(ctx, cand);
        i++;
        continue;
      }
    }
    // "the Brandenburg state government": a region's own government is a body, not the state
    if ((w === "government" || w === "authorities" || w === "administration") && i - 2 >= first && SUBNATIONAL.has(ctx.lower[i - 1]!) && ctx.cap[i - 2] && !ctx.claimed[i - 2] && !ctx.start[i - 2]) {
      let k = i - 2;
      while (k - 1 >= first && ctx.cap[k - 1] && ctx.word[k - 1] && !ctx.claimed[k - 1] && !ctx.start[k - 1]) k--;
      if (!lex.stateNames.match(ctx.words, ctx.lower, k, i - 1, true) && !lex.demonyms.match(ctx.words, ctx.lower, k, i - 1, true)) {
        const cand: Candidate = { first: k, last: i + 1, kind: "Organization", rule: "org.subnational-government" };
        cand.cluster = `org:${ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[i]!.end).toLowerCase()}`;
        out.push(cand);
        claim(ctx, cand);
        continue;
      }
    }
    // "British Army Training Unit Kenya": a capitalized noun inside a longer name is left to the name finder
    const inName = ctx.cap[i] === 1 && i + 1 < last && ctx.cap[i + 1] === 1 && ctx.word[i + 1] === 1 && !ctx.claimed[i + 1];
    if (STATE_ACTOR_NOUNS.has(w) && !inName) {
      let st = stateEndingAt(ctx, lex, i, first);
      // "Philippine special forces", "Iranian security forces": a modifier of the armed noun in between
      if (!st && ARMED_NOUNS.has(w) && i - 1 > first && ARMED_MODIFIERS.has(ctx.lower[i - 1]!) && !ctx.claimed[i - 1]) st = stateEndingAt(ctx, lex, i - 1, first);
      // "ethnic Armenian forces": people of a nation, not its state
      if (st && st.demonym && st.first - 1 >= first && ctx.lower[st.first - 1] === "ethnic") {
        const cand: Candidate = { first: st.first - 1, last: i + 1, kind: "Group", rule: "group.ethnic", specificity: 2 };
        cand.core = ctx.text.slice(ctx.tokens[st.first - 1]!.start, ctx.tokens[i]!.end);
        cand.cluster = `other:${cand.core.toLowerCase()}`;
        out.push(cand);
        claim(ctx, cand);
        continue;
      }
      if (st) {
        // "Russia's invasion of Ukraine": the noun of aggression stays out of the state's mention, so
        // the attack read from it has its target
        // "Azerbaijan's offensive in Karabakh", "a Russian bombardment hit": a strike noun is always left out
        const aggression = STRIKE_NOUNS.has(w) || (AGGRESSION_NOUNS.has(w) && ["of", "against", "on"].includes(ctx.lower[i + 1] ?? ""));
        const possessive = ctx.lower[i - 1] === "'s" || ctx.lower[i - 1] === "’s";
        const cand: Candidate = { first: st.first, last: aggression ? (possessive ? i - 1 : i) : i + 1, kind: "State", rule: "state.actor-noun", code: st.code };
        out.push(cand);
        claim(ctx, cand);
        continue;
      }
      // "government of [the] Syria", "government of Syrian President Bashar al-Assad"
      if ((w === "government" || w === "regime") && ctx.lower[i + 1] === "of") {
        let k = i + 2;
        if (ctx.lower[k] === "the") k++;
        const name = lex.stateNames.match(ctx.words, ctx.lower, k, last, true) ?? lex.demonyms.match(ctx.words, ctx.lower, k, last, true);
        if (name) {
          const cand: Candidate = { first: i, last: name.end, kind: "State", rule: "state.government-of", code: name.entry.value };
          out.push(cand);
          claim(ctx, cand);
          continue;
        }
      }
      // "Assad's government", "the Aquino government": a leader's name before the noun
      if ((w === "government" || w === "regime" || w === "administration") && i - 1 >= first) {
        let k = i - 1;
        if (ctx.lower[k] === "'s" || ctx.lower[k] === "’s") k--;
        const possessive = k < i - 1;
        // "Assad's government", "the Aquino government"; not "Transnational Government of ..."
        if (k >= first && ctx.cap[k] && !ctx.claimed[k] && !ctx.start[k] && (possessive || !words.has(ctx.lower[k]!)) && !(k - 1 >= first && ctx.cap[k - 1])) {
          const cand: Candidate = { first: k, last: i + 1, kind: "State", rule: "state.leader-government", viaPerson: ctx.words[k]! };
          if (hostCode) cand.code = hostCode;
          out.push(cand);
          claim(ctx, cand);
          continue;
        }
      }
      // bare "the government", "the authorities": the host state
      if (HOST_STATE_NOUNS.has(w) && hostCode && i - 1 >= first && ctx.lower[i - 1] === "the") {
        const cand: Candidate = { first: i, last: i + 1, kind: "State", rule: "state.host-government", code: hostCode, weak: true, anaphor: "government" };
        out.push(cand);
        claim(ctx, cand);
        continue;
      }
      // "the Hong Kong authorities": a city's or region's authorities are a body, not a state
      if (w === "authorities" && i - 1 >= first && ctx.cap[i - 1] && !ctx.claimed[i - 1]) {
        for (let k = Math.max(first, i - 3); k < i; k++) {
          const place = lex.regions.match(ctx.words, ctx.lower, k, i, true) ?? lex.cities.match(ctx.words, ctx.lower, k, i, true);
          if (place && place.end === i) {
            const cand: Candidate = { first: k, last: i + 1, kind: "Organization", rule: "org.local-authority" };
            cand.cluster = `org:${ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[i]!.end).toLowerCase()}`;
            out.push(cand);
            claim(ctx, cand);
            break;
          }
        }
        if (ctx.claimed[i]) continue;
      }
      // "the Manila traffic authorities": a city body
      if (w === "authorities" && i - 2 >= first && ctx.cap[i - 2] && !ctx.cap[i - 1]) {
        const c = lex.cities.match(ctx.words, ctx.lower, i - 2, i - 1, true);
        if (c) {
          const cand: Candidate = { first: i - 2, last: i + 1, kind: "Organization", rule: "org.local-authority" };
          cand.cluster = `org:${ctx.text.slice(ctx.tokens[i - 2]!.start, ctx.tokens[i]!.end).toLowerCase()}`;
          out.push(cand);
          claim(ctx, cand);
          continue;
        }
      }
    }
    // "France's foreign ministry", "the Turkish interior ministry": a state's ministry is a body of its own
    if (w === "ministry" || w === "office") {
      const k = i - 1;
      const portfolio = k >= first && MINISTRY_PORTFOLIOS.has(ctx.lower[k]!) ? k : -1;
      const st = portfolio >= 0 ? stateEndingAt(ctx, lex, portfolio, first) : undefined;
      if (st && !ctx.cap[i]) {
        const noun = `${ctx.lower[portfolio]} ${w}`;
        const cand: Candidate = { first: st.first, last: i + 1, kind: "Organization", rule: "org.state-ministry", code: st.code, cluster: `org:${st.code}:${noun}` };
        out.push(cand);
        claim(ctx, cand);
        continue;
      }
    }
    const inst = lex.institutions.match(ctx.words, ctx.lower, i, last, false);
    // "outside the parliament building": the institution's building is a place
    if (inst && !ctx.cap[i] && inst.entry.value.cluster === "parliament" && BUILDING_NOUNS.has(ctx.lower[inst.end] ?? "")) {
      const cand: Candidate = { first: i, last: inst.end + 1, kind: "Location", rule: "loc.institution-building" };
      cand.cluster = `loc:${ctx.lower.slice(i, inst.end + 1).join(" ")}`;
      out.push(cand);
      claim(ctx, cand);
      i = inst.end;
      continue;
    }
    if (inst) {
      const next = ctx.lower[inst.end];
      if (next !== undefined && POLICE_MODIFIED_NOUNS.has(next) && inst.entry.value.cluster === "police") {
        i = inst.end;
        continue;
      }
      // qualifiers: "local police", "Nepal police", "Aliyev's policemen", "Kathmandu police"
      let start = i;
      let code: string | undefined;
      if (i - 1 >= first && (ctx.lower[i - 1] === "local" || ctx.lower[i - 1] === "the local")) start = i - 1;
      else {
        const st = stateEndingAt(ctx, lex, i, first);
        if (st) {
          start = st.first;
          code = st.code;
        } else if (i - 1 >= first && ctx.cap[i - 1] && !ctx.claimed[i - 1] && !ctx.start[i - 1]) {
          // "Delhi Police", "Philippine National Police": a capitalized name is left to the name finder
          if (ctx.cap[i]) {
            i = inst.end - 1;
            continue;
          }
          start = i - 1;
          // "Warsaw police": a city qualifies the force with the city's state
          const city = lex.cities.match(ctx.words, ctx.lower, i - 1, i, true);
          if (city) code = lex.states.byAlpha2.get(city.entry.value.cc);
        }
      }
      const rule = inst.entry.value;
      const cand: Candidate = { first: start, last: inst.end, kind: "Organization", rule: rule.id, cluster: rule.cluster };
      if (code) {
        cand.code = code;
        if (hostCode && code !== hostCode && rule.cluster === "police") cand.cluster = `police:${code}`;
      }
      out.push(cand);
      claim(ctx, cand);
      i = inst.end - 1;
      continue;
    }
    if (POLICE_BARE_WORDS.has(w)) {
      const prev = ctx.lower[i - 1];
      if (prev === "police" || prev === "army" || prev === "military") continue;
      const cand: Candidate = { first: i, last: i + 1, kind: "Organization", rule: "org.police.bare", cluster: "police", anaphor: "officers" };
      // "plainclothes officers", "senior officers": keep a modifier
      out.push(cand);
      claim(ctx, cand);
    }
  }
}

function isModifier(ctx: TokenContext, lex: Lexicon, k: number, words: Set<string>): boolean {
  const w = ctx.lower[k]!;
  if (!ctx.word[k] || ctx.claimed[k]) return false;
  if (FUNCTION_WORDS.has(w) || NOT_MODIFIERS.has(w) || isNumberToken(w) || QUANTIFIERS.has(w)) return false;
  // "five Amnesty activists": a known body's name is the body, not a description of the collective
  if (ctx.cap[k] && insideBody(ctx, lex, k, 0, ctx.words.length, 1)) return false;
  if (ctx.cap[k] && !ctx.start[k]) {
    // a demonym or a capitalized adjective ("Buddhist", "Tibetan"); not a name
    if (lex.demonyms.match(ctx.words, ctx.lower, k, k + 1, true)) return true;
    if (lex.stateNames.match(ctx.words, ctx.lower, k, k + 1, true)) return false;
    return words.has(w) || /(an|ian|ese|ish|i|ist)$/.test(w);
  }
  if (w.endsWith("ly") || HEADLINE_VERBS.has(w)) return false;
  if (w.endsWith("ed") && !ED_ADJECTIVES.has(w)) return false;
  // "Police detained protesters", "troops who wounded civilians": after its subject an -ed adjective is the verb
  if (w.endsWith("ed") && k > 0 && !ctx.start[k] && (ctx.claimed[k - 1] || (ctx.cap[k - 1] && ctx.word[k - 1]) || SUBJECT_BEFORE_VERB.has(ctx.lower[k - 1]!))) return false;
  if (w.endsWith("ing") && !w.includes("-")) return false;
  return true;
}

/** Whether a known body's name ("Amnesty", "Human Rights Watch") covers token i, at least minLength tokens long. */
function insideBody(ctx: TokenContext, lex: Lexicon, i: number, first: number, last: number, minLength: number): boolean {
  for (let k = Math.max(first, i - 3); k <= i; k++) {
    const m = lex.bodies.match(ctx.words, ctx.lower, k, last, true);
    if (m && m.end > i && m.end - k >= minLength) return true;
  }
  return false;
}

/** Collectives: "Dozens of hardline Iranian protesters", "a crowd of roughly a thousand", "About 200 people". */
export function findGroups(ctx: TokenContext, lex: Lexicon, first: number, last: number, words: Set<string>, out: Candidate[]): void {
  for (let i = first; i < last; i++) {
    if (ctx.claimed[i] || !ctx.word[i]) continue;
    const w = ctx.lower[i]!;
    // "Human Rights Watch": a capitalized noun inside a known body's name of several words is left to the name finder
    if (ctx.cap[i] && insideBody(ctx, lex, i, first, last, 2)) continue;
    // "counter-protesters", "counter-demonstrators": the head noun after the prefix
    let rule = lex.groupNouns.get(w) ?? (w.startsWith("counter-") ? lex.groupNouns.get(w.slice(8)) : undefined);
    const nextWord = ctx.lower[i + 1];
    // a people named by its plural ("Armenians", "Kurds", "Ethiopian-Americans"); a plural that is
    // also the adjective ("Chinese") is one only when no noun follows ("Chinese demonstrators")
    const peopleWord = lex.states.peoples.has(w) || ETHNIC_PLURALS.has(w) || diasporaPlural(lex, w);
    const nounNext = nextWord !== undefined && ctx.word[i + 1] === 1 && !ctx.cap[i + 1] && !FUNCTION_WORDS.has(nextWord);
    const isPeople = PEOPLE_NOUNS.has(w) || (peopleWord && !(lex.states.demonyms.has(w) && nounNext));
    // "Kurds rallied", "Armenians marched": a people acting as the subject is the collective
    const peopleActs = peopleWord && nextWord !== undefined && (ACTING_VERBS.has(nextWord) || (/[^e]ed$/u.test(nextWord) && !ED_ADJECTIVES.has(nextWord)));
    if (!rule && !isPeople) {
      // "A smaller group picketed the consulate": an indefinite, described group is a collective of its own
      // ("Abu Sayyaf, a militant group founded in the 1990s": an apposition describing a name, no crowd)
      const apposition = i - 3 >= first && ctx.words[i - 3] === ",";
      if (GROUP_ANAPHORS.has(w) && !apposition && ctx.lower[i + 1] !== "of" && i - 2 >= first && isModifier(ctx, lex, i - 1, words) && (ctx.lower[i - 2] === "a" || ctx.lower[i - 2] === "another")) {
        const core = ctx.text.slice(ctx.tokens[i - 1]!.start, ctx.tokens[i]!.end);
        const second = SECOND_GROUP.test(core.toLowerCase());
        const cand: Candidate = { first: i - 2, last: i + 1, kind: "Group", rule: "group.described", cluster: second ? secondKey(core) : "protest", core, specificity: 1 };
        out.push(cand);
        claim(ctx, cand);
        continue;
      }
      // "the group", "the crowd" referring back to the collective
      if (GROUP_ANAPHORS.has(w) && i - 1 >= first && ctx.lower[i - 1] === "the" && ctx.lower[i + 1] !== "of") {
        out.push({ first: i - 1 + 1, last: i + 1, kind: "Group", rule: "group.anaphor", anaphor: "group", cluster: "protest" });
        ctx.claimed[i] = 1;
      }
      continue;
    }
    const peopleIn = lex.states.peoples.has(w) && ctx.lower[i + 1] === "in" && i + 2 < last && ctx.cap[i + 2] === 1;
    if (ctx.cap[i] && (!ctx.start[i] || ctx.words[i - 1] === "(") && !peopleIn && !peopleWord) continue;
    // modifiers to the left
    let k = i - 1;
    let modifiers = 0;
    while (k >= first && modifiers < 4 && isModifier(ctx, lex, k, words)) {
      k--;
      modifiers++;
    }
    // "to protect foreign diplomats": a word after infinitival "to" is a verb, not a modifier
    while (modifiers > 0 && k >= first && ctx.lower[k] === "to") {
      k++;
      modifiers--;
    }
    // "helped evacuate civilians", "let go prisoners": a bare infinitive after help/let/make is a verb
    while (modifiers > 0 && k >= first && BARE_INFINITIVE_VERBS.has(ctx.lower[k]!)) {
      k++;
      modifiers--;
    }
    const coreFirst = k + 1;
    // quantity to the left: "Dozens of", "More than 2,000", "a group of", "About 250 members of"
    let q = k;
    let quantified = false;
    while (q >= first && !ctx.claimed[q]) {
      const x = ctx.lower[q]!;
      if (isNumberToken(x) || QUANTIFIERS.has(x) || x === "members" || x === "small" || x === "large" || x === "big" || x === "huge") {
        if (isNumberToken(x) || x === "dozens" || x === "hundreds" || x === "thousands" || x === "several" || x === "group" || x === "crowd" || x === "handful" || x === "many" || x === "members") quantified = true;
        q--;
        continue;
      }
      break;
    }
    let start = q + 1;
    // a leading "of"/"a" without a quantity word is not part of the phrase
    while (start < coreFirst && (ctx.lower[start] === "of" || ctx.lower[start] === "a" || ctx.lower[start] === "an" || ctx.lower[start] === "to" || ctx.lower[start] === "than" || ctx.lower[start] === "more" || ctx.lower[start] === "some" || ctx.lower[start] === "other" || ctx.lower[start] === "all" || ctx.lower[start] === "most")) {
      if (ctx.lower[start] === "more" && ctx.lower[start + 1] === "than") break;
      start++;
    }
    // "rounded up protesters", "worried about protesters": an opener without its continuation is not a quantity
    for (;;) {
      const opens = start < coreFirst ? QUANTITY_OPENERS.get(ctx.lower[start]!) : undefined;
      const next = ctx.lower[start + 1] ?? "";
      if (!opens || opens.includes(next) || (opens.includes("*") && isNumberToken(next))) break;
      start++;
    }
    // "in solidarity with Palestinians in Gaza": a nation's people placed somewhere are a collective of their own
    const placedPeople = isPeople && !quantified && modifiers === 0 && peopleIn;
    if (isPeople && !quantified && modifiers === 0 && !placedPeople && !peopleActs) continue;
    // "eight Israelis dead": people counted as casualties are not a collective of the story
    if (peopleWord && CASUALTY_WORDS.has(nextWord ?? "")) continue;
    // a bystander collective ("witnesses said", "civilians") is a node only when described or counted
    // ... unless it acts as the subject of a protest ("Villagers marched to the embassy")
    const othersAct = rule !== undefined && rule.cluster === "other" && PROTEST_VERBS.has(nextWord ?? "");
    if (rule && rule.cluster === "other" && !quantified && modifiers === 0 && !othersAct) continue;
    if (w === "groups" || w === "organisations" || w === "organizations" || w === "associations") {
      // "opposition groups", "rights groups"; not "two uniformed organisations"
      if (modifiers === 0 || ctx.lower[i - 1]!.endsWith("ed")) continue;
    }
    let end = i + 1;
    // "a crowd of roughly a thousand", "participants of the rally", "organizers of the protest"
    if (ctx.lower[end] === "of") {
      let r = end + 1;
      while (r < last && (isNumberToken(ctx.lower[r]!) || ctx.lower[r] === "roughly" || ctx.lower[r] === "about" || ctx.lower[r] === "around" || ctx.lower[r] === "some" || ctx.lower[r] === "more" || ctx.lower[r] === "than" || ctx.lower[r] === "a" || ctx.lower[r] === ",")) r++;
      if (r > end + 1 && isNumberToken(ctx.lower[r - 1]!)) end = r;
      else if ((ctx.lower[end + 1] === "the" || ctx.lower[end + 1] === "this") && ["rally", "protest", "demonstration", "march", "picket", "action", "sit-in", "vigil"].includes(ctx.lower[end + 2] ?? "")) end = end + 3;
    }
    const coreText = ctx.text.slice(ctx.tokens[coreFirst]!.start, ctx.tokens[i]!.end);
    let cluster = "protest";
    // a second collective facing or backing the first: "counter-protesters", "a smaller rival crowd",
    // "supporters of the farmers" (supporters of a group, not of a party)
    let second = w.startsWith("counter") || SECOND_GROUP.test(coreText.toLowerCase());
    // "A few hundred royalists held a counter-rally": the group that holds a counter-event is the second collective
    // ("about 40 nationalists who had gathered nearby in a counter-protest": the relative clause says so too)
    const counterWindow = ctx.lower[end] === "who" ? 12 : 5;
    for (let k = end; !second && k < Math.min(last, end + counterWindow); k++) {
      if (counterWindow > 5 && (ctx.words[k] === "," || ctx.words[k] === ";")) break;
      if (ctx.lower[k]!.startsWith("counter-")) second = true;
    }
    if (!second && (w === "supporters" || w === "sympathisers" || w === "sympathizers" || w === "backers") && ctx.lower[i + 1] === "of") {
      const k = ctx.lower[i + 2] === "the" ? i + 3 : i + 2;
      if (lex.groupNouns.has(ctx.lower[k] ?? "")) second = true;
    }
    if (isPeople) {
      // the first people named in the article is the acting collective; a second, different people
      // ("about 50 Egyptian-Americans gathered outside the Ethiopian embassy") is a collective of its own
      const first = firstPeople.get(ctx);
      if (peopleWord && first === undefined) firstPeople.set(ctx, w);
      cluster = peopleWord && first !== undefined && first !== w ? `protest:people:${w}` : "protest";
      // "tens of thousands of ethnic Armenians have fled": a population, not the crowd of the story
      if (peopleWord && ctx.lower.slice(coreFirst, i).includes("ethnic")) cluster = `other:ethnic ${w}`;
    }
    else if (rule && rule.cluster === "other") {
      const stem = modifiers > 0 ? ctx.lower[i - 1]! : "";
      const protestish = /^(nationalist|student|activist|protest|youth|opposition-)/.test(stem);
      if ((rule.id === "group.org-collective" && protestish) || othersAct) cluster = "protest";
      else cluster = `other:${stem ? `${stem} ` : ""}${w}`;
    }
    if (second && cluster === "protest") cluster = secondKey(coreText);
    // ... but "Venezuelans in Miami rally": as the subject they are the acting collective
    if (placedPeople && ["with", "for", "of", "to", "among", "against"].includes(ctx.lower[i - 1] ?? "")) cluster = `other:${w}`;
    if (ARMED_WHEN_NAMED.has(w) && modifiers > 0 && ctx.cap[i - 1]) cluster = `other:${ctx.lower[i - 1]} ${w}`;
    const cand: Candidate = {
      first: start,
      last: end,
      kind: "Group",
      rule: rule ? rule.id : isPeople && !PEOPLE_NOUNS.has(w) ? "group.people-noun" : "group.people",
      cluster,
      core: coreText,
      // a people's name ("Armenians") ranks with "protesters" as a label; bare "people" below both
      specificity: modifiers + (peopleWord ? 0 : isPeople ? -1 : 0),
    };
    out.push(cand);
    claim(ctx, cand);
    i = end - 1;
  }
}

/** Words before a site noun that make the noun part of a compound, not a site ("a land mine" is a weapon). */
const NOT_SITE_MODIFIERS: ReadonlySet<string> = new Set(["land", "sea", "anti-personnel", "anti-tank"]);

/**
 * Unnamed industrial and military sites: "a thermal power plant", "the nuclear plant", "an oil refinery".
 * A determiner and at least one modifier are needed (a bare "the plant" only refers back to one named before).
 * All descriptions with the same head noun in one article are one site.
 */
export function findFacilities(ctx: TokenContext, first: number, last: number, out: Candidate[]): void {
  for (let i = first; i < last; i++) {
    if (ctx.claimed[i] || ctx.cap[i]) continue;
    const head = ctx.lower[i]!;
    if (!FACILITY_HEADS.has(head)) continue;
    let k = i - 1;
    let modifiers = 0;
    while (k >= first && modifiers < 3 && !ctx.claimed[k] && ctx.word[k] && !ctx.cap[k] && !FUNCTION_WORDS.has(ctx.lower[k]!) && !isNumberToken(ctx.lower[k]!)) {
      k--;
      modifiers++;
    }
    const det = k >= first ? ctx.lower[k]! : "";
    if (det !== "a" && det !== "an" && det !== "the" && det !== "its") continue;
    if (modifiers > 0 && NOT_SITE_MODIFIERS.has(ctx.lower[i - 1]!)) continue;
    // an unnamed station is a site only as a power station ("a police station" where detainees are taken is
    // incidental; a "radio station" is an outlet)
    if (head === "station" && ctx.lower[i - 1] !== "power") continue;
    // "the plant's owner" still names the site; "the plant workers" does too (head stays the site)
    const cand: Candidate = { first: k + 1, last: i + 1, kind: "Location", rule: modifiers > 0 ? "loc.facility.unnamed" : "loc.facility.anaphor", cluster: `facility:${head}` };
    if (modifiers === 0) cand.weak = true;
    out.push(cand);
    claim(ctx, cand);
  }
}

// Finds mention candidates in an article: head-final phrases first (embassies, state actors,
// institutions, groups), then pronouns, then capitalized names. Clutter sentences are skipped.
// Last, decisions over the whole article: one kind per name, acronyms joined to their names, collectives
// that are not the protest collective.
import type { LexiconEntryConfig } from "../config.js";
import { lexicon } from "../lexicon/index.js";
import { firstNameSet } from "../lexicon/persons.js";
import type { PhraseTable } from "../lexicon/phrases.js";
import { englishWordSet } from "../lexicon/words.js";
import type { TokenContext } from "./context.js";
import { separateCollectives } from "./collectives.js";
import { linkAcronymsByInitials, unifyNameKinds } from "./document.js";
import { findForces } from "./forces.js";
import { findAnaphors, findLowerCaseBodies, findNames, type NameHints } from "./names.js";
import { findActors, findEmbassies, findFacilities, findGroups } from "./phrases.js";
import type { Candidate } from "./types.js";

export interface HostPlace {
  /** The dateline place as written ("TEHRAN") and as a label ("Tehran"). */
  place?: string;
  label?: string;
  /** State of the dateline place (alpha-3). */
  code?: string;
}

export interface FoundMentions {
  candidates: Candidate[];
  host: HostPlace;
  acronyms: Map<string, string>;
}

function titleCaseWord(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Reads the dateline ("TEHRAN, Nov 29 –", "MANILA, Philippines –") for the host city and state. */
function readDateline(ctx: TokenContext, out: Candidate[]): HostPlace {
  const lex = lexicon();
  const host: HostPlace = {};
  for (const span of ctx.spans) {
    if (span.role !== "dateline" || !span.dateline) continue;
    const label = titleCaseWord(span.dateline.place);
    host.place = span.dateline.place;
    host.label = label;
    let k = span.first;
    while (k < span.last && ctx.cap[k] && ctx.words[k] !== ",") k++;
    const city = lex.cities.match(ctx.words, ctx.lower, span.first, k, true);
    const state = lex.stateNames.match(ctx.words, ctx.lower, span.first, k, true);
    if (state && state.end === k) {
      host.code = state.entry.value;
      out.push({ first: span.first, last: k, kind: "State", rule: "state.dateline", code: state.entry.value });
    } else {
      if (city) host.code = lex.states.byAlpha2.get(city.entry.value.cc);
      out.push({ first: span.first, last: k, kind: "Location", rule: "loc.dateline", cluster: `loc:${label.toLowerCase()}`, label });
    }
    for (let i = span.first; i < k; i++) ctx.claimed[i] = 1;
    if (span.dateline.region) {
      // "MANILA, Philippines –"
      const r = k + 1;
      const st = lex.stateNames.match(ctx.words, ctx.lower, r, span.last, true);
      if (st) {
        host.code = st.entry.value;
        out.push({ first: r, last: st.end, kind: "State", rule: "state.dateline", code: st.entry.value });
        for (let i = r; i < st.end; i++) ctx.claimed[i] = 1;
      }
    }
    break;
  }
  return host;
}

/** Sentences read at the top of an article without a dateline to find the place of the story. */
const LEAD_SENTENCES = 3;

/**
 * Without a dateline, the state of the first national capital named in the headline or lead
 * ("Riot police disperse Tbilisi protest") is the story's host state: "the government" is its government.
 */
function hostFromLead(ctx: TokenContext): string | undefined {
  const lex = lexicon();
  // Failing a capital, a large city ("Police disperse dockworkers in Chittagong"), then a state
  // named in the lead ("... at Bangladesh's main seaport"): the story happens there.
  let city: string | undefined;
  let state: string | undefined;
  let seen = 0;
  for (const span of ctx.spans) {
    if (span.role === "clutter" || span.role === "dateline") continue;
    if (++seen > LEAD_SENTENCES) break;
    for (let i = span.first; i < span.last; i++) {
      if (!ctx.cap[i] || (ctx.start[i] && ctx.words[i] === ctx.words[i]!.toUpperCase())) continue;
      const found = lex.cities.match(ctx.words, ctx.lower, i, span.last, true);
      if (found && !(found.end < span.last && ctx.cap[found.end])) {
        if (found.entry.value.capital) return lex.states.byAlpha2.get(found.entry.value.cc);
        if (found.entry.value.pop >= LEAD_CITY_POPULATION) city ??= lex.states.byAlpha2.get(found.entry.value.cc);
      }
      const named = lex.stateNames.match(ctx.words, ctx.lower, i, span.last, true);
      if (named) state ??= named.entry.value;
    }
  }
  return city ?? state;
}

/** A non-capital city in the lead places the story only when it is this large, in thousands of people (towns share names). */
const LEAD_CITY_POPULATION = 200;

/** Finds all mention candidates of an article, sorted by position. */
export function findMentions(ctx: TokenContext, user?: PhraseTable<LexiconEntryConfig>): FoundMentions {
  const lex = lexicon();
  const out: Candidate[] = [];
  const host = readDateline(ctx, out);
  if (!host.code) {
    const lead = hostFromLead(ctx);
    if (lead) host.code = lead;
  }
  const hints: NameHints = { acronyms: new Map(), englishWords: englishWordSet(), firstNames: firstNameSet(), orgNames: new Map(), placeNames: new Map() };
  if (host.place) hints.datelinePlace = host.label?.toLowerCase();
  for (const span of ctx.spans) {
    if (span.role === "clutter" || span.role === "dateline") continue;
    const { first, last } = span;
    if (user && user.size > 0) {
      for (let i = first; i < last; i++) {
        if (ctx.claimed[i]) continue;
        const m = user.match(ctx.words, ctx.lower, i, last, false);
        if (!m) continue;
        const entry = m.entry.value;
        const cand: Candidate = { first: i, last: m.end, kind: entry.kind, rule: entry.id, cluster: `user:${entry.id}`, label: entry.names[0]! };
        if (entry.key?.code) cand.code = entry.key.code;
        out.push(cand);
        for (let j = i; j < m.end; j++) ctx.claimed[j] = 1;
        i = m.end - 1;
      }
    }
    findForces(ctx, lex, first, last, out);
    findLowerCaseBodies(ctx, lex, first, last, out);
    findEmbassies(ctx, lex, first, last, out);
    findActors(ctx, lex, first, last, host.code, hints.englishWords, out);
    findGroups(ctx, lex, first, last, hints.englishWords, out);
    findAnaphors(ctx, first, last, out);
    findNames(ctx, lex, first, last, hints, out);
    findFacilities(ctx, first, last, out);
  }
  unifyNameKinds(ctx, out);
  linkAcronymsByInitials(ctx, out);
  separateCollectives(ctx, out, host.code);
  out.sort((a, b) => a.first - b.first || b.last - a.last);
  return { candidates: out, host, acronyms: hints.acronyms };
}

// Decisions over all the mention candidates of one article, after each sentence has been read on its
// own: one kind for one name (the strongest evidence anywhere in the article wins), and unknown
// acronyms joined to the organization whose initials spell them.
import type { TokenContext } from "./context.js";
import type { Candidate } from "./types.js";

/** Rules whose evidence for a kind is strong: a title, a role, an apposition, the name's own words. */
const STRONG_RULES: readonly RegExp[] = [
  /^person\.(role|apposition)$/u,
  /^org\.(apposition|apposition-after|appositive|acronym-definition|armed-members|foreign-head|caps-token|head|state-suffix|legislature)$/u,
  /^org\.descriptor\./u,
  /^loc\.(street|street-suffix|head|descriptor|named-by-place-noun|apposition)$/u,
];
/** Rules whose evidence is medium: a determiner, a first name, a name read before as a body. */
const MEDIUM_RULES: readonly RegExp[] = [/^org\.(determiner|seen-name)$/u, /^person\.first-name$/u];
/** Rules that only say "a capitalized name": the shape of a person's name, or a verb of saying after it. */
const WEAK_RULES: readonly RegExp[] = [/^person\.(shape|shape\.weak|headline|speech|single|possessive|first-name\.single)$/u];

/** Rule id of a candidate re-typed by the article's stronger evidence for the same name. */
export const DOCUMENT_KIND_RULE = { id: "name.document-kind", reason: "one name in one article is one entity: its kind is the one the strongest evidence anywhere in the article gives" };
/** Rule id of an acronym joined to the organization whose initials spell it. */
export const ACRONYM_INITIALS_RULE = { id: "org.acronym.initials", reason: "an acronym that spells the initials of exactly one organization named in the article abbreviates it ('PS' for 'Progressive Slovakia')" };
/** Rule id of an acronym joined to the one organization whose name holds it. */
export const NAME_PART_RULE = { id: "org.name-part", reason: "an acronym used inside exactly one organization's longer name ('the Kurdish YPG militia' ... 'the YPG') names that organization" };

function strength(c: Candidate): number {
  if (c.anaphor) return 0;
  if (c.kind === "Person" && c.title) return 3;
  if (STRONG_RULES.some((r) => r.test(c.rule))) return 3;
  if (MEDIUM_RULES.some((r) => r.test(c.rule))) return 2;
  if (WEAK_RULES.some((r) => r.test(c.rule))) return 1;
  return 0;
}

function spanKey(ctx: TokenContext, c: Candidate): string {
  return ctx.text
    .slice(ctx.tokens[c.first]!.start, ctx.tokens[c.last - 1]!.end)
    .replace(/\s+/gu, " ")
    .replace(/^the /iu, "")
    .replace(/['’]s$/u, "")
    .toLowerCase();
}

/**
 * "Abu Sayyaf" typed a person in the headline and a body in "Abu Sayyaf, a militant group": the
 * candidates whose evidence is weaker than the strongest for the same name take its kind and cluster.
 * Names of two or more words only; a kind only wins alone (a person's title against a body's head word
 * leaves both as they are).
 */
export function unifyNameKinds(ctx: TokenContext, candidates: Candidate[]): void {
  const byName = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.anaphor || (c.kind !== "Person" && c.kind !== "Organization" && c.kind !== "Location")) continue;
    const key = spanKey(ctx, c);
    if (!key.includes(" ")) continue;
    const list = byName.get(key);
    if (list) list.push(c);
    else byName.set(key, [c]);
  }
  for (const list of byName.values()) {
    if (list.length < 2 || list.every((c) => c.kind === list[0]!.kind)) continue;
    let best: Candidate | undefined;
    let bestStrength = 0;
    let tie = false;
    for (const c of list) {
      const s = strength(c);
      if (s > bestStrength) {
        best = c;
        bestStrength = s;
        tie = false;
      } else if (s === bestStrength && best && c.kind !== best.kind) tie = true;
    }
    if (!best || tie || bestStrength < 2) continue;
    for (const c of list) {
      // (a candidate of a rule that says nothing about a name's kind, a city or a police station, is left alone)
      const own = strength(c);
      if (c.kind === best.kind || own === 0 || own >= bestStrength) continue;
      c.kind = best.kind;
      c.rule = DOCUMENT_KIND_RULE.id;
      c.tentative = false;
      c.doubtful = false;
      if (best.kind === "Person") {
        delete c.cluster;
        delete c.code;
      } else if (best.cluster) c.cluster = best.cluster;
    }
  }
}

const ACRONYM = /^\p{Lu}{2,8}$/u;
/** Lower-case words and articles left out of an organization's initials. */
const NOT_INITIALS: ReadonlySet<string> = new Set(["the", "of", "for", "and", "&", "de", "la", "du", "del", "des", "di", "da", "on", "in"]);

/** Initials of a name: first letters of its capitalized words ("Progressive Slovakia" -> "PS"). */
function initials(text: string): string {
  let out = "";
  for (const w of text.split(/[\s-]+/u)) {
    if (!w || NOT_INITIALS.has(w.toLowerCase())) continue;
    // only capitalized words: "party" in "Civic Renewal party" is a descriptor, not part of the name
    const ch = w[0]!;
    if (ch === ch.toLowerCase()) continue;
    out += ch;
  }
  return out;
}

/**
 * "PS leader Michal Šimečka" after "the opposition Progressive Slovakia party": an acronym read as an
 * organization of its own joins the one organization of the article whose initials it spells.
 */
export function linkAcronymsByInitials(ctx: TokenContext, candidates: Candidate[]): void {
  const byInitials = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.kind !== "Organization" || c.anaphor || !c.cluster || c.last - c.first < 2) continue;
    const text = ctx.text.slice(ctx.tokens[c.first]!.start, ctx.tokens[c.last - 1]!.end);
    if (!/^\p{Lu}/u.test(text)) continue;
    const key = initials(text);
    if (key.length < 2) continue;
    const set = byInitials.get(key) ?? new Set<string>();
    set.add(c.cluster);
    byInitials.set(key, set);
  }
  // the acronyms inside multi-word organization names
  const byAcronymWord = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.kind !== "Organization" || c.anaphor || !c.cluster || c.last - c.first < 2 || !ctx.cap[c.first]) continue;
    for (let k = c.first; k < c.last; k++) {
      const w = ctx.words[k]!;
      if (!ACRONYM.test(w)) continue;
      const set = byAcronymWord.get(w) ?? new Set<string>();
      set.add(c.cluster);
      byAcronymWord.set(w, set);
    }
  }
  for (const c of candidates) {
    if (c.kind !== "Organization" || c.rule !== "org.acronym" || c.last - c.first !== 1) continue;
    const word = ctx.words[c.first]!;
    if (!ACRONYM.test(word)) continue;
    const clusters = byInitials.get(word);
    if (clusters && clusters.size === 1) {
      c.cluster = [...clusters][0]!;
      c.rule = ACRONYM_INITIALS_RULE.id;
      continue;
    }
    const holders = byAcronymWord.get(word);
    if (!clusters && holders && holders.size === 1) {
      c.cluster = [...holders][0]!;
      c.rule = NAME_PART_RULE.id;
    }
  }
}

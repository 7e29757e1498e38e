// Relations read from the shape of names and appositions rather than from a verb:
// embassy -> its state and city (represents, located-in), "X in Y", "Kathmandu, the Nepalese capital",
// titles ("Syrian President Bashar al-Assad" leads Syria) and roles ("activist X" member of the activists).
import type { Entity } from "../../model/types.js";
import type { Candidate } from "./frames.js";
import { BASED_WORDS, CAPITAL_WORDS, GENERIC_ACTORS, PLACE_MODIFIERS, SEATED_BODY_HEADS, SEAT_NOUNS, SITED_VERBS, SUBAREA_WORDS } from "./rules/places.js";
import { lexicon, SUBDIVISION_RULE } from "../lexicon/index.js";
import { GROUP_ROLES, TITLE_RULES } from "./rules/roles.js";
import { ADVERBS, FILLERS, PREPOSITIONS, SECURITY_FORCES } from "./rules/cues.js";
import { ALLIED_SUFFIXES, BACKING_SUFFIXES } from "./rules/conflict.js";
import { governingPrep, hasNegation, isQuoted, matchPhrase } from "./slots.js";
import { stateEntityFor } from "./states.js";
import { cityState } from "./home.js";
import { stateLexicon } from "../lexicon/states.js";
import type { TitleRule } from "./types.js";
import type { MentionSpan, SentenceView } from "./view.js";

const normCache = new Map<string, string>();

/** Lower case, straight apostrophes, punctuation to spaces; memoized (labels and titles repeat). */
function norm(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    if (normCache.size > 50_000) normCache.clear();
    n = normUncached(s);
    normCache.set(s, n);
  }
  return n;
}

function normUncached(s: string): string {
  return s.toLowerCase().replace(/’/g, "'").replace(/[^\p{L}\p{N}' -]+/gu, " ").replace(/\s+/g, " ").trim();
}

function names(e: Entity): string[] {
  return [e.label, ...e.aliases].map(norm);
}

/** Finds the entity of the given kinds named `name` (label or alias). */
export function entityNamed(entities: readonly Entity[], name: string, kinds: readonly string[]): Entity | undefined {
  const n = norm(name);
  return entities.find((e) => kinds.includes(e.kind) && names(e).includes(n));
}

/** The sending state of an embassy: from its key, or from a label "Embassy of X in Y". */
export function embassyState(embassy: Entity, entities: readonly Entity[]): Entity | undefined {
  if (embassy.key?.state) {
    const found = entityNamed(entities, embassy.key.state, ["State"]);
    if (found) return found;
  }
  const m = /(?:embassy|consulate|mission|high commission) of (?:the )?(.+?)(?: in |$)/i.exec(embassy.label);
  return m ? entityNamed(entities, m[1]!, ["State"]) : undefined;
}

export function embassyCity(embassy: Entity, entities: Entity[]): Entity | undefined {
  if (embassy.key?.city) {
    const found = entityNamed(entities, embassy.key.city, ["Location"]);
    if (found) return found;
  }
  const m = / in (?:the )?(.+)$/i.exec(embassy.label);
  return m ? entityNamed(entities, m[1]!, ["Location"]) : undefined;
}

interface Located {
  view: SentenceView;
  candidate: Candidate;
}

/**
 * Embassy identity edges: represents its state, located in its city. Evidence is the sentence
 * whose mention of the embassy names the state (or city), else the first sentence naming both.
 */
export function embassyCandidates(views: SentenceView[], entities: Entity[]): Located[] {
  const out: Located[] = [];
  for (const embassy of entities) {
    if (embassy.kind !== "Embassy") continue;
    const spans: { view: SentenceView; span: MentionSpan }[] = [];
    for (const view of views) for (const span of view.mentions) if (span.entity.id === embassy.id) spans.push({ view, span });
    if (spans.length === 0) continue;
    const pairs: [Entity | undefined, "represents" | "located-in", string][] = [
      [embassyState(embassy, entities), "represents", "embassy.state"],
      [embassyCity(embassy, entities), "located-in", "embassy.city"],
    ];
    for (const [other, predicate, rule] of pairs) {
      if (!other) continue;
      const otherNames = names(other);
      const inText = spans.find(({ span }) => {
        const text = norm(span.mention.text);
        return otherNames.some((n) => n.length > 0 && text.includes(n));
      });
      const together = spans.find(({ view }) => view.mentions.some((m) => m.entity.id === other.id));
      const chosen = inText ?? together ?? (predicate === "represents" ? spans[0] : undefined);
      if (!chosen) continue;
      const target = chosen.view.mentions.find((m) => m.entity.id === other.id) ?? chosen.span;
      out.push({
        view: chosen.view,
        candidate: { source: chosen.span, target: { ...target, entity: other }, predicate, rule, polarity: "asserted" },
      });
    }
  }
  return out;
}

function nextMention(view: SentenceView, j: number, skip: Set<string>, limit: number): MentionSpan | null {
  for (let k = j; k < view.words.length && k < j + limit; k++) {
    const w = view.words[k]!;
    if (w.m !== -1) return view.mentions[w.m]!;
    if (!skip.has(w.w)) return null;
  }
  return null;
}

/** Heads of a Group named for whom it backs: "supporters of Niger's new military rulers". */
const BACKERS = new Set(["supporters", "backers", "loyalists", "followers", "sympathisers", "sympathizers", "partisans", "fans", "admirers"]);

/** "Thousands of supporters of X": the group supports X (a possessor names X: "of Niger's rulers"). */
export function backerCandidates(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (const g of view.mentions) {
    if (g.entity.kind !== "Group" || !BACKERS.has(words[g.last]!.w) || words[g.last + 1]?.w !== "of") continue;
    // "supporters of Shi'ite cleric Moqtada al-Sadr": over a short description before the name.
    let j = g.last + 2;
    while (j < words.length && j < g.last + 5 && words[j]!.m === -1 && /^[\p{L}'-]+$/u.test(words[j]!.w) && !PREPOSITIONS.has(words[j]!.w) && !["and", "or", "who", "which", "that"].includes(words[j]!.w)) j++;
    const target = nextMention(view, j, FILLERS, 1);
    if (!target || target.entity.id === g.entity.id || target.entity.kind === "Location") continue;
    out.push({ source: g, target, predicate: "supports", rule: "support.backers-of", polarity: "asserted" });
  }
  return out;
}

/** Words that end the modifiers before an ally's owner ("a close Saudi ally"). */
const ALLY_STOPS = new Set(["a", "an", "the", "not", "no", "and", "or", "as", "of", "is", "was", "are", "were", "been", "be", "remains", "remained", "became", "become"]);
/** Copulas that make the subject the ally: "Belarus is Russia's closest ally". */
const ALLY_COPULAS = new Set(["is", "was", "remains", "remained", "became", "becomes", "been", "'s"]);

function mentionAt(view: SentenceView, k: number): MentionSpan | null {
  const m = view.words[k]?.m;
  return m === undefined || m === -1 ? null : view.mentions[m]!;
}

/** The mention is itself the possessor of a noun before the ally noun ("Iran's army ally"): not a modifier. */
function isPossessed(view: SentenceView, span: MentionSpan): boolean {
  return view.words[span.last + 1]?.w === "'s";
}

/**
 * The mention an ally phrase stands in apposition to, when the phrase starts after \`k\`:
 * "A, B's ally", "A, one of B's allies", "A, a NATO member and one of B's allies", "A, a close B ally".
 */
function allyAppositive(view: SentenceView, k: number): MentionSpan | null {
  const words = view.words;
  let p = k;
  if (words[p]?.w === "a" || words[p]?.w === "an") p--;
  if (words[p]?.w === "of" && words[p - 1]?.w === "one") {
    p -= 2;
    // "A, a NATO member and one of B's allies": over a short first apposition.
    if (words[p]?.w === "and") {
      let q = p - 1;
      while (q > 0 && q >= p - 6 && words[q]!.w !== ",") q--;
      if (words[q]?.w === ",") p = q;
    }
  }
  if (words[p]?.w !== ",") return null;
  return mentionAt(view, p - 1);
}

/** "A is B's ally", "A has long been a key B ally": the subject of a copula ending at \`k\`. */
function copulaSubject(view: SentenceView, k: number): MentionSpan | null {
  const words = view.words;
  let p = k;
  if (words[p]?.w === "a" || words[p]?.w === "an") p--;
  if (!ALLY_COPULAS.has(words[p]?.w ?? "")) return null;
  p--;
  for (let n = 0; n < 3 && p >= 0 && (ADVERBS.has(words[p]!.w) || ["has", "have", "had", "long"].includes(words[p]!.w)); n++) p--;
  return mentionAt(view, p);
}

/** Verbs and words between coordinated subjects and "allies"/"alliance": "are close allies", "formed a military alliance". */
const ALLIANCE_VERBS = new Set(["are", "were", "became", "become", "remain", "remained", "been", "have", "has", "had", "formed", "form", "forged", "forge", "sealed", "signed", "announced", "launched", "created", "long", "close", "closest", "key", "military", "strategic", "defence", "defense", "security", "new", "an", "a", "firm", "old", "staunch", "also", "now", "still"]);

/**
 * "Mali and Niger are allies", "Russia and China formed a strategic alliance": the coordinated
 * subjects of a copula or of forming an alliance are allied with each other.
 */
function coordinatedAllies(view: SentenceView, i: number): Candidate[] {
  const words = view.words;
  let j = i - 1;
  let verb = false;
  while (j >= 0 && j >= i - 5 && words[j]!.m === -1 && ALLIANCE_VERBS.has(words[j]!.w)) {
    if (!["an", "a", "close", "closest", "key", "military", "strategic", "defence", "defense", "security", "new", "firm", "old", "staunch", "long", "also", "now", "still"].includes(words[j]!.w)) verb = true;
    j--;
  }
  if (!verb || hasNegation(view, j + 1)) return [];
  // "alliance with" names the partner after the noun: handled by the noun rule.
  if (words[i + 1]?.w === "with") return [];
  const members: MentionSpan[] = [];
  let k = j;
  while (k >= 0) {
    const span = mentionAt(view, k);
    if (!span || (span.entity.kind !== "State" && span.entity.kind !== "Organization")) break;
    members.push(span);
    k = span.first - 1;
    if (words[k]?.w === "and" || words[k]?.w === ",") k--;
    else break;
    if (words[k]?.w === ",") k--;
  }
  const out: Candidate[] = [];
  if (members.length < 2) return out;
  for (let a = 0; a < members.length; a++)
    for (let b = a + 1; b < members.length; b++)
      if (members[a]!.entity.id !== members[b]!.entity.id) out.push({ source: members[b]!, target: members[a]!, predicate: "allied-with", rule: "ally.coordinated", polarity: "asserted" });
  return out;
}

/** Verbs that state how one actor counts another: "Russia, which counts Armenia as an ally". */
const REGARD_VERBS = new Set(["counts", "count", "counted", "considers", "considered", "consider", "regards", "regarded", "regard", "sees", "saw", "views", "viewed", "treats", "treated"]);
const ALLY_NOUNS = new Set(["ally", "allies", "partner"]);
/** Nouns of backing read like "ally" but directed: "Turkey, Azerbaijan's main backer" supports Azerbaijan. */
const BACKER_NOUNS = new Set(["backer", "backers", "supporter", "sponsor", "patron"]);

/**
 * Stated alliances by apposition and by regard: "Turkey, Azerbaijan's closest ally, ..." and
 * "Russia, which counts Armenia as an ally".
 */
export function allyCandidates(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  const allied: readonly string[] = ["State", "Organization"];
  for (let i = 2; i < words.length; i++) {
    if (words[i]!.m === -1 && (words[i]!.w === "allies" || words[i]!.w === "alliance")) out.push(...coordinatedAllies(view, i));
    if (words[i]!.m !== -1 || (!ALLY_NOUNS.has(words[i]!.w) && !BACKER_NOUNS.has(words[i]!.w))) continue;
    const backer = BACKER_NOUNS.has(words[i]!.w);
    // Modifiers before the noun: "closest", "key", "main".
    let j = i - 1;
    for (let k = 0; k < 2 && j >= 0 && words[j]!.m === -1 && /^\p{Ll}+$/u.test(words[j]!.w) && !["an", "a", "as", "the", "not", "no", "our", "their", "its"].includes(words[j]!.w); k++) j--;
    const push = (a: MentionSpan | null, b: MentionSpan | null, rule: string): void => {
      if (!a || !b || a.entity.id === b.entity.id) return;
      if (backer) {
        if (a.entity.kind !== "Location" && a.entity.kind !== "Embassy" && b.entity.kind !== "Location" && b.entity.kind !== "Embassy")
          out.push({ source: a, target: b, predicate: "supports", rule: rule.replace("ally.", "support.backer-"), polarity: "asserted" });
        return;
      }
      if (allied.includes(a.entity.kind) && allied.includes(b.entity.kind)) out.push({ source: a, target: b, predicate: "allied-with", rule, polarity: "asserted" });
    };
    const owner = words[j]?.w === "'s" ? mentionAt(view, j - 1) : mentionAt(view, j);
    if (owner && (words[j]?.w === "'s" || !isPossessed(view, owner))) {
      // "A, B's closest ally", "A, one of B's firmest allies", "A is B's closest ally",
      // "A, a close Saudi ally", "A is a key NATO ally": the ally is A, the owner or modifier names B.
      let before = owner.first - 1;
      if (words[j]?.w !== "'s") while (before > 0 && before >= owner.first - 3 && words[before]!.m === -1 && /^\p{Ll}+$/u.test(words[before]!.w) && !ALLY_STOPS.has(words[before]!.w)) before--;
      const appositive = allyAppositive(view, before);
      if (appositive) {
        push(appositive, owner, "ally.apposition");
        continue;
      }
      const subject = copulaSubject(view, before);
      if (subject && !hasNegation(view, before + 1)) {
        push(subject, owner, "ally.copula");
        continue;
      }
      // "Russia's ally Iran", "Moscow's closest ally, Belarus,", "NATO ally Turkey": the name after the noun is the ally.
      const after = words[j]?.w === "'s" && words[i + 1]?.w === "," ? i + 2 : i + 1;
      push(mentionAt(view, after), owner, "ally.possessive-name");
      continue;
    }
    if (words[j]?.w === "its" || words[j]?.w === "their") {
      // "Russia and its ally Iran": the owner of "its" is the mention joined by "and".
      const named = mentionAt(view, words[i + 1]?.w === "," ? i + 2 : i + 1);
      if (!backer && (words[j - 1]?.w === "and" || words[j - 1]?.w === ",")) push(mentionAt(view, j - 2), named, "ally.its-ally");
      continue;
    }
    if (backer) continue;
    // "counts B as an ally"
    if ((words[j]?.w === "an" || words[j]?.w === "a") && words[j - 1]?.w === "as") j -= 2;
    else if (words[j]?.w === "as") j -= 1;
    else continue;
    const bm = words[j]?.m;
    if (bm === undefined || bm === -1) continue;
    const b = view.mentions[bm]!;
    const verb = b.first - 1;
    if (!REGARD_VERBS.has(words[verb]?.w ?? "") || hasNegation(view, verb)) continue;
    let a: MentionSpan | null = null;
    if (words[verb - 1]?.w === "which" || words[verb - 1]?.w === "who") {
      const am = words[verb - 2]?.w === "," ? words[verb - 3]?.m : words[verb - 2]?.m;
      a = am !== undefined && am !== -1 ? view.mentions[am]! : null;
    } else {
      const am = words[verb - 1]?.m;
      a = am !== undefined && am !== -1 ? view.mentions[am]! : null;
    }
    if (a && allied.includes(a.entity.kind) && allied.includes(b.entity.kind) && a.entity.id !== b.entity.id)
      out.push({ source: a, target: b, predicate: "allied-with", rule: "ally.regarded-as", polarity: "asserted" });
  }
  return out;
}

/** The body's label ends in a noun of a building or seat ("Human Rights Council", "Seorin University"). */
function seatedBody(e: Entity): boolean {
  const head = norm(e.label).split(" ").at(-1) ?? "";
  return SEATED_BODY_HEADS.has(head);
}

/** The index after a parenthesis right after a mention: "the European Food Safety Authority (EFSA) in Parma". */
function afterParenthesis(view: SentenceView, after: number): number {
  if (view.words[after]?.w !== "(") return after;
  for (let k = after + 1; k < view.words.length && k <= after + 5; k++) if (view.words[k]!.w === ")") return k + 1;
  return after;
}

/** "the capital" after a state's demonym ("in the Swedish capital"): the article's Location that is that state's capital. */
function capitalOf(view: SentenceView, state: MentionSpan): MentionSpan | null {
  const code = state.entity.key?.code;
  if (!code || view.words[state.last + 1]?.w !== "capital" || view.words[state.last + 2]?.w === "of") return null;
  const capitals = lexicon().states.capitals;
  const found = view.entities.filter((e) => e.kind === "Location" && capitals.get(e.label.toLowerCase()) === code);
  return found.length === 1 ? { ...state, entity: found[0]! } : null;
}

/** The place named after `j` in a "located in" phrase; a state's demonym before "capital" stands for its capital. */
function placeAfter(view: SentenceView, j: number, limit: number, anchor: MentionSpan): MentionSpan | null {
  // "in the Norwegian capital" with no mention of Norway: the demonym names the state.
  const w = view.words;
  const at = w[j]?.w === "the" ? j + 1 : j;
  const code = w[at]?.cap && w[at]!.m === -1 && w[at + 1]?.w === "capital" && w[at + 2]?.w !== "of" ? stateLexicon().demonyms.get(w[at]!.w) : undefined;
  if (code) {
    const capitals = lexicon().states.capitals;
    const found = view.entities.filter((e) => e.kind === "Location" && capitals.get(e.label.toLowerCase()) === code);
    if (found.length === 1) return { ...anchor, entity: found[0]! };
  }
  const b = nextMention(view, j, PLACE_MODIFIERS, limit);
  if (b && b.entity.kind === "State") return capitalOf(view, b) ?? (view.words[b.last + 1]?.w === "capital" ? null : b);
  return b;
}

/** A possessor chain "India's Tripura state": the mention after the possessive, if any. */
function pastPossessor(view: SentenceView, b: MentionSpan | null): MentionSpan | null {
  if (!b || view.words[b.last + 1]?.w !== "'s") return b;
  const m = view.words[b.last + 2]?.m;
  return m !== undefined && m !== -1 ? view.mentions[m]! : b;
}

const PLACE_END = new Set([",", ".", ";", ")", ":", "-"]);

/** Mention rules of a country's states and provinces ("Maryland", "Ontario", "Xinjiang"). */
const REGION_RULES = new Set([SUBDIVISION_RULE, "loc.region.provinces", "loc.region.us-states"]);

/** "X in Y", "X, Y" (city, country), "X, the Nepalese capital", "X, the capital of Y". */
export function placeCandidates(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (const a of view.mentions) {
    const kind = a.entity.kind;
    if (kind !== "Embassy" && kind !== "Location" && kind !== "Organization") continue;
    if (kind === "Organization" && GENERIC_ACTORS.has(norm(a.entity.label))) continue;
    const seated = kind === "Organization" && seatedBody(a.entity);
    // "fighting alongside the M23 in North Kivu": a body inside a prepositional phrase is placed by
    // the verb, not sited; a body that is a building is ("outside the National Council in
    // Bratislava"), and so is one whose seat the phrase names ("the headquarters of X in Parma").
    const basedHere = BASED_WORDS.has(words[a.last + 1]?.w ?? "") || (words[a.last + 1]?.w === "," && basedAt(view, a.last + 2) !== -1);
    if (kind === "Organization" && !seated && !basedHere && governingPrep(view, a) !== null) {
      let q = a.first - 1;
      while (q >= 0 && FILLERS.has(words[q]!.w)) q--;
      if (!(words[q]?.w === "of" && SEAT_NOUNS.has(words[q - 1]?.w ?? ""))) continue;
    }
    let after = afterParenthesis(view, a.last + 1);
    let seatNoun = false;
    if (kind === "Organization" && SEAT_NOUNS.has(words[after]?.w ?? "") && words[after + 1]?.w === "in") {
      // "the Batuk base in Nanyuki", "the EFSA headquarters in Parma"
      after++;
      seatNoun = true;
    }
    const w1 = words[after]?.w;
    let b: MentionSpan | null = null;
    let rule = "";
    let stated = seated || seatNoun;
    if (w1 === "in") {
      b = placeAfter(view, after + 1, 5, a);
      rule = seatNoun ? "place.seat-in" : "place.in";
    } else if (BASED_WORDS.has(w1 ?? "") || (w1 === "," && basedAt(view, after + 1) !== -1)) {
      // "X, based in Y", "X, a union federation headquartered in London", "X located in Y"
      const at = w1 === "," ? basedAt(view, after + 1) : after;
      if (words[at + 1]?.w === "in") {
        b = placeAfter(view, at + 2, 5, a);
        rule = "place.based-in";
        stated = true;
      }
    } else if (w1 === "on" && kind !== "Organization") {
      // "the embassy on Roxas Boulevard": streets and squares only.
      const street = nextMention(view, after + 1, new Set(["the"]), 2);
      if (street && street.entity.kind === "Location") {
        b = street;
        rule = "place.on-street";
      }
    } else if (w1 === "," && kind === "Location") {
      const next = nextMention(view, after + 1, new Set(), 1);
      const follow = next ? words[next.last + 1]?.w : undefined;
      const closes = follow === undefined || [",", ".", ";", ")", "on", "and"].includes(follow);
      if (next && next.entity.kind === "State" && closes) {
        b = next;
        rule = "place.city-country";
      } else if (next && next.entity.kind === "Location" && REGION_RULES.has(next.mention.rule) && (follow === undefined || PLACE_END.has(follow))) {
        // "Silver Spring, Maryland": a city and its state or province.
        b = next;
        rule = "place.city-region";
      } else if (next && (next.entity.kind === "State" || next.entity.kind === "Location") && follow === "'s") {
        // "Mashhad, Iran's second-largest city"
        let q = next.last + 2;
        while (q < words.length && q <= next.last + 4 && words[q]!.m === -1 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[q]!.w) && !CAPITAL_WORDS.has(words[q]!.w)) q++;
        if (CAPITAL_WORDS.has(words[q]?.w ?? "") && words[q + 1]?.w !== "of") {
          b = next;
          rule = "place.possessive-apposition";
        }
      } else if (words[after + 1]?.w === "in") {
        // "in Ghulja, in Xinjiang"; "off the coast of Sabah, in Malaysia"
        const place = nextMention(view, after + 2, PLACE_MODIFIERS, 4);
        const end = place ? words[place.last + 1]?.w : undefined;
        // Only a country or a region, after a place in a prepositional phrase: "flew from Kyiv, in
        // a convoy" or "in Paris, in London" are no siting.
        const region = place && (place.entity.kind === "State" || REGION_RULES.has(place.mention.rule));
        if (place && region && governingPrep(view, a) !== null && (end === undefined || PLACE_END.has(end))) {
          b = place;
          rule = "place.comma-in";
        }
      } else if (words[after + 1]?.w === "the") {
        // "Kathmandu, the Nepalese capital" / "Lhasa, the capital of Tibet"
        const j = after + 2;
        const dem = nextMention(view, j, new Set(["main", "old", "new", "former"]), 2);
        if (dem && CAPITAL_WORDS.has(words[dem.last + 1]?.w ?? "")) {
          b = dem;
          rule = "place.capital-apposition";
        } else if (CAPITAL_WORDS.has(words[j]?.w ?? "") && words[j + 1]?.w === "of") {
          // "Agartala, the capital of India's Tripura state": the possessed place.
          b = pastPossessor(view, nextMention(view, j + 2, FILLERS, 3));
          rule = "place.capital-of";
        }
      }
    }
    if (!b && kind === "Location" && words[a.first - 1]?.w === "of" && CAPITAL_WORDS.has(words[a.first - 2]?.w ?? "")) {
      // "the Syrian city of Homs", "the Tibetan capital of Lhasa", "Pakistan's city of Karachi"
      let p = a.first - 3;
      if (words[p]?.w === "'s") p--;
      const m = words[p]?.m;
      if (m !== undefined && m !== -1) {
        b = view.mentions[m]!;
        rule = "place.city-of";
      }
    }
    if (!b && kind === "Location" && SUBAREA_WORDS.has(words[a.last + 1]?.w ?? "") && words[a.last + 2]?.w === "of") {
      // "the Guet Ndar quarter of Saint-Louis", "the Sariyer district of Istanbul"
      b = nextMention(view, a.last + 3, FILLERS, 2);
      rule = "place.area-of";
    }
    if (!b && kind === "Location" && words[a.first - 1]?.w === "'s") {
      // "India's Tripura state", "China's Xinjiang region": the possessor is the country or region.
      const m = words[a.first - 2]?.m;
      const head = SUBAREA_WORDS.has(words[a.last]!.w) || SUBAREA_WORDS.has(words[a.last + 1]?.w ?? "") || CAPITAL_WORDS.has(words[a.last + 1]?.w ?? "");
      if (m !== undefined && m !== -1 && head && (view.mentions[m]!.entity.kind === "State" || view.mentions[m]!.entity.kind === "Location")) {
        b = view.mentions[m]!;
        rule = "place.possessive-region";
      }
    }
    if (!b && kind === "Location" && w1 === "," && words[after + 1]?.w === "where") {
      // "Kensington Palace Gardens, where the embassy stands": the mission (or body) is sited in the place.
      const site = nextMention(view, after + 2, new Set(["the", "its", "a"]), 2);
      let v = site ? site.last + 1 : -1;
      if (words[v]?.w === "is" || words[v]?.w === "was") v += words[v + 1]?.w === "located" || words[v + 1]?.w === "based" || words[v + 1]?.w === "housed" ? 1 : 0;
      if (site && (site.entity.kind === "Embassy" || site.entity.kind === "Organization" || site.entity.kind === "Location") && SITED_VERBS.has(words[v]?.w ?? "") && [".", ",", ";", undefined].includes(words[v + 1]?.w)) {
        out.push({ source: site, target: a, predicate: "located-in", rule: "place.where-sited", polarity: "asserted" });
      }
      continue;
    }
    if (!b || b.entity.id === a.entity.id) continue;
    if (b.entity.kind !== "Location" && b.entity.kind !== "State") continue;
    if (a.entity.kind === "Organization" && b.entity.kind === "State" && !stated) continue;
    out.push({ source: a, target: b, predicate: "located-in", rule, polarity: "asserted" });
  }
  return out;
}

/**
 * The index of a siting participle ("based") in an apposition starting at `from`: "a global union
 * federation based in London"; -1 when none within a few lower-case words.
 */
function basedAt(view: SentenceView, from: number): number {
  for (let k = from; k < view.words.length && k <= from + 6; k++) {
    const w = view.words[k]!;
    if (BASED_WORDS.has(w.w)) return k;
    if (w.m !== -1 || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.w) || ["who", "which", "that", "and", "or"].includes(w.w)) return -1;
  }
  return -1;
}

interface TitleIndexEntry {
  rule: TitleRule;
  words: string[];
}

interface TitleIndex {
  all: TitleIndexEntry[];
  byFirst: Map<string, TitleIndexEntry[]>;
  byLast: Map<string, TitleIndexEntry[]>;
}

let titleIndex: TitleIndex | null = null;

/** Title phrases indexed by first and last word, longest first. */
function titles(): TitleIndex {
  if (titleIndex) return titleIndex;
  const all: TitleIndexEntry[] = [];
  const seen = new Set<string>();
  for (const rule of TITLE_RULES)
    for (const t of rule.titles) {
      const words = norm(t).split(" ");
      if (seen.has(words.join(" "))) continue;
      seen.add(words.join(" "));
      all.push({ rule, words });
    }
  all.sort((a, b) => b.words.length - a.words.length);
  const byFirst = new Map<string, TitleIndexEntry[]>();
  const byLast = new Map<string, TitleIndexEntry[]>();
  for (const e of all) {
    (byFirst.get(e.words[0]!) ?? byFirst.set(e.words[0]!, []).get(e.words[0]!)!).push(e);
    (byLast.get(e.words.at(-1)!) ?? byLast.set(e.words.at(-1)!, []).get(e.words.at(-1)!)!).push(e);
  }
  titleIndex = { all, byFirst, byLast };
  return titleIndex;
}

/** Role phrases of GROUP_ROLES split into words once. */
const ROLE_WORDS = GROUP_ROLES.map((role) => ({ role, phrases: role.roles.map((r) => norm(r).split(" ")) }));

/** Plural member nouns before "including NAME". */
const MEMBER_PLURALS = new Set(["mps", "lawmakers", "legislators", "members", "officials", "ministers", "leaders", "activists", "senators", "deputies", "councillors", "councilors", "representatives", "spokespeople", "organisers", "organizers"]);

/** Prepositions that place a state away from the leader: "during the crisis in Iran", "a visit to China". */
const FAR_PREPS = new Set(["during", "against", "over", "on", "into", "toward", "towards", "from", "at", "to", "by", "in", "between", "across"]);

/** Words after a state that show it is a subject, not a modifier: "Georgia would", "the government says". */
const FINITE_AFTER = new Set(["would", "will", "could", "can", "should", "must", "may", "might", "had", "has", "have", "is", "was", "were", "are", "did", "does", "said", "says", "and", "or", "who", "which"]);

/** Titles of a head of state or government, which may name their state elsewhere in the sentence. */
const LEADER_TITLES = new Set(["president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "supreme leader"]);

/** Modifiers that may stand between the body and the title: "senior police officer", "former president". */
const TITLE_MODIFIERS = new Set(["senior", "former", "top", "chief", "deputy", "acting", "then", "veteran", "leading", "local", "regional", "the", "a", "an", "new", "outgoing", "incoming", "longtime", "prominent", "well-known", "'s"]);

/** Words allowed between a role and the name: "a protester named X", "a demonstrator, identifying himself as X". */
const NAME_LINKS = new Set([",", "named", "called", "identified", "identifying", "himself", "herself", "as", "who", "gave", "his", "her", "name", "only"]);

/** Title words ending right before `end` (exclusive); returns the entry and its start. */
function titleEndingAt(view: SentenceView, end: number, inMention = false): { entry: TitleIndexEntry; start: number } | null {
  const last = view.words[end - 1]?.w;
  if (last === undefined) return null;
  for (const entry of titles().byLast.get(last) ?? []) {
    const start = end - entry.words.length;
    if (start < 0) continue;
    if (matchPhrase(view, start, entry.words) === entry.words.length && (inMention || view.words[start]!.m === -1)) return { entry, start };
  }
  return null;
}

/** Title words inside a mention: "President Aliyev", "Bolivian President Rosa Quispe". */
function titleInside(view: SentenceView, span: MentionSpan): { entry: TitleIndexEntry; start: number; end: number } | null {
  for (let at = span.first; at < span.last && at <= span.first + 3; at++) {
    for (const entry of titles().byFirst.get(view.words[at]!.w) ?? []) {
      const len = entry.words.length;
      if (at + len > span.last) continue;
      let ok = true;
      for (let k = 0; k < len; k++) if (view.words[at + k]!.w !== entry.words[k]) ok = false;
      if (ok && view.words[at]!.cap) return { entry, start: at, end: at + len };
    }
  }
  return null;
}

/** The body named before a title: "Serbian", "Britain's", "State Department", "police". */
function bodyBefore(view: SentenceView, start: number, stopAt: number): MentionSpan | null {
  let j = start - 1;
  let gap = 0;
  while (j >= stopAt && gap < 4 && view.words[j]!.m === -1) {
    if (TITLE_MODIFIERS.has(view.words[j]!.w)) {
      j--;
      gap++;
      continue;
    }
    // Stacked titles: "PNP spokesperson Chief Superintendent Reuben Sindac".
    const t = titleEndingAt(view, j + 1);
    if (t && t.start >= stopAt) {
      j = t.start - 1;
      gap++;
      continue;
    }
    break;
  }
  if (j < stopAt || view.words[j]!.m === -1) return null;
  return view.mentions[view.words[j]!.m]!;
}

/** The body named after a title: "spokesman for the Foreign Ministry", "president of Serbia". */
function bodyAfter(view: SentenceView, end: number): MentionSpan | null {
  const w = view.words[end]?.w;
  if (w !== "of" && w !== "for" && w !== "from" && w !== "at" && w !== "with" && w !== "to") return null;
  // "secretary-general of the labor center Kilusang Mayo Uno": a few common nouns may describe the body.
  for (let k = end + 1; k < view.words.length && k <= end + 5; k++) {
    const word = view.words[k]!;
    if (word.m !== -1) {
      const span = view.mentions[word.m]!;
      return w === "to" && span.entity.kind === "State" ? null : span;
    }
    if (!FILLERS.has(word.w) && !/^\p{Ll}[\p{Ll}-]*$/u.test(word.w)) return null;
    if (["and", "or", "who", "which", "that", "in", "of", "at"].includes(word.w)) return null;
  }
  return null;
}

const titleSets = new Map<TitleRule, Set<string>>();

function titleSet(rule: TitleRule): Set<string> {
  let set = titleSets.get(rule);
  if (!set) {
    set = new Set(rule.titles.map(norm));
    titleSets.set(rule, set);
  }
  return set;
}

function titleEdge(person: MentionSpan, body: MentionSpan | null, entry: TitleIndexEntry, entities: Entity[]): Candidate[] {
  if (!body || body.entity.id === person.entity.id) return [];
  if (body.entity.kind === "Embassy") {
    // "embassy secretary Igor Shapovalov": staff of a mission act for its state.
    const state = embassyState(body.entity, entities);
    if (!state) return [];
    return [{ source: person, target: { ...body, entity: state }, predicate: "represents", rule: "title.embassy-staff", polarity: "asserted" }];
  }
  // A title shared by several rules goes to the first rule whose kinds fit the body.
  const word = entry.words.join(" ");
  if (body.entity.kind === "State") {
    // "Sweden's Foreign Minister X" with "the Swedish Foreign Ministry" named in the article.
    const ministry = ministryOf(word, body.entity, entities);
    if (ministry) return [{ source: person, target: { ...body, entity: ministry }, predicate: "member-of", rule: "title.minister-ministry", polarity: "asserted" }];
  }
  for (const rule of TITLE_RULES) {
    if (!titleSet(rule).has(word)) continue;
    if (!rule.targetKinds.includes(body.entity.kind)) continue;
    const out: Candidate[] = [{ source: person, target: body, predicate: rule.predicate, rule: rule.id, polarity: "asserted" }];
    // The leader of a party, movement or body is one of its members.
    if (rule.predicate === "leads" && body.entity.kind === "Organization") out.push({ ...out[0]!, predicate: "member-of", rule: `${rule.id}+member` });
    return out;
  }
  return [];
}

/** Minister titles and the words naming their ministry ("foreign minister" -> "foreign ministry", "ministry of foreign affairs"). */
const MINISTRY_NAMES: Record<string, string[]> = {
  "foreign minister": ["foreign ministry", "ministry of foreign affairs", "foreign office"],
  "interior minister": ["interior ministry", "ministry of interior", "ministry of the interior", "home office"],
  "defence minister": ["defence ministry", "ministry of defence", "defense ministry", "ministry of defense"],
  "defense minister": ["defense ministry", "ministry of defense", "defence ministry", "ministry of defence"],
};

/**
 * The ministry of `state` that a minister title belongs to, when the article names it with the
 * state's name or demonym ("the Swedish Foreign Ministry"); undefined when none or several.
 */
function ministryOf(title: string, state: Entity, entities: readonly Entity[]): Entity | undefined {
  const heads = MINISTRY_NAMES[title];
  if (!heads) return undefined;
  const lex = stateLexicon();
  const code = state.key?.code;
  const found = entities.filter((e) => {
    if (e.kind !== "Organization") return false;
    const label = e.label.toLowerCase();
    if (!heads.some((h) => label.includes(h))) return false;
    // The qualifier before the head names this state ("Swedish", "Sweden's"), by name or demonym.
    return label.split(/\s+/).some((w) => {
      const bare = w.replace(/'s$/, "");
      const c = lex.demonyms.get(bare) ?? lex.names.get(bare);
      return c !== undefined && (c === code || bare === state.label.toLowerCase());
    });
  });
  return found.length === 1 ? found[0] : undefined;
}

function groupFor(entities: Entity[], groupWords: string[]): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) {
    if (e.kind !== "Group") continue;
    const text = names(e).join(" ");
    if (!groupWords.some((g) => text.includes(g))) continue;
    if (!best || e.mentions > best.mentions) best = e;
  }
  return best;
}

/** Words that end an apposition before any title: "X, who has praised former prime minister Y" names no office of X. */
const APPOSITION_STOPS = new Set(["who", "whose", "which", "that", "has", "have", "had", "is", "was", "were", "are", "said", "says", "told", "and", "but", "when", "where", "while", "after", "before", "since", "because"]);

/** Verbs of a relative clause that state who heads a body: "X, who heads the party". */
const HEADING_VERBS = new Set(["heads", "headed", "leads", "led", "chairs", "chaired", "runs", "ran", "founded", "co-founded", "directs", "directed"]);

/** The body is the whole object, not a modifier: "who led the Taliban delegation" heads a delegation. */
function headsWhole(view: SentenceView, body: MentionSpan): boolean {
  const next = view.words[body.last + 1]?.w;
  return next === undefined || PREPOSITIONS.has(next) || [",", ".", ";", ":", "and", "since", "until", ")", "-"].includes(next);
}

/** Role nouns in the plural after "one of its": "one of its coordinators, X" is a member. */
const MEMBER_ROLE_PLURALS = new Set(["coordinators", "organisers", "organizers", "founders", "leaders", "spokespeople", "spokesmen", "spokeswomen", "members", "officials", "directors", "lawyers", "activists", "co-founders", "representatives"]);

/**
 * The Organization a possessive "its" or "their" before a title refers to: the first one named
 * before it in the sentence, else in one of the two sentences before (a quoted one or one after
 * "on", a platform, is not the speaker's body). "The rally was organised by X. Its chair, Y, said".
 */
function pronounBody(view: SentenceView, at: number, previous: readonly SentenceView[]): Entity | undefined {
  const fits = (v: SentenceView, m: MentionSpan) =>
    m.entity.kind === "Organization" && !isQuoted(v, m) && !["on", "via"].includes(v.words[m.first - 1]?.w ?? "") && !GENERIC_ACTORS.has(norm(m.entity.label));
  const here = view.mentions.filter((m) => m.last < at && fits(view, m));
  if (here.length > 0) return here.at(-1)!.entity;
  for (let k = previous.length - 1; k >= 0; k--) {
    const v = previous[k]!;
    const found = v.mentions.find((m) => fits(v, m));
    if (found) return found.entity;
  }
  return undefined;
}

/**
 * "Its spokesman, Aram Dogan", "Their leader, X", "one of its coordinators, X": a title or role
 * owned by a possessive pronoun, then a comma and the name. The entity stage may resolve the
 * pronoun to a nearer state; the title belongs to the body of the article named before it.
 */
function pronounTitle(view: SentenceView, person: MentionSpan, previous: readonly SentenceView[]): Candidate[] | null {
  const words = view.words;
  if (words[person.first - 1]?.w !== ",") return null;
  const end = person.first - 1;
  const t = titleEndingAt(view, end);
  let pron = -1;
  let entry: TitleIndexEntry | null = null;
  if (t) {
    let j = t.start - 1;
    while (j >= 0 && TITLE_MODIFIERS.has(words[j]!.w) && words[j]!.w !== "'s" && words[j]!.w !== "the" && words[j]!.w !== "a") j--;
    if (words[j]?.w === "its" || words[j]?.w === "their") {
      pron = j;
      entry = t.entry;
    }
  } else if (MEMBER_ROLE_PLURALS.has(words[end - 1]?.w ?? "") && (words[end - 2]?.w === "its" || words[end - 2]?.w === "their") && words[end - 3]?.w === "of" && words[end - 4]?.w === "one") {
    pron = end - 2;
  }
  if (pron === -1) return null;
  // (The entity stage resolves the pronoun to the nearest name, often a state or a platform named
  // in passing; a body's title refers back to the body the text is about.)
  const body = pronounBody(view, pron, previous);
  if (!body) return null;
  const span = { ...person, entity: body };
  if (entry) return titleEdge(person, span, entry, []);
  return [{ source: person, target: span, predicate: "member-of", rule: "title.one-of-its", polarity: "asserted" }];
}

/** Titles and roles around each Person mention. */
/**
 * True when the sentence names a state other than `home`: as a mention, as a state word inside
 * another mention ("Venezuelan exiles", "a Chinese flag"), or as a city abroad ("in Johannesburg").
 */
function namesForeignPlace(view: SentenceView, home: Entity): boolean {
  const lex = stateLexicon();
  const code = home.key?.code;
  for (const m of view.mentions) {
    if (m.entity.kind === "State" && m.entity.id !== home.id) return true;
    if (m.entity.kind === "Location") {
      const c = cityState(m.entity.label);
      if (c && c !== code) return true;
    }
  }
  for (const w of view.words) {
    if (!w.cap) continue;
    const c = lex.demonyms.get(w.w) ?? lex.names.get(w.w) ?? lex.peoples.get(w.w);
    if (c && c !== code) return true;
  }
  return false;
}

/**
 * A body named before a title by capitalized words that are not a mention of their own but begin
 * the label of an Organization of the article ("Free Youth leader" -> Free Youth movement).
 */
function orgByPrefix(view: SentenceView, start: number, person: MentionSpan): MentionSpan | null {
  const words = view.words;
  let j = start;
  while (j > 0 && j > start - 4 && words[j - 1]!.m === -1 && words[j - 1]!.cap && /^\p{L}/u.test(words[j - 1]!.w)) j--;
  if (j === start || j === 0 && start - j === 1) return null; // a lone sentence-initial word is no name
  const phrase = words.slice(j, start).map((w) => w.w).join(" ");
  const found = view.entities.filter((e) => e.kind === "Organization" && [e.label, ...e.aliases].some((n) => {
    const lower = n.toLowerCase().replace(/^the /, "");
    return lower === phrase || lower.startsWith(`${phrase} `);
  }));
  return found.length === 1 ? { ...person, entity: found[0]! } : null;
}

/**
 * Head nouns that refer back to a body of the article ("Party leader X", "the bloc's chairman"),
 * with the words of the labels they can refer to.
 */
const BODY_ANAPHORS: Record<string, string[]> = {
  party: ["party"],
  union: ["union"],
  movement: ["movement"],
  bloc: ["bloc", "community", "union", "alliance", "organisation", "organization", "league", "association", "pact", "treaty"],
  alliance: ["alliance", "coalition", "bloc", "pact", "treaty"],
  coalition: ["coalition", "alliance"],
  campaign: ["campaign"],
  ministry: ["ministry"],
};

/**
 * The body a head noun before a title refers to: "Party leader X" (the head opens the title or
 * stands right before it) or "the bloc's current chairman". Only when exactly one Organization of
 * the article has that head noun in its label.
 */
function anaphoricBody(view: SentenceView, start: number, title: string[], person: MentionSpan): MentionSpan | null {
  const words = view.words;
  let head: string | undefined;
  if (title.length > 1 && BODY_ANAPHORS[title[0]!]) head = title[0];
  else {
    let j = start - 1;
    // Over modifiers ("the bloc's current chairman"), at most two.
    for (let k = 0; k < 2 && j >= 0 && words[j]!.m === -1 && words[j]!.w !== "'s" && !BODY_ANAPHORS[words[j]!.w] && /^\p{Ll}+$/u.test(words[j]!.w); k++) j--;
    if (words[j]?.w === "'s") j--;
    const w = words[j];
    if (w && w.m === -1 && BODY_ANAPHORS[w.w] && (words[j - 1]?.w === "the" || words[j - 1]?.w === "its" || j === 0 || words[j + 1]?.w !== "'s")) head = w.w;
  }
  const heads = head ? BODY_ANAPHORS[head] : undefined;
  if (!heads) return null;
  const found = view.entities.filter((e) => e.kind === "Organization" && e.label.toLowerCase().split(/\s+/).some((w) => heads.includes(w)));
  return found.length === 1 ? { ...person, entity: found[0]! } : null;
}

/** Diplomatic titles (see title.diplomat) that name a mission's staff. */
const DIPLOMAT_TITLES = new Set(TITLE_RULES.filter((r) => r.id === "title.diplomat").flatMap((r) => r.titles.map((t) => t.toLowerCase())));

/** Words naming a police or armed force before a title: "police spokesperson", "army commander". */
const FORCE_WORDS = new Set(["police", "gendarmerie", "gendarme", "army", "military"]);

/**
 * The article's security force when a force word stands right before a title (over modifiers and a
 * place name that is not a mention: "Brandenburg police spokesperson"): the most mentioned
 * Organization whose label is that force.
 */
function forceBefore(view: SentenceView, start: number, entities: readonly Entity[]): Entity | undefined {
  const w = view.words[start - 1];
  if (!w || w.m !== -1 || !FORCE_WORDS.has(w.w)) return undefined;
  let best: Entity | undefined;
  for (const e of entities) {
    if (e.kind !== "Organization" || !SECURITY_FORCES.test(e.label)) continue;
    if (![e.label, ...e.aliases].some((n) => n.toLowerCase().includes(w.w))) continue;
    if (!best || e.mentions > best.mentions) best = e;
  }
  return best;
}

/** Rule id of a leader linked to the article's home state for want of a named one. */
export const HOME_LEADER_RULE = "title.leader-home-state";

/**
 * Nouns of bodies whose head also bears a leader's title: "the university's president", "union
 * president X", "the club's chairman". Such a title is not a state's office.
 */
const BODY_OWNER_NOUNS: ReadonlySet<string> = new Set([
  "university", "college", "school", "company", "firm", "bank", "club", "party", "union", "federation", "association",
  "council", "court", "board", "group", "foundation", "institute", "academy", "league", "committee", "commission",
  "student", "students", "chamber", "society", "network", "movement", "organisation", "organization", "agency",
  "corporation", "fund", "team", "church", "synod", "assembly", "tribunal", "campus", "faculty", "hospital",
]);

/** True when the title at `start` is owned by a body named by a common noun ("the university's president"). */
function ownedByBody(view: SentenceView, start: number): boolean {
  let j = start - 1;
  if (view.words[j]?.w === "'s" || view.words[j]?.w === "’s") j--;
  const owner = view.words[j];
  return owner !== undefined && owner.m === -1 && BODY_OWNER_NOUNS.has(owner.w);
}

/**
 * The state a head of state or government named without a country leads when the sentence names
 * no state: the article's only state ("President Kagame said the talks went well" in a story whose
 * only country is Rwanda). A story naming several states leaves the office unassigned here.
 */
function onlyState(entities: readonly Entity[]): Entity | undefined {
  const states = entities.filter((e) => e.kind === "State");
  return states.length === 1 ? states[0] : undefined;
}

export function titleCandidates(view: SentenceView, entities: Entity[], home?: Entity, previous: readonly SentenceView[] = []): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (const person of view.mentions) {
    if (person.entity.kind !== "Person") continue;
    // 0. "Its spokesman, X", "one of its coordinators, X": the body is the one the pronoun refers to.
    const owned = pronounTitle(view, person, previous);
    if (owned) {
      out.push(...owned);
      continue;
    }
    // 1. Title inside the mention or right before it ("Syrian President Bashar al-Assad").
    const inside = titleInside(view, person);
    let before = inside ? { entry: inside.entry, start: inside.start, end: inside.end } : null;
    if (!before) {
      let end = person.first;
      if (words[end - 1]?.w === ",") end--; // "Britain's ambassador, Dominick Chilcott"
      const t = titleEndingAt(view, end);
      if (t) before = { entry: t.entry, start: t.start, end };
    }
    if (!before && words[person.first - 1]?.w === ",") {
      // "A spokesman for the high commission, John Okello": title, body, comma, name;
      // "China's consul-general in Sydney, Zhou Ming": title, place, comma, name.
      const bm = words[person.first - 2]?.m;
      if (bm !== undefined && bm !== -1) {
        const body = view.mentions[bm]!;
        let j = body.first - 1;
        while (j >= 0 && FILLERS.has(words[j]!.w)) j--;
        const prep = words[j]?.w ?? "";
        if (j >= 1 && ["for", "of", "at", "from", "with"].includes(prep)) {
          const t = titleEndingAt(view, j);
          if (t) out.push(...titleEdge(person, body, t.entry, entities));
        } else if (j >= 1 && ["in", "to"].includes(prep) && body.entity.kind !== "Organization") {
          const t = titleEndingAt(view, j);
          if (t) out.push(...titleEdge(person, bodyBefore(view, t.start, 0), t.entry, entities));
        }
      }
    }
    if (before) {
      let body = before.start > person.first ? null : bodyBefore(view, before.start, 0);
      if (!body) {
        // A state named by a word that is not a mention of its own: inside the person's mention
        // ("Bolivian President Rosa Quispe") or untagged before the title.
        const from = before.start > person.first ? person.first : Math.max(0, before.start - 1);
        const prefix = view.words.slice(from, before.start).filter((w) => w.w !== "'s" && !TITLE_MODIFIERS.has(w.w));
        const state = prefix.length > 0 ? stateEntityFor(prefix.map((w) => w.w).join(" "), entities) : undefined;
        if (state) body = { ...person, entity: state };
      }
      body ??= bodyAfter(view, before.end);
      // "Free Youth leader X" after "the Free Youth movement": the capitalized words name a body of the article.
      body ??= orgByPrefix(view, before.start, person);
      // "Party leader X" after "the Move Forward Party": the body named before by its head noun.
      body ??= anaphoricBody(view, before.start, before.entry.words, person);
      if (!body) {
        // "Nairobi police commander X", "Deputy police chief X": an officer of the article's police.
        const outer = before.start >= person.first ? titleEndingAt(view, person.first) : null;
        const force = forceBefore(view, before.start, entities) ?? (outer ? forceBefore(view, outer.start, entities) : undefined);
        if (force) {
          out.push({ source: person, target: { ...person, entity: force }, predicate: "member-of", rule: "title.force-member", polarity: "asserted" });
        } else if (DIPLOMAT_TITLES.has(before.entry.words.join(" ")) && !(before.start > 0 && words[before.start - 1]!.cap && stateLexicon().demonyms.has(words[before.start - 1]!.w))) {
          // "Consul General Wei Jianjun" in an article about the Chinese consulate: a diplomat named
          // without a state acts for the one state whose missions the article names.
          const senders = new Set(entities.filter((e) => e.kind === "Embassy").map((e) => embassyState(e, entities)).filter((e): e is Entity => e !== undefined));
          if (senders.size === 1) {
            const state = [...senders][0]!;
            out.push({ source: person, target: { ...person, entity: state }, predicate: "represents", rule: "title.diplomat-of-mission", polarity: "asserted" });
          }
        }
      }
      const demonymBefore = before.start > 0 && words[before.start - 1]!.cap && stateLexicon().demonyms.has(words[before.start - 1]!.w);
      if (!body && !demonymBefore && !ownedByBody(view, before.start) && LEADER_TITLES.has(before.entry.words.join(" "))) {
        // "President Emmanuel Macron said France would respond": a head of state or government named
        // without a country leads the one state the sentence names, if it names exactly one.
        // The one state the sentence names, unless it only modifies a noun ("the Iran hostage crisis")
        // or sits in a phrase of time, place or direction ("during", "against", "to").
        const states = new Set(view.mentions.filter((m) => m.entity.kind === "State").map((m) => m.entity.id));
        const candidate = view.mentions.find((m) => m.entity.kind === "State");
        const prep = candidate ? governingPrep(view, candidate) : null;
        const next = candidate ? words[candidate.last + 1] : undefined;
        // ("the arrangements Armenia relied on": a past-tense verb after the name makes it a subject.)
        const modifier = next !== undefined && next.m === -1 && /^\p{Ll}[\p{Ll}-]*$/u.test(next.w) && !PREPOSITIONS.has(next.w) && !FINITE_AFTER.has(next.w) && !/[^e]ed$/.test(next.w);
        const state = states.size === 1 && candidate && !modifier && !(prep && FAR_PREPS.has(prep)) ? candidate : undefined;
        // (Not when words before the title inside the name may name the country: "Congolese President X".)
        const only = state || states.size > 0 || before.start > person.first ? undefined : onlyState(entities);
        if (state) out.push({ source: person, target: state, predicate: "leads", rule: "title.leader-same-sentence", polarity: "asserted" });
        else if (only) out.push({ source: person, target: { ...person, entity: only }, predicate: "leads", rule: "title.leader-only-state", polarity: "asserted" });
        else if (home && (states.has(home.id) || !namesForeignPlace(view, home))) {
          // "Prime Minister Srettha Thavisin" in an article from Bangkok: the office is the home
          // state's, unless the sentence names only other states. Dropped later when the article
          // names the person's state elsewhere (see extractRelations).
          out.push({ source: person, target: { ...person, entity: home }, predicate: "leads", rule: HOME_LEADER_RULE, polarity: "asserted" });
        }
      }
      out.push(...titleEdge(person, body, before.entry, entities));
    }
    // 2. Apposition after the name: "X, the US ambassador to the UN", "X, a spokesman for Y".
    if (words[person.last + 1]?.w === ",") {
      let j = person.last + 2;
      const first = j;
      while (j < words.length && j < first + 6 && words[j]!.m === -1 && !titleAt(view, j) && !APPOSITION_STOPS.has(words[j]!.w)) j++;
      const body0 = j < words.length && words[j]!.m !== -1 ? view.mentions[words[j]!.m]! : null;
      const afterBody = body0 ? body0.last + 1 : j;
      const t = titleAt(view, afterBody) ?? titleAt(view, j);
      if (t) {
        const body = body0 && body0.last + 1 === t.start ? body0 : bodyBefore(view, t.start, person.last + 2) ?? bodyAfter(view, t.start + t.entry.words.length) ?? anaphoricBody(view, t.start, t.entry.words, person);
        out.push(...titleEdge(person, body, t.entry, entities));
      }
    }
    // 2c. "X, who heads the party", "X, who founded Y": a relative clause stating the office.
    if (words[person.last + 1]?.w === "," && words[person.last + 2]?.w === "who") {
      let v = person.last + 3;
      while (v < words.length && v <= person.last + 5 && (ADVERBS.has(words[v]!.w) || ["has", "have", "had", "now", "currently"].includes(words[v]!.w))) v++;
      if (HEADING_VERBS.has(words[v]?.w ?? "")) {
        const body = nextMention(view, v + 1, FILLERS, 3);
        if (body && (body.entity.kind === "Organization" || body.entity.kind === "State") && headsWhole(view, body)) {
          out.push({ source: person, target: body, predicate: "leads", rule: "title.who-heads", polarity: "asserted" });
          if (body.entity.kind === "Organization") out.push({ source: person, target: body, predicate: "member-of", rule: "title.who-heads+member", polarity: "asserted" });
        }
      }
    }
    // 1a. "Several Labour MPs, including Siobhain McDonagh": one of a body's members named from a list.
    if (!before && ["including", "notably", "among"].includes(words[person.first - 1]?.w ?? "")) {
      let j = person.first - 2;
      if (words[j]?.w === ",") j--;
      const plural = words[j]?.w ?? "";
      const bodyIndex = words[j - 1]?.m;
      if (MEMBER_PLURALS.has(plural) && bodyIndex !== undefined && bodyIndex !== -1) {
        const body = view.mentions[bodyIndex]!;
        if (body.entity.kind === "Organization" || body.entity.kind === "Group") {
          out.push({ source: person, target: body, predicate: "member-of", rule: "title.member-of-list", polarity: "asserted" });
        }
      }
    }
    // 1b. A body mention that ends in a title: "[senior police officer] Hom Jung Chauhan".
    const prevM = words[person.first - 1]?.m;
    if (!before && prevM !== undefined && prevM !== -1) {
      const org = view.mentions[prevM]!;
      const t = titleEndingAt(view, org.last + 1, true);
      if (t && t.start > org.first && (org.entity.kind === "Organization" || org.entity.kind === "Embassy")) {
        out.push(...titleEdge(person, org, t.entry, entities));
      }
    }
    // 2a. "X, one of the organisers, ...": one of a group named in the article.
    if (words[person.last + 1]?.w === "," && words[person.last + 2]?.w === "one" && words[person.last + 3]?.w === "of") {
      let q = person.last + 4;
      while (q < words.length && q <= person.last + 6 && words[q]!.m === -1 && FILLERS.has(words[q]!.w)) q++;
      const gm = words[q]?.m;
      if (gm !== undefined && gm !== -1 && view.mentions[gm]!.entity.kind === "Group") {
        out.push({ source: person, target: view.mentions[gm]!, predicate: "member-of", rule: "role.one-of-group", polarity: "asserted" });
      }
    }
    // 2b. A role in apposition: "Evgeniy, a masked 28-year-old protester", "X, one of the organizers".
    if (words[person.last + 1]?.w === ",") {
      for (let q = person.last + 2; q < words.length && q <= person.last + 7; q++) {
        if (words[q]!.m !== -1 || words[q]!.w === ",") break;
        const found = ROLE_WORDS.find((r) => r.phrases.some((x) => x.length === 1 && x[0] === words[q]!.w) && (words[q + 1]?.w ?? ",") !== "of");
        if (!found) continue;
        const role = found.role;
        const stem = words[q]!.w.replace(/(er|or|ist|ant|ent)$/, "");
        const group = groupFor(entities, [stem]) ?? groupFor(entities, role.groupWords);
        if (group) {
          const span = view.mentions.find((m) => m.entity.id === group.id) ?? person;
          out.push({ source: person, target: { ...span, entity: group }, predicate: "member-of", rule: role.id, polarity: "asserted" });
        }
        break;
      }
    }
    // 3. Roles that place the person in a group of the article.
    for (const { role, phrases } of ROLE_WORDS) {
      for (const rw of phrases) {
        let end = person.first;
        let links = 0;
        while (end > 0 && links < 5 && words[end - 1]!.m === -1 && NAME_LINKS.has(words[end - 1]!.w)) {
          end--;
          links++;
        }
        const start = end - rw.length;
        if (start < 0 || matchPhrase(view, start, rw) === 0) continue;
        const stem = rw.at(-1)!.replace(/(er|or|ist|ant|ent)$/, "");
        const group = groupFor(entities, [stem]) ?? groupFor(entities, role.groupWords);
        if (group) {
          const span = view.mentions.find((m) => m.entity.id === group.id) ?? person;
          out.push({ source: person, target: { ...span, entity: group }, predicate: "member-of", rule: role.id, polarity: "asserted" });
        }
      }
    }
  }
  return out;
}

function titleAt(view: SentenceView, j: number): { entry: TitleIndexEntry; start: number } | null {
  const first = view.words[j]?.w;
  if (first === undefined) return null;
  for (const entry of titles().byFirst.get(first) ?? []) if (matchPhrase(view, j, entry.words) === entry.words.length) return { entry, start: j };
  return null;
}

/** The article's entity a name or demonym written inside a compound stands for ("iran", "nato", "russian"). */
function namedEntity(view: SentenceView, name: string): Entity | undefined {
  const lower = name.toLowerCase();
  return (
    stateEntityFor(lower, view.entities) ??
    view.entities.find((e) => (e.kind === "State" || e.kind === "Organization") && (e.label.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower)))
  );
}

const SUPPORTED_KINDS: readonly string[] = ["Person", "Group", "Organization", "State"];

/**
 * Support and alliance stated by a hyphenated compound: "the Iran-backed Houthis" (Iran supports
 * the Houthis), "Moscow-allied forces" (allied). ("pro-X" crowds were tried and dropped: on unseen
 * news the crowd they name is often resolved to another group, so they cost more than they found.)
 */
export function compoundCandidates(view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const words = view.words;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!.w;
    const dash = w.lastIndexOf("-");
    if (dash <= 0) continue;
    const head = w.slice(0, dash);
    const tail = w.slice(dash + 1);
    const backing = BACKING_SUFFIXES.includes(tail);
    if (!backing && !ALLIED_SUFFIXES.includes(tail)) continue;
    const entity = namedEntity(view, head);
    if (!entity) continue;
    // The actor the compound modifies: the mention holding it, or the next one over a modifier.
    let target = mentionAt(view, k);
    if (!target || target.entity.id === entity.id) {
      target = null;
      let q = k + 1;
      while (q < words.length && q <= k + 2 && words[q]!.m === -1 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[q]!.w) && !PREPOSITIONS.has(words[q]!.w)) q++;
      const next = mentionAt(view, q);
      if (next && next.first === q) target = next;
    }
    if (!target || target.entity.id === entity.id) continue;
    if (backing && SUPPORTED_KINDS.includes(target.entity.kind))
      out.push({ source: { ...target, entity }, target, predicate: "supports", rule: "support.backed-compound", polarity: "asserted" });
    else if (!backing && (target.entity.kind === "State" || target.entity.kind === "Organization") && (entity.kind === "State" || entity.kind === "Organization"))
      out.push({ source: target, target: { ...target, entity }, predicate: "allied-with", rule: "ally.allied-compound", polarity: "asserted" });
  }
  return out;
}

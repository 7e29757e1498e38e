// Collectives that are not the article's protest collective although their head noun is one of its
// nouns: people from another state or from a named body, and a new group introduced as "a group of N
// people". Decided over the whole article, after the finder has proposed every candidate.
import { CASUALTY_PASSIVES, CATEGORY_FRAMES, IDENTITY_LINKS, PEOPLE_NOUNS, POPULATION_COUNTS } from "../lexicon/groups.js";
import type { TokenContext } from "./context.js";
import type { Candidate } from "./types.js";

/** Rule: "farmers from Belgium and France", "students from Chittagong University" after the protest collective is named. */
export const FROM_ELSEWHERE_RULE = {
  id: "group.from-elsewhere",
  reason: "after the story's collective is named, people described as coming from another state or from a named body are a collective of their own",
};
/** Rule: "a group of about 40 people", "a group of about 100 Nigerians" after the protest collective is named. */
export const NEW_GROUP_RULE = {
  id: "group.new-collective",
  reason: "an indefinite 'a group of N people' (or of N of a nation's people) after the story's collective is named introduces another collective",
};

/** Rule: "two Indonesian fishermen ... The two men were freed": a definite count refers back to the same count. */
export const SAME_COUNT_RULE = {
  id: "group.same-count",
  reason: "'the two men' refers back to the collective counted as two before, whatever noun named it",
};
/** Rule: "The demonstrators, many of them Ukrainian refugees": the apposition names the same collective. */
export const IDENTITY_RULE = {
  id: "group.identity",
  reason: "a collective introduced by 'many of them', 'mostly' or 'who described themselves as' is the collective just named",
};
/** Rule: "About 200 fishermen and student activists": one quantity over coordinated nouns counts one collective. */
export const COORDINATED_RULE = {
  id: "group.coordinated",
  reason: "a quantity before nouns joined by 'and' counts one collective made of both kinds of people",
};
/** Rule: "attacks on foreign nationals", "100 million Egyptians", "By Andean Wire staff": no acting collective. */
export const CATEGORY_RULE = {
  id: "group.category",
  reason: "people named as a category (target of harm, object of concern, members of a coalition, a population, casualties of a war, a byline) do not make a node alone",
};

/** Number words that count exactly ("two men", "Fourteen people"); not "dozens", "hundreds". */
const EXACT_NUMBERS: ReadonlySet<string> = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
  "seventy", "eighty", "ninety", "hundred", "thousand",
]);

/** The exact count opening a group mention ("two", "63", "thirty-two"), lower-cased; undefined if none. */
function exactCount(ctx: TokenContext, c: Candidate): string | undefined {
  for (let k = partitiveStart(ctx, c); k < c.last - 1; k++) {
    const w = ctx.lower[k]!;
    if (POPULATION_COUNTS.has(ctx.lower[k + 1] ?? "")) return undefined;
    if (/^\d[\d,.]*$/u.test(w) || EXACT_NUMBERS.has(w) || EXACT_NUMBERS.has(w.split("-")[0]!)) return w;
  }
  return undefined;
}

/** Where the counted collective starts: "one of 47 men" counts the 47 men. */
function partitiveStart(ctx: TokenContext, c: Candidate): number {
  return ctx.lower[c.first + 1] === "of" && c.first + 2 < c.last - 1 ? c.first + 2 : c.first;
}

/** Whether the words right before token `at` are one of `phrases` ("many of them"), within the sentence. */
function endsWith(ctx: TokenContext, at: number, phrases: readonly string[]): boolean {
  return phrases.some((p) => {
    const words = p.split(" ");
    const from = at - words.length;
    if (from < 0 || ctx.sent[from] !== ctx.sent[at]) return false;
    return words.every((w, i) => ctx.lower[from + i] === w);
  });
}

/** Where the frame before a mention ends: before an opening quote and coordinated modifiers ("points for Russian and Belarusian exiles"). */
function frameAt(ctx: TokenContext, c: Candidate): number {
  let at = c.first;
  // 'act against "terrorist organisations"': an opening quote stands between the frame and the mention
  if (at > 0 && /^["“‘']$/u.test(ctx.words[at - 1]!)) at--;
  for (let n = 0; n < 2 && (ctx.lower[at - 1] === "and" || ctx.lower[at - 1] === "or") && ctx.word[at - 2]; n++) at -= 2;
  return at;
}

/** The category frame before a mention ("attacks on", "safety of"), or a byline ("By Andean Wire staff"). */
function categoryFrame(ctx: TokenContext, c: Candidate, protestNoun: boolean): boolean {
  if (CATEGORY_FRAMES.some((f) => (f.protestNouns || !protestNoun) && endsWith(ctx, frameAt(ctx, c), f.before))) return true;
  if (protestNoun) return false;
  // a byline opens its line: "By Andean Wire staff"
  if (ctx.lower[c.first - 1] === "by" && ctx.start[c.first - 1]) return true;
  for (let k = c.first; k < c.last; k++) if (POPULATION_COUNTS.has(ctx.lower[k]!)) return true;
  // "tens of thousands of civilians were killed": casualties of a war
  const next = ctx.lower[c.last] === "were" || ctx.lower[c.last] === "had" || ctx.lower[c.last] === "have" ? c.last + (ctx.lower[c.last + 1] === "been" ? 2 : 1) : c.last;
  return next > c.last && CASUALTY_PASSIVES.has(ctx.lower[next] ?? "");
}

/** Candidates naming what a "from ..." qualifier after [.., at) names: names joined by "and" or commas. */
function qualifier(ctx: TokenContext, byFirst: Map<number, Candidate>, at: number): { parts: Candidate[]; end: number } | undefined {
  if (ctx.lower[at] !== "from") return undefined;
  let k = at + 1;
  const parts: Candidate[] = [];
  // names after a comma belong to the list only if "and" closes it ("from A, B and C"; not "from A, X reported")
  let kept = 0;
  let comma = false;
  for (;;) {
    if (ctx.lower[k] === "the") k++;
    const c = byFirst.get(k);
    if (!c || c.anaphor || (c.kind !== "State" && c.kind !== "Organization" && c.kind !== "Location")) break;
    parts.push(c);
    if (!comma) kept = parts.length;
    k = c.last;
    if (ctx.lower[k] === "and") {
      comma = false;
      k++;
    } else if (ctx.words[k] === "," && ctx.lower[k + 1] !== "and") {
      comma = true;
      k++;
    } else break;
  }
  parts.length = kept;
  if (parts.length === 0) return undefined;
  return { parts, end: parts[parts.length - 1]!.last };
}

/** Nouns for the protest's own people and its organisers: "organisers from the Free Youth movement" are still the protest. */
const PROTEST_ROLE_NOUNS: ReadonlySet<string> = new Set([
  "protesters", "protestors", "demonstrators", "activists", "participants", "organizers", "organisers", "marchers",
  "supporters", "campaigners", "members", "leaders", "rioters", "picketers", "strikers",
]);

function sameEntity(a: Candidate, b: Candidate): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "State") return a.code !== undefined && a.code === b.code;
  return a.cluster !== undefined && a.cluster === b.cluster;
}

/**
 * Takes collectives out of the protest cluster when the text says they are other people: a later
 * mention qualified by "from" another state or a named body (not from places of the host state, where
 * the story's own protesters come from, nor from what the first mention of the collective already names,
 * nor when the noun names the protest's own people or organisers), or an indefinite "a group of N people".
 */
export function separateCollectives(ctx: TokenContext, candidates: Candidate[], hostCode: string | undefined): void {
  const sorted = [...candidates].sort((a, b) => a.first - b.first || b.last - a.last);
  const byFirst = new Map<number, Candidate>();
  for (const c of sorted) if (!byFirst.has(c.first)) byFirst.set(c.first, c);
  joinCoordinated(ctx, sorted);
  separateByRole(ctx, sorted);
  joinIdentities(ctx, sorted);
  const protest = sorted.filter((c) => c.kind === "Group" && c.cluster === "protest" && !c.anaphor);
  const firstProtest = protest[0];
  if (!firstProtest) return;
  const firstSentence = ctx.sent[firstProtest.first];
  const inFirstSentence = sorted.filter((c) => ctx.sent[c.first] === firstSentence);
  for (const c of protest) {
    if (c === firstProtest) continue;
    const text = ctx.text.slice(ctx.tokens[c.first]!.start, ctx.tokens[c.last - 1]!.end);
    const q = PROTEST_ROLE_NOUNS.has(ctx.lower[c.last - 1]!) ? undefined : qualifier(ctx, byFirst, c.last);
    if (q) {
      const elsewhere = q.parts.some((p) => p.kind === "Organization" || (p.kind === "State" && p.code !== hostCode));
      const known = q.parts.some((p) => inFirstSentence.some((x) => sameEntity(x, p)));
      if (elsewhere && !known) {
        const from = ctx.text.slice(ctx.tokens[c.last]!.start, ctx.tokens[q.end - 1]!.end);
        const core = `${c.core ?? text} ${from}`;
        c.core = core;
        c.cluster = `other:${core.toLowerCase()}`;
        c.rule = FROM_ELSEWHERE_RULE.id;
        c.specificity = (c.specificity ?? 0) + 2;
        continue;
      }
    }
    const det = c.first > 0 ? ctx.lower[c.first - 1] : undefined;
    if ((c.rule === "group.people" || c.rule === "group.people-noun") && /^group of /iu.test(text) && (det === "a" || det === "another")) {
      // labelled by what the group is made of ("about 40 people"), the way a reader names it again
      c.core = text.replace(/^group of /iu, "");
      c.cluster = `other:${text.toLowerCase()}`;
      c.rule = NEW_GROUP_RULE.id;
      c.specificity = (c.specificity ?? 0) + 2;
    }
  }
}

/**
 * Roles the text gives a collective: "the two men" joins the collective counted as two before (SAME_COUNT_RULE),
 * and people named only as a category are weak (CATEGORY_RULE).
 */
function separateByRole(ctx: TokenContext, sorted: Candidate[]): void {
  const counted: { count: string; cand: Candidate }[] = [];
  for (const c of sorted) {
    if (c.kind !== "Group" || c.anaphor) continue;
    const head = ctx.lower[c.last - 1]!;
    const count = exactCount(ctx, c);
    const definite = c.first > 0 && ctx.lower[c.first - 1] === "the";
    if (count && definite && PEOPLE_NOUNS.has(head)) {
      const earlier = [...counted].reverse().find((x) => x.count === count);
      if (earlier) {
        c.cluster = earlier.cand.cluster;
        c.rule = SAME_COUNT_RULE.id;
        c.specificity = (c.specificity ?? 0) - 1;
        continue;
      }
    }
    const protestCluster = c.cluster === "protest" || c.cluster === "protest:second";
    if (categoryFrame(ctx, c, protestCluster)) {
      if (protestCluster) c.cluster = `other:category:${(c.core ?? head).toLowerCase()}`;
      c.weak = true;
      c.rule = CATEGORY_RULE.id;
    }
    if (count) counted.push({ count, cand: c });
  }
}

/**
 * IDENTITY_RULE: a collective after "many of them", "mostly" or "who described themselves as" joins the
 * collective named just before it in the sentence; with none, "members of the counter-rally, who described
 * themselves as ..." names the second collective.
 */
function joinIdentities(ctx: TokenContext, sorted: Candidate[]): void {
  const links = IDENTITY_LINKS.flatMap((l) => l.before);
  // "The demonstrators, many of them ...", "Members of the counter-rally, who described themselves as ..."
  const linkStart = (at: number): number | undefined => {
    for (const p of links) {
      const n = p.split(" ").length;
      if (!endsWith(ctx, at, [p])) continue;
      let k = at - n;
      if (ctx.lower[k - 1] === "who") k--;
      return k;
    }
    return undefined;
  };
  for (const c of sorted) {
    if (c.kind !== "Group" || c.anaphor) continue;
    const start = linkStart(c.first);
    if (start === undefined) continue;
    const sentence = ctx.sent[c.first];
    // the collective just before, in the same sentence, at most a few words before the link
    const before = sorted.filter((x) => x !== c && x.kind === "Group" && x.last <= start && ctx.sent[x.first] === sentence && start - x.last <= 3);
    const referent = before[before.length - 1];
    if (referent?.cluster) {
      c.cluster = referent.cluster;
      c.rule = IDENTITY_RULE.id;
      continue;
    }
    // no collective named: a counter-event just before ("Members of the counter-rally, who ...")
    for (let k = start - 1; k >= 0 && k >= start - 6 && ctx.sent[k] === sentence; k--) {
      if (ctx.lower[k]!.startsWith("counter-") || ctx.lower[k]!.startsWith("counter")) {
        c.cluster = "protest:second";
        c.rule = IDENTITY_RULE.id;
        break;
      }
    }
  }
}

/**
 * COORDINATED_RULE: "About 200 fishermen and student activists" is one collective; the second noun has no
 * quantity of its own. The pair takes the protest collective when either noun is one of its nouns.
 */
function joinCoordinated(ctx: TokenContext, sorted: Candidate[]): void {
  const groups = sorted.filter((c) => c.kind === "Group" && !c.anaphor && c.cluster);
  for (let i = 0; i + 1 < groups.length; i++) {
    const a = groups[i]!;
    const b = groups[i + 1]!;
    if (b.first !== a.last + 1 || ctx.lower[a.last] !== "and") continue;
    // the quantity opens the first mention only ("About 200 fishermen"), not the second
    const counted = (c: Candidate) => ctx.lower[c.first] !== undefined && (/^\d/u.test(ctx.lower[c.first]!) || QUANTITY_WORDS.has(ctx.lower[c.first]!));
    if (!counted(a) || counted(b)) continue;
    const protest = [a, b].find((c) => c.cluster === "protest");
    const cluster = protest ? "protest" : a.cluster;
    for (const c of [a, b]) {
      if (c.cluster === cluster) continue;
      c.cluster = cluster;
      c.rule = COORDINATED_RULE.id;
    }
  }
}

/** Words that open a counted collective ("About 200", "Hundreds of", "Several"). */
const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  ...EXACT_NUMBERS, "about", "around", "some", "nearly", "almost", "over", "more", "at", "up", "roughly", "approximately",
  "an", "dozens", "hundreds", "thousands", "tens", "scores", "several", "many", "a",
]);

// Named national police and gendarmerie forces ("Carabinieri", "Guardia Civil"): read before the
// unnamed police, so "Carabinieri officers" is the force and its officers, not the article's police.
import type { Lexicon } from "../lexicon/index.js";
import { FORCE_MEMBER_NOUNS } from "../lexicon/nameEvidence.js";
import type { TokenContext } from "./context.js";
import type { Candidate } from "./types.js";

/** Each named force is one organization of its own, with its member noun when one follows ("Carabinieri officers"). */
export function findForces(ctx: TokenContext, lex: Lexicon, first: number, last: number, out: Candidate[]): void {
  for (let i = first; i < last; i++) {
    if (ctx.claimed[i] || !ctx.word[i]) continue;
    const m = lex.forces.match(ctx.words, ctx.lower, i, last, false);
    if (!m) continue;
    // a force's name that is part of a longer capitalized name ("Polizei Museum") is left to the name finder
    if (m.end < last && ctx.cap[m.end] && ctx.word[m.end]) continue;
    let end = m.end;
    if (end < last && !ctx.cap[end] && !ctx.claimed[end] && FORCE_MEMBER_NOUNS.has(ctx.lower[end]!)) end++;
    const entry = m.entry.value;
    out.push({ first: i, last: end, kind: "Organization", rule: entry.id, cluster: `body:${entry.id}`, label: entry.label });
    for (let k = i; k < end; k++) ctx.claimed[k] = 1;
    i = end - 1;
  }
}

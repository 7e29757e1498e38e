// Word forms of trigger words, generated from their base forms so rule tables stay short.

/** Irregular past / past participle forms of verbs met in news reporting. */
const IRREGULAR: Record<string, string[]> = {
  break: ["broke", "broken"],
  burst: ["burst"],
  catch: ["caught"],
  cut: ["cut"],
  fling: ["flung"],
  hit: ["hit"],
  hurt: ["hurt"],
  lay: ["laid"],
  shut: ["shut"],
  tear: ["tore", "torn"],
  ring: ["ringed", "rang"],
  sling: ["slung"],
  send: ["sent"],
  win: ["won"],
  find: ["found"],
  burn: ["burnt"],
  bring: ["brought"],
  drive: ["drove", "driven"],
  fight: ["fought"],
  forbid: ["forbade", "forbidden"],
  get: ["got", "gotten"],
  give: ["gave", "given"],
  hold: ["held"],
  keep: ["kept"],
  lead: ["led"],
  let: ["let"],
  overrun: ["overran", "overrun"],
  put: ["put"],
  run: ["ran"],
  say: ["said"],
  seek: ["sought"],
  set: ["set"],
  shoot: ["shot"],
  speak: ["spoke", "spoken"],
  stand: ["stood"],
  strike: ["struck", "stricken"],
  take: ["took", "taken"],
  tell: ["told"],
  throw: ["threw", "thrown"],
  beat: ["beaten"],
  write: ["wrote", "written"],
  withstand: ["withstood"],
  upset: ["upset"],
};

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/.test(ch) && !VOWELS.has(ch);
}

/** Short consonant-vowel-consonant verbs double their last letter: stop -> stopped. */
function doubles(word: string): boolean {
  if (word.length > 4) return false;
  const [a, b, c] = [word.at(-3), word.at(-2), word.at(-1)];
  return isConsonant(a) && b !== undefined && VOWELS.has(b) && isConsonant(c) && !/[wxy]/.test(c!);
}

/**
 * Verbs stressed on a last short syllable double its consonant although longer than four letters:
 * repel -> repelled, patrol -> patrolling, permit -> permitted.
 */
const STRESSED_FINAL = new Set(["patrol", "repel", "expel", "compel", "propel", "control", "deter", "permit", "submit", "commit", "rebel", "refer", "confer", "regret", "equip"]);

/** All forms of one verb: base, -s, -ed, -ing and irregular forms. */
export function verbForms(base: string): string[] {
  const w = base.toLowerCase();
  const forms = new Set<string>([w]);
  if (/(s|sh|ch|x|z)$/.test(w)) forms.add(`${w}es`);
  else if (/[^aeiou]y$/.test(w)) forms.add(`${w.slice(0, -1)}ies`);
  else forms.add(`${w}s`);
  const irregular = IRREGULAR[w];
  if (irregular && irregular.length > 0) for (const f of irregular) forms.add(f);
  if (!irregular || !["say", "tell", "hold", "keep", "lead", "let", "put", "set", "shoot", "bring", "fight", "seek", "stand", "withstand", "upset", "lay", "burst", "catch", "cut", "fling", "hit", "hurt", "shut", "tear", "sling", "send", "win", "find", "break", "take", "throw", "write", "drive", "speak", "strike", "overrun", "get", "give", "run", "forbid"].includes(w)) {
    if (w.endsWith("e")) forms.add(`${w}d`);
    else if (/[^aeiou]y$/.test(w)) forms.add(`${w.slice(0, -1)}ied`);
    else if (doubles(w) || STRESSED_FINAL.has(w)) forms.add(`${w}${w.at(-1)}ed`);
    else forms.add(`${w}ed`);
  }
  if (w.endsWith("ie")) forms.add(`${w.slice(0, -2)}ying`);
  else if (w.endsWith("e") && !w.endsWith("ee")) forms.add(`${w.slice(0, -1)}ing`);
  else if (doubles(w) || STRESSED_FINAL.has(w)) forms.add(`${w}${w.at(-1)}ing`);
  else forms.add(`${w}ing`);
  if (w === "burn") forms.add("burned");
  return [...forms];
}

/** Singular and plural of a noun: protest -> protests, rally -> rallies, sit-in -> sit-ins. */
export function nounForms(base: string): string[] {
  const w = base.toLowerCase();
  const forms = new Set<string>([w]);
  if (/(s|sh|ch|x|z)$/.test(w)) forms.add(`${w}es`);
  else if (/[^aeiou]y$/.test(w)) forms.add(`${w.slice(0, -1)}ies`);
  else forms.add(`${w}s`);
  return [...forms];
}

/** Past participles among the forms of a verb (for passive voice). */
export function isParticiple(form: string, base: string): boolean {
  if (form === base && !(IRREGULAR[base] ?? []).includes(form)) return false;
  if (form.endsWith("ed")) return true;
  return (IRREGULAR[base] ?? []).includes(form);
}

// Compiles rule tables into a trigger index: word -> the rules whose trigger phrase starts with it,
// so each sentence only tries the rules whose trigger occurs in it.
import { isParticiple, nounForms, verbForms } from "./inflect.js";
import type { RelationRule } from "./types.js";

export interface CompiledTrigger {
  rule: RelationRule;
  /** The whole phrase as words, first word included. */
  words: string[];
  /** The first word is a past participle (passive possible). */
  participle: boolean;
}

export interface CompiledRules {
  index: Map<string, CompiledTrigger[]>;
  rules: RelationRule[];
  /** Prepositions per rule id, split into words, longest first. */
  preps: Map<string, string[][]>;
}

function splitPhrase(phrase: string): string[] {
  return phrase.toLowerCase().replace(/’/g, "'").trim().split(/\s+/);
}

function add(index: Map<string, CompiledTrigger[]>, trigger: CompiledTrigger): void {
  const key = trigger.words[0]!;
  const list = index.get(key);
  if (list) {
    if (!list.some((t) => t.rule === trigger.rule && t.words.join(" ") === trigger.words.join(" "))) list.push(trigger);
  } else index.set(key, [trigger]);
}

/** Words of the `pattern` frame that can anchor a match: the first required literal word. */
export function patternAnchors(pattern: string): string[] {
  for (const part of pattern.trim().split(/\s+/)) {
    if (part === "{source}" || part === "{target}" || part === "*" || part.endsWith("?")) continue;
    return part.toLowerCase().split("|");
  }
  return [];
}

export function compileRules(rules: RelationRule[]): CompiledRules {
  const index = new Map<string, CompiledTrigger[]>();
  const preps = new Map<string, string[][]>();
  for (const rule of rules) {
    preps.set(rule.id, (rule.preps ?? []).map(splitPhrase).sort((a, b) => b.length - a.length));
    if (rule.frame === "pattern") {
      for (const anchor of patternAnchors(rule.pattern ?? "")) add(index, { rule, words: [anchor], participle: false });
      continue;
    }
    for (const phrase of rule.triggers ?? []) {
      const words = splitPhrase(phrase);
      const head = words[0]!;
      const rest = words.slice(1);
      if (rule.frame === "verb" || rule.frame === "restrain") {
        for (const form of verbForms(head)) {
          const participle = isParticiple(form, head);
          add(index, { rule, words: [form, ...rest], participle });
        }
      } else if (rest.length === 0) {
        for (const form of nounForms(head)) add(index, { rule, words: [form], participle: false });
      } else {
        // Multi-word nouns: plural on the last word ("air strikes") or the first ("strikes on").
        const last = rest.at(-1)!;
        for (const form of nounForms(last)) add(index, { rule, words: [head, ...rest.slice(0, -1), form], participle: false });
        for (const form of nounForms(head)) add(index, { rule, words: [form, ...rest], participle: false });
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { index, rules, preps };
}

// Maps a state name or demonym written in the text ("Bolivian", "Britain") to the article's State
// entity, through the entity stage's state lexicon (world-countries data). Used where the name sits
// inside another mention ("Bolivian President Rosa Quispe") and so is not a mention of its own.
import type { Entity } from "../../model/types.js";
import { stateLexicon } from "../lexicon/states.js";

export function stateEntityFor(phrase: string, entities: readonly Entity[]): Entity | undefined {
  const lex = stateLexicon();
  const lower = phrase.toLowerCase().replace(/’/g, "'").replace(/'s$/, "").trim();
  const code = lex.names.get(lower) ?? lex.demonyms.get(lower) ?? lex.peoples.get(lower);
  if (!code) return undefined;
  const label = lex.states.get(code)?.label.toLowerCase();
  return entities.find(
    (e) => e.kind === "State" && (e.key?.code === code || e.label.toLowerCase() === label || e.aliases.some((a) => a.toLowerCase() === lower)),
  );
}

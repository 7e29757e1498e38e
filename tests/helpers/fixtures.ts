// Hand-written extractions for testing the stages after extraction.
import type { Entity, Extraction, Relation } from "../../src/model/types.js";

export function entity(id: string, kind: Entity["kind"], label: string, aliases: string[] = [], mentions = 1): Entity {
  return { id, kind, label, aliases, mentions };
}

export function relation(source: string, predicate: Relation["predicate"], target: string, article: string, sentence: string): Relation {
  return { source, predicate, target, evidence: { article, sentence, start: 0, end: sentence.length, rule: "test-rule" } };
}

export function extraction(article: string, entities: Entity[], relations: Relation[]): Extraction {
  return {
    article,
    meta: {},
    sentences: [],
    entities,
    mentions: entities.map((e, i) => ({ entity: e.id, text: e.label, start: i * 10, end: i * 10 + e.label.length, sentence: 0, rule: "test" })),
    relations,
  };
}

/** Two articles about protests at an embassy, sharing actors. */
export function embassyProtestExtractions(): Extraction[] {
  const a = extraction(
    "a.txt",
    [
      entity("e1", "Organization", "Sylvanian Students Union", ["Students Union"], 3),
      entity("e2", "State", "Freedonia", [], 2),
      entity("e3", "Organization", "police", ["riot police"], 2),
      entity("e4", "Organization", "Daily Planet", [], 1),
    ],
    [
      relation("e1", "protests-against", "e2", "a.txt", "Student protesters rallied against Freedonia."),
      relation("e3", "protects", "e2", "a.txt", "Riot police guarded the Freedonia mission."),
      relation("e1", "reported-by", "e4", "a.txt", "The protesters marched, the Daily Planet reported."),
    ],
  );
  const b = extraction(
    "b.txt",
    [entity("e1", "Organization", "Sylvanian Students Union", [], 1), entity("e2", "State", "Freedonia", ["Freedonian"], 1)],
    [
      relation("e1", "protests-against", "e2", "b.txt", "Protesters chanted against Freedonia again."),
      relation("e1", "attacks", "e2", "b.txt", "Protesters threw stones at Freedonia's mission."),
    ],
  );
  return [b, a];
}

// The stage's contract: pure, deterministic, evidence that points into the text, ids that exist.
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, RELATIONS_VERSION, extractRelations } from "../../../src/extract/relations/index.js";
import { PREDICATES } from "../../../src/model/ontology.js";
import { analyzed, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "crowd", kind: "Group", names: ["Hundreds of farmers", "the farmers", "farmers"] },
  { id: "police", kind: "Organization", names: ["Police", "police"] },
  { id: "emb", kind: "Embassy", names: ["Canadian embassy in Paris", "the embassy"], key: { state: "Canada", city: "Paris" } },
  { id: "canada", kind: "State", names: ["Canada", "Canadian"] },
  { id: "paris", kind: "Location", names: ["Paris"] },
  { id: "afp", kind: "Organization", names: ["AFP"] },
];

const TEXT =
  "Hundreds of farmers rallied outside the Canadian embassy in Paris on Monday, AFP reported. " +
  "Police guarded the embassy and detained 12 farmers. The farmers did not attack the embassy.";

describe("extractRelations contract", () => {
  it("returns nothing for an article without mentions", () => {
    expect(extractRelations(analyzed("Nothing happened here today.", []))).toEqual([]);
    expect(extractRelations(analyzed("", []))).toEqual([]);
  });

  it("is deterministic and does not change its input", () => {
    const doc = analyzed(TEXT, CAST);
    const before = JSON.stringify(doc);
    const a = extractRelations(doc);
    const b = extractRelations(analyzed(TEXT, CAST));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("gives every relation known entity ids, an ontology predicate, and evidence pointing at its sentence", () => {
    const doc = analyzed(TEXT, CAST);
    const ids = new Set(doc.entities.map((e) => e.id));
    const rules = new Set([...DEFAULT_RULES.map((r) => r.id)]);
    const relations = extractRelations(doc);
    expect(relations.length).toBeGreaterThan(4);
    for (const r of relations) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      expect(r.source).not.toBe(r.target);
      expect(PREDICATES).toContain(r.predicate);
      expect(TEXT.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
      expect(r.evidence.rule.length).toBeGreaterThan(0);
      if (r.evidence.rule.startsWith("protest.verb")) expect(rules.has(r.evidence.rule)).toBe(true);
    }
    expect(relations.some((r) => r.predicate === "attacks")).toBe(false);
  });

  it("keeps one relation per (source, predicate, target, sentence) and orders them by sentence", () => {
    const relations = extractRelations(analyzed(TEXT, CAST));
    const keys = relations.map((r) => `${r.source}|${r.predicate}|${r.target}|${r.evidence.start}`);
    expect(new Set(keys).size).toBe(keys.length);
    const starts = relations.map((r) => r.evidence.start);
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
  });

  it("has a version that names the rule tables", () => {
    expect(RELATIONS_VERSION).toMatch(/^relations-\d+-[0-9a-f]{16}$/);
  });

  it("has unique rule ids, each with a reason", () => {
    const ids = DEFAULT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of DEFAULT_RULES) expect(r.reason.length).toBeGreaterThan(10);
  });
});

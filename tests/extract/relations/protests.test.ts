import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "students", kind: "Group", names: ["Hundreds of students", "the students", "students", "the crowd", "they", "demonstrators"] },
  { id: "farmers", kind: "Group", names: ["angry farmers", "the farmers", "farmers"] },
  { id: "mourners", kind: "Group", names: ["Thousands of mourners"] },
  { id: "de-embassy", kind: "Embassy", names: ["German Embassy in Oslo", "the German embassy", "the embassy", "the mission"], key: { state: "Germany", city: "Oslo" } },
  { id: "germany", kind: "State", names: ["Germany", "German", "Berlin"] },
  { id: "norway", kind: "State", names: ["Norway", "Norwegian"] },
  { id: "chile", kind: "State", names: ["Chile", "Chilean"] },
  { id: "oslo", kind: "Location", names: ["Oslo"] },
  { id: "labour", kind: "Organization", names: ["the Labour Party", "Labour"] },
  { id: "agrico", kind: "Organization", names: ["Agrico Ltd", "Agrico"] },
  { id: "lind", kind: "Person", names: ["Minister Erik Lind", "Lind"] },
];

function run(text: string) {
  return triples(extractRelations(analyzed(text, CAST)));
}

describe("protests-against", () => {
  it("reads an intransitive protest verb with 'against'", () => {
    expect(run("Hundreds of students rallied against Germany on Monday.")).toContain("students protests-against germany");
  });

  it("gives both the embassy and its state for a protest held at an embassy", () => {
    const out = run("Hundreds of students demonstrated outside the German embassy on Friday.");
    expect(out).toContain("students protests-against de-embassy");
    expect(out).toContain("students protests-against germany");
  });

  it("finds the organizer of a protest noun through 'organised by' and the site through 'in front of'", () => {
    const out = run("A protest organised by angry farmers was held in front of the German Embassy in Oslo.");
    expect(out).toContain("farmers protests-against de-embassy");
  });

  it("reads 'X held a sit-in against Y'; a place other than a mission is not a target", () => {
    expect(run("On Tuesday the farmers held a sit-in against Agrico Ltd.")).toContain("farmers protests-against agrico");
    expect(run("On Tuesday the farmers held a sit-in outside Agrico Ltd.")).not.toContain("farmers protests-against agrico");
    expect(run("On Tuesday the farmers held a sit-in outside the German embassy.")).toContain("farmers protests-against de-embassy");
  });

  it("reads a transitive protest verb", () => {
    expect(run("Angry farmers picketed Agrico for a third day.")).toContain("farmers protests-against agrico");
  });

  it("targets the actor behind a policy: 'against X's aggression', 'against the bill of X'", () => {
    expect(run("Hundreds of students marched against Germany's aggression.")).toContain("students protests-against germany");
    expect(run("Angry farmers protested against the new tariff bill of the Labour Party.")).toContain("farmers protests-against labour");
  });

  it("does not take a place named after the target as the target ('the war in X')", () => {
    expect(run("Hundreds of students protested against the war in Chile.")).not.toContain("students protests-against chile");
  });

  it("reads demands addressed to a state", () => {
    expect(run("The students demanded that Norway end its support for the project.")).toContain("students protests-against norway");
    expect(run("During the march, the students called on Norway to close the mine.")).toContain("students protests-against norway");
  });

  it("reads chants 'Down with X' and 'Death to X'", () => {
    expect(run('The students chanted "Down with Germany" for an hour.')).toContain("students protests-against germany");
    expect(run('Angry farmers shouted "Death to Agrico" outside the gates.')).toContain("farmers protests-against agrico");
  });

  it("reads flag burning, each demonym a target", () => {
    const out = run("The students burned German and Norwegian flags.");
    expect(out).toContain("students protests-against germany");
    expect(out).toContain("students protests-against norway");
  });

  it("needs protest context for neutral gathering verbs", () => {
    expect(run("Thousands of mourners gathered in front of the German embassy.")).toEqual(["de-embassy represents germany"]);
    expect(run("Angry farmers massed outside the German embassy.")).toContain("farmers protests-against de-embassy");
  });

  it("gives no edge for planned, conditional or negated protests", () => {
    for (const text of [
      "The students plan to rally against Germany next week.",
      "The students could protest against Germany.",
      "If the farmers protest against Agrico, the talks will end.",
      "The students did not protest against Germany.",
      "The farmers threatened to picket Agrico.",
    ]) {
      expect(run(text).filter((t) => t.includes("protests-against")), text).toEqual([]);
    }
  });

  it("turns an assault on an embassy by a crowd into a protest against it and its state", () => {
    const out = run("Hundreds of students stormed the German embassy.");
    expect(out).toContain("students attacks de-embassy");
    expect(out).toContain("students protests-against de-embassy");
    expect(out).toContain("students protests-against germany");
  });

  it("carries the evidence sentence and rule id", () => {
    const text = "It was a cold day. Angry farmers picketed Agrico for a third day.";
    const rel = extractRelations(analyzed(text, CAST)).find((r) => r.predicate === "protests-against")!;
    expect(rel.evidence.sentence).toBe("Angry farmers picketed Agrico for a third day.");
    expect(text.slice(rel.evidence.start, rel.evidence.end)).toBe(rel.evidence.sentence);
    expect(rel.evidence.rule).toBe("protest.verb-transitive");
    expect(rel.evidence.article).toBe("test-article");
  });
});

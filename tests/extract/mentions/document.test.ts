// Decisions over a whole article (src/extract/mentions/document.ts): one kind for one name, acronyms
// joined to the names whose initials they spell; and a legislature's proper name as the parliament.
// Every sentence here is written for this test.
import { describe, expect, it } from "vitest";
import { entity, entityOf, run } from "../analyze.js";

describe("one kind for one name", () => {
  it("gives every mention of a name the kind of its strongest evidence in the article", () => {
    const doc = run(
      "Soldiers freed three hostages held by Tal Marra.\n\nTal Marra militants had seized them in May. Tal Marra, an armed group founded in 2009, has not commented.",
    );
    const group = entity(doc, "Tal Marra");
    expect(group?.kind).toBe("Organization");
    expect(doc.entities.filter((e) => e.label === "Tal Marra")).toHaveLength(1);
    expect(group?.mentions).toBeGreaterThanOrEqual(3);
  });

  it("leaves a person a person when the only other evidence is a verb of saying", () => {
    const doc = run("Ivo Strand said the strike would go on. Ivo Strand told reporters he had not slept.");
    expect(entity(doc, "Ivo Strand")?.kind).toBe("Person");
  });
});

describe("acronyms and initials", () => {
  it("joins an unknown acronym to the one organization whose initials it spells", () => {
    const doc = run("The rally was called by the opposition Civic Renewal party. CR leader Ivana Dobra told the crowd to stay calm.");
    const party = entityOf(doc, "Civic Renewal party") ?? entityOf(doc, "Civic Renewal");
    expect(party?.kind).toBe("Organization");
    expect(entityOf(doc, "CR")?.id).toBe(party?.id);
  });

  it("does not join an acronym that two organizations could spell", () => {
    const doc = run("Civic Renewal and Citizens Rising both backed the strike. CR leader Ivana Dobra spoke first.");
    const cr = entityOf(doc, "CR");
    expect(cr?.id).not.toBe(entityOf(doc, "Civic Renewal")?.id);
    expect(cr?.id).not.toBe(entityOf(doc, "Citizens Rising")?.id);
  });
});

describe("legislatures", () => {
  it("reads a legislature's proper name as the parliament that 'lawmakers' also name", () => {
    const doc = run("Thousands gathered outside the Storting in Oslo as lawmakers debated the bill. The parliament passed it late at night.");
    const storting = entityOf(doc, "Storting");
    expect(storting?.kind).toBe("Organization");
    expect(entityOf(doc, "lawmakers")?.id).toBe(storting?.id);
    expect(entityOf(doc, "parliament")?.id).toBe(storting?.id);
  });
});

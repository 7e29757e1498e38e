// Collectives kept apart from the protest collective (src/extract/mentions/collectives.ts). Every
// sentence here is written for this test.
import { describe, expect, it } from "vitest";
import { entityOf, run } from "../analyze.js";

describe("collectives from elsewhere", () => {
  it("keeps people from other states apart from the story's own protesters", () => {
    const doc = run(
      "LYON, France - Hundreds of farmers blocked the ring road on Monday. In Madrid last month, farmers from Portugal and Spain burned tyres outside the ministry.",
    );
    const own = entityOf(doc, "Hundreds of farmers");
    const other = entityOf(doc, "farmers");
    expect(other?.id).not.toBe(own?.id);
    expect(other?.label).toBe("farmers from Portugal and Spain");
  });

  it("keeps people from a named body apart, but not the protest's own organisers", () => {
    const doc = run(
      "Hundreds of workers walked out on Sunday. Students from Khulna University held a march in support. Organisers from the Port Workers Union said the strike would go on.",
    );
    const own = entityOf(doc, "Hundreds of workers");
    expect(entityOf(doc, "Students")?.id).not.toBe(own?.id);
    expect(entityOf(doc, "Organisers")?.id).toBe(own?.id);
  });

  it("ends the qualifier at a comma that no 'and' closes", () => {
    const doc = run("Hundreds of workers marched on Monday. They were joined by students from Rajshahi University, Reuters reported.");
    expect(entityOf(doc, "students")?.label).toBe("students from Rajshahi University");
  });

  it("keeps people from places of the host state in the story's collective", () => {
    const doc = run("ROME, Italy - Hundreds of farmers blocked a motorway. Most were farmers from Lombardy and Veneto.");
    expect(entityOf(doc, "farmers")?.id).toBe(entityOf(doc, "Hundreds of farmers")?.id);
  });
});

describe("new groups", () => {
  it("reads 'a group of N people' after the protest collective as another collective", () => {
    const doc = run("Hundreds of students occupied the library. On Thursday, a group of about 30 people tried to force their way in.");
    const group = entityOf(doc, "group of about 30 people");
    expect(group?.kind).toBe("Group");
    expect(group?.id).not.toBe(entityOf(doc, "Hundreds of students")?.id);
  });
});

// Evidence that an unknown capitalized name is a body or a place, not a person (src/extract/mentions/evidence.ts
// and its use in src/extract/mentions/names.ts). Every sentence here is written for this test.
import { describe, expect, it } from "vitest";
import { entity, entityOf, run } from "../analyze.js";

describe("street names", () => {
  it("reads a street word of another language before a name as a street", () => {
    const doc = run("Riot police closed Via Garibaldi Nuova. Marchers then filled Rue Sainte-Catherine and Jalan Merdeka Raya.");
    expect(entity(doc, "Via Garibaldi Nuova")?.kind).toBe("Location");
    expect(entity(doc, "Rue Sainte-Catherine")?.kind).toBe("Location");
    expect(entity(doc, "Jalan Merdeka Raya")?.kind).toBe("Location");
  });

  it("reads a one-word street of German or Turkish as a street", () => {
    const doc = run("A second rally formed on Frankenplatz, and another on Bahariye Caddesi.");
    expect(entity(doc, "Frankenplatz")?.kind).toBe("Location");
  });
});

describe("the words of a name", () => {
  it("reads an organization word of a head-initial language first in the name", () => {
    const doc = run("The march was called by Movimiento Campesino Unido, whose leaders met the governor.");
    expect(entity(doc, "Movimiento Campesino Unido")?.kind).toBe("Organization");
  });

  it("reads an organization word of a head-final language last in the name", () => {
    const doc = run("Rashtriya Kisan Morcha said on Friday it would join the strike.");
    expect(entity(doc, "Rashtriya Kisan Morcha")?.kind).toBe("Organization");
  });

  it("reads an acronym beside a dictionary word as a body, initials beside names as a person", () => {
    const doc = run("The terminal is run by KX Logistics, which declined to comment. Fans cheered when RK Nayar arrived.");
    expect(entity(doc, "KX Logistics")?.kind).toBe("Organization");
    expect(entity(doc, "RK Nayar")?.kind).toBe("Person");
  });

  it("links an acronym spelled by the name's initials even when the acronym is a word", () => {
    const doc = run("Marchers carried the banners of Save Our Dunes (SOD), which organised the rally. SOD said it would return.");
    const sod = entity(doc, "Save Our Dunes");
    expect(sod?.kind).toBe("Organization");
    expect(entityOf(doc, "SOD")?.id).toBe(sod?.id);
  });
});

describe("the words around a name", () => {
  it("reads a name after 'the' as a body, but not when the name modifies a noun", () => {
    const doc = run("The sit-in was organised by the Kolektif Tani Merdeka on Sunday. Critics of the Ahmed Karimov government joined it.");
    expect(entity(doc, "Kolektif Tani Merdeka")?.kind).toBe("Organization");
    expect(entityOf(doc, "Ahmed Karimov")?.kind).toBe("Person");
  });

  it("keeps a name after 'the' a person when a role names it", () => {
    const doc = run("Villagers thanked the spokesman Tomas Arnaldo, who had negotiated the release.");
    expect(entity(doc, "Tomas Arnaldo")?.kind).toBe("Person");
  });

  it("does not read a titled person, a people or a shouted word as a body", () => {
    const doc = run("Monks followed the Venerable Ashin Sopaka into the hall. Turnout among the Latin Americans rose. The sign said Serves FREE Meals.");
    expect(entityOf(doc, "Ashin Sopaka")?.kind).not.toBe("Organization");
    expect(doc.entities.filter((e) => e.kind === "Organization")).toHaveLength(0);
  });

  it("reads a name that qualifies armed members as their body", () => {
    const doc = run("Troops said Ansar Kitab militants attacked a checkpoint overnight.");
    expect(entity(doc, "Ansar Kitab")?.kind).toBe("Organization");
  });

  it("reads a name after an outlet noun as that outlet, acronyms that are words included", () => {
    const doc = run("The claim was first reported by the online magazine Kiri Ulang. The news agency MAP carried a denial.");
    expect(entity(doc, "Kiri Ulang")?.kind).toBe("Organization");
    expect(entity(doc, "MAP")?.kind).toBe("Organization");
  });

  it("reads a name in apposition to a definite or possessive description of a body as that body", () => {
    const doc = run("Agrovita, Spain's largest farm union, backed the strike. Sindh Haris Tanzeem, the peasant wing of the party, joined it.");
    expect(entity(doc, "Agrovita")?.kind).toBe("Organization");
    // a reporting clause after a person is no apposition
    const person = run("Workers will return on Monday, Ilse Varga, the agency said.");
    expect(entity(person, "Ilse Varga")?.kind).not.toBe("Organization");
  });

  it("reads a name that starts with a figure after an outlet noun as that outlet", () => {
    const doc = run("A cameraman for the television channel 4KTV was beaten.");
    expect(entity(doc, "4KTV")?.kind).toBe("Organization");
  });
});

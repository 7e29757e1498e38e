import { describe, expect, it } from "vitest";
import { entity, entityOf, run } from "./analyze.js";
import type { AnalyzedArticle } from "../../src/extract/types.js";
import { ATHENS_ARTICLE, DISTRACTOR_ARTICLE } from "./fixtures.js";


describe("mentions and entities of an article", () => {
  const doc = run(ATHENS_ARTICLE);

  it("finds states by name, by demonym used as an actor, and by a capital standing for the state", () => {
    const turkey = entity(doc, "Turkey");
    expect(turkey?.kind).toBe("State");
    expect(turkey?.key).toEqual({ code: "TUR" });
    expect(entityOf(doc, "Turkish troops")?.id).toBe(turkey?.id);
    expect(entityOf(doc, "Ankara")?.id).toBe(turkey?.id);
    expect(entity(doc, "Greece")?.kind).toBe("State");
  });

  it("keeps a dateline city as a location, not a state", () => {
    const athens = entity(doc, "Athens");
    expect(athens?.kind).toBe("Location");
    expect(athens?.aliases).toContain("ATHENS");
  });

  it("resolves an embassy named three ways, and its descriptions, to one node keyed by sender and host", () => {
    const embassies = doc.entities.filter((e) => e.kind === "Embassy");
    expect(embassies).toHaveLength(1);
    const embassy = embassies[0]!;
    expect(embassy.label).toBe("Embassy of Turkey in Athens");
    expect(embassy.key).toEqual({ state: "Turkey", city: "Athens" });
    expect(embassy.aliases).toEqual(expect.arrayContaining(["Turkish Embassy", "diplomatic mission of Turkey", "compound", "embassy"]));
    // the sender and host are handed to the relation stage
    const links = doc.links.filter((l) => l.from === embassy.id);
    expect(links.map((l) => l.type).sort()).toEqual(expect.arrayContaining(["host", "sender"]));
  });

  it("merges the police however they are named into one organization", () => {
    const police = doc.entities.filter((e) => e.kind === "Organization" && /police/i.test(e.label));
    expect(police).toHaveLength(1);
    expect(police[0]!.aliases).toEqual(expect.arrayContaining(["Riot police", "police officers", "policemen"]));
  });

  it("merges descriptions of the protesting collective and labels it with the most specific one", () => {
    const groups = doc.entities.filter((e) => e.kind === "Group");
    expect(groups).toHaveLength(1);
    expect(groups[0]!.label).toBe("Greek students");
    expect(groups[0]!.aliases).toEqual(expect.arrayContaining(["demonstrators", "crowd"]));
  });

  it("resolves a surname to the full name and strips titles from the label", () => {
    const dendias = entity(doc, "Nikos Dendias");
    expect(dendias?.kind).toBe("Person");
    expect(entityOf(doc, "Dendias")?.id).toBe(dendias?.id);
    expect(entityOf(doc, "Markou")?.id).toBe(entity(doc, "Eleni Markou")?.id);
    const title = doc.links.find((l) => l.type === "title" && l.from === dendias?.id);
    expect(title?.title).toBe("Foreign Minister");
  });

  it("finds outlets, an acronym defined in the text, and 'the agency' referring back", () => {
    const anadolu = entityOf(doc, "Anadolu news agency");
    expect(anadolu?.kind).toBe("Organization");
    expect(entityOf(doc, "agency")?.id).toBe(anadolu?.id);
    const gsee = entity(doc, "Greek Confederation of Labour");
    expect(gsee?.kind).toBe("Organization");
    expect(gsee?.aliases).toContain("GSEE");
    expect(entity(doc, "European Union")?.kind).toBe("Organization");
  });

  it("finds squares as locations", () => {
    expect(entity(doc, "Syntagma Square")?.kind).toBe("Location");
  });

  it("resolves pronouns to the most recent compatible entity", () => {
    const them = doc.mentions.find((m) => m.text === "them" && m.anaphor);
    expect(them).toBeDefined();
    expect(doc.entities.find((e) => e.id === them!.entity)?.kind).toBe("Group");
  });

  it("takes nothing from the share bar or the comment thread", () => {
    const labels = doc.entities.map((e) => e.label);
    expect(labels).not.toContain("Papadopoulos");
    expect(labels).not.toContain("Facebook");
    expect(labels.some((l) => l.startsWith("Yannis"))).toBe(false);
  });

  it("gives every mention a rule id and offsets that match its text", () => {
    for (const m of doc.mentions) {
      expect(m.rule).toMatch(/^[a-z]/);
      expect(ATHENS_ARTICLE.slice(m.start, m.end)).toBe(m.text);
    }
    const starts = doc.mentions.map((m) => m.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});

describe("words that look like places", () => {
  const doc = run(DISTRACTOR_ARTICLE);

  it("does not turn Police or March into places", () => {
    const locations = doc.entities.filter((e) => e.kind === "Location").map((e) => e.label);
    expect(locations).not.toContain("Police");
    expect(locations).not.toContain("March");
  });

  it("reads a place from its context even when no gazetteer lists it", () => {
    expect(entity(doc, "Turan")?.kind).toBe("Location");
    expect(entity(doc, "Omar Haddad")?.kind).toBe("Person");
    expect(entityOf(doc, "Haddad")?.label).toBe("Omar Haddad");
  });
});

// The generated gazetteer of first-level subdivisions (scripts/gen-regions.mjs from country-region-data)
// and how the name classifier reads its entries. Every sentence here is written for this test.
import { describe, expect, it } from "vitest";
import { lexicon, SUBDIVISION_RULE } from "../../../src/extract/lexicon/index.js";
import { REGION_TABLE } from "../../../src/extract/lexicon/data/regions.js";
import { entity, run } from "../analyze.js";

const names = new Set(REGION_TABLE.split("\n").map((l) => l.split("\t")[0]));

function regionRule(name: string): string | undefined {
  const lex = lexicon();
  const words = name.split(" ");
  const m = lex.regions.match(words, words.map((w) => w.toLowerCase()), 0, words.length, true);
  return m?.end === words.length ? m.entry.value : undefined;
}

describe("subdivision gazetteer", () => {
  it("holds states and provinces of many countries, with their country", () => {
    for (const n of ["Sabah", "Sarawak", "Emilia-Romagna", "Gyeonggi-do", "Baden-Württemberg", "Baden-Wurttemberg", "Akwa Ibom"]) expect(names.has(n), n).toBe(true);
    expect(REGION_TABLE).toContain("Sabah\tMY");
  });

  it("leaves out words, first names, countries, cities, compass words and shared surnames", () => {
    // a dictionary word, first names, a country, cities of the city gazetteer
    for (const n of ["Centre", "Victoria", "Georgia", "Jordan", "Dakar", "Berlin"]) expect(names.has(n), n).toBe(false);
    // "Nord Stream" is no region; "Vargas" is more often a person
    for (const n of ["Nord", "Sud-Est", "Vargas", "Armed Forces Pacific"]) expect(names.has(n), n).toBe(false);
  });

  it("is read as a region, after the hand-written entries", () => {
    expect(regionRule("Sabah")).toBe(SUBDIVISION_RULE);
    expect(regionRule("Lombardy")).toBe("loc.region.provinces");
    expect(regionRule("Korea")).toBe("loc.region.world");
  });
});

describe("regions in text", () => {
  it("types a subdivision as a place, alone and in a list", () => {
    const doc = run("The vessel was seized off the coast of Sabah on Tuesday. Growers from Molise and Campania joined the march in Rome.");
    expect(entity(doc, "Sabah")?.kind).toBe("Location");
    expect(entity(doc, "Molise")?.kind).toBe("Location");
    expect(entity(doc, "Campania")?.kind).toBe("Location");
  });

  it("keeps states whose names hold 'and' whole", () => {
    const doc = run("Officials from Bosnia and Herzegovina and Trinidad and Tobago signed the accord.");
    expect(entity(doc, "Bosnia and Herzegovina")?.kind).toBe("State");
    expect(entity(doc, "Trinidad and Tobago")?.kind).toBe("State");
  });

  it("gives a person a region's name when the article names the person in full", () => {
    const doc = run("The bill will pass, opposition lawmaker Peter Perak said. Perak spoke to reporters outside the chamber.");
    expect(entity(doc, "Perak")).toBeUndefined();
    expect(entity(doc, "Peter Perak")?.kind).toBe("Person");
  });
});

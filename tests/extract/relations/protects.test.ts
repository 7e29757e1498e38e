import { describe, expect, it } from "vitest";
import { createExtractor } from "../../../src/extract/index.js";
import { extractRelations } from "../../../src/extract/relations/index.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "police", kind: "Organization", names: ["Riot police", "riot police", "Police", "police", "officers", "Officers", "the gendarmerie"] },
  { id: "crowd", kind: "Group", names: ["the demonstrators", "demonstrators", "the protesters", "protesters", "the crowd"] },
  { id: "it-embassy", kind: "Embassy", names: ["Italian embassy", "the embassy", "the compound", "The compound", "the mission"], key: { state: "Italy" } },
  { id: "italy", kind: "State", names: ["Italy"] },
  { id: "mayor", kind: "Person", names: ["Mayor Ana Ruiz", "Ruiz"] },
  { id: "square", kind: "Location", names: ["Plaza Central"] },
];

function run(text: string) {
  return triples(extractRelations(analyzed(text, CAST))).filter((t) => t.includes(" protects "));
}

describe("protects", () => {
  it("reads guarding verbs in active and passive voice", () => {
    expect(run("Riot police guarded the Italian embassy overnight.")).toEqual(["police protects it-embassy"]);
    expect(run("The Italian embassy was guarded by riot police.")).toEqual(["police protects it-embassy"]);
    expect(run("The compound was cordoned off by police on Sunday.")).toEqual(["police protects it-embassy"]);
    expect(run("Police sealed off the compound.")).toEqual(["police protects it-embassy"]);
  });

  it("does not read the noun 'police' before a name as the verb 'to police'", () => {
    const text =
      "OSLO, May 3 - Riot police guarded the Italian embassy in Oslo on Friday.\n\n" +
      "Officers detained two men briefly for breaching public order, police spokesman Lars Berg told the NTB news agency.";
    const ex = createExtractor().extract({ id: "t", text, meta: {} });
    const label = (id: string) => ex.entities.find((e) => e.id === id)?.label;
    const protects = ex.relations.filter((r) => r.predicate === "protects").map((r) => `${label(r.source)} -> ${label(r.target)}`);
    expect(protects.some((p) => p.endsWith("Lars Berg"))).toBe(false);
    expect(protects.some((p) => p.includes("Embassy of Italy"))).toBe(true);
  });

  it("does not read a noun trigger that only modifies another noun ('security law for X')", () => {
    const text =
      "Protest in Taipei\n\nTAIPEI, March 9 - Hundreds of students marched in Taipei on Sunday chanting slogans against Beijing's security law for Macau.";
    const ex = createExtractor().extract({ id: "t", text, meta: {} });
    expect(ex.relations.filter((r) => r.predicate === "protects")).toEqual([]);
  });

  it("reads the subject of a relative clause", () => {
    expect(run("The demonstrators surged past the riot police who were guarding the compound.")).toEqual(["police protects it-embassy"]);
  });

  it("treats 'did not allow the protesters to approach X' as affirmative protection of X", () => {
    expect(run("Police did not allow the protesters to approach the embassy.")).toEqual(["police protects it-embassy"]);
    expect(run("Officers refused to let the demonstrators reach the compound.")).toEqual(["police protects it-embassy"]);
  });

  it("targets the site, not the people held back", () => {
    expect(run("Riot police prevented the demonstrators from reaching the embassy.")).toEqual(["police protects it-embassy"]);
    expect(run("Police dispersed the crowd outside the Italian embassy.")).toEqual(["police protects it-embassy"]);
    expect(run("Police pushed back the protesters in front of the compound.")).toEqual(["police protects it-embassy"]);
    // no site in the sentence: the article's one mission is the site (round 3; with two missions, none)
    expect(run("Police dispersed the crowd.")).toEqual(["police protects it-embassy"]);
  });

  it("protects people as well as places", () => {
    expect(run("Officers escorted Mayor Ana Ruiz through Plaza Central.")).toEqual(["police protects mayor"]);
  });

  it("gives no edge when the protection is denied or hypothetical", () => {
    for (const text of [
      "Police did not protect the embassy.",
      "Police failed to protect the Italian embassy.",
      "Riot police could guard the compound.",
      "Police would protect the embassy if asked.",
      "Police never guarded the compound.",
      "Police allowed the protesters to approach the embassy.",
    ]) {
      expect(run(text), text).toEqual([]);
    }
  });
});

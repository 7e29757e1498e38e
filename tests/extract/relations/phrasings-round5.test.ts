// Round 5: further ways journalists write guarding and protesting, on sentences written for this
// test (relation stage only, with a hand-made cast standing in for the entity stage).
import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import { verbForms } from "../../../src/extract/relations/inflect.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "police", kind: "Organization", names: ["riot police", "Riot police", "police officers", "Police", "police"] },
  { id: "crowd", kind: "Group", names: ["the demonstrators", "demonstrators", "the protesters", "protesters", "Protesters", "the crowd", "the migrants", "Dozens of Ukrainians"] },
  { id: "mob", kind: "Group", names: ["the mob"] },
  { id: "pe-embassy", kind: "Embassy", names: ["Peruvian embassy"], key: { state: "Peru" } },
  { id: "peru", kind: "State", names: ["Peru"] },
  { id: "parliament", kind: "Location", names: ["parliament building"] },
  { id: "district", kind: "Location", names: ["Miraflores district"] },
  { id: "city", kind: "Location", names: ["Lima"] },
  { id: "president", kind: "Person", names: ["President Ana Torres", "Torres"] },
  { id: "gathering", kind: "Group", names: ["about 200 people", "About 200 people"] },
  { id: "ru-embassy", kind: "Embassy", names: ["Russian embassy"], key: { state: "Russia" } },
  { id: "russia", kind: "State", names: ["Russia"] },
];

function run(text: string, predicate: string, cast: EntitySpec[] = CAST): string[] {
  return triples(extractRelations(analyzed(text, cast))).filter((t) => t.includes(` ${predicate} `));
}

/** The cast of a story with one diplomatic mission. */
const ONE_MISSION = CAST.filter((e) => e.id !== "ru-embassy");

describe("verb forms of verbs stressed on the last syllable", () => {
  it("doubles the final consonant of repel, patrol and permit", () => {
    expect(verbForms("repel")).toEqual(expect.arrayContaining(["repelled", "repelling"]));
    expect(verbForms("patrol")).toEqual(expect.arrayContaining(["patrolled", "patrolling"]));
    expect(verbForms("permit")).toContain("permitted");
    expect(verbForms("visit")).toContain("visited");
  });
});

describe("protects: more phrasings", () => {
  it("finds the agent behind a quantity ('by hundreds of police officers')", () => {
    expect(run("The Peruvian embassy was protected by hundreds of police officers.", "protects")).toEqual(["police protects pe-embassy"]);
    expect(run("The Peruvian embassy was guarded by dozens of riot police on Sunday.", "protects")).toEqual(["police protects pe-embassy"]);
  });

  it("reads repelled, patrolled and placed under guard", () => {
    expect(run("Police repelled the demonstrators who tried to climb the walls of the Peruvian embassy.", "protects")).toEqual(["police protects pe-embassy"]);
    expect(run("Riot police patrolled outside the Peruvian embassy overnight.", "protects")).toEqual(["police protects pe-embassy"]);
    expect(run("Police placed the Peruvian embassy under heavy guard.", "protects")).toEqual(["police protects pe-embassy"]);
    expect(run("The Peruvian embassy was placed under police protection.", "protects")).toEqual(["police protects pe-embassy"]);
  });

  it("reads crowds pushed away or penned in across the street from a site", () => {
    expect(run("Police pushed the demonstrators away from the gates of the Peruvian embassy.", "protects")).toEqual(["police protects pe-embassy"]);
    expect(run("Police held the protesters behind metal barriers across the road from the Peruvian embassy.", "protects")).toEqual(["police protects pe-embassy"]);
    expect(run("Police stopped the march before it reached the Peruvian embassy.", "protects")).toEqual(["police protects pe-embassy"]);
  });

  it("reads a way leading to the site, whatever it is called", () => {
    expect(run("Police blocked a narrow lane leading to the parliament building with buses.", "protects")).toEqual(["police protects parliament"]);
  });

  it("prefers a mission named further on to the district where the crowd was stopped", () => {
    expect(run("Police stopped the march near the Miraflores district, about 400 metres from the Peruvian embassy.", "protects")).toEqual(["police protects pe-embassy"]);
  });

  it("reads forces lining or taking up positions in front of a site", () => {
    expect(run("Riot police lined the pavement in front of the Peruvian embassy.", "protects")).toEqual(["police protects pe-embassy"]);
    expect(run("Police took up positions outside the Peruvian embassy.", "protects")).toEqual(["police protects pe-embassy"]);
  });

  it("reads people shielded or brought to safety", () => {
    expect(run("Police shielded the migrants from the mob.", "protects")).toEqual(["police protects crowd"]);
    expect(run("Police escorted the migrants to safety after the clashes.", "protects")).toEqual(["police protects crowd"]);
  });

  it("does not read an escort out of a square, or patrols of a city, as protecting", () => {
    expect(run("Police escorted the protesters out of the square.", "protects")).toEqual([]);
    expect(run("Police were patrolling the streets of Lima after the riots.", "protects")).toEqual([]);
  });
});

describe("protests-against: more phrasings", () => {
  it("reads an act of protest done outside a mission as a protest at it", () => {
    expect(run("Protesters burned effigies of President Ana Torres outside the Peruvian embassy.", "protests-against").sort()).toEqual([
      "crowd protests-against pe-embassy",
      "crowd protests-against peru",
      "crowd protests-against president",
    ]);
  });

  it("reads paint and graffiti on a mission", () => {
    expect(run("Protesters splashed red paint on the gates of the Peruvian embassy.", "protests-against").sort()).toEqual([
      "crowd protests-against pe-embassy",
      "crowd protests-against peru",
    ]);
  });

  it("reads picketing outside a mission and venting fury at it", () => {
    expect(run("Dozens of Ukrainians picketed outside the Peruvian embassy.", "protests-against")).toContain("crowd protests-against pe-embassy");
    expect(run("The crowd vented its fury at the Peruvian embassy.", "protests-against")).toContain("crowd protests-against pe-embassy");
  });

  it("reads trampled pictures of a leader, not pictures merely held", () => {
    expect(run("Protesters trampled pictures of President Ana Torres.", "protests-against")).toEqual(["crowd protests-against president"]);
    expect(run("Protesters held pictures of President Ana Torres.", "protests-against")).toEqual([]);
  });

  it("reads slogans calling the target a dictator", () => {
    expect(run('Protesters chanted "Torres, dictator" in Lima.', "protests-against")).toEqual(["crowd protests-against president"]);
  });
});

describe("protests-against: a gathering at a mission in a story about a protest", () => {
  it("reads people gathered outside the story's mission as protesting it", () => {
    const text = "Protesters clashed with police in Lima on Monday. About 200 people gathered outside the Peruvian embassy.";
    expect(run(text, "protests-against", ONE_MISSION).sort()).toEqual(["gathering protests-against pe-embassy", "gathering protests-against peru"]);
  });

  it("does not read a gathering to lay flowers, or one in a story with no protest, as a protest", () => {
    expect(run("Protesters clashed with police in Lima on Monday. About 200 people gathered outside the Peruvian embassy to lay flowers.", "protests-against", ONE_MISSION)).toEqual([]);
    expect(run("About 200 people gathered outside the Peruvian embassy.", "protests-against", ONE_MISSION)).toEqual([]);
  });

  it("does not read a gathering at another mission, protested nowhere else, as a protest", () => {
    const text = "Protesters rallied outside the Russian embassy on Monday. Days earlier, about 200 people gathered outside the Peruvian embassy.";
    expect(run(text, "protests-against").sort()).toEqual(["crowd protests-against ru-embassy", "crowd protests-against russia"]);
  });
});

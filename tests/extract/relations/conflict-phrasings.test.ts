// Journalist phrasings of attacks, supports, arrests and allied-with, on sentences written for this
// test: alliances stated by possession, copula or a compound, support stated by "X-backed" and
// "pro-X", strikes on places, and the cases that must stay without an edge.
import { describe, expect, it } from "vitest";
import { pairs } from "../../helpers/extract.js";
import { extractRelations } from "../../../src/extract/relations/index.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

/** allied-with is symmetric: either direction counts. */
function allied(text: string, a: string, b: string): boolean {
  const found = pairs(text, "allied-with");
  return found.includes(`${a} -> ${b}`) || found.includes(`${b} -> ${a}`);
}

describe("allied-with stated by possession, copula and apposition", () => {
  it("reads 'A is/has been B's closest ally'", () => {
    expect(allied("Cuba has been Venezuela's closest ally for two decades.", "Cuba", "Venezuela")).toBe(true);
    expect(allied("Belarus is Russia's closest ally.", "Belarus", "Russia")).toBe(true);
  });

  it("reads 'A, one of B's firmest allies' and 'A, a close B ally'", () => {
    expect(allied("Lithuania, one of Ukraine's firmest allies, pledged more aid.", "Lithuania", "Ukraine")).toBe(true);
    expect(allied("Saudi Arabia cut ties with Iran. Bahrain, a close Saudi ally, followed suit.", "Bahrain", "Saudi Arabia")).toBe(true);
  });

  it("reads 'A is a key B ally' and 'A and its ally B'", () => {
    expect(allied("Japan is a key United States ally in Asia.", "Japan", "United States")).toBe(true);
    expect(allied("Russia and its ally Iran condemned the strikes.", "Russia", "Iran")).toBe(true);
  });

  it("does not read a denied alliance or an 'of' phrase of another noun", () => {
    expect(pairs("Belarus is not Russia's ally, the minister insisted.", "allied-with")).toEqual([]);
    expect(pairs("Sweden and Finland applied to join the alliance last year following Russia's invasion of Ukraine.", "allied-with")).toEqual([]);
  });
});

describe("supports stated by a compound", () => {
  it("reads 'the Iran-backed Houthis' as Iran supporting them", () => {
    expect(pairs("Iran condemned the raid. The Iran-backed Houthis attacked a ship.", "supports")).toContain("Iran -> Houthis");
  });

  it("reads 'the Iran-allied X' as an alliance", () => {
    expect(allied("Iran condemned the raid. The Iran-allied Hezbollah fired rockets at Israel.", "Hezbollah", "Iran")).toBe(true);
  });
});

describe("supports stated by a backer noun", () => {
  it("reads 'A, B's main backer' and 'A is B's backer', not a denied one", () => {
    expect(pairs("Turkey, Azerbaijan's main backer, sent drones.", "supports")).toContain("Turkey -> Azerbaijan");
    expect(pairs("Iran is Hezbollah's main backer.", "supports")).toContain("Iran -> Hezbollah");
    expect(pairs("Iran is not Hezbollah's backer, the minister said.", "supports")).toEqual([]);
  });
});

describe("attacks named inside a clash", () => {
  it("reads the side throwing stones, or the side 'who fired', as attacking", () => {
    expect(pairs("Protesters clashed with police, throwing stones and bottles.", "attacks")).toContain("Protesters -> police");
    expect(pairs("Protesters clashed with police, who fired tear gas and rubber bullets.", "attacks")).toContain("police -> Protesters");
  });

  it("does not read a bare clash as an attack", () => {
    expect(pairs("Protesters clashed with police outside the parliament.", "attacks")).toEqual([]);
  });
});

describe("attacks on places and witnessed violence", () => {
  it("reads a state striking or pounding a town", () => {
    expect(pairs("Russia struck a power plant in Kharkiv with missiles.", "attacks")).toContain("Russia -> power plant");
    expect(pairs("Russia hit Kharkiv with missiles overnight.", "attacks")).toContain("Russia -> Kharkiv");
  });

  it("reads 'could be seen beating' as asserted, 'could strike' as not", () => {
    expect(pairs("Police could be seen hitting and kicking Ahmed Ali in the video.", "attacks")).toContain("police -> Ahmed Ali");
    expect(pairs("Israel could strike Iran within days, officials said.", "attacks")).toEqual([]);
  });

  it("reads 'X's execution of Y' as an attack", () => {
    expect(pairs("Saudi Arabia's execution of Nimr al-Nimr sparked protests.", "attacks")).toContain("Saudi Arabia -> Nimr al-Nimr");
  });

  it("does not take a place inside 'in southern X' as the subject", () => {
    expect(pairs("Shelling of border villages in southern Lebanon has killed a dozen people.", "attacks")).toEqual([]);
  });
});

describe("subjects of reported clauses and nouns after prepositions", () => {
  it("takes the speaker as the 'it' of a reported clause over a short phrase", () => {
    expect(pairs("Amnesty International said in a statement that it supported the dockworkers.", "supports")).toContain("Amnesty International -> dockworkers");
    expect(pairs("Amnesty International said in a statement that it did not support the dockworkers.", "supports")).toEqual([]);
  });

  it("reads 'for attacks on X' as a noun with no attacker named", () => {
    // Entities fixed by hand, so the check is on the relation stage alone.
    const cast: EntitySpec[] = [
      { id: "mayor", kind: "Person", names: ["Mayor Tomas Boro", "Boro"] },
      { id: "traders", kind: "Group", names: ["foreign traders"] },
    ];
    const rel = (text: string) => triples(extractRelations(analyzed(text, cast)));
    expect(rel("Boro apologised for attacks on foreign traders.")).toEqual([]);
    expect(rel("Boro spoke out against raids on foreign traders.")).toEqual([]);
    expect(rel("Boro assaulted foreign traders on Sunday.")).toContain("mayor attacks traders");
  });
});

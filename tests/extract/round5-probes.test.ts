// Round 5 probe gaps, checked on sentences written for this test: strikes "on" a place and towns
// spelled the way news now romanizes them.
import { describe, expect, it } from "vitest";
import { edges, kindOf } from "../helpers/extract.js";

describe("attack.strike-on-place: a military strike names the place it hits", () => {
  it("reads the target of 'airstrikes on', 'shelling of' and 'bombardment of'", () => {
    expect(edges("Syrian airstrikes on Idlib wounded nine people.", "attacks")).toContain("Syria attacks Idlib");
    expect(edges("Russian shelling of Kherson went on all night.", "attacks")).toEqual(["Russia attacks Kherson"]);
    expect(edges("The Israeli bombardment of Rafah continued on Tuesday.", "attacks")).toEqual(["Israel attacks Rafah"]);
  });

  it("a protest 'on' a city is no strike", () => {
    expect(edges("A march on Lagos drew thousands of farmers.", "attacks")).toEqual([]);
  });
});

describe("towns in the spelling news uses now", () => {
  it("finds Odesa, Kramatorsk and Khan Younis as places after a verb", () => {
    const text = "Russian drones attacked Odesa and Kramatorsk. Gunfire was heard near Khan Younis.";
    expect(kindOf(text, ["Odesa", "Kramatorsk", "Khan Younis"])).toEqual(["Location", "Location", "Location"]);
    expect(edges("Russian missiles hit Odesa overnight.", "attacks")).toEqual(["Russia attacks Odesa"]);
  });
});

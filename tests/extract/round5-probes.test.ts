// Round 5 probe gaps, checked on sentences written for this test: strikes "on" a place and towns
// spelled the way news now romanizes them.
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract/index.js";

const extractor = createExtractor();

/** "source predicate target" by entity labels, for the relations of one text. */
function edges(text: string, predicate?: string): string[] {
  const x = extractor.extract({ id: "t", text, meta: {} });
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return x.relations
    .filter((r) => predicate === undefined || r.predicate === predicate)
    .map((r) => `${label.get(r.source)} ${r.predicate} ${label.get(r.target)}`)
    .sort();
}

/** The kind of the entity each surface text was resolved to. */
function kindOf(text: string, surfaces: string[]): (string | undefined)[] {
  const x = extractor.extract({ id: "t", text, meta: {} });
  return surfaces.map((surface) => {
    const m = x.mentions.find((mention) => mention.text === surface);
    return m && x.entities.find((e) => e.id === m.entity)?.kind;
  });
}

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

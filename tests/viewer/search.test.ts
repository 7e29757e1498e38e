import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../viewer/src/graph/load.js";
import { buildSearchIndex, matchScore, normalizeText, search } from "../../viewer/src/state/search.js";
import { fixtureJson } from "./fixture.js";

const g = parseGraphJson(fixtureJson());
const index = buildSearchIndex(g);

describe("search", () => {
  it("normalizes case, accents and punctuation", () => {
    expect(normalizeText("  Élysée–Palace!! ")).toBe("elysee palace");
    expect(normalizeText("<b>Ivo</b>")).toBe("b ivo b");
  });

  it("ranks exact, then prefix, then word prefix, then substring", () => {
    expect(matchScore("pellan", "pellan")).toBe(0);
    expect(matchScore("pellan police", "pell")).toBe(1);
    expect(matchScore("embassy of valdoria", "vald")).toBe(2);
    expect(matchScore("embassy of valdoria", "aldo")).toBe(3);
    expect(matchScore("pellan", "x")).toBe(-1);
  });

  it("finds nodes by alias and says which alias matched", () => {
    const [first] = search(g, index, "the stud");
    expect(first).toMatchObject({ node: "Group:student protesters", label: "student protesters", alias: "The students" });
  });

  it("prefers a label match to an alias match, one suggestion per node", () => {
    const results = search(g, index, "pellan");
    expect(results[0]!.node).toBe("Location:pellan");
    expect(new Set(results.map((r) => r.node)).size).toBe(results.length);
    expect(results.map((r) => r.node)).toEqual(expect.arrayContaining(["Organization:pellan police", "Embassy:valdoria@pellan"]));
    expect(results.find((r) => r.node === "Location:pellan")!.alias).toBeUndefined();
  });

  it("returns nothing for an empty or punctuation-only query and respects the limit", () => {
    expect(search(g, index, "   ")).toEqual([]);
    expect(search(g, index, "!!")).toEqual([]);
    expect(search(g, index, "a", 2)).toHaveLength(2);
  });
});

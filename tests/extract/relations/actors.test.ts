// Who may stand at each end: officials and government bodies do not "protest", places are not
// attacked as actors, and particles or places may separate a title or verb from its parts.
import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import type { EntityLink } from "../../../src/extract/types.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "students", kind: "Group", names: ["Hundreds of students", "the students", "students", "Some students"] },
  { id: "police", kind: "Organization", names: ["police", "Police"] },
  { id: "no-embassy", kind: "Embassy", names: ["Norwegian embassy", "the embassy", "embassy"], key: { state: "Norway" } },
  { id: "norway", kind: "State", names: ["Norway", "Norwegian"] },
  { id: "oslo", kind: "Location", names: ["Oslo"] },
  { id: "square", kind: "Location", names: ["Freedom Square"] },
  { id: "ministry", kind: "Organization", names: ["the Foreign Ministry", "Foreign Ministry"] },
  { id: "berg", kind: "Person", names: ["Lars Berg", "Berg"] },
  { id: "sol", kind: "Person", names: ["Ida Sol", "Sol"] },
];

function run(text: string, predicate: string, links: EntityLink[] = []) {
  const doc = analyzed(text, CAST);
  doc.links = links;
  return triples(extractRelations(doc)).filter((t) => t.split(" ")[1] === predicate);
}

describe("protest sources", () => {
  it("lets people protest but not government bodies or office holders", () => {
    expect(run("The students condemned Norway.", "protests-against")).toEqual(["students protests-against norway"]);
    expect(run("The Foreign Ministry protested against Norway.", "protests-against")).toEqual([]);
    const title: EntityLink = { type: "title", from: "berg", role: "leader", title: "President", stated: true, sentence: 0, start: 0, end: 9, rule: "test" };
    expect(run("Lars Berg condemned Norway.", "protests-against", [title])).toEqual([]);
    expect(run("Lars Berg condemned Norway.", "protests-against")).toEqual(["berg protests-against norway"]);
  });
});

describe("attack targets", () => {
  it("attacks actors, not places", () => {
    expect(run("Some students occupied Freedom Square.", "attacks")).toEqual([]);
    expect(run("Some students occupied the Norwegian embassy.", "attacks")).toEqual(["students attacks no-embassy"]);
  });

  it("reads an object between a verb and its preposition: 'threw paint at X'", () => {
    expect(run("Some students threw paint at the Norwegian embassy.", "attacks")).toEqual(["students attacks no-embassy"]);
  });
});

describe("titles with a place", () => {
  it("reads 'Norway's consul-general in Oslo, NAME'", () => {
    expect(run("Norway's consul-general in Oslo, Ida Sol, spoke.", "represents")).toEqual(["sol represents norway"]);
  });
});

describe("slogans and placards", () => {
  it("reads 'chanting slogans against X'", () => {
    expect(run("Hundreds of students marched through Oslo, chanting slogans against Norway.", "protests-against")).toEqual([
      "students protests-against norway",
    ]);
  });
});

describe("asked-for acts and cleared sites", () => {
  it("does not assert an act that someone was only urged to do", () => {
    expect(run("The students urged police to protect the Norwegian embassy.", "protects")).toEqual([]);
    expect(run("Police protected the Norwegian embassy.", "protects")).toEqual(["police protects no-embassy"]);
  });

  it("takes a cleared building as the protected site, but not cleared people", () => {
    expect(run("Police cleared the Norwegian embassy before dawn.", "protects")).toEqual(["police protects no-embassy"]);
    // the people cleared are not the site; the article's one mission is (round 3)
    expect(run("Police cleared the students.", "protects")).toEqual(["police protects no-embassy"]);
  });
});

describe("speakers named through a head noun", () => {
  it("credits the body owning a spokesman, and no one for an unnamed official", () => {
    // The ministry is credited with the arrest's both ends: the people detained and the force detaining.
    expect(run("Some students were detained by police, a Foreign Ministry spokesman said.", "reported-by")).toEqual(["police reported-by ministry", "students reported-by ministry"]);
    expect(run("Some students were detained by police, a government official said.", "reported-by")).toEqual([]);
  });
});

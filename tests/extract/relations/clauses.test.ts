// Slot filling across clause structure: appositions, coordination, relative clauses, conjunctions,
// quantities, modifiers and slogans. Sentences are invented for these tests.
import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "police", kind: "Organization", names: ["Police", "police", "officers", "riot squad", "the gendarmes"] },
  { id: "crowd", kind: "Group", names: ["the protesters", "protesters", "demonstrators", "the crowd", "they", "them"] },
  { id: "fans", kind: "Group", names: ["football fans"] },
  { id: "tr-consulate", kind: "Embassy", names: ["Turkish consulate in Hamburg", "Turkish consulate", "the consulate", "consulate", "its"], key: { state: "Turkey", city: "Hamburg" } },
  { id: "turkey", kind: "State", names: ["Turkey", "Turkish", "Ankara"] },
  { id: "greece", kind: "State", names: ["Greece", "Greek"] },
  { id: "hamburg", kind: "Location", names: ["Hamburg"] },
  { id: "altona", kind: "Location", names: ["Altona"] },
  { id: "dpa", kind: "Organization", names: ["the dpa news agency", "dpa"] },
  { id: "meyer", kind: "Person", names: ["Jonas Meyer", "Meyer"] },
  { id: "kaya", kind: "Person", names: ["Deniz Kaya", "Kaya"] },
  { id: "ministry", kind: "Organization", names: ["Interior Ministry", "the Interior Ministry"] },
];

function run(text: string, predicate?: string) {
  const all = triples(extractRelations(analyzed(text, CAST)));
  return predicate ? all.filter((t) => t.split(" ")[1] === predicate) : all;
}

describe("subjects across clause structure", () => {
  it("skips an apposition between commas", () => {
    expect(run("Police in Hamburg, the port city, detained more than 40 protesters.", "arrests")).toEqual(["police arrests crowd"]);
  });

  it("gives coordinated verbs the clause subject", () => {
    expect(run("Police arrested five protesters and sealed off the consulate.", "protects")).toEqual(["police protects tr-consulate"]);
    expect(run("The riot squad fired tear gas at the crowd, detained a number of them and then cordoned off the Turkish consulate.", "protects")).toEqual([
      "police protects tr-consulate",
    ]);
  });

  it("reads a subordinate clause opened by a conjunction that is also a preposition", () => {
    expect(run("Police fired tear gas after the protesters tried to storm the consulate.", "protests-against")).toContain("crowd protests-against tr-consulate");
  });

  it("does not take a subject across a reporting verb's complement", () => {
    expect(run("The protesters said that police had beaten Deniz Kaya.", "attacks")).toEqual(["police attacks kaya"]);
  });

  it("counts quantities as part of the object", () => {
    expect(run("Police detained about 200 protesters.", "arrests")).toEqual(["police arrests crowd"]);
    expect(run("Police detained at least 15 demonstrators.", "arrests")).toEqual(["police arrests crowd"]);
  });

  it("takes the object of an 'of' phrase after a bare head: 'stormed a building of X'", () => {
    expect(run("Protesters stormed a building of the Turkish consulate.", "attacks")).toEqual(["crowd attacks tr-consulate"]);
  });

  it("does not take a demonym adjective as the object of a physical act", () => {
    expect(run("Protesters set fire to Greek flags.", "attacks")).toEqual([]);
  });

  it("holds particles apart from their verb: 'held the protesters back from X'", () => {
    expect(run("Officers held the protesters back from the consulate.", "protects")).toEqual(["police protects tr-consulate"]);
    expect(run("The gendarmes drove the crowd away from the Turkish consulate.", "protects")).toEqual(["police protects tr-consulate"]);
  });

  it("keeps the subject of 'were deployed around X' as the protector", () => {
    expect(run("Hundreds of police were deployed around the Turkish consulate.", "protects")).toEqual(["police protects tr-consulate"]);
  });

  it("does not let security forces protest", () => {
    expect(run("Police gathered outside the consulate in an angry mood.", "protests-against")).toEqual([]);
  });
});

describe("slogans", () => {
  it("reads slogans that name the target first, inside quotes", () => {
    expect(run('The protesters shouted "Turkey, go home" for an hour.', "protests-against")).toContain("crowd protests-against turkey");
  });

  it("credits a banner slogan with no one named to the protesting crowd", () => {
    expect(run('Banners reading "Turkey out" were held aloft.', "protests-against")).toEqual(["crowd protests-against turkey"]);
  });

  it("does not read 'X out' outside quotes as a slogan", () => {
    expect(run("Football fans kicked Turkey out of the tournament.", "protests-against")).toEqual([]);
  });

  it("takes the chanters from outside the quotation", () => {
    expect(run('The protesters held placards reading "Meyer is a liar" and chanted "Down with Turkey".', "protests-against")).toEqual([
      "crowd protests-against turkey",
    ]);
  });
});

describe("titles and roles", () => {
  it("stacks titles: 'Ministry spokesperson Chief Inspector X'", () => {
    expect(run("Interior Ministry spokesperson Chief Inspector Jonas Meyer spoke.", "member-of")).toEqual(["meyer member-of ministry"]);
  });

  it("reads the body after an apposed title, over a few describing words", () => {
    expect(run("Jonas Meyer, secretary-general of the federal Interior Ministry, spoke.", "member-of")).toEqual(["meyer member-of ministry"]);
  });

  it("makes a mission's staff represent the sending state, but not a minister (ONTOLOGY: represents is for diplomats)", () => {
    expect(run("Turkey's acting foreign minister, Deniz Kaya, arrived.", "represents")).toEqual([]);
    expect(run("The protesters handed a letter to consulate secretary Deniz Kaya.", "represents")).toContain("kaya represents turkey");
  });

  it("places a person in the crowd by an apposed role", () => {
    expect(run("Jonas Meyer, a masked 30-year-old protester, threw a stone.", "member-of")).toEqual(["meyer member-of crowd"]);
  });
});

describe("places", () => {
  it("reads streets after 'on' and 'the Turkish city of X'", () => {
    expect(run("They marched to the Turkish consulate on Altona.", "located-in")).toContain("tr-consulate located-in altona");
    expect(run("He was born in the Turkish city of Hamburg.", "located-in")).toEqual(["hamburg located-in turkey"]);
  });
});

describe("who is behind what is protested", () => {
  it("does not take the victim of a detention as the target", () => {
    expect(run("The protesters rallied against the detention of Deniz Kaya.", "protests-against")).toEqual([]);
    expect(run("The protesters rallied against the policies of Turkey.", "protests-against")).toEqual(["crowd protests-against turkey"]);
  });

  it("names both the possessor state and its leader: 'accused Turkey's President X'", () => {
    const cast = [...CAST, { id: "erdal", kind: "Person" as const, names: ["President Ali Erdal", "Ali Erdal"] }];
    const out = triples(extractRelations(analyzed("The protesters denounced Turkey's President Ali Erdal.", cast)));
    expect(out).toContain("crowd protests-against turkey");
    expect(out).toContain("crowd protests-against erdal");
  });

  it("does not let a modal inside an earlier quotation hedge the next verb", () => {
    expect(run('The protesters carried placards reading "Meyer must go" and denounced Turkey.', "protests-against")).toContain("crowd protests-against turkey");
  });
});

describe("implicit agents", () => {
  it("credits an agentless detention to the article's police", () => {
    expect(run("Police fired tear gas. At least 30 protesters were detained.", "arrests")).toEqual(["police arrests crowd"]);
  });

  it("gives no arrest without a police force in the article", () => {
    const cast = CAST.filter((e) => e.id !== "police");
    expect(triples(extractRelations(analyzed("At least 30 protesters were detained.", cast)))).toEqual([]);
  });
});

describe("titles after the body", () => {
  it("reads 'A spokesman for X, NAME'", () => {
    expect(run("A spokesman for the Interior Ministry, Jonas Meyer, said nothing.", "member-of")).toEqual(["meyer member-of ministry"]);
    expect(run("A spokesman for the consulate, Deniz Kaya, said nothing.", "represents")).toContain("kaya represents turkey");
  });
});

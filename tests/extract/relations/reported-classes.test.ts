// reported-by failure classes found on an analysis set, each checked on sentences written here.
import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "police", kind: "Organization", names: ["police", "Police", "officers"] },
  { id: "crowd", kind: "Group", names: ["the protesters", "protesters", "demonstrators"] },
  { id: "ministry", kind: "Organization", names: ["the Ministry of Foreign Affairs", "Chilean Foreign Ministry", "the ministry"], key: {} },
  { id: "chile", kind: "State", names: ["Chile", "Santiago"], key: { code: "CHL" } },
  { id: "peru", kind: "State", names: ["Peru", "Peruvian", "Lima"], key: { code: "PER" } },
  { id: "embassy", kind: "Embassy", names: ["the embassy", "the Chilean embassy"] },
  { id: "rojas", kind: "Person", names: ["Ana Rojas", "Rojas"] },
  { id: "vidal", kind: "Person", names: ["Tomas Vidal", "Vidal"] },
  { id: "tv", kind: "Organization", names: ["Canal Uno"] },
];

function run(text: string) {
  return triples(extractRelations(analyzed(text, CAST))).filter((t) => t.includes(" reported-by "));
}

describe("reported-by: later reported clauses", () => {
  it("reads the actor of each 'and that' / 'but that' clause", () => {
    expect(run("Ana Rojas said the ministry regretted the incident and that police had been deployed to the site.")).toEqual(
      expect.arrayContaining(["ministry reported-by rojas", "police reported-by rojas"]),
    );
    expect(run("Tomas Vidal said in a statement that it respected the right to protest, but that Peru had broken the accord.")).toEqual(["peru reported-by vidal"]);
  });

  it("reads no later clause when there is no 'that'", () => {
    expect(run("Ana Rojas said police had been deployed and protesters left.")).toEqual(["police reported-by rojas"]);
  });
});

describe("reported-by: the speaker's own side", () => {
  it("does not make the state of the speaker's body the actor", () => {
    expect(run("Chilean Foreign Ministry spokeswoman Ana Rojas said Santiago reserved the right to respond.")).toEqual([]);
    expect(run("Chilean Foreign Ministry spokeswoman Ana Rojas said Peru had expelled two diplomats.")).toEqual(["peru reported-by rojas"]);
  });

  it("does not make a diplomat's own mission the actor", () => {
    expect(run("Chile's ambassador to Peru, Ana Rojas, said the embassy respected the right to protest.")).toEqual([]);
    expect(run("Ambassador Ana Rojas said in a statement that the embassy respected the right to protest and that Peru had failed to protect it.")).toEqual(["peru reported-by rojas"]);
    // A speaker who is no diplomat may report on an embassy.
    expect(run("Tomas Vidal said the embassy had closed its gates.")).toEqual(["embassy reported-by vidal"]);
  });

  it("keeps a body's spokesperson as the source of the body's acts in the main clause", () => {
    expect(run("Police spokesman Tomas Vidal said officers had detained six protesters.")).toEqual(["police reported-by vidal"]);
  });
});

const CAST2: EntitySpec[] = [
  ...CAST,
  { id: "militia", kind: "Organization", names: ["the Red Hand militia"] },
  { id: "agency", kind: "Organization", names: ["Radio Sur", "the Sur agency"] },
  { id: "rights", kind: "Organization", names: ["the rights group Vigil", "Vigil"] },
];

function run2(text: string) {
  return triples(extractRelations(analyzed(text, CAST2))).filter((t) => t.includes(" reported-by "));
}

describe("reported-by: actors not in subject position", () => {
  it("takes the possessor of a possessed subject: 'X wrote that Russia's war was ...'", () => {
    expect(run2("Ana Rojas wrote on Facebook that Peru's blockade of the border was putting lives at risk.")).toEqual(["peru reported-by rojas"]);
    // The possessor of an object is no actor.
    expect(run2("Ana Rojas said she had read Peru's statement.")).toEqual([]);
  });

  it("takes the passive agent when the clause names no other subject", () => {
    expect(run2("Chile said the blast was caused by a rocket launched by the Red Hand militia.")).toEqual(["militia reported-by chile"]);
    expect(run2("Police said it had shot down drones launched by Peru.")).toEqual(["peru reported-by police"]);
    // A named subject stays the actor.
    expect(run2("Tomas Vidal said protesters were detained by police.")).toEqual(["crowd reported-by vidal"]);
  });
});

describe("reported-by: sources", () => {
  it("credits a diplomatic mission with its own statement", () => {
    expect(run2("The Chilean embassy said on Telegram that Peru had produced no evidence.")).toEqual(["peru reported-by embassy"]);
  });

  it("takes no event named after 'citing' as a source", () => {
    expect(run2("Tomas Vidal accused Peru of attacks on missions, citing the 1979 seizure of the Chilean embassy.").filter((t) => t.includes("embassy"))).toEqual([]);
  });
});

describe("reported-by: blame and relative citations", () => {
  it("makes the one blamed the actor of the speaker's account", () => {
    expect(run2("The Red Hand militia, which controls the valley, blamed a Peruvian air strike.")).toEqual(["peru reported-by militia"]);
    expect(run2("Tomas Vidal blamed the blast on Peru.")).toEqual(["peru reported-by vidal"]);
    expect(run2("Tomas Vidal did not blame Peru.")).toEqual([]);
  });

  it("reads 'according to X, <description>, which cited Y' as two links", () => {
    expect(run2("Police detained six protesters, according to Radio Sur, the Andean service of a Lima network, which cited the rights group Vigil.")).toEqual(
      expect.arrayContaining(["police reported-by rights", "rights reported-by agency"]),
    );
    expect(run2("Police detained six protesters, according to Radio Sur, the Andean service of a Lima network, which cited the rights group Vigil.")).not.toContain("police reported-by agency");
  });
});

describe("reported-by: acts that are no reports", () => {
  it("reads 'declared X the winner' as an act, not an account", () => {
    expect(run2("The ministry declared President Tomas Vidal the winner of the vote.")).toEqual([]);
    expect(run2("The ministry declared that Tomas Vidal had won the vote.")).toEqual(["vidal reported-by ministry"]);
  });

  it("takes no actor from the object of a participle after the verb", () => {
    expect(run2("Tomas Vidal posted an image comparing Peru to a dictatorship.")).toEqual([]);
    expect(run2("Tomas Vidal posted that Peru had closed the border.")).toEqual(["peru reported-by vidal"]);
  });
});

// reported-by precision classes (wrong actor, wrong speaker, pronouns, nested speakers), each
// checked on sentences written here.
import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "police", kind: "Organization", names: ["police", "Police", "officers"] },
  { id: "crowd", kind: "Group", names: ["protesters", "demonstrators"] },
  { id: "chile", kind: "State", names: ["Chile", "Santiago"], key: { code: "CHL" } },
  { id: "peru", kind: "State", names: ["Peru"], key: { code: "PER" } },
  { id: "rojas", kind: "Person", names: ["Ana Rojas", "Rojas"] },
  { id: "vidal", kind: "Person", names: ["Tomas Vidal", "Vidal"] },
  { id: "tv", kind: "Organization", names: ["Canal Uno"] },
  { id: "valdivia", kind: "Location", names: ["Valdivia"] },
];

function run(text: string, extra: EntitySpec[] = []) {
  return triples(extractRelations(analyzed(text, [...CAST, ...extra]))).filter((t) => t.includes(" reported-by "));
}

describe("reported-by: the actor of a quotation", () => {
  it("credits a name that opens the quotation or one of its clauses", () => {
    expect(run('"Police beat us with sticks," Ana Rojas said.')).toEqual(["police reported-by rojas"]);
    expect(run('"We marched for hours, and police beat us with sticks," said Ana Rojas.')).toEqual(["police reported-by rojas"]);
  });

  it("does not credit a name deep inside the quotation", () => {
    expect(run('"Our farms are flooded in Chile and Peru by the dam," Ana Rojas said.')).toEqual([]);
    expect(run('"We reject a treaty that says Peru owns the river," said Ana Rojas.')).toEqual([]);
  });
});

describe("reported-by: a name after another speaker's verb", () => {
  it("is not the actor of the outer statement", () => {
    expect(run("The accord that says Peru owns the river is unfair, Ana Rojas said.")).toEqual([]);
  });
});

describe("reported-by: 'told' never inverts", () => {
  it("keeps the speaker before a long apposition and the outlet after 'told'", () => {
    // Canal Uno passes on Rojas's words; it is not the speaker of the quotation.
    const got = run('"Police will not stop us," Ana Rojas, one of the organisers who left Valdivia two years ago, told Canal Uno.');
    expect(got).toContain("rojas reported-by tv");
    expect(got).not.toContain("police reported-by tv");
  });

  it("reads an unnamed outlet after 'told' as an audience", () => {
    expect(run("Six protesters were injured, Tomas Vidal told this newspaper, and two officers were hurt.")).toEqual(["crowd reported-by vidal"]);
    expect(run("Six protesters were injured, Tomas Vidal told a local radio station.")).toEqual(["crowd reported-by vidal"]);
  });
});

describe("reported-by: a name inside a relative clause before the verb", () => {
  it("is not the speaker; the antecedent is", () => {
    expect(run("Ana Rojas, who represents Tomas Vidal, told reporters that police had beaten the protesters.")).toEqual(["police reported-by rojas"]);
    // No named antecedent: no speaker.
    expect(run("A lawyer, who represents Tomas Vidal, told reporters that police had beaten the protesters.")).toEqual([]);
  });
});

describe("reported-by: pronoun actors", () => {
  const they: EntitySpec[] = [{ id: "police", kind: "Organization", names: ["police", "officers", "They", "them"] }];

  it("gives no edge for a pronoun whose referent the sentence does not name", () => {
    expect(run('"They took our land," Ana Rojas said.', they)).toEqual([]);
    expect(run("Ana Rojas said they had detained six protesters.", they)).toEqual([]);
  });

  it("keeps a pronoun named earlier in the sentence, and 'some of them' in narration", () => {
    expect(run('"Police came at night, and they beat us," Ana Rojas said.', they)).toEqual(["police reported-by rojas"]);
    expect(run("Some of them broke the gate, Canal Uno reported.", they)).toEqual(["police reported-by tv"]);
  });
});

describe("reported-by: a speaker's statement passed on by an outlet", () => {
  it("credits the speaker to the outlet, not the possessor of the speaker's title", () => {
    const got = run("Chile's Foreign Minister Ana Rojas said Peru had expelled two diplomats, Canal Uno reported.");
    expect(got).toEqual(expect.arrayContaining(["peru reported-by rojas", "rojas reported-by tv"]));
    expect(got).not.toContain("chile reported-by tv");
  });
});

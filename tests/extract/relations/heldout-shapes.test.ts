// General shapes of news sentences met when checking generalization: sentences invented here.
import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "chad", kind: "State", names: ["Chad", "Chadian", "N'Djamena"] },
  { id: "sudan", kind: "State", names: ["Sudan", "Sudanese"] },
  { id: "abeche", kind: "Location", names: ["Abeche"] },
  { id: "rebels", kind: "Organization", names: ["the FACT rebels", "FACT"] },
  { id: "guard", kind: "Organization", names: ["Presidential Guard", "the Presidential Guard"] },
  { id: "emb", kind: "Embassy", names: ["Sudanese embassy", "the embassy"], key: { state: "Sudan" } },
  { id: "deby", kind: "Person", names: ["President Idriss Deby", "Idriss Deby", "Deby"] },
  { id: "mahamat", kind: "Person", names: ["General Mahamat Kaka", "Mahamat Kaka"] },
  { id: "ali", kind: "Person", names: ["Hassan Ali", "Ali"] },
  { id: "tele", kind: "Organization", names: ["Tele Tchad", "the broadcaster"] },
  { id: "crowd", kind: "Group", names: ["the protesters", "protesters"] },
];

function run(text: string, predicate: string) {
  return triples(extractRelations(analyzed(text, CAST))).filter((t) => t.split(" ")[1] === predicate);
}

describe("shapes", () => {
  it("lets armed groups take places, but not crowds", () => {
    expect(run("The FACT rebels seized Abeche on Monday.", "attacks")).toEqual(["rebels attacks abeche"]);
    expect(run("The protesters occupied Abeche.", "attacks")).toEqual([]);
    expect(run("Sudan still occupies about a fifth of Chad's territory.", "attacks")).toEqual(["sudan attacks chad"]);
  });

  it("reads the body of 'soldiers of X' and the leader of 'soldiers led by X'", () => {
    expect(run("Soldiers of the Presidential Guard were deployed to protect the Sudanese embassy.", "protects")).toEqual(["guard protects emb"]);
    expect(run("Soldiers led by General Mahamat Kaka beat Hassan Ali.", "attacks")).toEqual(["mahamat attacks ali"]);
  });

  it("links a head of state to the one state the sentence names", () => {
    expect(run("President Idriss Deby said Chad would respond.", "leads")).toEqual(["deby leads chad"]);
    expect(run("President Idriss Deby said Chad and Sudan would talk.", "leads")).toEqual([]);
  });

  it("takes the last name after 'told the <descriptor>' as the outlet", () => {
    expect(run("Hassan Ali told the state broadcaster Tele Tchad that the protesters had left.", "reported-by")).toEqual([
      "ali reported-by tele",
      "crowd reported-by ali",
    ]);
  });

  it("does not read a demonym in a slogan about a thing as the target", () => {
    expect(run('The protesters chanted "No to the Sudanese deal".', "protests-against")).toEqual([]);
    expect(run('The protesters chanted "No to Sudan".', "protests-against")).toEqual(["crowd protests-against sudan"]);
  });
});

describe("members named from a list", () => {
  it("reads 'Several FACT members, including Hassan Ali'", () => {
    expect(run("Several FACT members, including Hassan Ali, signed the letter.", "member-of")).toEqual(["ali member-of rebels"]);
    expect(run("Several towns, including Abeche, were hit.", "member-of")).toEqual([]);
  });
});

describe("alongside", () => {
  it("reads 'fighting alongside X' as an alliance, not an attack, and does not site the ally", () => {
    const text = "Chadian troops are fighting alongside the FACT rebels in Abeche.";
    expect(run(text, "attacks")).toEqual([]);
    expect(run(text, "allied-with")).toEqual(["chad allied-with rebels"]);
    expect(run(text, "located-in")).toEqual([]);
  });
});

describe("backers and blockades", () => {
  const cast: EntitySpec[] = [
    ...CAST,
    { id: "backers", kind: "Group", names: ["Thousands of supporters"] },
    { id: "mine", kind: "Organization", names: ["the Kaga mine", "Kaga mine"] },
  ];
  const go = (text: string, predicate: string) =>
    triples(extractRelations(analyzed(text, cast))).filter((t) => t.split(" ")[1] === predicate);

  it("reads 'supporters of X' as support", () => {
    expect(go("Thousands of supporters of Chad's rebels marched on the Sudanese embassy.", "supports")).toEqual(["backers supports chad"]);
    expect(go("Thousands of supporters of Chad's rebels marched on the Sudanese embassy.", "protests-against")).toContain("backers protests-against emb");
  });

  it("reads clearing a blockade of a site as protecting it, only for forces that clear it", () => {
    expect(go("The Presidential Guard broke up a week-long blockade of the Kaga mine.", "protects")).toEqual(["guard protects mine"]);
    expect(go("The Presidential Guard joined a week-long blockade of the Kaga mine.", "protects")).toEqual([]);
  });
});

describe("asked-for acts with event nouns", () => {
  it("keeps a war that someone is asked to end, drops an intervention someone is asked to oppose", () => {
    expect(run("The protesters called on Sudan to end the war in Chad.", "attacks")).toEqual(["sudan attacks chad"]);
    expect(run("The protesters urged Sudan to take a clear stand against intervention in Chad.", "attacks")).toEqual([]);
  });
});

describe("formations and leaders named apart from their state", () => {
  it("reads a force forming a line in front of a site", () => {
    expect(run("The Presidential Guard formed a line in front of the Sudanese embassy.", "protects")).toEqual(["guard protects emb"]);
    expect(run("The Presidential Guard stood in line for lunch.", "protects")).toEqual([]);
  });

  it("does not take a state that only modifies a noun or sits in a phrase of time as the leader's", () => {
    expect(run("President Idriss Deby, who is at odds with the government of Chad, spoke.", "leads")).toEqual(["deby leads chad"]);
    expect(run("President Idriss Deby spoke during the Sudan border crisis.", "leads")).toEqual([]);
    expect(run("President Idriss Deby flew to Sudan.", "leads")).toEqual([]);
  });
});

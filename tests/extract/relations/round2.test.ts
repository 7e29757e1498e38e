// Failure classes of the second held-out set, each checked on our own short sentences:
// nested and relative attribution, agents of passive arrests, leaders of the article's home state.
import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../src/extract/relations/index.js";
import type { AnalyzedArticle } from "../../../src/extract/types.js";
import { analyzed, triples, type EntitySpec } from "./fixture.js";

const CAST: EntitySpec[] = [
  { id: "police", kind: "Organization", names: ["Police", "police"] },
  { id: "miners", kind: "Group", names: ["Striking miners", "Nine miners", "the miners", "miners", "the organisers"] },
  { id: "afp", kind: "Organization", names: ["AFP"] },
  { id: "itar", kind: "Organization", names: ["the Itar news agency", "Itar"] },
  { id: "ortiz", kind: "Person", names: ["Lena Ortiz", "Ortiz"] },
  { id: "varga", kind: "Person", names: ["Defence Ministry spokesman Pavel Varga", "Pavel Varga", "Varga"] },
  { id: "lima", kind: "Location", names: ["Ruvo"] },
  { id: "boro", kind: "Person", names: ["Tomas Boro"] },
  { id: "molvania", kind: "State", names: ["Molvania"] },
];

function rel(text: string, pred: string, cast: EntitySpec[] = CAST) {
  return triples(extractRelations(analyzed(text, cast))).filter((t) => t.includes(` ${pred} `));
}

describe("reported-by: relative and nested attribution", () => {
  it("credits the antecedent of 'who told X' over an apposition, and X as the outlet", () => {
    const text = '"We will stay," said Lena Ortiz, one of the organisers, who told AFP that police had beaten the miners.';
    expect(rel(text, "reported-by")).toEqual(["ortiz reported-by afp", "police reported-by ortiz"]);
  });

  it("gives speaker -> outlet for 'X said ..., according to Y' (not the speaker's body -> Y)", () => {
    const text = "Defence Ministry spokesman Pavel Varga said police had cleared the square, according to the Itar news agency.";
    expect(rel(text, "reported-by")).toEqual(["police reported-by varga", "varga reported-by itar"]);
  });

  it("takes the person after a qualifying place and title in 'according to Ruvo police commander X'", () => {
    const text = "Police dispersed the miners, according to Ruvo police commander Tomas Boro.";
    expect(rel(text, "reported-by")).toEqual(["police reported-by boro"]);
  });

  it("credits the arresting force too when a passive arrest is attributed after the clause", () => {
    const agentless = "Nine miners were arrested near the gate, according to Tomas Boro.";
    expect(rel(agentless, "reported-by")).toEqual(["miners reported-by boro", "police reported-by boro"]);
    const byAgent = "Nine miners were detained by police near the gate, AFP reported.";
    expect(rel(byAgent, "reported-by")).toEqual(["miners reported-by afp", "police reported-by afp"]);
  });

  it("keeps only the people detained when the speaker comes first (the force speaks of its own arrests)", () => {
    expect(rel("Tomas Boro said nine miners were arrested.", "reported-by")).toEqual(["miners reported-by boro"]);
  });
});

const STATES: EntitySpec[] = [
  { id: "molvania", kind: "State", names: ["Molvania"], key: { code: "MLV" } },
  { id: "kenya", kind: "State", names: ["Kenya"], key: { code: "KEN" } },
  { id: "india", kind: "State", names: ["India"], key: { code: "IND" } },
  { id: "nairobi", kind: "Location", names: ["NAIROBI", "Nairobi"] },
  { id: "njoroge", kind: "Person", names: ["President Amos Njoroge", "Amos Njoroge", "Njoroge"] },
  { id: "rao", kind: "Person", names: ["Prime Minister Vikram Rao", "Vikram Rao", "Rao"] },
  { id: "students", kind: "Group", names: ["students", "Students"] },
];

/** The fixture with its first mention marked as the dateline place, as the entity stage marks it. */
function withDateline(text: string): AnalyzedArticle {
  const doc = analyzed(text, STATES);
  doc.mentions[0] = { ...doc.mentions[0]!, rule: "loc.dateline" };
  return doc;
}

function leads(doc: AnalyzedArticle): string[] {
  return triples(extractRelations(doc)).filter((t) => t.includes(" leads "));
}

describe("leads: an office named without its state", () => {
  it("belongs to the state of the dateline city", () => {
    expect(leads(withDateline("NAIROBI - Students marched on Friday. President Amos Njoroge said the march was illegal."))).toEqual(["njoroge leads kenya"]);
  });

  it("is not linked when the sentence names another state (or its people) only", () => {
    expect(leads(withDateline("NAIROBI - Students marched on Friday. President Amos Njoroge flew to India."))).toEqual([]);
    expect(leads(withDateline("NAIROBI - Students marched on Friday. They burned Indian flags and pictures of Prime Minister Vikram Rao."))).toEqual([]);
  });

  it("yields to the state named with the title elsewhere in the article", () => {
    const doc = withDateline("NAIROBI - Students chanted against Prime Minister Vikram Rao. Indian Prime Minister Vikram Rao did not comment.");
    expect(leads(doc)).toEqual(["rao leads india"]);
  });

  it("has no home state without a dateline or a mission's host city", () => {
    expect(leads(analyzed("Students marched on Friday. President Amos Njoroge said the march was illegal.", STATES))).toEqual([]);
  });
});

// Entity spans and detection: verbs and particles kept out of a collective's mention, a state's weapons
// and strikes read as the state, bystander collectives that protest, known bodies before a collective.
// All sentences are written for this test.
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../src/extract/index.js";

const extractor = createExtractor();

function extract(text: string) {
  return extractor.extract({ id: "t", text, meta: {} });
}

/** Mention texts resolved to entities of one kind. */
function mentionsOf(text: string, kind: string): string[] {
  const x = extract(text);
  const kinds = new Map(x.entities.map((e) => [e.id, e.kind]));
  return x.mentions.filter((m) => kinds.get(m.entity) === kind).map((m) => m.text);
}

/** "source predicate target" by entity labels. */
function edges(text: string, predicate: string): string[] {
  const x = extract(text);
  const label = new Map(x.entities.map((e) => [e.id, e.label]));
  return x.relations.filter((r) => r.predicate === predicate).map((r) => `${label.get(r.source)} ${r.predicate} ${label.get(r.target)}`);
}

describe("a collective's mention does not start with the verb before it", () => {
  it.each([
    "Police rounded up protesters in the capital.",
    "Police detained protesters outside parliament.",
    "Troops pushed back protesters from the bridge.",
    "Riot police teargassed protesters on Sunday.",
    "Soldiers shot protesters near the palace.",
    "Gendarmes fired at protesters near the palace.",
    "Police hauled away protesters after midnight.",
  ])("%s", (text) => {
    expect(mentionsOf(text, "Group")).toEqual(["protesters"]);
  });

  it("keeps a real quantity and a describing -ed adjective", () => {
    expect(mentionsOf("Up to 300 protesters gathered in the square.", "Group")).toEqual(["Up to 300 protesters"]);
    expect(mentionsOf("Police rounded up about 200 protesters.", "Group")).toEqual(["about 200 protesters"]);
    expect(mentionsOf("At least 50 detained protesters were freed on Monday.", "Group")).toEqual(["At least 50 detained protesters"]);
  });

  it("reads the arrest once the verb is out of the mention", () => {
    expect(edges("Police rounded up protesters in the capital.", "arrests")).toEqual(["police arrests protesters"]);
  });
});

describe("a state's weapons and strikes stand for the state", () => {
  it("reads missiles, drones and artillery named by a demonym as the state", () => {
    expect(mentionsOf("Russian missiles struck Kyiv overnight.", "State")).toEqual(["Russian missiles"]);
    expect(mentionsOf("Israeli artillery shelled villages near the border.", "State")).toEqual(["Israeli artillery"]);
  });

  it("leaves the strike noun out, so the attack has its target", () => {
    expect(edges("The Russian shelling of Kharkiv continued for a week.", "attacks")).toEqual(["Russia attacks Kharkiv"]);
    expect(edges("Azerbaijan's offensive in Nagorno-Karabakh displaced thousands.", "attacks")).toEqual(["Azerbaijan attacks Nagorno-Karabakh"]);
  });
});

describe("bystander collectives", () => {
  it("makes villagers or residents who protest a collective", () => {
    expect(mentionsOf("Villagers marched to the French embassy on Friday.", "Group")).toEqual(["Villagers"]);
    expect(edges("Residents rallied outside the French embassy.", "protests-against")).toContain("Residents protests-against Embassy of France");
  });

  it("still leaves bare witnesses and residents out when they do not act", () => {
    expect(mentionsOf("Witnesses said police fired into the air. Residents were asleep.", "Group")).toEqual([]);
  });
});

describe("a known body before a collective", () => {
  it("reads the body apart from its activists", () => {
    const orgs = mentionsOf("Police detained five Amnesty activists outside the ministry.", "Organization");
    expect(orgs).toContain("Amnesty");
    expect(mentionsOf("Police detained five Amnesty activists outside the ministry.", "Group")).toEqual(["activists"]);
  });
});

describe("a participle after a comma", () => {
  it("shares the clause's subject, not the name before the comma", () => {
    const found = edges("Chilean police broke up a blockade of a mine run by Canada's Northwind Mining, firing tear gas at hundreds of herders.", "attacks");
    expect(found).toEqual(["Chilean police attacks herders"]);
  });
});

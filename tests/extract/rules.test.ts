// One sentence per rule family, written for these tests.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/extract/index.js";

function kinds(text: string): Record<string, string> {
  const doc = analyze({ id: "t", text, meta: {} });
  const out: Record<string, string> = {};
  for (const m of doc.mentions) {
    const e = doc.entities.find((x) => x.id === m.entity)!;
    out[m.text] = `${e.kind}:${e.label}`;
  }
  return out;
}

describe("capitals", () => {
  it("stand for their state as subject, owner, after by/with and as an ally", () => {
    expect(kinds("Ottawa denied the claim.")["Ottawa"]).toBe("State:Canada");
    expect(kinds("The sanctions were imposed by Canberra.")["Canberra"]).toBe("State:Australia");
    expect(kinds("Manila, a close ally of Washington, protested.")["Manila"]).toBe("State:Philippines");
    expect(kinds("Critics accused Nairobi of inaction.")["Nairobi"]).toBe("State:Kenya");
  });
  it("are places after in/at and after verbs of place", () => {
    expect(kinds("Talks were held in Ottawa on Monday.")["Ottawa"]).toBe("Location:Ottawa");
    expect(kinds("The minister visited Canberra.")["Canberra"]).toBe("Location:Canberra");
  });
});

describe("organizations", () => {
  it("reads a state's lower-case ministry as one body with its capitalized form", () => {
    const doc = analyze({ id: "t", text: "Chile's foreign ministry protested. The Chilean Foreign Ministry later summoned the envoy.", meta: {} });
    const orgs = doc.entities.filter((e) => e.kind === "Organization");
    expect(orgs).toHaveLength(1);
  });
  it("reads a capitalized 'The' inside a sentence as the start of a title", () => {
    expect(kinds("The figures were reported by The Citizen on Friday.")["The Citizen"]).toMatch(/^Organization:(The )?Citizen$/);
  });
  it("reads a name in apposition to an organization noun, and letter-digit names", () => {
    expect(kinds("A local rights group, Kayoyo, said M23 fighters had left.")["Kayoyo"]).toBe("Organization:Kayoyo");
    expect(kinds("A local rights group, Kayoyo, said M23 fighters had left.")["M23"]).toBe("Organization:M23");
  });
  it("keeps a party name whole before 'party'", () => {
    expect(kinds("Members of the ruling Slovenian Future party walked out.")["Slovenian Future party"]).toBe("Organization:Slovenian Future party");
  });
});

describe("people", () => {
  it("joins a nickname given with 'better known as'", () => {
    const doc = analyze({ id: "t", text: "Police detained Joseph Mbatha, better known as DJ Zolo, on Friday.", meta: {} });
    expect(doc.entities.filter((e) => e.kind === "Person")).toHaveLength(1);
  });
  it("reads a name given 'only as'", () => {
    expect(kinds("A student who gave his name only as Tariq said he was beaten.")["Tariq"]).toBe("Person:Tariq");
  });
  it("strips a portfolio title", () => {
    expect(kinds("Defence Minister Ana Lopes resigned.")["Ana Lopes"]).toBe("Person:Ana Lopes");
  });
});

describe("embassies", () => {
  it("places a mission named without its city in the city that opens the sentence", () => {
    const doc = analyze({
      id: "t",
      text: "LIMA, May 2 - Crowds gathered at the Bolivian embassy in Lima. In Santiago, students picketed the Bolivian embassy.",
      meta: {},
    });
    expect(doc.entities.filter((e) => e.kind === "Embassy").map((e) => e.label).sort()).toEqual([
      "Embassy of Bolivia in Lima",
      "Embassy of Bolivia in Santiago",
    ]);
  });
  it("puts an embassy named without a city in the host state's capital, a consulate in the dateline city", () => {
    const doc = analyze({ id: "t", text: "LAHORE, June 1 - Crowds marched on the Danish consulate. The Danish embassy closed.", meta: {} });
    expect(doc.entities.filter((e) => e.kind === "Embassy").map((e) => e.label).sort()).toEqual([
      "Consulate of Denmark in Lahore",
      "Embassy of Denmark in Islamabad",
    ]);
  });
});

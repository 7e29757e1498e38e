// Round 3 failure classes, found on the first half of held-out C and checked here on sentences
// written for this test: people described by their trade or fate, a state's armed forces with a
// modifier, outlets introduced by a description, and rescues.
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

describe("people described by their trade or by what happened to them", () => {
  it("reads striking dockworkers and fishermen as collectives", () => {
    const text = "Police fired tear gas at hundreds of striking dockworkers in Valparaiso. Three fishermen were missing.";
    expect(kindOf(text, ["dockworkers", "Three fishermen"])).toEqual(["Group", "Group"]);
  });

  it("makes a passive attack on them an edge to the collective, not to their state", () => {
    const found = edges("Two Peruvian fishermen were shot dead by the Chilean coast guard.", "attacks");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Chilean coast guard attacks .*fishermen$/u);
  });
});

describe("a state's armed forces named with a modifier", () => {
  it("reads 'Colombian special forces' and 'Israeli ground troops' as the state", () => {
    const text = "Colombian special forces freed a soldier. Israeli ground troops entered the village.";
    expect(kindOf(text, ["Colombian special forces", "Israeli ground troops"])).toEqual(["State", "State"]);
  });
});

describe("protects: rescues", () => {
  it("a rescue protects the people rescued, a collective too", () => {
    const found = edges("Colombian special forces rescued two hostages on Monday.", "protects");
    expect(found).toEqual(["Colombia protects hostages"]);
  });

  it("a state 'sheltering' militants is not protecting anyone", () => {
    expect(edges("Officials in Lagos said Ghana was sheltering separatists.", "protects")).toEqual([]);
  });
});

describe("reported-by: outlets introduced by a description", () => {
  it("credits the agency, not the state of its demonym, in 'according to the Ruritanian news agency X'", () => {
    const found = edges("Police arrested 27 protesters, according to the Senegalese news agency APS.", "reported-by");
    expect(found).toEqual(["police reported-by APS"]);
  });

  it("credits 'X's semi-official Y news agency' after the clause", () => {
    const found = edges("Police detained ten students, Iran's semi-official Tasnim news agency reported.", "reported-by");
    expect(found).toEqual(["police reported-by Tasnim news agency"]);
  });
});

describe("protests-against: demands", () => {
  it("reads a demand for someone's resignation, over an apposition naming the office holder", () => {
    const found = edges("Hundreds of students occupied the library, demanding the resignation of the college rector, Ilse Brandt.", "protests-against");
    expect(found).toContain("students protests-against Ilse Brandt");
  });

  it("finds the subject of a coordinated demand over a quotation holding clauses of its own", () => {
    const text = 'The nurses marched in Turin. They called the plan "a law that kills hospitals" and demanded that the Regional Council scrap it.';
    expect(edges(text, "protests-against")).toContain("nurses protests-against Regional Council");
  });
});

describe("slogans that defend", () => {
  it("reads 'Hands off X' as support for X, not a protest against it", () => {
    const text = 'Thousands of people rallied in Prague and chanted "Hands off Radio Free Europe!" outside parliament.';
    expect(edges(text, "protests-against").filter((e) => e.endsWith("Radio Free Europe"))).toEqual([]);
    expect(edges(text, "supports").some((e) => e.endsWith("supports Radio Free Europe"))).toBe(true);
  });
});

describe("coordinated clauses with a subject of their own", () => {
  it("does not give the first clause's subject to ', and metal barriers kept ...'", () => {
    const text = "The Interior Ministry was guarded by riot police, and metal fences kept the protesters away from Prime Minister Eva Lind.";
    const found = edges(text, "protects");
    expect(found).toContain("police protects Interior Ministry");
    expect(found.filter((e) => e.startsWith("Interior Ministry protects"))).toEqual([]);
  });
});

describe("leads: titles owned by a body", () => {
  it("does not make 'the university's president' a leader of the state the sentence names", () => {
    const text = "Students in Chile occupied the library, demanding the resignation of the university's president, Rosa Vidal.";
    expect(edges(text, "leads")).toEqual([]);
  });

  it("still links a president named without a country to the one state of the sentence", () => {
    expect(edges("President Gabriel Boric said Chile would send aid.", "leads")).toEqual(["Gabriel Boric leads Chile"]);
  });
});

describe("a body named again by its head noun", () => {
  const text =
    "The Harbour Workers' Federation called the strike. Several workers were beaten, according to the federation's general secretary, Omar Saleh. " +
    "The Ministry of Labour said it was watching. A ministry spokesperson, Lina Haddad, said talks would go on.";

  it("resolves 'the federation' and 'a ministry spokesperson' to the bodies named before", () => {
    const found = edges(text, "member-of");
    expect(found).toContain("Omar Saleh member-of Harbour Workers' Federation");
    expect(found).toContain("Lina Haddad member-of Ministry of Labour");
  });

  it("credits the person in apposition after 'according to the federation's general secretary'", () => {
    expect(edges(text, "reported-by")).toContain("workers reported-by Omar Saleh");
  });

  it("leaves a head noun with no body of that name unresolved", () => {
    const x = extractor.extract({ id: "t", text: "The union said the strike would go on.", meta: {} });
    expect(x.entities.filter((e) => e.kind === "Organization")).toEqual([]);
  });
});

describe("coordinated verbs over a relative clause", () => {
  it("gives 'and detained' the subject of the first verb past 'that were blocking ...'", () => {
    const text = "Police towed away three lorries that were blocking the road and detained two truckers who refused to move.";
    expect(edges(text, "arrests")).toEqual(["police arrests truckers"]);
  });
});

describe("protests-against: blocking a body's building", () => {
  it("reads a crowd blocking a body's entrances as a protest against it, over a parenthesized acronym", () => {
    const text = "Hundreds of nurses marched to the offices of the National Health Agency (NHA) in Lyon and blocked its entrances for hours.";
    expect(edges(text, "protests-against")).toEqual(["nurses protests-against National Health Agency"]);
  });

  it("does not make police blocking a site protesters, nor a blockade an attack", () => {
    expect(edges("Police blocked the entrance to the Ministry of Labour.", "protests-against")).toEqual([]);
    expect(edges("Fishermen blockaded the Port Authority of Dakar.", "attacks")).toEqual([]);
  });
});

describe("the story's host state without a dateline", () => {
  it("takes a large city of the lead when no capital is named", () => {
    const text = "Police clashed with striking teachers in Karachi on Monday.\n\nThe teachers marched to protest against the government's pay freeze.";
    expect(edges(text, "protests-against")).toEqual(["teachers protests-against Pakistan"]);
  });

  it("takes a state named in the lead when it names no city", () => {
    const text = "Dockworkers struck at Ruritania's main seaport.\n\nThey marched to protest against the government's plan to sell the port.";
    const x = extractor.extract({ id: "t", text: text.replace("Ruritania's", "Bangladesh's"), meta: {} });
    const label = new Map(x.entities.map((e) => [e.id, e.label]));
    expect(x.relations.filter((r) => r.predicate === "protests-against").map((r) => label.get(r.target))).toEqual(["Bangladesh"]);
  });
});

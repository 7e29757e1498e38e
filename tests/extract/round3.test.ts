// Round 3 failure classes, found on the first half of held-out C and checked here on sentences
// written for this test: people described by their trade or fate, a state's armed forces with a
// modifier, outlets introduced by a description, and rescues.
import { describe, expect, it } from "vitest";
import { edges, extractor, kindOf } from "../helpers/extract.js";

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

describe("peoples named by their plural", () => {
  it("reads 'Kurds rallied' and 'Several thousand Armenians marched' as collectives acting", () => {
    expect(kindOf("Kurds rallied outside the Turkish embassy in Oslo.", ["Kurds"])).toEqual(["Group"]);
    expect(kindOf("Several thousand Armenians marched to the Russian embassy.", ["Several thousand Armenians"])).toEqual(["Group"]);
  });

  it("reads a diaspora named by two demonyms, and keeps a second people a collective of its own", () => {
    const text =
      "Several hundred Ethiopian-Americans rallied outside the Egyptian embassy in Washington. " +
      "About 50 Egyptian-Americans gathered outside the Ethiopian embassy.";
    const x = extractor.extract({ id: "t", text, meta: {} });
    expect(x.entities.filter((e) => e.kind === "Group")).toHaveLength(2);
    expect(edges(text, "protests-against")).toContain("Ethiopian-Americans protests-against Embassy of Egypt in Washington");
  });

  it("does not make counted casualties or an ethnic population the crowd", () => {
    const text = "Thousands of Serbs rallied in Belgrade. Tens of thousands of ethnic Albanians have fled; eight Serbs dead, police said.";
    const groups = extractor.extract({ id: "t", text, meta: {} }).entities.filter((e) => e.kind === "Group");
    expect(groups.map((g) => g.label).sort()).toEqual(["Serbs", "ethnic Albanians"]);
  });

  it("keeps 'Chinese demonstrators' one collective, not a people and a noun", () => {
    expect(kindOf("Chinese demonstrators rallied in Beijing.", ["Chinese demonstrators"])).toEqual(["Group"]);
  });
});

describe("outlets described before their name", () => {
  it("does not read 'the broadcaster' in 'told the broadcaster eNCA' as an earlier outlet", () => {
    const text = "Police said so, the TT news agency reported. Activist Zandile Dabula told the broadcaster eNCA that the march would go on.";
    expect(edges(text, "reported-by")).not.toContain("Zandile Dabula reported-by TT news agency");
  });
});

describe("protects: the site the crowd was heading for", () => {
  it("reads the site from a relative clause after the people held back", () => {
    const text = "Greek police pushed back hundreds of people who tried to approach the Turkish embassy in Athens.";
    expect(edges(text, "protects")).toEqual(["police protects Embassy of Turkey in Athens"]);
  });

  it("reads a distance short of the site set off by a comma", () => {
    const text = "Police stopped the march at a roundabout, about 300 metres from the Russian embassy in Riga.";
    expect(edges(text, "protects")).toEqual(["police protects Embassy of Russia in Riga"]);
  });

  it("reads lining the fence of a mission and standing between a crowd and its gate", () => {
    expect(edges("Riot police lined the fence of the Iranian embassy.", "protects")).toEqual(["police protects Embassy of Iran"]);
    expect(edges("Riot police stood between the marchers and the Chinese consulate's gate.", "protects")).toHaveLength(1);
  });
});

describe("protests-against: crowds trying to reach a mission; demands on a capital", () => {
  it("reads protesters trying to reach an embassy as protesting it, but not police doing so", () => {
    const text = "Police fired tear gas at hundreds of protesters as they tried to reach the French embassy in Niamey.";
    expect(edges(text, "protests-against")).toContain("protesters protests-against Embassy of France in Niamey");
    expect(edges("Police tried to reach the French embassy in Niamey after the protest.", "protests-against")).toEqual([]);
  });

  it("reads the capital in 'demanded that Addis Ababa stop' as the state", () => {
    const text = "About 50 Egyptian protesters demanded that Addis Ababa stop filling the dam.";
    expect(edges(text, "protests-against")).toEqual(["Egyptian protesters protests-against Ethiopia"]);
  });
});

describe("protects: the ways into a site", () => {
  it("reads guarding the entrance, sealing off the street leading to it and blocking access to it", () => {
    const site = "the Russian embassy in Oslo";
    for (const sentence of [
      `Dozens of police officers guarded the entrance to ${site}.`,
      `Police sealed off the street leading to ${site}.`,
      `Riot police blocked the protesters' path to ${site}.`,
    ]) {
      expect(edges(`Protesters rallied against Norway in Oslo. ${sentence}`, "protects"), sentence).toEqual(["police protects Embassy of Russia in Oslo"]);
    }
  });
});

describe("arrests without a named agent", () => {
  it("credits the police with 'two men from the counter-rally were briefly detained'", () => {
    const text = "Police said two men from the counter-rally were briefly detained.";
    expect(edges(text, "arrests")).toEqual(["police arrests men"]);
  });

  it("reads being taken to a named police station as an arrest", () => {
    const text = "Police watched the sit-in. Four of the organisers were taken to the Cinnamon Gardens police station for questioning.";
    expect(edges(text, "arrests")).toEqual(["police arrests organisers"]);
  });
});

describe("protects: under guard", () => {
  it("reads 'the embassy was under (heavy) police guard'", () => {
    const lead = "Protesters rallied against Norway in Oslo. ";
    expect(edges(`${lead}The Russian embassy was under police guard.`, "protects")).toEqual(["police protects Embassy of Russia in Oslo"]);
    expect(edges(`${lead}The Russian embassy remained under heavy police protection.`, "protects")).toEqual(["police protects Embassy of Russia in Oslo"]);
  });
});

describe("protects: a crowd held back in an article about one mission", () => {
  it("credits the force dispersing the crowd with protecting the article's one mission", () => {
    const text = "Hundreds of protesters rallied outside the Danish embassy in Ankara. Later, riot police fired tear gas to disperse the crowd.";
    expect(edges(text, "protects")).toEqual(["police protects Embassy of Denmark in Ankara"]);
  });

  it("names no site when the article has two missions", () => {
    const text = "Protesters rallied outside the Danish and Swedish embassies in Ankara. Later, riot police fired tear gas to disperse the crowd.";
    expect(edges(text, "protects").filter((e) => e.startsWith("police"))).toEqual([]);
  });
});

describe("subjects and slogans", () => {
  it("does not make the outlet reporting a chant its chanter", () => {
    const text = 'About 300 people rallied outside the Russian embassy in Riga, chanting "Russia is a terrorist state", the broadcaster LSM reported.';
    expect(edges(text, "protests-against").filter((e) => e.startsWith("LSM"))).toEqual([]);
  });

  it("does not give a coordinated verb the object of the first one when the subject is another kind", () => {
    const text = "Ankara summoned Sweden's ambassador, Staffan Berg, and demanded that the Swedish government act.";
    expect(edges(text, "protests-against").filter((e) => e.startsWith("Staffan Berg"))).toEqual([]);
  });

  it("ends a dateline's clause at a spaced hyphen", () => {
    const text = "PARMA, Italy, Feb 12 (Wire) - Several hundred farmers drove to the offices of the Grain Board (GB) and blocked its entrances.";
    expect(edges(text, "protests-against")).toContain("farmers protests-against Grain Board");
  });
});

describe("a second crowd in another city", () => {
  const text =
    "TEHRAN, Jan 3 - Hundreds of protesters stormed the Saudi embassy in Tehran on Sunday. " +
    "In Mashhad, a mob set fire to the Saudi consulate. The protesters in Tehran chanted slogans.";

  it("keeps the crowd of a sentence opened by 'In <City>,' apart, named with its city", () => {
    const x = extractor.extract({ id: "t", text, meta: {} });
    const groups = x.entities.filter((e) => e.kind === "Group").map((e) => e.label).sort();
    expect(groups).toHaveLength(2);
    expect(groups.some((label) => label.endsWith("in Mashhad"))).toBe(true);
  });

  it("leaves one crowd when the sentence's city is the dateline's", () => {
    const same = "TEHRAN, Jan 3 - Hundreds of protesters rallied in Tehran. In Tehran, the protesters then marched on.";
    expect(extractor.extract({ id: "t", text: same, meta: {} }).entities.filter((e) => e.kind === "Group")).toHaveLength(1);
  });
});

describe("arrests: who detains when no one is named", () => {
  it("credits the police, not a coast guard mentioned more often", () => {
    const text =
      "The Mauritanian coast guard fired on a boat. The coast guard said the boat fished illegally. " +
      "Gendarmes dispersed the crowd in Dakar, and 27 protesters were detained.";
    const found = edges(text, "arrests");
    expect(found).toHaveLength(1);
    expect(found[0]).not.toMatch(/coast guard/u);
  });
});

describe("appositions are not crowds", () => {
  it("does not read 'X, a militant group founded in 1991,' as a collective of its own", () => {
    const text = "Soldiers freed two hostages held by Abu Sayyaf. Abu Sayyaf, a militant group founded in 1991, has been weakened.";
    const x = extractor.extract({ id: "t", text, meta: {} });
    expect(x.entities.filter((e) => e.kind === "Group" && /militant group/u.test(e.label))).toEqual([]);
  });
});

describe("attacks: a state's aggression named with its noun", () => {
  it("reads 'Russia's invasion of Ukraine' as an attack", () => {
    expect(edges("Russia's invasion of Ukraine began in 2022.", "attacks")).toEqual(["Russia attacks Ukraine"]);
  });

  it("does not read 'against Russia's aggression in front of the embassy' as an attack on the embassy", () => {
    const text = "Rally against Russia's aggression in front of the Russian Embassy in Baku.";
    expect(edges(text, "attacks").filter((e) => e.endsWith("Baku"))).toEqual([]);
  });
});

describe("an actor never reports itself", () => {
  it("does not credit a state's own organ with a statement about the state", () => {
    expect(edges("The Foreign Office said Britain would not expel the diplomats.", "reported-by")).toEqual([]);
    expect(edges("The Italian Foreign Ministry said Italy had summoned the envoy.", "reported-by")).toEqual([]);
  });

  it("still credits another state's organ", () => {
    expect(edges("The Italian Foreign Ministry said Germany had summoned the envoy.", "reported-by")).toEqual(["Germany reported-by Italian Foreign Ministry"]);
  });
});

describe("a head of state named without a country", () => {
  it("leads the article's only state", () => {
    const text = "Crowds gathered outside the Ghanaian embassy in Paris. Ghana recalled its envoy on Monday. President Mahama said the talks would continue.";
    expect(edges(text, "leads")).toEqual(["Mahama leads Ghana"]);
  });

  it("is left unassigned when the article names several states and the sentence none", () => {
    const text = "Ghana recalled its envoy from Togo on Monday. President Mahama said the talks would continue.";
    expect(edges(text, "leads")).toEqual([]);
  });
});

describe("a ministry's spokesperson named by the ministry's head noun", () => {
  it("is a member of the one ministry the article names", () => {
    const text = "Peru's foreign ministry summoned the envoy. Ministry spokeswoman Ana Ruiz said the protest was peaceful.";
    expect(edges(text, "member-of")).toEqual(["Ana Ruiz member-of Peru's foreign ministry"]);
  });

  it("is left unassigned when the article names two ministries", () => {
    const text = "Peru's Foreign Ministry and Chile's Interior Ministry met. Ministry spokeswoman Ana Ruiz said the protest was peaceful.";
    expect(edges(text, "member-of").filter((e) => e.startsWith("Ana Ruiz"))).toEqual([]);
  });
});

// Round 4 entity classes: missions of lower rank, places named by a market or zone noun, brands and
// names with a slash, capitals acting for their state, crowds counted by a number, abstract groups.
// Every sentence here is written for this test.
import { describe, expect, it } from "vitest";
import { entity, entityOf, run } from "./analyze.js";

describe("missions beyond embassies", () => {
  it("reads an assistant or deputy high commission as a mission of its sender, in its own city", () => {
    const doc = run("In Rajshahi, students rallied outside the Indian Assistant High Commission on Friday. Police guarded the Indian High Commission in Dhaka.");
    const assistant = entityOf(doc, "Indian Assistant High Commission");
    const main = entityOf(doc, "Indian High Commission");
    expect(assistant?.kind).toBe("Embassy");
    expect(main?.kind).toBe("Embassy");
    expect(assistant?.id).not.toBe(main?.id);
    expect(entityOf(doc, "Pakistan's deputy high commission")).toBeUndefined();
    expect(entityOf(run("Crowds gathered at Pakistan's deputy high commission in Birmingham."), "Pakistan's deputy high commission")?.kind).toBe("Embassy");
  });

  it("reads an interests section and a trade office with a sender as missions, a bare trade office as none", () => {
    expect(entityOf(run("Demonstrators marched to the Swiss interests section in Tehran on Monday."), "Swiss interests section")?.kind).toBe("Embassy");
    expect(entityOf(run("Activists protested outside Taiwan's trade office in Manila."), "Taiwan's trade office")?.kind).toBe("Embassy");
    expect(run("The trade office said exports rose.").entities.filter((e) => e.kind === "Embassy")).toHaveLength(0);
  });
});

describe("places named by a market, zone or enclave", () => {
  it("reads a name before a market or zone noun as a place, and an Enclave as a place", () => {
    const doc = run("The marchers set off from Kawran market and were stopped short of the Gulshan diplomatic zone. Riot police sealed off the Diplomatic Enclave.");
    expect(entityOf(doc, "Kawran")?.kind).toBe("Location");
    expect(entityOf(doc, "Gulshan")?.kind).toBe("Location");
    expect(entity(doc, "Diplomatic Enclave")?.kind).toBe("Location");
  });
});

describe("names of bodies written unusually", () => {
  it("reads a lower-case-initial brand after an outlet noun as an organization", () => {
    const doc = run("The organizer told the broadcaster eTVN that the march would go ahead.");
    expect(entity(doc, "eTVN")?.kind).toBe("Organization");
    // a unit or a term written the same way is no name without the outlet noun
    expect(run("Researchers studied mRNA vaccines in the laboratory.").entities.some((e) => e.label === "mRNA")).toBe(false);
  });

  it("joins names around a slash without spaces, but not two places", () => {
    const doc = run("The union leader told the newspaper Diario/24 that talks had failed, according to Radio Sur/Radio Norte.");
    expect(entityOf(doc, "Diario/24")?.kind).toBe("Organization");
    expect(entityOf(doc, "Radio Sur/Radio Norte")?.kind).toBe("Organization");
    expect(doc.entities.some((e) => e.label === "Radio Norte")).toBe(false);
    const places = run("Flights between Madrid/Barcelona were cancelled by Iberia.");
    expect(entityOf(places, "Madrid")?.kind).toBe("Location");
  });

  it("reads paramilitary forces named by their troops as organizations", () => {
    const doc = run("The Frontier Rangers were called in to hold the gate of the compound.");
    expect(entityOf(doc, "Frontier Rangers")?.kind).toBe("Organization");
  });
});

describe("capitals acting for their state", () => {
  it("reads a capital before a headline verb as its state", () => {
    const doc = run("Vienna summons Hungarian envoy over border dispute.\n\nAustria summoned the Hungarian ambassador on Monday, the foreign ministry said.");
    expect(entityOf(doc, "Vienna")?.kind).toBe("State");
    expect(entityOf(doc, "Vienna")?.id).toBe(entity(doc, "Austria")?.id);
  });

  it("reads a capital owning allies as its state even after 'of'", () => {
    const doc = run("Poland, one of Kyiv's closest allies, sent more aid to Ukraine on Friday.");
    expect(entityOf(doc, "Kyiv")?.id).toBe(entity(doc, "Ukraine")?.id);
  });

  it("reads Astana acting as Kazakhstan, and as a place after 'in'", () => {
    const doc = run("Kazakhstan's foreign ministry said Astana had raised the matter with Beijing.");
    expect(entityOf(doc, "Astana")?.kind).toBe("State");
    expect(entityOf(run("Dozens of women rallied in Astana on Tuesday."), "Astana")?.kind).toBe("Location");
  });
});

describe("collectives", () => {
  it("keeps a second crowd apart when a relative clause puts it in a counter-protest", () => {
    const doc = run("Several hundred Tamil demonstrators marched to the embassy on Sunday. Police stood between them and about 30 Sinhalese nationalists who had gathered across the street for a counter-protest.");
    const main = entityOf(doc, "demonstrators");
    const counter = doc.entities.find((e) => /nationalists/u.test(e.label));
    expect(main?.kind).toBe("Group");
    expect(counter?.kind).toBe("Group");
    expect(counter?.id).not.toBe(main?.id);
  });

  it("reads 'a group of N <people>' after the main crowd as another collective, named by its count", () => {
    const doc = run("Hundreds of marchers walked to the Ghanaian embassy on Monday. A group of about 60 Ghanaians living in the city waited inside the gates.");
    const other = doc.entities.find((e) => e.label === "about 60 Ghanaians");
    expect(other?.kind).toBe("Group");
    expect(other?.id).not.toBe(entityOf(doc, "Hundreds of marchers")?.id);
  });

  it("never reads the plural of a two-word demonym as a person", () => {
    const doc = run("\"The government has failed New Zealanders,\" the organiser said in Wellington.");
    expect(doc.entities.some((e) => e.kind === "Person" && /Zealanders/u.test(e.label))).toBe(false);
  });
});

describe("missions and bodies named again", () => {
  it("never makes a state the sender of a mission in its own city, and reads 'in the city of X'", () => {
    const doc = run("Norway cut ties with Peru on Monday, after Peruvian rioters ransacked its embassy in Lima and burned its consulate in the city of Cusco.");
    const embassy = entityOf(doc, "embassy");
    const consulate = entityOf(doc, "consulate");
    expect(embassy?.label).toMatch(/Norway/u);
    expect(consulate?.label).toMatch(/Norway in Cusco/u);
    expect(consulate?.id).not.toBe(embassy?.id);
  });

  it("refers 'the embassy' back to the embassy even when a consulate was named after it", () => {
    const doc = run("Rioters stormed the Danish embassy in Ankara and the Danish consulate in Izmir on Friday. Police later cleared the embassy.");
    const mentions = doc.mentions.filter((m) => m.text === "embassy" || m.text === "Danish embassy");
    expect(new Set(mentions.map((m) => m.entity)).size).toBe(1);
  });

  it("refers a building back to the mission of the city that opens the sentence", () => {
    const doc = run("Crowds gathered outside the Chilean embassy in Lima. A smaller group picketed the Chilean consulate in Arequipa. Police in Lima kept them behind barriers near the embassy. In Arequipa, officers escorted staff into the building.");
    const building = doc.mentions.find((m) => m.text === "building");
    expect(doc.entities.find((e) => e.id === building?.entity)?.label).toMatch(/Arequipa/u);
  });

  it("joins an acronym to the one longer organization name that holds it", () => {
    const doc = run("The government blamed the Baloch BLF militia for the attack. The BLF denied any role.");
    expect(entityOf(doc, "BLF")?.id).toBe(entityOf(doc, "Baloch BLF militia")?.id);
  });
});

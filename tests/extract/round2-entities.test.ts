// Round 2 entity classes: sites and bodies named by common-noun heads, wrong kinds and fragments,
// splits of a state and its seat of government, titles linked to states, and link lists of other stories.
// Every sentence here is written for this test.
import { describe, expect, it } from "vitest";
import { entity, entityOf, run } from "./analyze.js";
import { removeBoilerplate } from "../../src/ingest/boilerplate.js";
import type { AnalyzedArticle } from "../../src/extract/types.js";


function labels(doc: AnalyzedArticle): string[] {
  return doc.entities.map((e) => e.label);
}

describe("class 1: places and bodies named by common-noun heads", () => {
  it("reads a named site with its head noun, and the bare name later as the same site", () => {
    const doc = run("Farmers blocked the road to the Cerro Alto copper mine on Monday. Trucks could not reach Cerro Alto for days.");
    const mine = entity(doc, "Cerro Alto copper mine");
    expect(mine?.kind).toBe("Location");
    expect(entityOf(doc, "Cerro Alto")?.id).toBe(mine?.id);
  });

  it("reads an unnamed site described with a modifier, and a site in a known city as the same site", () => {
    const doc = run("Fire hits Chennai oil refinery.\n\nA fire broke out at an oil refinery near the port of Chennai, officials said.");
    const sites = doc.entities.filter((e) => e.kind === "Location" && /refinery/u.test(e.label));
    expect(sites).toHaveLength(1);
    expect(entity(doc, "Chennai")?.kind).toBe("Location");
    // a bare "the plant" alone is no site
    expect(run("Workers said the plant was closed.").entities.filter((e) => e.kind === "Location")).toHaveLength(0);
  });

  it("keeps a police station, a city's region and a parliament building as places", () => {
    const doc = run("Nine students were taken to Lavington police station. Shelling hit the Dnipro region. Crowds gathered outside the parliament building.");
    expect(entity(doc, "Lavington police station")?.kind).toBe("Location");
    expect(entity(doc, "Dnipro region")?.kind).toBe("Location");
    expect(entity(doc, "parliament building")?.kind).toBe("Location");
    // a radio station is an outlet, never a site
    expect(labels(run("The rally was reported by a local radio station.")).some((l) => /station/u.test(l))).toBe(false);
  });

  it("names a place introduced by a place noun and a building named with House", () => {
    const doc = run("Detainees were driven to the town of Quillabamba. Guards stood outside Mansion House all night.");
    expect(entity(doc, "Quillabamba")?.kind).toBe("Location");
    expect(entity(doc, "Mansion House")?.kind).toBe("Location");
  });

  it("finds bodies: a campaign, an armed branch, a regional government and a lower-case agency", () => {
    const doc = run(
      "The rally was called by the Tibet Freedom Campaign. The Polish air force said it tracked the drones. The Saxony state government backed the plan. A police spokesman told the dpa news agency that nine people were held.",
    );
    expect(entity(doc, "Tibet Freedom Campaign")?.kind).toBe("Organization");
    expect(entity(doc, "Polish air force")?.kind).toBe("Organization");
    expect(entity(doc, "Saxony state government")?.kind).toBe("Organization");
    expect(entityOf(doc, "dpa news agency")?.kind).toBe("Organization");
  });

  it("keeps a second, described group apart from the main crowd", () => {
    const doc = run(
      "Hundreds of students marched on the ministry. A smaller group blocked the bridge. About fifty monarchists held a counter-rally nearby.",
    );
    const main = entityOf(doc, "Hundreds of students");
    const smaller = entityOf(doc, "A smaller group");
    const monarchists = entityOf(doc, "About fifty monarchists");
    expect(main?.kind).toBe("Group");
    expect(smaller?.kind).toBe("Group");
    expect(smaller?.id).not.toBe(main?.id);
    expect(monarchists?.id).not.toBe(main?.id);
  });

  it("reads people of a nation and armed movements as groups, not as the state or the protesters", () => {
    const doc = run("Protesters rallied in the capital. Troops shelled positions held by ethnic Serbian forces, and the army fights Maoist militants in the hills.");
    expect(entityOf(doc, "ethnic Serbian forces")?.kind).toBe("Group");
    expect(entity(doc, "Serbia")).toBeUndefined();
    expect(entityOf(doc, "Maoist militants")?.id).not.toBe(entityOf(doc, "Protesters")?.id);
  });

  it("reads a nation's people placed somewhere as a collective: apart when an object, the actors when the subject", () => {
    const pal = run("Thousands of students marched in solidarity with Palestinians in Gaza.");
    expect(entityOf(pal, "Palestinians")?.kind).toBe("Group");
    expect(entityOf(pal, "Palestinians")?.id).not.toBe(entityOf(pal, "Thousands of students")?.id);
    const subject = run("Armenians in Lyon rallied outside the consulate. The protesters burned flags.");
    expect(entityOf(subject, "Armenians")?.id).toBe(entityOf(subject, "protesters")?.id);
  });

  it("does not take a bare infinitive after help/let/make as a modifier of a group", () => {
    const doc = run("Soldiers helped evacuate civilians from the town.");
    expect(doc.entities.some((e) => /evacuate/u.test(e.label))).toBe(false);
  });

  it("joins a region named by the last part of a longer region's name", () => {
    const doc = run("Fighting resumed in Nagorno-Karabakh on Tuesday. Refugees left Karabakh overnight.");
    expect(entityOf(doc, "Karabakh")?.id).toBe(entityOf(doc, "Nagorno-Karabakh")?.id);
    const two = run("Trade with Asia grew, and exports to Central Asia doubled.");
    expect(entityOf(two, "Asia")?.id).not.toBe(entityOf(two, "Central Asia")?.id);
  });

  it("reads a name followed by an organization noun in apposition as that body, even when it holds place names", () => {
    const doc = run("The vigil was organised by Toronto Tibet Action, a diaspora group founded in 2015.");
    expect(entity(doc, "Toronto Tibet Action")?.kind).toBe("Organization");
    expect(entity(doc, "Toronto")).toBeUndefined();
    // a person in apposition to a role stays a person
    const person = run("Dawa Tsering, a group member, spoke first.");
    expect(entity(person, "Dawa Tsering")?.kind).toBe("Person");
  });

  it("gives an embassy named only by its city the sender of the article's other missions when the city is another capital", () => {
    const doc = run("Protesters gathered outside the Italian embassy in Tunis. Rome later asked to evacuate the embassy in Tripoli.");
    expect(entity(doc, "Embassy of Italy in Tunis")?.kind).toBe("Embassy");
    expect(entity(doc, "Embassy of Italy in Tripoli")?.kind).toBe("Embassy");
  });
});

describe("class 6: fragments and wrong kinds", () => {
  it("types streets and landmarks named with Drive, Corner and Arch as places", () => {
    const doc = run("Marchers left Wellington Corner, passed Marble Arch and stopped on Rideau Drive.");
    for (const name of ["Wellington Corner", "Marble Arch", "Rideau Drive"]) expect(entity(doc, name)?.kind).toBe("Location");
  });

  it("reads a run of common words before a state name as a body, and keeps a head before a state in the name", () => {
    const doc = run("Public Safety Canada said it was monitoring the protest near the Royal Navy Support Unit Kenya base.");
    expect(entity(doc, "Public Safety Canada")?.kind).toBe("Organization");
    expect(doc.entities.some((e) => e.kind === "Person")).toBe(false);
    expect(doc.entities.find((e) => /Support Unit Kenya/u.test(e.label))?.kind).toBe("Organization");
  });

  it("does not make a person of a title word before a connector or before an organization head", () => {
    const doc = run('They carried banners reading "Justice for Marsabit". Officers from the General Service Unit formed a line.');
    expect(doc.entities.filter((e) => e.kind === "Person")).toHaveLength(0);
    expect(entity(doc, "General Service Unit")?.kind).toBe("Organization");
  });

  it("keeps a region whose name starts with a demonym, and an outlet whose name starts with a state", () => {
    const doc = run("Police in British Columbia made arrests, the minister told France Info radio.");
    expect(entity(doc, "British Columbia")?.kind).toBe("Location");
    expect(entity(doc, "United Kingdom")).toBeUndefined();
    expect(entityOf(doc, "France Info radio")?.kind).toBe("Organization");
  });

  it("joins a clipped first word to the body named before ('the Met')", () => {
    const doc = run("The Metropolitan Police arrested nine people. The Met said more arrests were likely.");
    expect(entityOf(doc, "Met")?.id).toBe(entityOf(doc, "Metropolitan Police")?.id);
    expect(doc.entities.filter((e) => e.kind === "Person")).toHaveLength(0);
  });

  it("drops a 'Read more:' list in ingest, items and all, and keeps the prose after a lone 'Read more' link", () => {
    const page = "Students protested outside the embassy on Friday.\n\nRead more:\nMorrison says Jakarta talks on track\nTamil groups plan rallies\n";
    const cleaned = removeBoilerplate(page).text;
    expect(cleaned).not.toMatch(/Morrison|Tamil|Read more/u);
    const inline = removeBoilerplate("Police arrested nine people.\n\nRead more\n\nThe embassy was closed on Saturday, officials said.\n").text;
    expect(inline).toMatch(/embassy was closed/u);
  });

  it("takes nothing from a list of links to other stories", () => {
    const doc = run(
      "Students protested outside the embassy on Friday.\n\n  > Morrison says Jakarta talks are 'on track'\n  > Tamil groups plan rallies across N.S.W.\n",
    );
    expect(labels(doc)).not.toContain("Morrison");
    expect(doc.entities.some((e) => /Tamil/u.test(e.label))).toBe(false);
    expect(doc.entities.some((e) => e.kind === "Group")).toBe(true);
  });
});

describe("class 8: a state and its seat of government", () => {
  it("reads the Kremlin as the state wherever it stands", () => {
    const doc = run("Critics of the Kremlin marched in Tbilisi. Kremlin spokesman Yuri Petrov said Russia would respond.");
    const russia = entity(doc, "Russia");
    expect(russia?.kind).toBe("State");
    expect(entityOf(doc, "Kremlin")?.id).toBe(russia?.id);
    expect(doc.entities.filter((e) => e.label === "Kremlin")).toHaveLength(0);
  });

  it("reads a capital as the state after a headline verb, and not before a role noun", () => {
    const headline = run("Protesters accuse Beijing of cover-up");
    expect(entityOf(headline, "Beijing")?.kind).toBe("State");
    const doc = run("Nine people were held, according to Lima police commander Jorge Ruiz.");
    expect(entityOf(doc, "Lima")?.kind).not.toBe("State");
  });
});

describe("the story's host state without a dateline", () => {
  it("takes the state of the first capital named in the lead, so that 'the government' names it", () => {
    const doc = run("Police break up Yerevan sit-in\n\nPolice removed dozens of protesters from a square in Yerevan on Monday. The government said the sit-in was illegal.");
    const armenia = entity(doc, "Armenia");
    expect(armenia?.kind).toBe("State");
    expect(entityOf(doc, "government")?.id).toBe(armenia?.id);
  });

  it("names no host state when the lead names no capital", () => {
    const doc = run("Police removed dozens of protesters from a square on Monday. The government said the sit-in was illegal.");
    expect(doc.entities.some((e) => e.kind === "State")).toBe(false);
  });
});

describe("class 3 (entity side): titles linked to states", () => {
  function titleLink(doc: AnalyzedArticle, person: string) {
    const p = entity(doc, person);
    return doc.links.find((l) => l.type === "title" && l.from === p?.id);
  }

  it("links an unqualified head of government to the one state of the sentence", () => {
    const doc = run("Vietnam denied the report. Protesters burned a Vietnamese flag and pictures of Prime Minister Pham Minh Chinh.");
    const link = titleLink(doc, "Pham Minh Chinh");
    expect(link?.to).toBe(entity(doc, "Vietnam")?.id);
    expect(link?.stated).toBe(false);
    expect(link?.rule).toBe("title.state.sentence");
  });

  it("falls back on the dateline's state, and leaves the link open when nothing points to a state", () => {
    const doc = run("HANOI, May 2 (Wire) - Thousands marched against the Vietnamese government on Sunday. President Vo Van Thuong did not comment.");
    expect(titleLink(doc, "Vo Van Thuong")?.to).toBe(entity(doc, "Vietnam")?.id);
    expect(titleLink(doc, "Vo Van Thuong")?.rule).toBe("title.state.host");
    const open = run("Thousands marched against the Vietnamese government on Sunday. President Vo Van Thuong did not comment.");
    expect(titleLink(open, "Vo Van Thuong")?.to).toBeUndefined();
  });

  it("keeps a written qualifier as a stated link", () => {
    const doc = run("Thai Prime Minister Srettha Thavisin met the protesters.");
    const link = titleLink(doc, "Srettha Thavisin");
    expect(link?.to).toBe(entity(doc, "Thailand")?.id);
    expect(link?.stated).toBe(true);
  });
});

// Capitalized names typed by their head words and by the words before them (src/extract/mentions/names.ts).
// Every sentence here is written for this test.
import { describe, expect, it } from "vitest";
import { entity, entityOf, run } from "../analyze.js";

describe("lists of names", () => {
  it("splits two places joined by 'and' when one of them is known", () => {
    // "Valderno" is in no gazetteer: after "from" and joined to a known region it is a place too
    const doc = run("Most of the marchers came from Valderno and Lombardy, organisers said.");
    expect(entity(doc, "Lombardy")?.kind).toBe("Location");
    expect(entity(doc, "Valderno")?.kind).toBe("Location");
  });

  it("keeps one name whose acronym in parentheses spells the whole run", () => {
    const doc = run("The Kenya Tea Growers and Packers Association (KTGPA) said exports had fallen.");
    expect(entity(doc, "Tea Growers")).toBeUndefined();
    expect(entityOf(doc, "KTGPA")?.kind).toBe("Organization");
  });
});

describe("place heads", () => {
  it("reads cities and terminals by their head word, and a port after a name", () => {
    const doc = run("Talks were held in Iloilo City. Cranes at the Pangaon Inland Container Terminal stood idle, and pickets gathered outside Payra port.");
    expect(entity(doc, "Iloilo City")?.kind).toBe("Location");
    expect(entity(doc, "Pangaon Inland Container Terminal")?.kind).toBe("Location");
    expect(entity(doc, "Payra port")?.kind).toBe("Location");
  });

  it("reads a state's name before a word of geography as a place named after it", () => {
    const doc = run("Fishermen crossed the Niger River at dawn.");
    expect(entity(doc, "Niger River")?.kind).toBe("Location");
    expect(entity(doc, "Niger")).toBeUndefined();
  });

  it("keeps a capital of the gazetteer named with its state a city that may act for the state", () => {
    const doc = run("Crowds gathered in Kuwait City on Friday. Kuwait City said it would not yield.");
    expect(entityOf(doc, "Kuwait City")?.kind).toBe("Location");
    expect(doc.entities.some((e) => e.kind === "State" && e.label === "Kuwait")).toBe(true);
  });
});

describe("forces and units", () => {
  it("keeps the ordinal of a military unit in its name", () => {
    const doc = run("A soldier of the 3rd Mountain Infantry Brigade was wounded.");
    expect(entity(doc, "3rd Mountain Infantry Brigade")?.kind).toBe("Organization");
  });

  it("reads a named police station as the police, unless someone is at or taken to it", () => {
    const force = run("Riot police moved in. Officers from the Gangnam Police Station said nobody was hurt.");
    expect(entityOf(force, "Gangnam Police Station")?.id).toBe(entityOf(force, "Riot police")?.id);
    const site = run("Nine students were taken to the Gangnam Police Station.");
    expect(entity(site, "Gangnam Police Station")?.kind).toBe("Location");
  });
});

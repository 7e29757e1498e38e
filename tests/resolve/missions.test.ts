import { describe, expect, it } from "vitest";
import { analyze } from "../../src/extract/index.js";
import type { AnalyzedArticle } from "../../src/extract/types.js";

// Invented articles, each naming two diplomatic missions.
const run = (text: string): AnalyzedArticle => analyze({ id: "t", text, meta: {} });
const embassies = (doc: AnalyzedArticle) => doc.entities.filter((e) => e.kind === "Embassy");
/** The label of the entity the n-th mention with this text (from the end when n < 0) resolves to. */
function resolvedTo(doc: AnalyzedArticle, text: string, n = -1): string | undefined {
  const ms = doc.mentions.filter((m) => m.text === text);
  const m = n < 0 ? ms[ms.length + n] : ms[n];
  return doc.entities.find((e) => e.id === m?.entity)?.label;
}

describe("diplomatic missions within one article", () => {
  it("resolves 'the high commission' to the high commission, not a later-named assistant high commission", () => {
    const doc = run(
      "NAIROBI, March 2 - Hundreds of students marched on the British High Commission in Nairobi on Monday. A day earlier a mob had attacked Kenya's deputy high commission in Manchester. Police stopped the students about 200 metres from the high commission.",
    );
    expect(embassies(doc)).toHaveLength(2);
    expect(resolvedTo(doc, "high commission")).toMatch(/United Kingdom|Britain/u);
  });

  it("does not resolve 'the building' to a mission named only later in the article", () => {
    const doc = run(
      "ACCRA, June 4 - Thousands of protesters gathered outside the parliament in Accra. Police cleared the entrances of the building late on Tuesday. The French embassy in Accra said it was monitoring the situation.",
    );
    expect(doc.mentions.filter((m) => m.text === "building").every((m) => m.entity === undefined)).toBe(true);
  });

  it("keeps two consulates of one state in two cities apart when the second is named 'in the city'", () => {
    const doc = run(
      "ANKARA, Jan 4 - Protesters stormed the Greek consulate in Izmir on Sunday. Greece recalled its ambassador. In Germany's city of Munich, police kept demonstrators away from the Greek consulate in the city.",
    );
    const labels = embassies(doc).map((e) => e.label).sort();
    expect(labels).toHaveLength(2);
    expect(labels.some((l) => l.includes("Munich"))).toBe(true);
  });

  it("places a consulate in the city its sentence names rather than the sender's last-named consulate", () => {
    const doc = run(
      "TORONTO, Feb 9 - Protesters burned flags outside the Indian consulate in Toronto. Hours later, crowds in Vancouver gathered at the Indian consulate. The Indian consulate in Toronto closed its visa section.",
    );
    const labels = embassies(doc).map((e) => e.label).sort();
    expect(labels).toHaveLength(2);
    expect(resolvedTo(doc, "Indian consulate", 1)).toMatch(/Vancouver/u);
  });

  it("resolves 'the compound' to the most recently named mission", () => {
    const doc = run(
      "CAIRO, Aug 1 - Protesters gathered outside the Israeli embassy in Cairo. Separately, police in Cairo guarded the U.S. embassy in Cairo. Demonstrators threw stones at the compound.",
    );
    expect(embassies(doc)).toHaveLength(2);
    expect(resolvedTo(doc, "compound")).toMatch(/United States/u);
  });
});

describe("police forces of two cities in one article", () => {
  it("keeps a city's police apart from another city's named force, and gives each its own officers", () => {
    const doc = run(
      "Hundreds of Armenian demonstrators rallied outside the Turkish consulate in Chicago on Sunday. Chicago police said officers kept the crowd across the street. In Houston, Houston Police Department officers escorted staff of the Turkish consulate in Houston out of the building.",
    );
    const forces = doc.entities.filter((e) => e.kind === "Organization" && /police/iu.test([e.label, ...e.aliases].join(" ")));
    expect(forces).toHaveLength(2);
    const officers = doc.mentions.filter((m) => m.text === "officers");
    expect(officers).toHaveLength(2);
    expect(officers[0]!.entity).not.toBe(officers[1]!.entity);
  });

  it("keeps one police force when only one place names it", () => {
    const doc = run("Paris police said officers detained 12 people near the Russian embassy. Police later reopened the street.");
    const forces = doc.entities.filter((e) => e.kind === "Organization" && /police/iu.test(e.label));
    expect(forces).toHaveLength(1);
  });
});

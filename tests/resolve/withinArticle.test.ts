import { describe, expect, it } from "vitest";
import { analyze } from "../../src/extract/index.js";
import type { AnalyzedArticle } from "../../src/extract/types.js";

function run(text: string, keepTentative = false): AnalyzedArticle {
  return analyze({ id: "t", text, meta: {} }, undefined, { keepTentative });
}

const labels = (doc: AnalyzedArticle, kind?: string) => doc.entities.filter((e) => !kind || e.kind === kind).map((e) => e.label);

describe("within-article resolution", () => {
  it("keeps two embassies of one state in two cities apart, and joins a bare mention to its city", () => {
    const doc = run(
      "LIMA, May 3 - Protesters stoned the Chilean embassy in Lima. A day earlier, activists occupied Chile's embassy in Quito. Police guarded the Chilean embassy overnight.",
    );
    const embassies = doc.entities.filter((e) => e.kind === "Embassy");
    expect(embassies.map((e) => e.label).sort()).toEqual(["Embassy of Chile in Lima", "Embassy of Chile in Quito"]);
    const lima = embassies.find((e) => e.label.endsWith("Lima"))!;
    const last = doc.mentions.filter((m) => m.text === "Chilean embassy").pop()!;
    expect(last.entity).toBe(lima.id);
  });

  it("creates the sending state of an embassy even when only its demonym names it", () => {
    const doc = run("Hundreds of students picketed the Danish embassy in Islamabad on Friday.");
    const denmark = doc.entities.find((e) => e.label === "Denmark");
    expect(denmark?.kind).toBe("State");
    const embassy = doc.entities.find((e) => e.kind === "Embassy")!;
    expect(doc.links).toContainEqual(expect.objectContaining({ type: "sender", from: embassy.id, to: denmark!.id }));
  });

  it("drops a state named only by an adjective that does not act", () => {
    const doc = run("The chef served Italian food and French wine to the guests in Madrid.");
    expect(labels(doc, "State")).toEqual([]);
  });

  it("keeps a state whose demonym names its forces acting", () => {
    const doc = run("Ethiopian troops crossed the border on Monday.");
    expect(labels(doc, "State")).toEqual(["Ethiopia"]);
    expect(doc.entities[0]!.aliases).toContain("Ethiopian troops");
  });

  it("joins a surname to the full name seen before, and a later full name to an earlier surname-free title", () => {
    const doc = run("Opposition leader Karim Benali addressed the crowd. Benali said the vote was rigged. Later, Benali left.");
    const people = doc.entities.filter((e) => e.kind === "Person");
    expect(people.map((p) => p.label)).toEqual(["Karim Benali"]);
    expect(people[0]!.mentions).toBe(3);
  });

  it("joins 'Assad' to 'Bashar al-Assad'", () => {
    const doc = run("President Bashar al-Assad spoke on television. Critics said Assad had lost control.");
    expect(labels(doc, "Person")).toEqual(["Bashar al-Assad"]);
  });

  it("drops an unsupported single capitalized word unless asked to keep it", () => {
    const text = "The report was given to Okonkwo before the meeting.";
    expect(labels(run(text), "Person")).toEqual([]);
    expect(labels(run(text, true), "Person")).toEqual(["Okonkwo"]);
  });

  it("joins a short organization name to a longer one that ends with it", () => {
    const doc = run("The UN Security Council met on Monday. The Security Council did not vote.");
    const orgs = doc.entities.filter((e) => e.kind === "Organization");
    expect(orgs.map((o) => o.label)).toEqual(["UN Security Council"]);
    expect(orgs[0]!.aliases).toContain("Security Council");
  });

  it("resolves 'he' to the last person and 'they' to the acting group", () => {
    const doc = run("Farmers blocked the highway. Minister Ana Ruiz met them. She said they would be heard.");
    const they = doc.mentions.find((m) => m.text === "they")!;
    expect(doc.entities.find((e) => e.id === they.entity)?.kind).toBe("Group");
    const she = doc.mentions.find((m) => m.text === "She")!;
    expect(doc.entities.find((e) => e.id === she.entity)?.label).toBe("Ana Ruiz");
  });

  it("does not count pronouns as aliases but counts them as mentions", () => {
    const doc = run("Mayor Tom Keller resigned. He said he was tired.");
    const keller = doc.entities.find((e) => e.label === "Tom Keller")!;
    expect(keller.aliases).not.toContain("He");
    expect(keller.mentions).toBe(3);
  });

  it("numbers entities by first mention and sorts aliases", () => {
    const doc = run("Reuters reported that Kenyan police detained 40 protesters in Nairobi. The police said the protesters were armed.");
    expect(doc.entities.map((e) => e.id)).toEqual(doc.entities.map((_, i) => `e${i + 1}`));
    for (const e of doc.entities) expect([...e.aliases].sort()).toEqual(e.aliases);
    expect(doc.entities[0]!.label).toBe("Reuters");
  });

  it("is deterministic", () => {
    const text = "Police in Dhaka dispersed garment workers who marched on the Bangladeshi parliament, Reuters said.";
    expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
  });
});

describe("collectives", () => {
  it("keeps a counter-demonstration and the supporters of a group apart from the protesters", () => {
    const doc = analyze({
      id: "t",
      text: "Hundreds of nurses rallied outside the ministry. A smaller rival crowd gathered across the road. Dozens of supporters of the nurses joined them later.",
      meta: {},
    });
    const groups = doc.entities.filter((e) => e.kind === "Group");
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const nurses = groups.find((g) => g.label === "nurses")!;
    expect(nurses.aliases).not.toContain("smaller rival crowd");
    expect(nurses.aliases).not.toContain("Dozens of supporters");
  });
});

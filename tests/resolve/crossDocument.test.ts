import { describe, expect, it } from "vitest";
import { resolveAcrossDocuments } from "../../src/resolve/crossDocument.js";
import { isDistinctive, nameKey, personTokens } from "../../src/resolve/crossDocumentNames.js";
import type { Entity, Extraction } from "../../src/model/types.js";

interface E {
  id: string;
  kind: Entity["kind"];
  label: string;
  aliases?: string[];
  mentions?: number;
  key?: Entity["key"];
}

/**
 * A small extraction: each entity gets `mentions` mentions at distinct offsets, all in mid-sentence
 * (the sentence starts with other words), unless `initial` puts them at the start of sentences.
 */
function extraction(article: string, entities: E[], initial = false): Extraction {
  let offset = initial ? 0 : 5;
  let mentionCount = 0;
  // every name is mentioned at least once, as surface forms are
  const mentions = entities.flatMap((e) => {
    const names = [e.label, ...(e.aliases ?? [])];
    return Array.from({ length: Math.max(e.mentions ?? 1, names.length) }, (_, i) => {
      const start = offset;
      const text = names[i % names.length]!;
      offset += 40;
      return { entity: e.id, text, start, end: start + text.length, sentence: initial ? mentionCount++ : 0, rule: "test" };
    });
  });
  const sentences = initial
    ? Array.from({ length: mentionCount }, (_, i) => ({ index: i, start: i * 40, end: i * 40 + 40, text: "y".repeat(40) }))
    : [{ index: 0, start: 0, end: offset, text: "x".repeat(offset) }];
  return {
    article,
    meta: {},
    sentences,
    entities: entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      label: e.label,
      aliases: e.aliases ?? [],
      mentions: e.mentions ?? 1,
      ...(e.key ? { key: e.key } : {}),
    })),
    mentions,
    relations: [],
  };
}

describe("resolveAcrossDocuments", () => {
  it("merges the same entity across articles and adds up mentions and evidence", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "e1", kind: "State", label: "Russia", aliases: ["Russian"], mentions: 3 }]),
      extraction("b.txt", [{ id: "e1", kind: "State", label: "Russia", aliases: ["Russian Federation"], mentions: 2 }]),
    ]);
    expect(result.entities).toHaveLength(1);
    const russia = result.entities[0]!;
    expect(russia.key).toBe("state:russia");
    expect(russia.mentions).toBe(5);
    expect(russia.aliases).toEqual(["Russian", "Russian Federation"]);
    expect(russia.evidence.map((e) => e.article)).toEqual(["a.txt", "a.txt", "a.txt", "b.txt", "b.txt"]);
    expect(result.keyOf("a.txt", "e1")).toBe(result.keyOf("b.txt", "e1"));
  });

  it("merges through an alias seen in another article", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "e1", kind: "State", label: "Russia", aliases: ["Russian Federation"] }]),
      extraction("b.txt", [{ id: "e7", kind: "State", label: "Russian Federation" }]),
    ]);
    expect(result.entities).toHaveLength(1);
    expect(result.entities[0]!.rules).toContain("xdoc.state.name");
  });

  it("never merges across kinds", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "e1", kind: "State", label: "Georgia" }]),
      extraction("b.txt", [{ id: "e1", kind: "Location", label: "Georgia" }]),
    ]);
    expect(result.entities.map((e) => e.key)).toEqual(["location:georgia", "state:georgia"]);
  });

  it("never merges states with different ISO codes, even through a shared name", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "e1", kind: "State", label: "Republic of the Congo", aliases: ["Congo"], key: { code: "COG" } }]),
      extraction("b.txt", [{ id: "e1", kind: "State", label: "Democratic Republic of the Congo", aliases: ["Congo"], key: { code: "COD" } }]),
    ]);
    expect(result.entities).toHaveLength(2);
  });

  it("keeps two different people sharing a surname apart, and a lone surname unresolved between them", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "p1", kind: "Person", label: "Ilham Aliyev", aliases: ["Aliyev"] }]),
      extraction("b.txt", [{ id: "p1", kind: "Person", label: "Heydar Aliyev", aliases: ["Aliyev"] }]),
      extraction("c.txt", [{ id: "p1", kind: "Person", label: "Aliyev" }]),
    ]);
    const labels = result.entities.map((e) => e.label).sort();
    expect(labels).toEqual(["Aliyev", "Heydar Aliyev", "Ilham Aliyev"]);
    const lone = result.entities.find((e) => e.label === "Aliyev")!;
    expect(lone.key).toBe("person:aliyev@c.txt");
    expect(result.keyOf("a.txt", "p1")).not.toBe(result.keyOf("b.txt", "p1"));
  });

  it("joins a surname to the only full name in the corpus that ends with it, titles ignored", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "p1", kind: "Person", label: "Ambassador Richard Dalton", mentions: 2 }]),
      extraction("b.txt", [{ id: "p4", kind: "Person", label: "Dalton" }]),
      extraction("c.txt", [{ id: "p2", kind: "Person", label: "Mr Dalton" }]),
      extraction("d.txt", [{ id: "p9", kind: "Person", label: "Richard Dalton" }]),
    ]);
    expect(result.entities).toHaveLength(1);
    const dalton = result.entities[0]!;
    expect(dalton.label).toBe("Ambassador Richard Dalton");
    expect(dalton.aliases).toEqual(["Dalton", "Mr Dalton", "Richard Dalton"]);
    expect(dalton.mentions).toBe(5);
    expect(dalton.rules).toEqual(["xdoc.person.full-name", "xdoc.person.surname-unique"]);
  });

  it("merges lone surnames with each other when no full name ends with them", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "p1", kind: "Person", label: "Putin" }]),
      extraction("b.txt", [{ id: "p1", kind: "Person", label: "President Putin" }]),
    ]);
    expect(result.entities).toHaveLength(1);
    expect(result.entities[0]!.key).toBe("person:president-putin");
  });

  it("merges an embassy named three ways through its (state, city) key", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [
        { id: "s", kind: "State", label: "Russia", aliases: ["Russian"] },
        { id: "m", kind: "Embassy", label: "Russian Embassy in Baku", key: { state: "Russia", city: "Baku" } },
      ]),
      extraction("b.txt", [
        { id: "s", kind: "State", label: "Russian Federation", aliases: ["Russia"] },
        { id: "m", kind: "Embassy", label: "Embassy of the Russian Federation", aliases: ["the embassy"], key: { state: "Russian Federation", city: "Baku" } },
      ]),
      extraction("c.txt", [
        { id: "m", kind: "Embassy", label: "the diplomatic mission of Russia", key: { state: "Russia", city: "Baku" } },
      ]),
    ]);
    const embassies = result.entities.filter((e) => e.kind === "Embassy");
    expect(embassies).toHaveLength(1);
    expect(embassies[0]!.aliases).toEqual(
      ["Embassy of the Russian Federation", "Russian Embassy in Baku", "the diplomatic mission of Russia", "the embassy"].filter(
        (n) => n !== embassies[0]!.label,
      ),
    );
    expect(result.entities.filter((e) => e.kind === "State")).toHaveLength(1);
  });

  it("keeps embassies of the same state in different cities apart, and unkeyed embassies in their article", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "m", kind: "Embassy", label: "Russian Embassy", key: { state: "Russia", city: "Baku" } }]),
      extraction("b.txt", [{ id: "m", kind: "Embassy", label: "Russian Embassy", key: { state: "Russia", city: "Kyiv" } }]),
      extraction("c.txt", [{ id: "m", kind: "Embassy", label: "Russian Embassy" }]),
      extraction("d.txt", [{ id: "m", kind: "Embassy", label: "Russian Embassy" }]),
    ]);
    expect(result.entities).toHaveLength(4);
    expect(new Set(result.entities.map((e) => e.key)).size).toBe(4);
  });

  it("keeps groups and generically named bodies in their article", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [
        { id: "g", kind: "Group", label: "protesters" },
        { id: "o", kind: "Organization", label: "the police", aliases: ["Police"] },
        { id: "r", kind: "Organization", label: "Reuters" },
      ]),
      extraction("b.txt", [
        { id: "g", kind: "Group", label: "protesters" },
        { id: "o", kind: "Organization", label: "riot police" },
        { id: "o2", kind: "Organization", label: "police" },
        { id: "r", kind: "Organization", label: "Reuters", aliases: ["the agency"] },
      ]),
    ]);
    expect(result.entities.map((e) => e.key)).toEqual([
      "group:protesters@a.txt",
      "group:protesters@b.txt",
      "organization:police@a.txt",
      "organization:police@b.txt",
      "organization:reuters",
      "organization:riot-police@b.txt",
    ]);
  });

  it("does not depend on the order of extractions", () => {
    const inputs = [
      extraction("b.txt", [
        { id: "e1", kind: "Person", label: "Dalton" },
        { id: "e2", kind: "State", label: "United Kingdom", aliases: ["Britain"] },
      ]),
      extraction("a.txt", [
        { id: "e1", kind: "Person", label: "Richard Dalton" },
        { id: "e2", kind: "State", label: "Britain" },
        { id: "e3", kind: "Group", label: "students" },
      ]),
      extraction("c.txt", [{ id: "x", kind: "State", label: "UK", aliases: ["United Kingdom"] }]),
    ];
    const forward = resolveAcrossDocuments(inputs);
    const backward = resolveAcrossDocuments([...inputs].reverse());
    expect(JSON.stringify(backward.entities)).toBe(JSON.stringify(forward.entities));
    expect(forward.entities.filter((e) => e.kind === "State")).toHaveLength(1);
  });

  it("rejects duplicate article ids and unknown lookups with a typed error", () => {
    const a = extraction("a.txt", [{ id: "e1", kind: "State", label: "Iran" }]);
    expect(() => resolveAcrossDocuments([a, a])).toThrow(/appears twice/);
    expect(() => resolveAcrossDocuments([a]).keyOf("a.txt", "e9")).toThrow(/no entity "e9"/);
  });
});

describe("cross-document names", () => {
  it("tells distinctive names from generic descriptions", () => {
    expect(isDistinctive("Reuters")).toBe(true);
    expect(isDistinctive("Russian Embassy")).toBe(true);
    expect(isDistinctive("the embassy")).toBe(false);
    expect(isDistinctive("Police")).toBe(false);
    expect(isDistinctive("The Government")).toBe(false);
    expect(isDistinctive("Дума")).toBe(true);
  });

  it("normalizes case, diacritics, possessives and a leading 'the'", () => {
    expect(nameKey("The United States")).toBe(nameKey("united states"));
    expect(nameKey("Iran's")).toBe("iran");
    expect(nameKey("Türkiye")).toBe("turkiye");
    expect(personTokens("President Ilham Aliyev")).toEqual(["ilham", "aliyev"]);
    expect(personTokens("Prime Minister")).toEqual(["prime", "minister"]);
  });
});

describe("state bodies named by function", () => {
  it("does not merge two countries' foreign ministries by their shared generic name", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "o", kind: "Organization", label: "Ministry of Foreign Affairs" }]),
      extraction("b.txt", [{ id: "o", kind: "Organization", label: "Ministry of Foreign Affairs" }]),
      extraction("c.txt", [{ id: "o", kind: "Organization", label: "Russian Ministry of Foreign Affairs" }]),
      extraction("d.txt", [{ id: "o", kind: "Organization", label: "Russian Ministry of Foreign Affairs" }]),
    ]);
    expect(result.entities.map((e) => e.key)).toEqual([
      "organization:ministry-of-foreign-affairs@a.txt",
      "organization:ministry-of-foreign-affairs@b.txt",
      "organization:russian-ministry-of-foreign-affairs",
    ]);
  });
});

describe("names capitalized only because they start a sentence", () => {
  it("does not merge a common word seen only at sentence starts ('Officers said ...')", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "o", kind: "Organization", label: "police", aliases: ["Officers"] }], true),
      extraction("b.txt", [{ id: "o", kind: "Organization", label: "police", aliases: ["Officers"] }], true),
    ]);
    expect(result.entities).toHaveLength(2);
  });

  it("merges a name that is also a common word once it is seen in mid-sentence ('in Paris')", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "l", kind: "Location", label: "Paris" }]),
      extraction("b.txt", [{ id: "l", kind: "Location", label: "Paris" }]),
      extraction("c.txt", [{ id: "l", kind: "Location", label: "Paris" }], true),
    ]);
    expect(result.entities.map((e) => e.key)).toEqual(["location:paris", "location:paris@c.txt"]);
    expect(result.entities[0]!.mentions).toBe(2);
  });

  it("merges a sentence-initial name that is no English word ('Reuters reported')", () => {
    const result = resolveAcrossDocuments([
      extraction("a.txt", [{ id: "r", kind: "Organization", label: "Reuters" }], true),
      extraction("b.txt", [{ id: "r", kind: "Organization", label: "Reuters" }], true),
    ]);
    expect(result.entities).toHaveLength(1);
  });
});

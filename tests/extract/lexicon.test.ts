import { describe, expect, it } from "vitest";
import { lexicon } from "../../src/extract/lexicon/index.js";
import { PhraseTable } from "../../src/extract/lexicon/phrases.js";
import { stateLexicon, stateNameInText } from "../../src/extract/lexicon/states.js";
import { TITLES } from "../../src/extract/lexicon/persons.js";
import { GROUP_NOUNS } from "../../src/extract/lexicon/groups.js";
import { INSTITUTIONS, KNOWN_BODIES, NEWS_OUTLETS } from "../../src/extract/lexicon/organizations.js";
import { REGIONS } from "../../src/extract/lexicon/locations.js";
import { EMBASSY_HEADS } from "../../src/extract/lexicon/embassies.js";
import { CLUTTER_RULES } from "../../src/extract/text/clutter.js";
import { tokenize } from "../../src/extract/text/tokenize.js";

describe("state lexicon (world-countries plus alias tables)", () => {
  const states = stateLexicon();
  it("maps names, short forms and official names to ISO alpha-3 codes", () => {
    expect(states.names.get("russia")).toBe("RUS");
    expect(states.names.get("russian federation")).toBe("RUS");
    expect(states.names.get("u.s.")).toBe("USA");
    expect(states.names.get("uk")).toBe("GBR");
    expect(states.names.get("islamic republic of iran")).toBe("IRN");
  });
  it("maps demonyms and people nouns, and leaves out ambiguous ones", () => {
    expect(states.demonyms.get("azerbaijani")).toBe("AZE");
    expect(states.demonyms.get("british")).toBe("GBR");
    expect(states.peoples.get("egyptians")).toBe("EGY");
    expect(states.peoples.get("serbs")).toBe("SRB");
    expect(states.demonyms.has("korean")).toBe(false);
  });
  it("does not read two-letter codes that are words as states", () => {
    expect(states.names.has("in")).toBe(false);
    expect(states.names.has("it")).toBe(false);
  });
  it("writes names that take 'the' with it", () => {
    expect(stateNameInText(states.states.get("GBR")!)).toBe("the United Kingdom");
    expect(stateNameInText(states.states.get("RUS")!)).toBe("Russia");
  });
});

describe("gazetteer", () => {
  const lex = lexicon();
  const match = (s: string) => {
    const words = tokenize(s).map((t) => t.text);
    return lex.cities.match(words, words.map((w) => w.toLowerCase()), 0, words.length, true);
  };
  it("knows cities and capitals", () => {
    expect(match("Baku")?.entry.value.cc).toBe("AZ");
    expect(match("New Delhi")?.entry.value.capital).toBe(true);
  });
  it("leaves out words that are also common English words in small towns", () => {
    expect(match("Police")).toBeUndefined();
    expect(match("March")).toBeUndefined();
    expect(match("Turan")).toBeUndefined();
  });
});

describe("phrase table", () => {
  it("prefers the longest entry and respects case for short all-caps forms", () => {
    const t = new PhraseTable<string>();
    t.add("United States", "a");
    t.add("United States of America", "b");
    t.add("US", "c");
    const words = ["the", "United", "States", "of", "America", "and", "us"];
    const lower = words.map((w) => w.toLowerCase());
    expect(t.match(words, lower, 1, words.length, true)?.entry.value).toBe("b");
    expect(t.match(words, lower, 6, words.length, true)).toBeUndefined();
  });
});

describe("rule tables", () => {
  it("give every rule a unique id and a reason", () => {
    const rules = [...TITLES, ...GROUP_NOUNS, ...INSTITUTIONS, ...NEWS_OUTLETS, ...KNOWN_BODIES, ...REGIONS, ...EMBASSY_HEADS, ...CLUTTER_RULES];
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) expect(r.reason.length).toBeGreaterThan(3);
  });
});

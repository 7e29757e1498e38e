import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/extract/text/tokenize.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("keeps initialisms and title abbreviations whole", () => {
    expect(texts("The U.S. envoy met Mr. Lee and Gen. Park.")).toEqual(["The", "U.S.", "envoy", "met", "Mr.", "Lee", "and", "Gen.", "Park", "."]);
  });

  it("splits a possessive 's but keeps contractions and hyphenated words", () => {
    expect(texts("Russia’s war, wasn't it? A self-defence group")).toEqual(["Russia", "’s", "war", ",", "wasn't", "it", "?", "A", "self-defence", "group"]);
  });

  it("keeps numbers with separators and offsets point into the text", () => {
    const text = "More than 2,000 people, about 3.5 percent.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toContain("2,000");
    expect(tokens.map((t) => t.text)).toContain("3.5");
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("counts newlines before a token (2 for a blank line)", () => {
    const tokens = tokenize("One.\nTwo.\n\n\nThree");
    expect(tokens.map((t) => t.newlines)).toEqual([0, 0, 1, 0, 2]);
  });

  it("keeps 'No.' only before a number", () => {
    expect(texts("No. 10 said no.")).toEqual(["No.", "10", "said", "no", "."]);
  });

  it("handles non-ASCII letters and an initial", () => {
    expect(texts("Zoë Çelik and M. Ostrowski")).toEqual(["Zoë", "Çelik", "and", "M.", "Ostrowski"]);
  });
});

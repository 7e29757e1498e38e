import { describe, expect, it } from "vitest";
import { analyze } from "../../src/extract/index.js";
import { nerSpans } from "../../src/extract/ner.js";

function spans(text: string, keepTentative = true) {
  const doc = analyze({ id: "-", text, meta: {} }, undefined, { keepTentative });
  return nerSpans(doc).map((s) => [text.slice(s.start, s.end), s.label]);
}

describe("nerSpans", () => {
  it("labels people, organizations, states and places, names only", () => {
    expect(spans("Prime Minister Jacinda Ardern met Reuters editors in Wellington and praised Japan .")).toEqual([
      ["Jacinda Ardern", "PER"],
      ["Reuters", "ORG"],
      ["Wellington", "LOC"],
      ["Japan", "GPE"],
    ]);
  });

  it("leaves out groups, pronouns, demonyms and unnamed institutions", () => {
    expect(spans("Angry Chilean protesters said they would march while the police watched .")).toEqual([]);
  });

  it("keeps the genitive and outlet nouns outside the span", () => {
    expect(spans("Kenya 's president spoke to the Xinhua news agency .")).toEqual([
      ["Kenya", "GPE"],
      ["Xinhua", "ORG"],
    ]);
  });

  it("keeps a lone unknown capitalized word as a name only when asked", () => {
    expect(spans("The award went to Okafor .", true)).toEqual([["Okafor", "PER"]]);
    expect(spans("The award went to Okafor .", false)).toEqual([]);
  });
});

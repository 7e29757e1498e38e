import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/text/sentences.js";
import { tokenize } from "../../src/extract/text/tokenize.js";

function split(text: string) {
  return splitSentences(text, tokenize(text));
}

describe("splitSentences", () => {
  it("does not end a sentence at titles, months or initials", () => {
    const s = split("Mr. Novak arrived on Dec. 3 with Gen. Ruiz. He left.");
    expect(s.map((x) => x.sentence.text)).toEqual(["Mr. Novak arrived on Dec. 3 with Gen. Ruiz.", "He left."]);
  });

  it("ends a sentence after an initialism when a sentence starter follows", () => {
    const s = split("The ship reached the U.S. The crew cheered.");
    expect(s.map((x) => x.sentence.text)).toEqual(["The ship reached the U.S.", "The crew cheered."]);
  });

  it("keeps closing quotes with their sentence and continues after a quoted question", () => {
    const s = split('They shouted "Go home!" Then they left. "Why?" she asked.');
    expect(s.map((x) => x.sentence.text)).toEqual(['They shouted "Go home!"', "Then they left.", '"Why?" she asked.']);
  });

  it("makes a dateline its own sentence and reads its place", () => {
    const s = split("OSLO, March 2 – Protesters gathered. They sang.");
    expect(s[0]!.role).toBe("dateline");
    expect(s[0]!.dateline).toEqual({ place: "OSLO" });
    expect(s[1]!.sentence.text).toBe("Protesters gathered.");
  });

  it("reads a dateline with a country after the comma", () => {
    const s = split("CEBU CITY, Philippines — Farmers marched.");
    expect(s[0]!.dateline).toEqual({ place: "CEBU CITY", region: "Philippines" });
  });

  it("treats headlines and blank lines as boundaries", () => {
    const s = split("Farmers block highway in protest\n\nFarmers blocked the road on Monday");
    expect(s.map((x) => [x.role, x.sentence.text])).toEqual([
      ["line", "Farmers block highway in protest"],
      ["line", "Farmers blocked the road on Monday"],
    ]);
  });

  it("joins a hard-wrapped line that continues in lower case", () => {
    const s = split("The minister said the talks\nwould resume soon.");
    expect(s).toHaveLength(1);
  });

  it("marks bylines, share bars and comment threads as clutter", () => {
    const text = [
      "By Jane Roe",
      "Unions marched in the capital.",
      "Share this: Facebook | Twitter | Email",
      "2 comments",
      "Pat K. · 3 May 2020",
      "Great article, Mr. Smith is right.",
    ].join("\n");
    const s = split(text);
    const roles = s.map((x) => x.role);
    expect(roles[0]).toBe("clutter");
    expect(roles[1]).toBe("body");
    expect(roles.slice(2).every((r) => r === "clutter")).toBe(true);
  });
});

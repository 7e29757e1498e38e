import { describe, expect, it } from "vitest";
import { removeBoilerplate } from "../../src/ingest/boilerplate.js";
import { NOISE_RULES } from "../../src/ingest/boilerplate-rules.js";
import { PROSE } from "./fixtures.js";

/** A scraped page made up for this test: every line that is not PROSE is noise. */
const PAGE = [
  "THE HARBOUR TIMES | Local | Region | Business | Sport",
  "Search",
  "Home › Europe › Diplomacy",
  "Monday, 7 June 2021 | 09:30",
  "",
  "Students rally at French embassy in Oslo (PHOTOS)",
  "",
  "By: Harbour Desk / 09:30 AM June 7, 2021",
  "",
  PROSE[0],
  "",
  "ADVERTISEMENT",
  "",
  PROSE[1],
  "",
  "Story continues below advertisement",
  "",
  "Photo: Students outside the gates on Monday. (Harbour Times photo)",
  "",
  PROSE[2],
  "",
  "Reporting by Ola Hansen; Editing by Per Berg",
  "",
  "Share this article: Facebook | X | WhatsApp | Email",
  "",
  "‹ Previous  3 of 12  Next ›",
  "",
  "READ MORE: Fishermen block the harbour for a second day",
  "",
  "You may also like",
  "",
  "• Ferry strike ends after talks",
  "• Mayor opens new bridge",
  "",
  "Sign up for our morning newsletter",
  "Enter your email address to receive the top stories.",
  "",
  "Tags: Oslo, France, fishing, students",
  "",
  "© 2021 Harbour Times Media. All rights reserved.",
  "",
  "12 comments",
  "",
  "seagull_99 · 7 Jun 2021",
  "Good for them. The French should listen.",
  "",
  "Marit K. | 2 hours ago",
  "Nonsense, the embassy did nothing wrong.",
].join("\n");

describe("removeBoilerplate", () => {
  const result = removeBoilerplate(PAGE);
  const lines = result.text.split("\n").filter((l) => l !== "");

  it("keeps exactly the headline and the prose", () => {
    expect(lines).toEqual(["Students rally at French embassy in Oslo", PROSE[0], PROSE[1], PROSE[2]]);
  });

  it("reports which rules fired", () => {
    for (const id of ["noise-menu", "noise-ui-word", "noise-date-line", "noise-byline", "noise-advert", "noise-caption", "noise-credits", "noise-share-bar", "noise-pager", "noise-read-more-link", "noise-related-list", "noise-newsletter", "noise-tags", "noise-copyright", "noise-comments", "noise-media-tag"]) {
      expect(result.removed[id], id).toBeGreaterThan(0);
    }
  });

  it("reads the date of a dropped date line into the result", () => {
    expect(result.date).toBe("2021-06-07");
  });

  it("catches comment headers even without a comments heading", () => {
    const r = removeBoilerplate([PROSE[0], PROSE[2], "", "Anna B. · 3 Mar 2020", "I was there, it was loud.", "", PROSE[1]].join("\n"));
    expect(r.text.split("\n").filter(Boolean)).toEqual([PROSE[0], PROSE[2], PROSE[1]]);
  });

  it("does not drop a comments heading before any prose (it may be a menu item)", () => {
    const r = removeBoilerplate(["Comments", "", PROSE[0]].join("\n"));
    expect(r.text).toContain(PROSE[0]);
  });

  it("stops a related list at the first line of prose", () => {
    const r = removeBoilerplate([PROSE[0], "", "Related stories", "Ferry strike ends", "", PROSE[1]].join("\n"));
    expect(r.text.split("\n").filter(Boolean)).toEqual([PROSE[0], PROSE[1]]);
  });

  it("leaves prose that merely mentions share, search, comments or a newsletter", () => {
    const prose = [
      "The ministry said it would search the building and share its findings with the embassy.",
      "By Tuesday, more than 300 people had joined the march on the embassy.",
      "Officials declined to comment on the protest | a move critics called evasive.",
      "Police said the suspects had published a newsletter calling for the rally.",
      "Protesters chanted slogans against Russia | Ukraine | NATO as they marched through the city centre.",
    ];
    prose.unshift("Russia / Ukraine: talks collapse");
    prose.push("More on the protests could come next week, police said.");
    expect(removeBoilerplate(prose.join("\n")).text.split("\n")).toEqual(prose);
  });

  it("never looks at very long lines", () => {
    const long = `Share | Tweet | ${"word ".repeat(100).trim()}`;
    expect(removeBoilerplate(long).text).toBe(long);
  });

  it("gives every rule an id and a reason, ids unique", () => {
    const ids = NOISE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of NOISE_RULES) {
      expect(rule.reason.length).toBeGreaterThan(5);
      expect(rule.pattern ?? rule.test).toBeDefined();
    }
  });
});

describe("removeBoilerplate: more page furniture", () => {
  const keep = (text: string) => removeBoilerplate(text).text.split("\n").filter(Boolean);

  it("drops section kickers above the headline, but not capitalized words in the story", () => {
    expect(keep(["WORLD", "BREAKING NEWS", "Students rally at French embassy", PROSE[0], "NATO"].join("\n"))).toEqual([
      "Students rally at French embassy",
      PROSE[0],
    ]);
    expect(keep([PROSE[0], "UN", PROSE[1]].join("\n"))).toEqual([PROSE[0], "UN", PROSE[1]]);
  });

  it("drops photo-agency credits, social embeds, follow prompts, author fields and republication notes", () => {
    const noise = [
      "Ola Hansen/Reuters",
      "AFP via Getty Images",
      "pic.twitter.com/AbC123xyz",
      "— Harbour Times (@harbourtimes) June 7, 2021",
      "Follow us on Twitter for more updates",
      "Author: Kari Nordmann",
      "This article was originally published by the Harbour Times.",
      "press@harbourtimes.example",
      "Image caption, Students outside the embassy",
      "Facebook",
      "Share on Twitter",
      "Previous article",
      "Also Read | Ferry strike ends after talks",
      "Posted in World | Tagged protest, embassy",
      "Please enable JavaScript to view the comments",
      "Supported by",
    ];
    expect(keep([PROSE[0], ...noise, PROSE[1]].join("\n"))).toEqual([PROSE[0], PROSE[1]]);
  });

  it("strips a bracketed photo credit at the end of a paragraph", () => {
    expect(keep(`${PROSE[0]} (Photo: Harbour Times)`)).toEqual([PROSE[0]]);
  });

  it("drops comment threads written as name line, date line, comment", () => {
    const page = [PROSE[0], "", PROSE[1], "", "Jane Doe", "June 7, 2021 at 5:12 pm", "What a day for the city.", "", "oslo_fan", "3 hours ago", "Agreed."];
    expect(keep(page.join("\n"))).toEqual([PROSE[0], PROSE[1]]);
  });

  it("drops short fragments after the article's last sentence", () => {
    expect(keep([PROSE[0], PROSE[1], "", "Harbour Times", "Europe news", "Oslo"].join("\n"))).toEqual([PROSE[0], PROSE[1]]);
  });

  it("keeps a short last line that ends a sentence or a quotation", () => {
    expect(keep([PROSE[0], "He said: “We will be back.”"].join("\n"))).toEqual([PROSE[0], "He said: “We will be back.”"]);
  });
});

describe("removeBoilerplate: prose that looks like furniture stays", () => {
  it("keeps a paragraph after a dateline-like 'PLACE | date' line, and prose about e-mail addresses", () => {
    const prose = "Police traced the email address used to call the rally to a student in the capital.";
    const r = removeBoilerplate(["OSLO | June 7, 2021", "World | 8 Jun 2021", "BERGEN, June 9, 2021", PROSE[0], "Police said, June 7, 2021", prose].join("\n"));
    expect(r.text.split("\n")).toEqual([PROSE[0], "Police said, June 7, 2021", prose]);
    expect(r.date).toBe("2021-06-07");
  });

  it("does not treat a 'Name · date' line before the article's prose as a comment", () => {
    const r = removeBoilerplate(["Kari Nordmann · 7 Jun 2021", PROSE[0], PROSE[1]].join("\n"));
    expect(r.text.split("\n")).toEqual([PROSE[0], PROSE[1]]);
  });
});

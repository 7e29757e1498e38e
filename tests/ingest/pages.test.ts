// Whole scraped pages in several site styles, written for this test: after ingest, exactly the
// story's headline and prose remain, whatever furniture the site wrapped it in.
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.js";

const run = (name: string, text: string) => ingest({ id: name, path: name, bytes: new TextEncoder().encode(text) });
const lines = (text = "") => text.split("\n").filter((l) => l !== "");

const STORY = [
  "Protesters pelt Thai embassy in Phnom Penh with bottles",
  "PHNOM PENH — Several hundred Cambodian protesters threw bottles and rocks at the Thai embassy in Phnom Penh on Thursday, angered by remarks attributed to a Thai actress.",
  "Cambodian police in riot gear blocked the gates of the compound and pushed the crowd back into the street, the Bangkok Herald reported.",
  "Thai Prime Minister Chan Somsak called on Thais to stay calm.",
];

describe("scraped pages", () => {
  it("a magazine layout: spaced menus, kicker, byline, share buttons, captions, related, topics, footer", () => {
    const page = [
      "Skip to main content",
      "GLOBE DISPATCH",
      "World  Politics  Business  Tech  Opinion",
      "Subscribe  Sign in",
      "",
      "ASIA PACIFIC",
      "",
      STORY[0],
      "",
      "By Sophie Marchand, Asia Correspondent",
      "Published 14 March 2019 · 4 min read",
      "",
      "Share on Facebook",
      "Share on Twitter",
      "Copy link",
      "",
      STORY[1],
      "",
      "Image: Protesters outside the Thai embassy. Photograph: Lim Sok/AFP via Getty Images",
      "",
      STORY[2],
      "",
      "Advertisement",
      "",
      STORY[3],
      "",
      "More on this story",
      "Thai envoy summoned over temple row",
      "Cambodia and Thailand trade accusations",
      "",
      "Topics",
      "Cambodia",
      "Thailand",
      "",
      "Most viewed",
      "1. Storm hits coastal towns",
      "2. Markets fall for third day",
      "",
      "About us  Contact  Terms of Use  Privacy",
      "© 2019 Globe Dispatch Ltd",
    ].join("\n");
    const r = run("magazine.txt", page);
    expect(lines(r.article?.text)).toEqual(STORY);
    expect(r.article?.meta.date).toBe("2019-03-14");
  });

  it("a blog layout: breadcrumb, 'Posted by' line, like widget, related, comment thread with replies", () => {
    const page = [
      "Home » News » World",
      STORY[0],
      "Posted by admin on March 14, 2019 at 3:14 pm | 12 Comments",
      STORY[1],
      STORY[2],
      STORY[3],
      "Like this:",
      "Like Loading...",
      "Related",
      "Embassy torched in the capital",
      "March 13, 2019",
      'In "World"',
      "12 thoughts on “Protesters pelt Thai embassy in Phnom Penh with bottles”",
      "Rami Haddad",
      "March 14, 2019 at 4:02 pm",
      "Shameful violence.",
      "Reply",
      "Leave a Reply Cancel reply",
      "Your email address will not be published. Required fields are marked *",
    ].join("\n");
    const r = run("blog.txt", page);
    expect(lines(r.article?.text)).toEqual(STORY);
    expect(r.article?.meta.date).toBe("2019-03-14");
  });

  it("a wire story: dateline, credits, redistribution notice", () => {
    const page = [
      STORY[0],
      "",
      STORY[1],
      "",
      STORY[2],
      "",
      STORY[3],
      "",
      "Associated writers Ana Lima in Bangkok and Tom Reyes in Hanoi contributed to this report.",
      "",
      "Copyright 2019 The Wire Service. All rights reserved.",
      "This material may not be published, broadcast, rewritten or redistributed.",
    ].join("\n");
    expect(lines(run("wire.txt", page).article?.text)).toEqual(STORY);
  });

  it("an HTML page with comments, related links and a newsletter box inside the article", () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY[0]} – Globe Dispatch</title>
      <meta property="og:site_name" content="Globe Dispatch"><meta name="date" content="2019-03-14"></head>
      <body><header><a href="/">Globe Dispatch</a><ul class="menu"><li>World</li><li>Politics</li></ul></header>
      <main><article><h1>${STORY[0]}</h1><div class="byline">By Sophie Marchand</div>
      <p>${STORY[1]}</p><figure><img src="a.jpg" alt="Crowd"><figcaption>Protesters outside. Photo: Lim Sok/AFP via Getty Images</figcaption></figure>
      <p>${STORY[2]}</p><div class="newsletter-signup"><h3>Get our Asia briefing</h3><form><input type="email"></form></div>
      <p>${STORY[3]}</p><div class="tags"><a>Cambodia</a><a>Thailand</a></div></article>
      <section id="comments"><h3>3 comments</h3><div class="comment"><b>Rami</b><p>Shameful.</p></div></section>
      <aside class="related"><h3>Related</h3><ul><li>Thai envoy summoned</li></ul></aside></main>
      <footer>© 2019 Globe Dispatch</footer></body></html>`;
    const r = run("page.html", html);
    expect(lines(r.article?.text)).toEqual(STORY);
    expect(r.article?.meta).toEqual({ title: `${STORY[0]} – Globe Dispatch`, date: "2019-03-14", source: "Globe Dispatch", path: "page.html", language: "en" });
  });
});

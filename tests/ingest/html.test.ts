import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "../../src/ingest/html.js";
import { PROSE } from "./fixtures.js";

const PAGE = `<!DOCTYPE html>
<html lang="en-GB"><head>
  <title>Students rally | Nordic Wire</title>
  <meta property="og:site_name" content="Nordic Wire">
  <meta property="article:published_time" content="2021-06-07T09:30:00Z">
  <script>window.alert("head script")</script>
  <style>p { color: red }</style>
</head><body>
  <header><div class="logo">NORDIC WIRE</div><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
  <form role="search"><input name="q"><button>Search</button></form>
  <article>
    <header><h1>Students rally at French embassy in Oslo</h1><p class="byline">By Kari Nordmann</p></header>
    <p>${PROSE[0]}</p>
    <script>document.write("<p>injected text</p>")</script>
    <div class="share-bar"><a>Facebook</a> <a>Twitter</a></div>
    <p>${PROSE[1]!.replace("Nordic Wire", "<a href='/agency'>Nordic Wire</a>")}</p>
    <aside><h3>Related</h3><ul><li>Another story about fishing</li></ul></aside>
    <p>${PROSE[2]}<br>Second line &amp; more.</p>
    <section class="comments"><p>Troll42: this is fake news</p></section>
  </article>
  <footer>© 2021 Nordic Wire. All rights reserved.</footer>
  <script src="tracker.js"></script>
</body></html>`;

describe("htmlToText", () => {
  const result = htmlToText(PAGE);

  it("keeps the article's headline and paragraphs, separated by blank lines", () => {
    const paragraphs = result.text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
    expect(paragraphs).toEqual([
      "Students rally at French embassy in Oslo",
      PROSE[0],
      PROSE[1],
      `${PROSE[2]} Second line & more.`.replace(" Second", "\nSecond").replace(/\s+/g, " "),
    ]);
  });

  it("drops scripts, styles, navigation, forms, share bars, asides, bylines, comments and footers", () => {
    for (const noise of ["alert", "injected", "color", "Home", "World", "Search", "Facebook", "Related", "Another story", "Kari", "Troll42", "rights reserved", "NORDIC WIRE"]) {
      expect(result.text).not.toContain(noise);
    }
    expect(result.dropped["html-code"]).toBe(2); // the two in <body>; <head> is dropped whole
    expect(result.dropped["class-share"]).toBe(1);
    expect(result.dropped["class-comments"]).toBe(1);
  });

  it("reads title, date, source and language from the head", () => {
    expect(result.meta).toEqual({ title: "Students rally | Nordic Wire", date: "2021-06-07", source: "Nordic Wire", language: "en-gb" });
  });

  it("keeps a line break for <br> and decodes entities", () => {
    expect(result.text).toContain("peaceful.\nSecond line & more.");
  });

  it("uses the whole body when there is no <article>, still without chrome", () => {
    const r = htmlToText(`<body><nav>Menu A | Menu B</nav><div><p>First paragraph here.</p><p>Second one.</p></div><footer>Contact us</footer></body>`);
    expect(r.text.trim().split(/\n+/)).toEqual(["First paragraph here.", "Second one."]);
  });

  it("survives broken markup: unclosed tags, stray closers, unterminated comments and scripts", () => {
    expect(htmlToText("<p>One <b>two <i>three</p></b> four</i><p>five").text.replace(/\s+/g, " ").trim()).toBe("One two three four five");
    expect(htmlToText("<p>Before</p><!-- never closed <p>hidden</p>").text.trim()).toBe("Before");
    expect(htmlToText("<p>Before</p><script>var x = '</p>").text.trim()).toBe("Before");
    expect(htmlToText("</div></div><p>ok</p>").text.trim()).toBe("ok");
  });

  it("handles 20,000 levels of nesting without recursion", () => {
    const deep = "<div>".repeat(20_000) + "deep text" + "</div>".repeat(20_000);
    expect(htmlToText(deep).text.trim()).toBe("deep text");
  });

  it("drops hidden elements and ARIA-hidden decoration", () => {
    const r = htmlToText(`<p>shown</p><p hidden>hidden1</p><div style="display: none">hidden2</div><span aria-hidden="true">hidden3</span>`);
    expect(r.text.trim()).toBe("shown");
  });

  it("does not drop elements whose class merely contains a clutter word", () => {
    const r = htmlToText(`<div class="shared-content headline-area"><p>kept text</p></div>`);
    expect(r.text.trim()).toBe("kept text");
  });
});

describe("looksLikeHtml", () => {
  it("recognizes documents and tag-rich fragments, not prose with a stray '<'", () => {
    expect(looksLikeHtml("<!doctype html><html><body>x</body></html>")).toBe(true);
    expect(looksLikeHtml("  <!-- saved page -->\n<html>")).toBe(true);
    expect(looksLikeHtml("<div><p>a</p><p>b</p><span>c</span></div>")).toBe(true);
    expect(looksLikeHtml("Turnout was < 300 and police said 2 < 3.")).toBe(false);
    expect(looksLikeHtml(PROSE.join("\n"))).toBe(false);
  });
});

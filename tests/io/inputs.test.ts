import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectInputs, formatSize, MAX_DEPTH, parseSize, type InputFileSystem } from "../../src/io/inputs.js";

let root: string;
const write = (rel: string, content = "text") => {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
};

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "kg-inputs-"));
  write("corpus/b.txt", "b");
  write("corpus/a.md", "a");
  write("corpus/sub/c.html", "<p>c</p>");
  write("corpus/sub/deeper/D.TXT", "d");
  write("corpus/notes.pdf", "%PDF-1.4");
  write("corpus/image.png", "png");
  write("corpus/.hidden/e.txt", "hidden");
  write("corpus/.secret.txt", "hidden");
  write("other/b.txt", "other b");
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("collectInputs", () => {
  it("walks a directory recursively, sorted, with ids relative to it, ignoring other extensions and dot files", async () => {
    const r = await collectInputs(["corpus"], { cwd: root });
    expect(r.inputs.map((i) => i.id)).toEqual(["a.md", "b.txt", "sub/c.html", "sub/deeper/D.TXT"]);
    expect(r.inputs.map((i) => i.path)).toEqual(["corpus/a.md", "corpus/b.txt", "corpus/sub/c.html", "corpus/sub/deeper/D.TXT"]);
    expect(Buffer.from(r.inputs[1]!.bytes).toString()).toBe("b");
    expect(r.warnings).toEqual([]);
  });

  it("gives a single file its name as id, and warns about an explicit unsupported file", async () => {
    const r = await collectInputs(["corpus/sub/c.html", "corpus/notes.pdf"], { cwd: root });
    expect(r.inputs.map((i) => i.id)).toEqual(["c.html"]);
    expect(r.warnings).toEqual([{ file: "corpus/notes.pdf", reason: 'skipped: extension ".pdf" is not one of .txt .md .markdown .html .htm .xhtml' }]);
  });

  it("expands globs with ids relative to the folder before the first wildcard", async () => {
    const r = await collectInputs(["corpus/**/*.txt", "corpus/*.png"], { cwd: root });
    expect(r.inputs.map((i) => i.id)).toEqual(["b.txt"]);
    expect(r.warnings).toEqual([{ file: "corpus/*.png", reason: "no .txt, .md or .html file matches this pattern" }]);
    const all = await collectInputs(["corpus/**/*.{txt,TXT,html}"], { cwd: root });
    expect(all.inputs.map((i) => i.id)).toEqual(["b.txt", "sub/c.html", "sub/deeper/D.TXT"]);
  });

  it("does not read kg's own output directory or node_modules inside an input directory", async () => {
    write("project/articles/a.txt", "a");
    write("project/graph-output/.kg-output", "marker");
    write("project/graph-output/index.html", "<p>viewer</p>");
    write("project/node_modules/pkg/README.md", "readme");
    const r = await collectInputs(["project"], { cwd: root });
    expect(r.inputs.map((i) => i.id)).toEqual(["articles/a.txt"]);
    expect(r.warnings).toEqual([{ file: "project/graph-output", reason: "directory skipped: it holds kg's own output (a previous build)" }]);
  });

  it("does not follow a symbolic-link loop in a glob", async () => {
    write("globloop/a/x.txt", "x");
    fs.symlinkSync("..", path.join(root, "globloop", "a", "up"));
    const r = await collectInputs(["globloop/**/*.txt"], { cwd: root });
    expect(r.inputs.map((i) => i.id)).toEqual(["a/x.txt"]);
  });

  it("reads a file once when reached twice, and keeps ids unique when two roots give the same one", async () => {
    const r = await collectInputs(["corpus", "corpus/b.txt", "other/b.txt"], { cwd: root });
    expect(r.inputs.map((i) => i.id)).toEqual(["a.md", "b.txt", "sub/c.html", "sub/deeper/D.TXT", "other/b.txt"]);
  });

  it("warns about missing inputs and goes on", async () => {
    const r = await collectInputs(["nope.txt", "corpus/b.txt"], { cwd: root });
    expect(r.inputs).toHaveLength(1);
    expect(r.warnings).toEqual([{ file: "nope.txt", reason: "skipped: no such file or directory" }]);
  });

  it("skips files over the size limit", async () => {
    write("big/large.txt", "x".repeat(2000));
    write("big/small.txt", "x");
    const r = await collectInputs(["big"], { cwd: root, maxFileSize: 1000 });
    expect(r.inputs.map((i) => i.id)).toEqual(["small.txt"]);
    expect(r.warnings).toEqual([{ file: "big/large.txt", reason: "skipped: 2.0 KiB, over the limit of 1000 bytes (--max-file-size)" }]);
  });

  it("reads standard input for '-', once", async () => {
    const r = await collectInputs(["-", "-"], { cwd: root, stdin: async () => new TextEncoder().encode("from stdin") });
    expect(r.inputs).toEqual([{ id: "-", path: "-", bytes: new TextEncoder().encode("from stdin") }]);
    expect(r.warnings).toEqual([{ file: "-", reason: "standard input given twice; read once" }]);
  });

  it("reports a permission error from the file system as a warning (injected: root reads anything)", async () => {
    const denied: InputFileSystem = {
      stat: (p) => fs.promises.stat(p),
      lstat: (p) => fs.promises.lstat(p),
      readdir: async (p) => {
        if (p.endsWith("deeper")) throw Object.assign(new Error("EACCES: permission denied, scandir"), { code: "EACCES" });
        return fs.promises.readdir(p);
      },
      readFile: async (p) => {
        if (p.endsWith("b.txt")) throw Object.assign(new Error("EACCES: permission denied, open"), { code: "EACCES" });
        return fs.promises.readFile(p);
      },
      realpath: (p) => fs.promises.realpath(p),
    };
    const r = await collectInputs(["corpus"], { cwd: root, fs: denied });
    expect(r.inputs.map((i) => i.id)).toEqual(["a.md", "sub/c.html"]);
    expect(r.warnings).toEqual([
      { file: "corpus/sub/deeper", reason: "directory skipped: permission denied" },
      { file: "corpus/b.txt", reason: "skipped: permission denied" },
    ]);
  });
});

describe("sizes", () => {
  it("parses and formats sizes", () => {
    expect(parseSize("10MB")).toBe(10 * 1024 * 1024);
    expect(parseSize("512k")).toBe(512 * 1024);
    expect(parseSize("1.5 MiB")).toBe(1.5 * 1024 * 1024);
    expect(parseSize("1000")).toBe(1000);
    expect(parseSize("ten")).toBeUndefined();
    expect(parseSize("0")).toBeUndefined();
    expect(formatSize(10 * 1024 * 1024)).toBe("10.0 MiB");
  });

  it("has a sane depth limit", () => {
    expect(MAX_DEPTH).toBeGreaterThanOrEqual(8);
  });
});

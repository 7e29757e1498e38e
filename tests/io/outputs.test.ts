import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KgError, UsageError } from "../../src/errors.js";
import { OUTPUT_MARKER, writeOutputsAtomically } from "../../src/io/outputs.js";
import { textFile } from "../../src/export/chunks.js";

let parent: string;
let out: string;
const listing = (dir: string): Record<string, string> => {
  const result: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else result[path.relative(dir, p)] = fs.readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return result;
};

beforeEach(() => {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), "kg-out-"));
  out = path.join(parent, "graph-output");
});
afterEach(() => fs.rmSync(parent, { recursive: true, force: true }));

describe("writeOutputsAtomically", () => {
  it("creates the directory with the files and a marker, leaving no temporary directory", async () => {
    await writeOutputsAtomically(out, [
      textFile("graph.json", "{}"),
      textFile("sub/nodes.csv", "id\n"),
    ]);
    expect(Object.keys(listing(out))).toEqual([OUTPUT_MARKER, "graph.json", "sub/nodes.csv"]);
    expect(fs.readdirSync(parent)).toEqual(["graph-output"]);
  });

  it("replaces a previous build whole: files no longer written are gone", async () => {
    await writeOutputsAtomically(out, [textFile("a.json", "1"), textFile("old.csv", "x")]);
    await writeOutputsAtomically(out, [textFile("a.json", "2")]);
    expect(listing(out)).toMatchObject({ "a.json": "2" });
    expect(fs.existsSync(path.join(out, "old.csv"))).toBe(false);
  });

  it("leaves the previous directory exactly as it was when writing fails half-way", async () => {
    await writeOutputsAtomically(out, [textFile("graph.json", "previous")]);
    const before = listing(out);
    await expect(
      writeOutputsAtomically(out, [textFile("graph.json", "new"), textFile("b.csv", "b")], {
        onFileWritten: (file) => {
          if (file === "graph.json") throw new Error("disk full (simulated)");
        },
      }),
    ).rejects.toThrow(KgError);
    expect(listing(out)).toEqual(before);
    expect(fs.readdirSync(parent)).toEqual(["graph-output"]);
  });

  it("refuses to replace a directory holding files it did not write", async () => {
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "my-thesis.docx"), "precious");
    await expect(writeOutputsAtomically(out, [textFile("graph.json", "{}")])).rejects.toThrow(UsageError);
    expect(fs.readFileSync(path.join(out, "my-thesis.docx"), "utf8")).toBe("precious");
  });

  it("accepts an existing directory holding only files of the same names (an older build without the marker)", async () => {
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, "graph.json"), "old");
    await writeOutputsAtomically(out, [textFile("graph.json", "new")]);
    expect(fs.readFileSync(path.join(out, "graph.json"), "utf8")).toBe("new");
  });

  it("refuses output paths that leave the directory", async () => {
    for (const p of ["../escape.txt", "/etc/passwd", "a/../../b", "", OUTPUT_MARKER]) {
      await expect(writeOutputsAtomically(out, [textFile(p, "x")]), p).rejects.toThrow(KgError);
    }
    expect(fs.existsSync(path.join(parent, "escape.txt"))).toBe(false);
  });

  it("restores a directory left aside by a swap cut short, and removes dead builds' temporaries", async () => {
    await writeOutputsAtomically(out, [textFile("graph.json", "kept")]);
    // Simulate a build killed between its two renames: pid 999999999 does not exist.
    fs.renameSync(out, path.join(parent, ".graph-output.old-999999999-x-y"));
    fs.mkdirSync(path.join(parent, ".graph-output.tmp-999999999-x-y"));
    await writeOutputsAtomically(path.join(parent, "elsewhere"), [textFile("a", "a")]);
    expect(fs.readdirSync(parent).sort()).toEqual([".graph-output.old-999999999-x-y", ".graph-output.tmp-999999999-x-y", "elsewhere"]);
    await expect(writeOutputsAtomically(out, [textFile("other.csv", "n")])).resolves.toBeInstanceOf(Array);
    expect(fs.readdirSync(parent).sort()).toEqual(["elsewhere", "graph-output"]);
    expect(listing(out)).toMatchObject({ "other.csv": "n" });
  });

  it("refuses a target that is a file", async () => {
    fs.writeFileSync(out, "a file");
    await expect(writeOutputsAtomically(out, [textFile("g.json", "{}")])).rejects.toThrow(/not a directory/);
  });
  it("writes a lazy list of files one by one, and still refuses a directory it does not own", async () => {
    const produced: string[] = [];
    function* files() {
      for (const name of ["graph.json", "nodes.csv"]) {
        produced.push(name);
        yield textFile(name, name);
      }
    }
    await expect(writeOutputsAtomically(out, files())).resolves.toEqual(["graph.json", "nodes.csv"]);
    expect(produced).toEqual(["graph.json", "nodes.csv"]);
    expect(listing(out)).toMatchObject({ "graph.json": "graph.json", "nodes.csv": "nodes.csv" });

    const foreign = path.join(parent, "mine");
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, "thesis.docx"), "precious");
    await expect(writeOutputsAtomically(foreign, files())).rejects.toThrow(UsageError);
    expect(fs.readdirSync(foreign)).toEqual(["thesis.docx"]);
    expect(fs.readdirSync(parent).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("writes a file's pieces in order as they are made, and a failing piece leaves the old output", async () => {
    const written: string[] = [];
    const file = {
      path: "graph.json",
      *pieces() {
        for (const piece of ["{", '"a":', "1}"]) {
          written.push(piece);
          yield piece;
        }
      },
    };
    await writeOutputsAtomically(out, [file]);
    expect(written).toEqual(["{", '"a":', "1}"]);
    expect(listing(out)).toMatchObject({ "graph.json": '{"a":1}' });

    const before = listing(out);
    const broken = {
      path: "graph.json",
      *pieces(): Generator<string> {
        yield "{";
        throw new Error("exporter failed half-way (simulated)");
      },
    };
    await expect(writeOutputsAtomically(out, [broken])).rejects.toThrow(/half-way/);
    expect(listing(out)).toEqual(before);
    expect(fs.readdirSync(parent)).toEqual(["graph-output"]);
  });
});

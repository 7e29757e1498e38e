// Issue 7 end to end, through the compiled CLI (npm test builds dist/ first): exit codes, one-line
// warnings, no stack traces without --debug, and outputs that are never half-written.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, kg, listFiles, ROOT, tempDir } from "../helpers/cli.js";
import { FRENCH_ARTICLE, GOOD_ARTICLE, PDF_BYTES, randomBytes, utf16, writeFile } from "./fixtures.js";
import { textFile } from "../../src/export/chunks.js";

const STACK_LINE = /^\s+at .+[:(]\d+/m;

/** Every file below dir with its bytes, for "exactly as it was" comparisons. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of listFiles(dir)) out[f] = fs.readFileSync(path.join(dir, f)).toString("base64");
  return out;
}

describe("kg build on hostile folders", () => {
  it("builds from the good files, warns once per bad file, exits 0", () => {
    const dir = tempDir("kg-hostile-cli-");
    writeFile(dir, "in/good.txt", GOOD_ARTICLE);
    writeFile(dir, "in/utf16.txt", utf16(GOOD_ARTICLE.replace("Lima", "Cusco"), "le"));
    writeFile(dir, "in/empty.txt", "");
    writeFile(dir, "in/blank.txt", "\n \n");
    writeFile(dir, "in/paper.txt", PDF_BYTES);
    writeFile(dir, "in/noise.txt", randomBytes(4096, 7));
    writeFile(dir, "in/fr.txt", FRENCH_ARTICLE);
    const out = path.join(dir, "out");
    const r = kg(["build", "in", "--out", out], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const warnings = r.stderr.split("\n").filter((l) => l.startsWith("warning: "));
    expect(warnings).toEqual([
      "warning: in/blank.txt: skipped: only white space",
      "warning: in/empty.txt: skipped: empty file",
      "warning: in/fr.txt: skipped: not English (looks French); the extraction rules are English-only",
      "warning: in/noise.txt: skipped: not text but binary data (NUL bytes)",
      "warning: in/paper.txt: skipped: not text but a PDF document",
      "warning: in/utf16.txt: decoded as UTF-16LE (byte-order mark)",
    ]);
    expect(r.stderr).not.toMatch(STACK_LINE);
    const graph = JSON.parse(fs.readFileSync(path.join(out, "graph.json"), "utf8")) as { attributes: { articles?: number }; nodes: unknown[] };
    expect(graph.nodes.length).toBeGreaterThan(0);
  });

  it("exits 1 when nothing could be built, and writes nothing", () => {
    const dir = tempDir("kg-hostile-cli-");
    writeFile(dir, "in/empty.txt", "");
    writeFile(dir, "in/paper.txt", PDF_BYTES);
    const out = path.join(dir, "out");
    const r = kg(["build", "in", "--out", out], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("warning: in/empty.txt: skipped: empty file");
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("exits 1 for a missing input, naming it", () => {
    const dir = tempDir("kg-hostile-cli-");
    const r = kg(["build", "no-such-folder", "--out", path.join(dir, "out")], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("warning: no-such-folder: skipped: no such file or directory");
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it("skips files over --max-file-size and exits 2 on a malformed size", () => {
    const dir = tempDir("kg-hostile-cli-");
    writeFile(dir, "in/good.txt", GOOD_ARTICLE);
    writeFile(dir, "in/big.txt", `${GOOD_ARTICLE}\n${"more text here. ".repeat(200)}`);
    const ok = kg(["build", "in", "--out", path.join(dir, "out"), "--max-file-size", "2KB"], { cwd: dir });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/^warning: in\/big\.txt: skipped: 3\.\d KiB, over the limit of 2\.0 KiB \(--max-file-size\)$/m);
    const bad = kg(["build", "in", "--max-file-size", "lots"], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--max-file-size: "lots" is not a size');
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });

  it("shows the stack trace only with --debug", () => {
    const dir = tempDir("kg-hostile-cli-");
    fs.mkdirSync(path.join(dir, "out"));
    fs.writeFileSync(path.join(dir, "out", "thesis.docx"), "mine");
    writeFile(dir, "in/good.txt", GOOD_ARTICLE);
    const plain = kg(["build", "in", "--out", "out"], { cwd: dir });
    expect(plain.status).toBe(2);
    expect(plain.stderr).toMatch(/holds files kg did not write \(thesis\.docx\)/);
    expect(plain.stderr).not.toMatch(STACK_LINE);
    const debug = kg(["--debug", "build", "in", "--out", "out"], { cwd: dir });
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(STACK_LINE);
    expect(fs.readFileSync(path.join(dir, "out", "thesis.docx"), "utf8")).toBe("mine");
  });

  it("reads standard input with '-'", () => {
    const dir = tempDir("kg-hostile-cli-");
    const r = kg(["build", "-", "--out", path.join(dir, "out")], { cwd: dir, input: GOOD_ARTICLE });
    expect(r.status, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, "out", "graph.json"))).toBe(true);
  });
});

describe("nothing lost: an interrupted build leaves the previous output exactly as it was", () => {
  it("SIGINT while the files are being written (deterministic, in a child process)", () => {
    const dir = tempDir("kg-hostile-sigint-");
    const out = path.join(dir, "graph-output");
    const outputs = path.join(ROOT, "dist", "io", "outputs.js");
    expect(fs.existsSync(outputs), `${outputs} missing: run npm run build`).toBe(true);
    const script = `
      import { writeOutputsAtomically } from ${JSON.stringify(outputs)};
      const out = ${JSON.stringify(out)};
      await writeOutputsAtomically(out, [{ path: "graph.json", pieces: () => ["previous"] }, { path: "nodes.csv", pieces: () => ["old"] }]);
      let n = 0;
      await writeOutputsAtomically(out, [{ path: "a.json", pieces: () => ["new"] }, { path: "graph.json", pieces: () => ["new"] }, { path: "z.csv", pieces: () => ["new"] }], {
        onFileWritten: () => { if (++n === 1) process.kill(process.pid, "SIGINT"); return new Promise((r) => setTimeout(r, 50)); },
      });
      console.log("not reached");
    `;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.signal).toBe("SIGINT");
    expect(r.stdout).not.toContain("not reached");
    expect(fs.readdirSync(dir)).toEqual(["graph-output"]);
    expect(fs.readFileSync(path.join(out, "graph.json"), "utf8")).toBe("previous");
    expect(fs.readFileSync(path.join(out, "nodes.csv"), "utf8")).toBe("old");
    expect(fs.existsSync(path.join(out, "a.json"))).toBe(false);
  });

  it("SIGINT at any moment of a real build: the old output or the complete new one, never a mix", async () => {
    const dir = tempDir("kg-hostile-sigint-");
    const out = path.join(dir, "graph-output");
    writeFile(dir, "old/a.txt", GOOD_ARTICLE);
    expect(kg(["build", "old", "--out", out, "--quiet"], { cwd: dir }).status).toBe(0);
    const before = snapshot(out);
    // A bigger input, so the build takes a while.
    for (let i = 0; i < 150; i++) {
      writeFile(dir, `new/article-${String(i).padStart(3, "0")}.txt`, GOOD_ARTICLE.replace(/Lima/g, `City${i}`).replace("Chile", `Country${i}`));
    }
    const complete = tempDir("kg-hostile-complete-");
    expect(kg(["build", "new", "--out", complete, "--quiet"], { cwd: dir }).status).toBe(0);
    const after = snapshot(complete);

    let interrupted = 0;
    for (const delay of [50, 150, 400, 800, 1500, 3000]) {
      // --no-cache: every round does the full work, so the signal lands at a different stage each time.
      const child = spawn(process.execPath, [CLI, "build", "new", "--out", out, "--quiet", "--no-cache"], { cwd: dir, stdio: "ignore" });
      const timer = setTimeout(() => child.kill("SIGINT"), delay);
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("exit", (c, s) => resolve([c, s])));
      clearTimeout(timer);
      const now = snapshot(out);
      if (code === 0) {
        expect(now).toEqual(after);
        // Put the old output back for the next round.
        fs.rmSync(out, { recursive: true });
        expect(kg(["build", "old", "--out", out, "--quiet"], { cwd: dir }).status).toBe(0);
      } else {
        interrupted++;
        expect(signal === "SIGINT" || code === 130, `exit ${code} ${signal}`).toBe(true);
        // A signal that lands after the swap (held back during it, or during the build record and
        // summary) still ends the process, with the complete new output in place: either is allowed,
        // a mix never.
        if (JSON.stringify(now) === JSON.stringify(after)) {
          fs.rmSync(out, { recursive: true });
          expect(kg(["build", "old", "--out", out, "--quiet"], { cwd: dir }).status).toBe(0);
        } else {
          expect(now).toEqual(before);
        }
      }
      expect(fs.readdirSync(dir).filter((n) => n.startsWith(".graph-output."))).toEqual([]);
    }
    expect(interrupted).toBeGreaterThan(0);
  }, 120_000);
});

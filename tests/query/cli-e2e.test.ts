// The compiled `kg` binary: default graph path, and exit codes through src/cli/program.ts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateQueryGraph } from "../../src/bench/suites/query.js";
import { writeJson } from "../../src/export/json.js";
import { ensureBuilt, ROOT } from "../helpers/cli.js";
import { fixtureGraph } from "./fixture.js";

const CLI = path.join(ROOT, "dist", "cli", "main.js");
let cwd = "";

function kg(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  ensureBuilt();
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "kg-query-e2e-"));
  fs.mkdirSync(path.join(cwd, "graph-output"));
  fs.writeFileSync(path.join(cwd, "graph-output", "graph.json"), writeJson(fixtureGraph()));
});

describe("kg (compiled)", () => {
  it("reads graph-output/graph.json when no GRAPH is given", () => {
    const run = kg("query", "?who protests-against Ruritania", "--no-evidence");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("?who\nAnna Petrova (Person)\nRuritanian student activists (Group)\n2 results\n");
    expect(kg("show", "Northwire", "--no-evidence").stdout).toContain("incoming (2)");
    expect(kg("paths", "Klow", "Borduria", "--no-evidence").stdout).toContain("of 2 steps");
  });

  it("exits 2 on a bad pattern, with the caret under the problem", () => {
    const run = kg("query", "?who protests-against");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("kg: news-kg/query: at position 22: expected an entity");
    expect(run.stdout).toBe("");
  });

  it("exits 1 when the graph file is missing", () => {
    const run = kg("query", "missing/graph.json", "?a leads ?b");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("missing/graph.json: no such file");
  });
});

describe("kg query piped into a reader that stops early", () => {
  it("ends quietly instead of crashing on EPIPE", () => {
    const big = path.join(cwd, "big.json");
    fs.writeFileSync(big, JSON.stringify(generateQueryGraph(3_000, 30_000, 5).export()));
    const script = `node ${JSON.stringify(CLI)} query ${JSON.stringify(big)} '?a protects ?b' | head -n 1; exit \${PIPESTATUS[0]}`;
    const run = spawnSync("bash", ["-c", script], { cwd, encoding: "utf8", timeout: 60_000 });
    expect(run.stdout).toMatch(/^\?a +\?b\n$/u);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

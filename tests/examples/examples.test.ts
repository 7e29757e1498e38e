// The scripts in examples/ run as users run them (`npx ts-node examples/<name>.ts GRAPH`) against
// a fixture graph, and type-check against the package's published types.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeJson } from "../../src/export/json.js";
import { ensureBuilt, ROOT } from "../helpers/cli.js";
import { fixtureGraph } from "../query/fixture.js";

let graphFile = "";

function example(name: string, ...args: string[]) {
  const run = spawnSync("npx", ["ts-node", `examples/${name}.ts`, ...args], { cwd: ROOT, encoding: "utf8", timeout: 90_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-examples-"));
  graphFile = path.join(dir, "graph.json");
  fs.writeFileSync(graphFile, writeJson(fixtureGraph()));
});

describe("examples", () => {
  it("lists at least three scripts", () => {
    const scripts = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
  });

  it("type-check against the package's types", () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "examples/tsconfig.json", "--noEmit"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("who-protests-against-whom lists protests with reporters and evidence", () => {
    const run = example("who-protests-against-whom", graphFile);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Ruritanian student activists (Group) protests against Ruritania (State)\n  reported by: Daily Courier, Northwire\n");
    expect(run.stdout).toContain("Anna Petrova (Person) protests against Ruritania (State)\n  reported by: nobody named\n");
    expect(run.stdout).toContain("evidence [a2]: Veterans marched on the Bordurian mission to denounce Borduria.");
  });

  it("who-protects-embassies pairs protectors with embassies and their states", () => {
    const run = example("who-protects-embassies", graphFile);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").filter((line) => !line.startsWith("  "))).toEqual([
      "Klow police (Organization) protects Embassy of Borduria in Klow (represents Borduria)",
      "Klow police (Organization) protects Embassy of Ruritania in Klow (represents Ruritania)",
      "Syldavian Guard (Organization) protects Embassy of Ruritania in Szohod (represents Ruritania)",
      "",
    ]);
  });

  it("top-sources ranks reporters by reports", () => {
    const run = example("top-sources", graphFile);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "1. Daily Courier (Organization): 3 reports on 2 actors in 2 articles\n" +
        "2. Northwire (Organization): 2 reports on 2 actors in 2 articles\n",
    );
  });

  it("connections prints central entities and the paths between two of them", () => {
    const run = example("connections", graphFile, "Anna Petrova", "Syldavia");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("19 entities, 22 relations");
    expect(run.stdout).toContain("Anna Petrova → Syldavia: 1 shortest path(s) of 2 step(s)");
    expect(run.stdout).toContain("Anna Petrova protests-against Ruritania; Ruritania attacks Syldavia");
  });

  it("report a missing graph file with exit code 1", () => {
    const run = example("top-sources", path.join(os.tmpdir(), "no-such-graph.json"));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no such file");
  });
});

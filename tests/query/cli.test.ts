// The query, show and paths commands, run in-process on a fixture graph file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command, CommanderError } from "commander";
import { parse as parseCsv } from "csv-parse/sync";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { register as registerPaths } from "../../src/cli/commands/paths.js";
import { register as registerQuery } from "../../src/cli/commands/query.js";
import { register as registerShow } from "../../src/cli/commands/show.js";
import { KgError, UsageError } from "../../src/errors.js";
import { writeGexf } from "../../src/export/gexf.js";
import { writeJson } from "../../src/export/json.js";
import { fixtureGraph } from "./fixture.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kg <args>` with the three commands; exit codes as src/cli/program.ts maps errors. */
async function kg(...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const program = new Command("kg").exitOverride().configureOutput({
    writeOut: (text) => (stdout += text),
    writeErr: (text) => (stderr += text),
  });
  registerQuery(program);
  registerShow(program);
  registerPaths(program);
  let code = 0;
  try {
    await program.parseAsync(args, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode === 0 ? 0 : 2;
    else {
      stderr += `kg: ${(error as Error).message}\n`;
      code = error instanceof UsageError ? 2 : error instanceof KgError ? 1 : 99;
    }
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { code, stdout, stderr };
}

let dir = "";
let graphFile = "";

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-query-cli-"));
  graphFile = path.join(dir, "graph.json");
  fs.writeFileSync(graphFile, writeJson(fixtureGraph()));
  fs.writeFileSync(path.join(dir, "graph.gexf"), writeGexf(fixtureGraph()));
});

afterEach(() => vi.restoreAllMocks());

describe("kg query", () => {
  it("prints an aligned table with the evidence under each row", async () => {
    const run = await kg("query", graphFile, "?x:Organization protects ?e:Embassy . ?e represents ?s");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^\?x {2,}\?e {2,}\?s$/);
    const rows = lines.filter((line) => line.startsWith("Klow police") || line.startsWith("Syldavian Guard"));
    expect(rows).toHaveLength(3);
    // columns line up: ?e starts at the same offset on every row
    const column = lines[0]!.indexOf("?e");
    for (const row of rows) expect(row.slice(column)).toMatch(/^Embassy of/);
    expect(run.stdout).toContain('"Riot police cordoned off the Bordurian mission." (a2)');
    expect(lines).toContain("3 results");
  });

  it("leaves evidence out with --no-evidence", async () => {
    const run = await kg("query", graphFile, "?who protests-against Ruritania", "--no-evidence");
    expect(run.stdout).toBe("?who\nAnna Petrova (Person)\nRuritanian student activists (Group)\n2 results\n");
  });

  it("prints JSON for machines", async () => {
    const run = await kg("query", graphFile, "?who protests-against Ruritania . ?who reported-by ?src", "--format", "json");
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.count).toBe(2);
    expect(data.variables).toEqual(["who", "src"]);
    expect(data.rows.map((r: { bindings: { src: { label: string } } }) => r.bindings.src.label)).toEqual(["Daily Courier", "Northwire"]);
    expect(data.rows[0].relations[1].evidence[0].sentence).toContain("Daily Courier reported");
  });

  it("prints CSV for machines, with a header even when there are no rows", async () => {
    const run = await kg("query", graphFile, "?x protects ?e:Embassy", "-f", "csv");
    const records = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(3);
    expect(Object.keys(records[0]!)).toEqual(["x", "x_kind", "x_id", "e", "e_kind", "e_id", "t1_weight", "t1_article", "t1_sentence"]);
    expect(records[0]).toMatchObject({ x: "Klow police", x_kind: "Organization", e_id: "emb-bor-klow", t1_weight: "1" });
    const empty = await kg("query", graphFile, "?x allied-with ?y", "--format", "csv");
    expect(empty.stdout).toBe("x,x_kind,x_id,y,y_kind,y_id,t1_weight,t1_article,t1_sentence\n");
  });

  it("reads GEXF graphs too", async () => {
    const run = await kg("query", path.join(dir, "graph.gexf"), "?who protests-against Ruritania", "--no-evidence");
    expect(run.stdout).toContain("Anna Petrova (Person)");
  });

  it("notes on stderr when a name matched an alias or a prefix", async () => {
    const run = await kg("query", graphFile, "?x protects 'Embassy of Borduria'");
    expect(run.stderr).toContain('note: "Embassy of Borduria" is Embassy of Borduria in Klow (Embassy, matched by prefix)');
  });

  it("exits 2 with a pointed message for a bad pattern", async () => {
    const run = await kg("query", graphFile, "?who protest-against Ruritania");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("at position 6: expected a predicate");
    expect(run.stderr).toContain('did you mean "protests-against"?');
    expect(run.stderr).toContain("  ?who protest-against Ruritania\n       ^");
  });

  it("exits 2 for an unknown entity, naming it", async () => {
    const run = await kg("query", graphFile, "?who protests-against Atlantis");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nothing is named "Atlantis"');
  });

  it("exits 1 when the graph file is missing", async () => {
    const run = await kg("query", path.join(dir, "nope.json"), "?a leads ?b");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("nope.json: no such file");
  });

  it("exits 2 for a bad format, a bad limit, or an unquoted pattern", async () => {
    expect((await kg("query", graphFile, "?a leads ?b", "--format", "xml")).stderr).toContain('unknown --format "xml"');
    expect((await kg("query", graphFile, "?a leads ?b", "--limit", "-1")).code).toBe(2);
    const split = await kg("query", graphFile, "?a", "leads", "?b");
    expect(split.code).toBe(2);
    expect(split.stderr).toContain("expected [GRAPH] <pattern>, got 4 arguments");
  });

  it("limits results", async () => {
    const run = await kg("query", graphFile, "?a ?p ?b", "--limit", "2", "--no-evidence");
    expect(run.stdout).toContain("2 results (limit reached; more may exist)");
  });
});

describe("kg show", () => {
  it("prints everything about one entity", async () => {
    const run = await kg("show", graphFile, "riot police");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Klow police {2}\(Organization, #police\)\n/);
    expect(run.stdout).toContain("aliases:   police; riot police");
    expect(run.stdout).toContain("outgoing (4)");
    expect(run.stdout).toContain("incoming (0)");
    expect(run.stdout).toMatch(/reported-by +→ +Daily Courier \(Organization\) +×2/);
  });

  it("prints JSON and narrows by kind", async () => {
    const run = await kg("show", graphFile, "Marlow", "--kind", "location", "--format", "json");
    expect(JSON.parse(run.stdout).entity).toEqual({ id: "marlow-town", label: "Marlow", kind: "Location" });
    const ambiguous = await kg("show", graphFile, "Marlow");
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('"Marlow" matches 2 entities');
  });

  it("prints graph statistics with --stats", async () => {
    const run = await kg("show", graphFile, "--stats", "--top", "2");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("19 entities, 22 relations, 4 articles cited");
    expect(run.stdout).toMatch(/protests-against +4/);
    expect(run.stdout).toContain("communities (Louvain)");
    const json = JSON.parse((await kg("show", graphFile, "--stats", "-f", "json")).stdout);
    expect(json.byKind.Embassy).toBe(3);
  });
});

describe("kg paths", () => {
  it("prints the shortest paths with their relations", async () => {
    const run = await kg("paths", graphFile, "Anna Petrova", "Syldavia", "--no-evidence");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "1 shortest path of 2 steps from Anna Petrova (Person) to Syldavia (State) (ignoring edge direction)",
        "",
        "1. Anna Petrova  ·  Ruritania  ·  Syldavia",
        "   Anna Petrova —protests-against→ Ruritania",
        "   Ruritania —attacks→ Syldavia",
        "",
      ].join("\n"),
    );
  });

  it("says when there is no path, and prints JSON", async () => {
    const none = await kg("paths", graphFile, "Syldavia", "Anna Petrova", "--directed");
    expect(none.stdout).toBe("no path between Syldavia (State) and Anna Petrova (Person) (following edge direction)\n");
    const json = JSON.parse((await kg("paths", graphFile, "Klow", "Borduria", "-f", "json")).stdout);
    expect(json.length).toBe(2);
    expect(json.paths[0].nodes.map((n: { id: string }) => n.id)).toEqual(["klow", "emb-bor-klow", "borduria"]);
  });

  it("exits 2 for unknown entities and a wrong number of arguments", async () => {
    expect((await kg("paths", graphFile, "Klow", "Atlantis")).code).toBe(2);
    expect((await kg("paths", "Klow")).code).toBe(2);
  });
});

describe("kg query --explain", () => {
  it("prints the evaluation order on stderr, most selective first", async () => {
    const run = await kg("query", graphFile, "?x protects ?e . ?e represents Borduria", "--explain", "--no-evidence");
    expect(run.code).toBe(0);
    const plan = run.stderr.split("\n").filter((line) => line.startsWith("plan"));
    expect(plan.map((line) => line.replace(/ +\(estimated cost [\d.]+\)$/u, ""))).toEqual([
      "plan 1: ?e represents Borduria",
      "plan 2: ?x protects ?e",
    ]);
  });
});

describe("kg query checks the pattern before reading the graph", () => {
  it("reports a bad pattern (exit 2) even when the graph file is missing", async () => {
    const run = await kg("query", path.join(dir, "nope.json"), "?x ?y");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("expected an entity");
  });
});

// `kg export`, run through the compiled CLI (npm test builds dist/ first).
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { writeJson } from "../../src/export/json.js";
import { kg, listFiles, tempDir } from "../helpers/cli.js";
import { protestGraph } from "./fixtures.js";
import { xmllint } from "./tools.js";

function savedGraph(): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, "build", "graph.json");
  fs.mkdirSync(path.dirname(file));
  fs.writeFileSync(file, writeJson(protestGraph()));
  return { dir, file };
}

describe("kg export", () => {
  it("writes the Neo4j import files from a graph.json", () => {
    const { dir, file } = savedGraph();
    const out = path.join(dir, "neo4j");
    const r = kg(["export", file, "--format", "neo4j", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/exported 5 nodes and 5 edges/);
    const files = listFiles(out);
    for (const f of ["neo4j-nodes.csv", "neo4j-relationships.csv", "neo4j-load.cypher"]) expect(files).toContain(f);
    const rels = parse(fs.readFileSync(path.join(out, "neo4j-relationships.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    expect(rels).toHaveLength(5);
    expect(rels.map((row) => row[":TYPE"])).toContain("PROTESTS_AGAINST");
  });

  it("writes several formats at once, and GEXF from a saved graph still validates", () => {
    const { dir, file } = savedGraph();
    const out = path.join(dir, "formats");
    const r = kg(["export", file, "--format", "gexf,graphml,csv", "--out", out]);
    expect(r.status).toBe(0);
    const files = listFiles(out);
    for (const f of ["graph.gexf", "graph.graphml", "nodes.csv", "edges.csv"]) expect(files).toContain(f);
    expect(xmllint([path.join(out, "graph.gexf")], { relaxng: true }).status).toBe(0);
  });

  it("rejects an unknown format with exit code 2 and names the known ones", () => {
    const { dir, file } = savedGraph();
    const r = kg(["export", file, "--format", "pdf", "--out", path.join(dir, "x")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown format "pdf".*json, gexf, graphml, csv, neo4j/);
    expect(fs.existsSync(path.join(dir, "x"))).toBe(false);
  });

  it("refuses to replace the directory that holds the graph", () => {
    const { file } = savedGraph();
    const r = kg(["export", file, "--format", "csv", "--out", path.dirname(file)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds the graph being exported/);
    expect(fs.readdirSync(path.dirname(file))).toEqual(["graph.json"]);
  });

  it("fails with exit code 1 and a clear message when the graph is missing", () => {
    const dir = tempDir();
    const r = kg(["export", path.join(dir, "nope.json"), "--format", "csv", "--out", path.join(dir, "out")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nope\.json: no such file/);
  });
});

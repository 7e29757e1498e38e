import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kg, listFiles, ROOT, tempDir } from "../helpers/cli.js";

const ARTICLE = `Students rally outside the Freedonian Embassy in Sylvania

SYLVANIA CITY, May 2 - Hundreds of students rallied on Tuesday outside the Freedonian embassy in Sylvania City, chanting slogans against Freedonia. Riot police guarded the embassy, the Daily Planet reported.
`;

describe("kg build", () => {
  it("writes every export and prints a summary", () => {
    const dir = tempDir();
    const input = path.join(dir, "article.txt");
    fs.writeFileSync(input, ARTICLE);
    const out = path.join(dir, "out");
    const r = kg(["build", input, "--out", out]);
    expect(r.stderr).not.toMatch(/warning|error/i);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/articles: 1/);
    expect(r.stdout).toMatch(/entities: \d+/);
    const files = listFiles(out);
    for (const f of ["graph.json", "graph.gexf", "graph.graphml", "nodes.csv", "edges.csv"]) expect(files).toContain(f);
    const graph = JSON.parse(fs.readFileSync(path.join(out, "graph.json"), "utf8"));
    expect(graph.nodes.length).toBeGreaterThan(0);
    for (const n of graph.nodes) {
      expect(n.attributes).toHaveProperty("kind");
      expect(n.attributes).not.toHaveProperty("type");
    }
  });

  it("gives byte-identical outputs for two builds of the same input", () => {
    const a = tempDir();
    const b = tempDir();
    expect(kg(["build", "seeds", "--out", a, "--quiet"]).status).toBe(0);
    expect(kg(["build", "seeds", "--out", b, "--quiet"]).status).toBe(0);
    const files = listFiles(a).filter((f) => !f.startsWith("."));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(fs.readFileSync(path.join(b, f)).equals(fs.readFileSync(path.join(a, f))), f).toBe(true);
  });

  it("keeps the committed graph-output/ in step with seeds/ (rebuild with: npm run build:seeds)", () => {
    const out = tempDir();
    expect(kg(["build", "seeds", "--out", out, "--quiet"]).status).toBe(0);
    const committed = path.join(ROOT, "graph-output");
    const files = listFiles(out).filter((f) => !f.startsWith("."));
    expect(listFiles(committed).filter((f) => !f.startsWith("."))).toEqual(files);
    for (const f of files) {
      const same = fs.readFileSync(path.join(committed, f)).equals(fs.readFileSync(path.join(out, f)));
      expect(same, `graph-output/${f} is stale: run npm run build:seeds`).toBe(true);
    }
  });

  it("exits 2 with a message on wrong usage", () => {
    const r = kg(["build"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing required argument/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("exits 2 on an unknown command", () => {
    expect(kg(["frobnicate"]).status).toBe(2);
  });

  it("exits 1 when nothing could be built, and writes nothing", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "empty.txt"), "   \n");
    const out = path.join(dir, "out");
    const r = kg(["build", path.join(dir, "empty.txt"), "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt/);
    expect(fs.existsSync(path.join(out, "graph.json"))).toBe(false);
  });

  it("reads an article from standard input with -", () => {
    const out = tempDir();
    const r = kg(["build", "-", "--out", out, "--quiet"], { input: ARTICLE });
    expect(r.status).toBe(0);
    const graph = JSON.parse(fs.readFileSync(path.join(out, "graph.json"), "utf8"));
    expect(graph.nodes.length).toBeGreaterThan(0);
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kg, tempDir } from "../helpers/cli.js";
import { ATHENS_ARTICLE } from "./fixtures.js";

describe("kg mentions --lines", () => {
  it("prints one JSON line of spans per input line, blank lines included", () => {
    const r = kg(["mentions", "--lines"], { input: "Angela Merkel visited Paris .\n\nThe UN met .\n" });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { spans: { start: number; end: number; label: string }[] });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.spans).toEqual([
      { start: 0, end: 13, label: "PER" },
      { start: 22, end: 27, label: "LOC" },
    ]);
    expect(lines[1]!.spans).toEqual([]);
    expect(lines[2]!.spans).toEqual([{ start: 4, end: 6, label: "ORG" }]);
  });

  it("refuses to run without --lines", () => {
    const r = kg(["mentions"], { input: "x\n" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--lines/);
  });
});

describe("kg explain", () => {
  it("shows each sentence with its mentions and the rules that found them", () => {
    const dir = tempDir();
    const file = path.join(dir, "athens.txt");
    fs.writeFileSync(file, ATHENS_ARTICLE);
    const r = kg(["explain", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Embassy of Turkey in Athens/);
    expect(r.stdout).toMatch(/"Turkish Embassy" -> e\d+ Embassy of Turkey in Athens \(Embassy\)\s+rule embassy\.sender/);
    expect(r.stdout).toMatch(/rule person\.title\.fm/);
    const json = kg(["explain", file, "--format", "json"]);
    const parsed = JSON.parse(json.stdout) as { entities: { label: string }[]; sentences: { role: string; mentions: { rule: string }[] }[] };
    expect(parsed.sentences.length).toBeGreaterThan(5);
    expect(parsed.sentences.flatMap((s) => s.mentions).every((m) => typeof m.rule === "string")).toBe(true);
    const labels = parsed.entities.map((e) => e.label);
    expect(labels).not.toContain("Facebook");
    expect(labels).not.toContain("Papadopoulos");
  });

  it("rejects an unknown format", () => {
    const dir = tempDir();
    const file = path.join(dir, "a.txt");
    fs.writeFileSync(file, "Police guarded the embassy.");
    expect(kg(["explain", file, "--format", "xml"]).status).toBe(2);
  });
});

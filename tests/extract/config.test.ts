import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EMPTY_CONFIG, parseConfig } from "../../src/extract/config.js";
import { extractRelations, rulesFromConfig } from "../../src/extract/relations/index.js";
import { InputError, UsageError } from "../../src/errors.js";
import { loadConfig } from "../../src/io/config.js";
import { analyzed, triples } from "./relations/fixture.js";

const VALID = {
  format: 1,
  lexicon: [{ id: "desk.kmu", kind: "Organization", names: ["Kilusang Mayo Uno", "KMU"], reason: "labour federation" }],
  relations: [
    { id: "desk.egg", predicate: "protests-against", triggers: ["egg"], reason: "pelting an official with eggs is a protest" },
    { id: "desk.stood-with", predicate: "supports", pattern: "{source} marched|walked arm in arm with {target}", reason: "solidarity" },
  ],
};

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("expected a UsageError");
}

describe("parseConfig", () => {
  it("accepts a valid config and fingerprints it", () => {
    const config = parseConfig(VALID);
    expect(config.lexicon[0]!.names).toEqual(["Kilusang Mayo Uno", "KMU"]);
    expect(config.relations).toHaveLength(2);
    expect(config.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it("gives the same version for the same content in another key order, and a new one when content changes", () => {
    const reordered = { relations: VALID.relations, lexicon: VALID.lexicon, format: 1 };
    expect(parseConfig(reordered).version).toBe(parseConfig(VALID).version);
    const changed = structuredClone(VALID);
    changed.relations[0]!.triggers = ["egg", "pelt"];
    expect(parseConfig(changed).version).not.toBe(parseConfig(VALID).version);
    expect(parseConfig({}).version).toBe(EMPTY_CONFIG.version);
  });

  it("says where and what is wrong", () => {
    expect(message(() => parseConfig([]))).toContain("config: expected a JSON object");
    expect(message(() => parseConfig({ lexicon: [{ id: "a", kind: "Country", names: ["X"], reason: "r" }] }))).toMatch(/lexicon\[0\]\.kind: expected one of Person/);
    expect(message(() => parseConfig({ lexicon: [{ id: "a", kind: "State", names: [], reason: "r" }] }))).toContain("lexicon[0].names: expected a non-empty array");
    expect(message(() => parseConfig({ relations: [{ id: "r", predicate: "protest", triggers: ["x"], reason: "r" }] }))).toMatch(/relations\[0\]\.predicate: expected one of protests-against/);
    expect(message(() => parseConfig({ relations: [{ id: "r", predicate: "protects", reason: "r" }] }))).toContain('relations[0]: give exactly one of "triggers" or "pattern"');
    expect(message(() => parseConfig({ relations: [{ id: "r", predicate: "protects", pattern: "{source} guards", reason: "r" }] }))).toContain("must hold {source} and {target} exactly once");
    expect(message(() => parseConfig({ relations: [{ id: "r", predicate: "protects", triggers: ["guard"] }] }))).toContain("relations[0].reason: expected a non-empty string");
    expect(message(() => parseConfig({ lexicon: [VALID.lexicon[0]], relations: [{ ...VALID.relations[0], id: "desk.kmu" }] }))).toContain('relations[0].id: duplicate id "desk.kmu"');
    expect(message(() => parseConfig({ lexicon: [], extra: 1 }))).toContain('unknown field "extra"');
    expect(message(() => parseConfig({ format: 2 }))).toContain("format: this version of kg reads format 1");
  });
});

describe("user relation patterns", () => {
  const cast = [
    { id: "students", kind: "Group" as const, names: ["The students", "students"] },
    { id: "minister", kind: "Person" as const, names: ["Minister Rui Costa", "Costa"] },
    { id: "union", kind: "Organization" as const, names: ["The union", "the union"] },
    { id: "nurses", kind: "Group" as const, names: ["the nurses"] },
  ];
  const rules = rulesFromConfig(parseConfig(VALID).relations);

  it("adds trigger rules with inflections and passive voice", () => {
    expect(triples(extractRelations(analyzed("The students egged Minister Rui Costa.", cast), rules))).toEqual(["students protests-against minister"]);
    expect(triples(extractRelations(analyzed("Minister Rui Costa was egged by students.", cast), rules))).toEqual(["students protests-against minister"]);
    expect(triples(extractRelations(analyzed("The students egged Minister Rui Costa.", cast)))).toEqual([]);
  });

  it("adds token patterns", () => {
    const out = extractRelations(analyzed("The union marched arm in arm with the nurses.", cast), rules);
    expect(triples(out)).toEqual(["union supports nurses"]);
    expect(out[0]!.evidence.rule).toBe("desk.stood-with");
  });
});

describe("loadConfig", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-config-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("reads kg.config.json from the directory, and returns the empty config when there is none", async () => {
    const dir = tempDir();
    expect(await loadConfig({ cwd: dir })).toBe(EMPTY_CONFIG);
    writeFileSync(join(dir, "kg.config.json"), JSON.stringify(VALID));
    expect((await loadConfig({ cwd: dir })).relations).toHaveLength(2);
  });

  it("fails on a missing explicit file, bad JSON and invalid content, naming the file", async () => {
    const dir = tempDir();
    await expect(loadConfig({ cwd: dir, file: "nope.json" })).rejects.toBeInstanceOf(InputError);
    writeFileSync(join(dir, "bad.json"), "{ nope");
    await expect(loadConfig({ cwd: dir, file: "bad.json" })).rejects.toThrow(/bad\.json: not valid JSON/);
    writeFileSync(join(dir, "wrong.json"), JSON.stringify({ lexicon: [{ id: "x" }] }));
    await expect(loadConfig({ cwd: dir, file: "wrong.json" })).rejects.toThrow(/wrong\.json: lexicon\[0\]\.kind/);
  });
});

describe("docs/config.md", () => {
  it("shows an example that parses", async () => {
    const { readFileSync } = await import("node:fs");
    const doc = readFileSync(new URL("../../docs/config.md", import.meta.url), "utf8");
    const block = /```json\n([\s\S]*?)```/.exec(doc);
    expect(block).not.toBeNull();
    const config = parseConfig(JSON.parse(block![1]!));
    expect(config.lexicon.length).toBeGreaterThan(0);
    expect(config.relations.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from "vitest";
import { AmbiguousEntityError, UnknownEntityError } from "../../src/query/errors.js";
import { findEntities, findEntity, resolveEntity } from "../../src/query/entities.js";
import { normalizeName } from "../../src/query/normalize.js";
import { formatId } from "../../src/query/errors.js";
import { parsePattern } from "../../src/query/pattern/parse.js";
import { fixtureGraph } from "./fixture.js";

describe("normalizeName", () => {
  it("ignores case, punctuation, spacing and a leading 'the'", () => {
    expect(normalizeName("  The  U.S. ")).toBe(normalizeName("us"));
    expect(normalizeName("Embassy-of  RURITANIA, in Klow")).toBe("embassy of ruritania in klow");
    expect(normalizeName("Dalton's")).toBe("daltons");
    expect(normalizeName("theatre")).toBe("theatre");
  });
});

describe("findEntity", () => {
  const graph = fixtureGraph();

  it("matches labels case-insensitively", () => {
    expect(findEntity(graph, "ruritania")).toEqual({ id: "ruritania", label: "Ruritania", kind: "State" });
    expect(findEntity(graph, "KLOW POLICE")?.id).toBe("police");
  });

  it("falls back to aliases, then to a unique label prefix", () => {
    expect(findEntity(graph, "riot police")?.id).toBe("police");
    expect(findEntities(graph, "riot police")[0]!.match).toBe("alias");
    expect(findEntity(graph, "Embassy of Borduria")?.id).toBe("emb-bor-klow");
    expect(findEntities(graph, "Embassy of Borduria")[0]!.match).toBe("prefix");
  });

  it("prefers a label match over alias matches of other entities", () => {
    // "Northwire" is a label; nothing else uses it. "students" is an alias of one group only.
    expect(findEntities(graph, "students").map((m) => m.entity.id)).toEqual(["students"]);
  });

  it("does not match inside a label", () => {
    expect(findEntity(graph, "Szohod", { kind: "Embassy" })).toBeNull();
    expect(findEntity(graph, "Ruritania in Klow")).toBeNull();
  });

  it("returns null for an unknown name and throws on ties", () => {
    expect(findEntity(graph, "Atlantis")).toBeNull();
    expect(() => findEntity(graph, "protesters")).toThrow(AmbiguousEntityError);
    expect(findEntities(graph, "protesters").map((m) => m.entity.id)).toEqual(["veterans", "students"]);
  });

  it("narrows by kind", () => {
    expect(() => findEntity(graph, "Marlow")).toThrow(/"Marlow" matches 2 entities/);
    expect(findEntity(graph, "Marlow", { kind: "Location" })?.id).toBe("marlow-town");
    expect(findEntity(graph, "Marlow", { kind: ["Person", "Group"] })?.id).toBe("marlow-person");
    expect(findEntity(graph, "Ruritania", { kind: "Person" })).toBeNull();
  });
});

describe("resolveEntity", () => {
  const graph = fixtureGraph();

  it("accepts node ids first, bare or written #id / #\"id\"", () => {
    expect(resolveEntity(graph, "emb-rur-szohod").label).toBe("Embassy of Ruritania in Szohod");
    expect(resolveEntity(graph, "#emb-rur-szohod").label).toBe("Embassy of Ruritania in Szohod");
    expect(resolveEntity(graph, '#"police"').id).toBe("police");
  });

  it("throws UnknownEntityError with near labels as suggestions", () => {
    try {
      resolveEntity(graph, "Bordurai");
      throw new Error("expected an error");
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownEntityError);
      const unknown = error as UnknownEntityError;
      expect(unknown.suggestions.map((s) => s.label)).toEqual(["Borduria"]);
      expect(unknown.message).toBe('news-kg/query: no entity named "Bordurai"; did you mean "Borduria" (State, #borduria)?');
    }
  });

  it("suggests labels that contain the name as words", () => {
    try {
      resolveEntity(graph, "Szohod", { kind: "Embassy" });
      throw new Error("expected an error");
    } catch (error) {
      expect((error as UnknownEntityError).suggestions.map((s) => s.id)).toEqual(["emb-rur-szohod"]);
    }
  });
});

describe("formatId", () => {
  it("writes ids so that patterns read them back", () => {
    for (const id of ["n1", "state:russia", "org:police@a.txt", "with space", 'q"uote', "end.", "a|b", "x\\y"]) {
      const written = formatId(id);
      const parsed = parsePattern(`${written} leads ?x`);
      expect(parsed.triples[0]!.subject).toMatchObject({ term: "id", id });
    }
    expect(formatId("state:russia")).toBe("#state:russia");
    expect(formatId("with space")).toBe('#"with space"');
  });
});

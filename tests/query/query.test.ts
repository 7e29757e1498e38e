import { describe, expect, it } from "vitest";
import { PatternError } from "../../src/errors.js";
import { PatternEntityError } from "../../src/query/errors.js";
import { query, type QueryResult } from "../../src/query/query.js";
import { fixtureGraph } from "./fixture.js";

/** Rows as "var=label" strings, for compact comparisons. */
function rows(result: QueryResult): string[] {
  return result.rows.map((row) =>
    [
      ...result.variables.map((v) => `${v}=${row.bindings[v]!.label}`),
      ...result.predicateVariables.map((v) => `${v}=${row.predicates[v]}`),
    ].join(" "),
  );
}

function entityError(run: () => unknown): PatternEntityError {
  try {
    run();
  } catch (error) {
    if (error instanceof PatternEntityError) return error;
    throw error;
  }
  throw new Error("expected a PatternEntityError");
}

describe("query: single triple patterns", () => {
  const graph = fixtureGraph();

  it("finds every subject of a predicate towards a named entity, sorted by label", () => {
    const result = query(graph, "?who protests-against Ruritania");
    expect(rows(result)).toEqual(["who=Anna Petrova", "who=Ruritanian student activists"]);
    expect(result.resolved).toEqual([
      { text: "Ruritania", start: 22, end: 31, entity: { id: "ruritania", label: "Ruritania", kind: "State" }, match: "label" },
    ]);
  });

  it("gives each row the matched relation with all its evidence", () => {
    const result = query(graph, "Klow police reported-by ?outlet".replace("Klow police", '"klow POLICE"'));
    expect(rows(result)).toEqual(["outlet=Daily Courier"]);
    const relation = result.rows[0]!.relations[0]!;
    expect(relation).toMatchObject({
      predicate: "reported-by",
      source: { id: "police" },
      target: { id: "courier" },
      weight: 2,
    });
    expect(relation.evidence.map((e) => e.article)).toEqual(["a1", "a2"]);
    expect(relation.evidence[1]!.sentence).toContain("according to the Courier");
  });

  it("resolves names through aliases and reports how they matched", () => {
    const result = query(graph, "?who protests-against 'the Ruritanian government'");
    expect(rows(result)).toEqual(["who=Anna Petrova", "who=Ruritanian student activists"]);
    expect(result.resolved[0]!.match).toBe("alias");
    const prefix = query(graph, '?g protects "Embassy of Borduria"');
    expect(rows(prefix)).toEqual(["g=Klow police"]);
    expect(prefix.resolved[0]).toMatchObject({ match: "prefix", entity: { id: "emb-bor-klow" } });
    // A prefix of two labels is ambiguous: an error, never a guess.
    expect(entityError(() => query(graph, '?g protects "Embassy of Ruritania"')).reason).toBe("ambiguous");
  });

  it("answers a pattern without variables with one row when the relation exists, none otherwise", () => {
    expect(query(graph, "Ruritania attacks Syldavia").rows).toHaveLength(1);
    expect(query(graph, "Syldavia attacks Ruritania").rows).toHaveLength(0);
  });

  it("returns an empty result, not an error, when known entities have no such relation", () => {
    const result = query(graph, "?x allied-with Ruritania");
    expect(result.rows).toEqual([]);
    expect(result.truncated).toBe(false);
  });

  it("binds predicate variables", () => {
    expect(rows(query(graph, "?x ?p Borduria"))).toEqual([
      "x=army veterans p=protests-against",
      "x=Embassy of Borduria in Klow p=represents",
    ]);
  });

  it("accepts predicate alternatives", () => {
    expect(rows(query(graph, "Klow police protects|arrests ?y".replace("Klow police", '"Klow police"')))).toEqual([
      "y=Embassy of Borduria in Klow",
      "y=Embassy of Ruritania in Klow",
      "y=Ruritanian student activists",
    ]);
  });

  it("names nodes by id with #", () => {
    expect(rows(query(graph, "#police arrests ?who"))).toEqual(["who=Ruritanian student activists"]);
  });

  it("matches a variable used twice in one triple only on self-loops", () => {
    expect(query(graph, "?x protects ?x").rows).toEqual([]);
  });
});

describe("query: kind constraints", () => {
  const graph = fixtureGraph();

  it("filters variables by kind", () => {
    expect(rows(query(graph, "?who:Group protests-against ?target:State"))).toEqual([
      "who=army veterans target=Borduria",
      "who=Ruritanian student activists target=Ruritania",
    ]);
    expect(rows(query(graph, "?who:Person|Group protests-against ?target:Embassy"))).toEqual([
      "who=Ruritanian student activists target=Embassy of Ruritania in Klow",
    ]);
  });

  it("intersects constraints given at several occurrences of a variable", () => {
    expect(rows(query(graph, "?x:Group|Person protests-against Ruritania . ?x:Person member-of ?g"))).toEqual([
      "x=Anna Petrova g=Ruritanian student activists",
    ]);
  });

  it("rejects contradictory constraints on one variable, pointing at the second", () => {
    const source = "?x:Group protests-against ?y . ?x:State attacks ?z";
    try {
      query(graph, source);
      throw new Error("expected an error");
    } catch (error) {
      expect(error).toBeInstanceOf(PatternError);
      expect((error as PatternError).position).toBe(source.indexOf("?x:State"));
      expect((error as PatternError).expected).toContain("compatible with its other constraint (Group)");
    }
  });

  it("uses a kind on a name to pick between entities with the same label", () => {
    expect(rows(query(graph, "Marlow:Person supports ?x"))).toEqual(["x=Ruritanian student activists"]);
    const error = entityError(() => query(graph, "Marlow supports ?x"));
    expect(error.reason).toBe("ambiguous");
    expect(error.position).toBe(0);
    expect(error.candidates.map((c) => c.id).sort()).toEqual(["marlow-person", "marlow-town"]);
    expect(error.message).toMatch(/add :Kind, use #id, or write \?x~"Marlow" to match all of them/);
  });
});

describe("query: joins", () => {
  const graph = fixtureGraph();

  it("joins two triples on a shared variable (the issue's example)", () => {
    const result = query(graph, "?x:Organization protects ?e:Embassy . ?e represents ?s");
    expect(rows(result)).toEqual([
      "x=Klow police e=Embassy of Borduria in Klow s=Borduria",
      "x=Klow police e=Embassy of Ruritania in Klow s=Ruritania",
      "x=Syldavian Guard e=Embassy of Ruritania in Szohod s=Ruritania",
    ]);
    // relations come in the order the triples were written, whatever order they ran in
    for (const row of result.rows) {
      expect(row.relations.map((r) => r.predicate)).toEqual(["protects", "represents"]);
      expect(row.relations[0]!.target).toBe(row.bindings.e);
      expect(row.relations[1]!.source).toBe(row.bindings.e);
    }
  });

  it("answers 'who protested against Ruritania, and who reported it'", () => {
    expect(rows(query(graph, "?who protests-against Ruritania . ?who reported-by ?source"))).toEqual([
      "who=Ruritanian student activists source=Daily Courier",
      "who=Ruritanian student activists source=Northwire",
    ]);
  });

  it("joins three triples through a chain", () => {
    expect(rows(query(graph, "?p member-of ?g . ?g protests-against ?e:Embassy . ?e located-in ?city"))).toEqual([
      "p=Anna Petrova g=Ruritanian student activists e=Embassy of Ruritania in Klow city=Klow",
    ]);
  });

  it("joins on a shared predicate variable", () => {
    // Pairs of sources that did the same kind of thing to Ruritania.
    expect(rows(query(graph, "?a ?p Ruritania . ?b ?p #emb-rur-klow"))).toEqual([
      "a=Anna Petrova b=Ruritanian student activists p=protests-against",
      "a=Ruritanian student activists b=Ruritanian student activists p=protests-against",
    ]);
  });

  it("evaluates the most selective triple first", () => {
    const result = query(graph, "?x protects ?e . ?e represents Borduria");
    expect(result.plan.map((step) => step.triple)).toEqual([1, 0]);
    expect(rows(result)).toEqual(["x=Klow police e=Embassy of Borduria in Klow"]);
  });

  it("computes a cartesian product for unconnected triples", () => {
    const result = query(graph, "?a leads ?s . ?g:Organization protects ?e");
    expect(result.rows).toHaveLength(3);
  });

  it("stops at the limit and says so", () => {
    const result = query(graph, "?a ?p ?b", { limit: 5 });
    expect(result.rows).toHaveLength(5);
    expect(result.truncated).toBe(true);
    expect(query(graph, "?a ?p ?b", { limit: 100 }).truncated).toBe(false);
  });

  it("is deterministic: same graph and pattern, same rows", () => {
    const a = query(fixtureGraph(), "?a ?p ?b . ?b ?q ?c");
    const b = query(fixtureGraph(), "?a ?p ?b . ?b ?q ?c");
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.rows.length).toBeGreaterThan(5);
  });
});

describe("query: name sets (?x~name)", () => {
  const graph = fixtureGraph();

  it("lets a variable range over every entity a shared name matches", () => {
    const result = query(graph, "?g~protesters reported-by ?src");
    expect(rows(result)).toEqual([
      "g=army veterans src=Northwire",
      "g=Ruritanian student activists src=Daily Courier",
      "g=Ruritanian student activists src=Northwire",
    ]);
    expect(result.nameSets).toEqual([
      {
        text: "protesters",
        start: 3,
        end: 13,
        variable: "g",
        match: "alias",
        entities: [
          { id: "students", label: "Ruritanian student activists", kind: "Group" },
          { id: "veterans", label: "army veterans", kind: "Group" },
        ],
      },
    ]);
    expect(result.plan[0]!.estimate).toBe(3);
  });

  it("combines with kinds and joins", () => {
    expect(rows(query(graph, "?e:Embassy~'the embassy' represents Ruritania . ?x protects ?e"))).toEqual([
      "e=Embassy of Ruritania in Klow x=Klow police",
      "e=Embassy of Ruritania in Szohod x=Syldavian Guard",
    ]);
    expect(rows(query(graph, "?m:Location~Marlow ?p ?x"))).toEqual([]);
    expect(rows(query(graph, "?m~Marlow ?p ?x"))).toEqual(["m=Marlow x=Ruritanian student activists p=supports"]);
  });

  it("rejects a name that matches nothing", () => {
    const error = entityError(() => query(graph, "?g~protestors reported-by ?src"));
    expect(error.reason).toBe("unknown");
    expect(error.position).toBe(3);
  });
});

describe("query: unknown entities are errors that point at the name", () => {
  const graph = fixtureGraph();

  it("rejects a misspelled name with a suggestion", () => {
    const source = "?who protests-against Ruritnia";
    const error = entityError(() => query(graph, source));
    expect(error.reason).toBe("unknown");
    expect(error.position).toBe(source.indexOf("Ruritnia"));
    expect(error.candidates.map((c) => c.label)).toContain("Ruritania");
    expect(error.message).toContain('nothing is named "Ruritnia"; did you mean "Ruritania" (State, #ruritania)');
  });

  it("rejects a name that only occurs inside a longer label, suggesting that label", () => {
    const error = entityError(() => query(graph, "?x protects Szohod:Embassy"));
    expect(error.reason).toBe("unknown");
    expect(error.candidates.map((c) => c.label)).toEqual(["Embassy of Ruritania in Szohod"]);
  });

  it("rejects an unknown #id and a name whose kind does not match", () => {
    expect(() => query(graph, "#nobody leads ?x")).toThrow(/there is no node #nobody/);
    expect(() => query(graph, "Ruritania:Person leads ?x")).toThrow(PatternEntityError);
  });

  it("rejects an alias shared by several entities", () => {
    const error = entityError(() => query(graph, "?x protects 'the embassy'"));
    expect(error.reason).toBe("ambiguous");
    expect(error.candidates).toHaveLength(3);
  });
});

describe("query: indexes follow the graph", () => {
  it("sees edges added after a first query", () => {
    const graph = fixtureGraph();
    expect(query(graph, "?x allied-with Ruritania").rows).toHaveLength(0);
    graph.addDirectedEdgeWithKey("b-ally-r", "borduria", "ruritania", {
      predicate: "allied-with",
      label: "allied-with",
      weight: 1,
      evidence: [],
      color: "#000",
    });
    expect(rows(query(graph, "?x allied-with Ruritania"))).toEqual(["x=Borduria"]);
    graph.dropNode("borduria");
    expect(query(graph, "?x allied-with Ruritania").rows).toHaveLength(0);
  });

  it("sees renamed entities", () => {
    const graph = fixtureGraph();
    expect(query(graph, "?x leads Ruritania").rows).toHaveLength(1);
    graph.setNodeAttribute("ruritania", "label", "Republic of Ruritania");
    expect(rows(query(graph, "?x leads 'Republic of Ruritania'"))).toEqual(["x=Igor Malenkov"]);
  });
});

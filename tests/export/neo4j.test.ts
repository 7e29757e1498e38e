import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, NEO4J_FILES, relationshipType, writeNeo4j } from "../../src/export/neo4j.js";
import { hostileGraph, protestGraph, type TestGraph } from "./fixtures.js";
import { fileText } from "../../src/export/chunks.js";

function files(graph: TestGraph) {
  const out = Object.fromEntries(writeNeo4j(graph).map((f) => [f.path, fileText(f)]));
  return {
    nodes: parse(out[NEO4J_FILES.nodes] as string, { columns: true }) as Record<string, string>[],
    rels: parse(out[NEO4J_FILES.relationships] as string, { columns: true }) as Record<string, string>[],
    nodesText: out[NEO4J_FILES.nodes] as string,
    relsText: out[NEO4J_FILES.relationships] as string,
    cypher: out[NEO4J_FILES.cypher] as string,
  };
}

describe("Neo4j export", () => {
  it("writes the headers neo4j-admin database import takes", () => {
    const { nodesText, relsText } = files(protestGraph());
    expect(nodesText.split("\n")[0]).toBe(
      "id:ID,:LABEL,label,kind,aliases:string[],mentions:int,evidence_article:string[],evidence_sentence:int[],evidence_start:int[],evidence_end:int[],x:double,y:double,size:int,color",
    );
    expect(relsText.split("\n")[0]).toBe(
      ":START_ID,:END_ID,:TYPE,key,label,predicate,weight:int,evidence_article:string[],evidence_sentence:string[],evidence_start:int[],evidence_end:int[],evidence_rule:string[],color",
    );
  });

  it("has one row per node and relationship, every endpoint a node id, types and labels from the ontology", () => {
    const graph = protestGraph();
    const { nodes, rels } = files(graph);
    expect(nodes).toHaveLength(graph.order);
    expect(rels).toHaveLength(graph.size);
    const ids = new Set(nodes.map((n) => n["id:ID"]));
    for (const r of rels) {
      expect(ids.has(r[":START_ID"])).toBe(true);
      expect(ids.has(r[":END_ID"])).toBe(true);
      expect(r[":TYPE"]).toBe(relationshipType(r.predicate));
      expect(r[":TYPE"]).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
    expect(rels.map((r) => r[":TYPE"]).sort()).toEqual(["PROTECTS", "PROTESTS_AGAINST", "PROTESTS_AGAINST", "REPORTED_BY", "REPRESENTS"]);
    for (const n of nodes) expect(n[":LABEL"]).toBe(`Entity${ARRAY_DELIMITER}${n.kind}`);
  });

  it("writes evidence as parallel arrays that line up with the graph's evidence", () => {
    const graph = protestGraph();
    for (const r of files(graph).rels) {
      const evidence = graph.getEdgeAttribute(r.key as string, "evidence") as Array<Record<string, unknown>>;
      const split = (column: string) => (r[column] === "" ? [] : (r[column] as string).split(ARRAY_DELIMITER));
      expect(split("evidence_sentence:string[]")).toEqual(evidence.map((e) => e.sentence));
      expect(split("evidence_article:string[]")).toEqual(evidence.map((e) => e.article));
      expect(split("evidence_start:int[]").map(Number)).toEqual(evidence.map((e) => e.start));
      expect(split("evidence_rule:string[]")).toEqual(evidence.map((e) => e.rule));
      expect(Number(r["weight:int"])).toBe(graph.getEdgeAttribute(r.key as string, "weight"));
    }
  });

  it("keeps hostile text on one line per record with array elements that cannot split", () => {
    const graph = hostileGraph();
    const { nodes, rels, nodesText, relsText } = files(graph);
    expect(nodes).toHaveLength(graph.order);
    expect(rels).toHaveLength(graph.size);
    // no field spans lines: the file has exactly one line per record plus the header
    expect(nodesText.trimEnd().split("\n")).toHaveLength(graph.order + 1);
    expect(relsText.trimEnd().split("\n")).toHaveLength(graph.size + 1);
    // every hostile edge carries two evidence sentences (keys may differ: line breaks became spaces)
    graph.forEachEdge((_k, a) => expect(a.evidence).toHaveLength(2));
    for (const r of rels) expect((r["evidence_sentence:string[]"] as string).split(ARRAY_DELIMITER)).toHaveLength(2);
    for (const n of nodes) expect((n["aliases:string[]"] as string).split(ARRAY_DELIMITER)).toHaveLength(3);
    expect(nodesText).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it("writes a LOAD CSV script that creates every label and relationship type present", () => {
    const { cypher } = files(protestGraph());
    expect(cypher).toContain("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;");
    expect(cypher).toContain(`LOAD CSV WITH HEADERS FROM 'file:///${NEO4J_FILES.nodes}' AS row`);
    expect(cypher).toContain(`LOAD CSV WITH HEADERS FROM 'file:///${NEO4J_FILES.relationships}' AS row`);
    for (const label of ["Group", "State", "Embassy", "Organization"]) expect(cypher).toContain(`SET n:\`${label}\``);
    for (const type of ["PROTESTS_AGAINST", "PROTECTS", "REPORTED_BY", "REPRESENTS"]) expect(cypher).toContain(`MERGE (a)-[r:\`${type}\` {key: row.key}]->(b)`);
    expect(cypher).not.toContain("ATTACKS"); // only types present in the graph
    expect(cypher).toContain("toInteger(row.`mentions:int`)");
    expect(cypher.match(/IN TRANSACTIONS OF 1000 ROWS;/g)).toHaveLength(2);
  });

  it("names relationship types in Neo4j style", () => {
    expect(relationshipType("protests-against")).toBe("PROTESTS_AGAINST");
    expect(relationshipType("located-in")).toBe("LOCATED_IN");
    expect(relationshipType("")).toBe("RELATED_TO");
    expect(relationshipType("9 lives")).toBe("R_9_LIVES");
  });
});

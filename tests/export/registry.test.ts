import { describe, expect, it, vi } from "vitest";
import { DEFAULT_FORMATS, EXPORTERS, exportAll, exportFiles, getExporter, type Exporter } from "../../src/export/index.js";
import { UsageError } from "../../src/errors.js";
import { protestGraph } from "./fixtures.js";
import { fileText } from "../../src/export/chunks.js";

describe("export registry", () => {
  it("lists every format by name, with a description", () => {
    expect(Object.keys(EXPORTERS)).toEqual(["json", "gexf", "graphml", "csv", "neo4j"]);
    for (const [name, exporter] of Object.entries(EXPORTERS)) {
      expect(exporter.name).toBe(name);
      expect(exporter.description.length).toBeGreaterThan(10);
    }
  });

  it("exports the default formats, sorted by path", () => {
    const files = exportAll(protestGraph());
    expect(DEFAULT_FORMATS).toEqual(["json", "gexf", "graphml", "csv"]);
    expect(files.map((f) => f.path)).toEqual(["edges.csv", "graph.gexf", "graph.graphml", "graph.json", "nodes.csv"]);
    for (const f of files) expect(fileText(f).endsWith("\n")).toBe(true);
  });

  it("produces files lazily, one exporter at a time", () => {
    const neo4j = EXPORTERS.neo4j as Exporter;
    const spy = vi.spyOn(neo4j, "write");
    try {
      const iterator = exportFiles(protestGraph(), ["json", "neo4j"]);
      expect(iterator.next().value?.path).toBe("graph.json");
      expect(spy).not.toHaveBeenCalled(); // neo4j has not run while the caller holds graph.json
      expect([...iterator].map((f) => f.path)).toEqual(["neo4j-nodes.csv", "neo4j-relationships.csv", "neo4j-load.cypher"]);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("rejects an unknown format with a usage error naming the known ones", () => {
    expect(() => getExporter("pdf")).toThrow(UsageError);
    expect(() => exportAll(protestGraph(), ["json", "pdf"])).toThrow(/unknown format "pdf"; choose one of: json, gexf, graphml, csv, neo4j/);
    expect(() => getExporter("toString")).toThrow(UsageError);
  });

  it("gives identical bytes on two runs", () => {
    const texts = () => exportAll(protestGraph(), Object.keys(EXPORTERS)).map((f) => [f.path, fileText(f)]);
    const a = texts();
    expect(a.length).toBeGreaterThan(4);
    expect(texts()).toEqual(a);
  });
});

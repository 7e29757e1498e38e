import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { writeGexf, xmlSafe } from "../../viewer/src/graph/gexf-write.js";
import { formatOf, GraphLoadError, parseGraphJson } from "../../viewer/src/graph/load.js";
import { decodeList, normalizeGraph } from "../../viewer/src/graph/normalize.js";
import { fixtureJson } from "./fixture.js";

describe("parseGraphJson", () => {
  it("reads the pipeline's graph.json with every attribute", () => {
    const g = parseGraphJson(fixtureJson());
    const n = g.getNodeAttributes("Group:student protesters");
    expect(n.kind).toBe("Group");
    expect(n.aliases).toEqual(["The students", "protesters"]);
    expect(n.evidence.length).toBeGreaterThan(0);
    expect(g.getEdgeAttribute("State:valdoria->attacks->State:kestria", "evidence")[0]!.rule).toBe("test.attacks");
  });

  it.each([
    ["{not json", /not valid JSON/],
    ["[]", /not a graph/],
    ['{"nodes": {}}', /not a graph/],
    ['{"nodes": [], "edges": 3}', /"edges" must be an array/],
    ['{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "missing"}]}', /could not be read as a graph/],
  ])("rejects %s with a clear message", (text, message) => {
    expect(() => parseGraphJson(text, "x.json")).toThrow(GraphLoadError);
    expect(() => parseGraphJson(text, "x.json")).toThrow(message);
  });

  it("fills defaults, drops sigma's reserved `type` and lays out nodes without positions", () => {
    const g = parseGraphJson(
      JSON.stringify({
        nodes: [
          { key: "a", attributes: { type: "image", kind: "State", color: "javascript:alert(1)" } },
          { key: "b", attributes: { label: "B", kind: "Spaceship", color: "#abcdef", x: "5", y: 7 } },
        ],
        edges: [{ source: "a", target: "b", attributes: { type: "evil", weight: -3 } }],
      }),
    );
    const a = g.getNodeAttributes("a") as unknown as Record<string, unknown>;
    expect(a.type).toBeUndefined();
    expect(a).toMatchObject({ label: "a", kind: "State", color: "#4e79a7", aliases: [], mentions: 0 });
    expect(Number.isFinite(a.x)).toBe(true);
    expect(g.getNodeAttributes("b")).toMatchObject({ kind: "Spaceship", color: "#abcdef", x: 5, y: 7 });
    const [edge] = g.edges();
    expect(g.getEdgeAttributes(edge!)).toMatchObject({ predicate: "related-to", weight: 1 });
    expect((g.getEdgeAttributes(edge!) as unknown as Record<string, unknown>).type).toBeUndefined();
  });

  it("decodes lists given as JSON or |-separated strings", () => {
    expect(decodeList('["a","b"]')).toEqual(["a", "b"]);
    expect(decodeList("a | b|")).toEqual(["a", "b"]);
    expect(decodeList(undefined)).toEqual([]);
  });

  it("turns undirected edges of foreign graphs into directed ones", () => {
    const input = new Graph({ type: "undirected" });
    input.addNode("a");
    input.addNode("b");
    input.addEdge("a", "b", { label: "knows" });
    const g = normalizeGraph(input);
    expect(g.type).toBe("directed");
    expect(g.size).toBe(1);
    expect(g.getEdgeAttribute(g.edges()[0]!, "predicate")).toBe("knows");
  });
});

describe("GEXF export", () => {
  it("writes GEXF 1.3 with kinds and evidence as attributes, without invalid XML characters", () => {
    const g = parseGraphJson(fixtureJson());
    g.setNodeAttribute("State:kestria", "label", "Kes\u0001tria \ud800");
    const xml = writeGexf(g);
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain("Kes\ufffdtria \ufffd");
    expect(xml).not.toContain("<img");
    expect(xml).toContain("&lt;img src=x");
    expect((xml.match(/<node /g) ?? []).length).toBe(g.order);
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008]/.test(xml)).toBe(false);
  });

  it("xmlSafe keeps valid pairs and text", () => {
    expect(xmlSafe("emoji 🙂 ok")).toBe("emoji 🙂 ok");
    expect(xmlSafe("a\u0000b")).toBe("a\ufffdb");
  });

  it("formatOf uses the file name, then the content", () => {
    expect(formatOf("x.GEXF", "{")).toBe("gexf");
    expect(formatOf("x.json", "<")).toBe("json");
    expect(formatOf("graph", "  <?xml")).toBe("gexf");
    expect(formatOf("graph", "{}")).toBe("json");
  });
});
